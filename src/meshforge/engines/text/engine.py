"""``TextEngine``: text → 3D by composing a parametric template for the prompt's object.

Output conventions (the mesh is in metres, not normalised):

* glTF frame: +Y up, the object's front facing +Z, the bounding box centred on the origin
  (``meta["size_m"]`` is its extent; the object stands on ``y = -size_m[1] / 2``).
* Real-world scale: a mug is about 0.1 m tall, a car about 1.5 m, a house about 6 m;
  size words in the prompt scale that.
* ``request.resolution`` sets the circle resolution of round parts (segments ∝ resolution,
  bounded), so it controls the triangle count. ``request.mesh_simplify`` is ignored: CSG
  output is already lean (a few thousand to a few tens of thousands of triangles) and
  decimating it would soften the crisp edges that make these models read well.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import trimesh
from manifold3d import Manifold

from meshforge.engines.base import (
    CancelFn,
    EngineInputError,
    GenerationCanceled,
    GenerationRequest,
    GenerationResult,
    ProgressFn,
    Task,
)
from meshforge.engines.text.core.assembly import Assembly, Part
from meshforge.engines.text.core.catalog import load_catalog
from meshforge.engines.text.core.composition import build_scene
from meshforge.engines.text.core.fusion import fuse_parts
from meshforge.engines.text.core.prompt import ParsedPrompt
from meshforge.engines.text.core.scene import Scene, read_scene
from meshforge.engines.text.core.template import Template

#: Circle segments of the largest parts: resolution / 4, within these bounds.
MIN_SEGMENTS, MAX_SEGMENTS = 12, 128
#: "twenty chairs" builds at most this many.
MAX_COPIES = 6
#: Gap between copies, as a fraction of one copy's width.
COPY_GAP = 0.25
#: Default PBR factors when the prompt names no material.
DEFAULT_METALLIC, DEFAULT_ROUGHNESS = 0.0, 0.6
#: Z-up/front -Y (how templates are built) → Y-up/front +Z (glTF): (x, y, z) → (x, z, -y).
TO_GLTF = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, -1.0, 0.0]])


def circle_segments(resolution: int) -> int:
    """Circle segments of the largest parts for a request resolution."""
    return max(MIN_SEGMENTS, min(MAX_SEGMENTS, 4 * round(resolution / 16)))


class TextEngine:
    """Builds a coloured, watertight model of the prompt's object from parametric parts."""

    name = "text"
    tasks: frozenset[Task] = frozenset({"text_to_3d"})

    def warm_up(self) -> None:
        """Find the templates, load the sentence encoder, embed their phrases (about 3 s, once)."""
        load_catalog().warm_up()

    def generate(
        self, request: GenerationRequest, progress: ProgressFn, cancel: CancelFn
    ) -> GenerationResult:
        """Read the prompt, build its template (or an abstract sculpture) and fuse the parts."""
        if not request.prompt.strip():
            raise EngineInputError("prompt is empty: describe an object, e.g. 'a red wooden chair'")
        progress(0.0, "reading prompt")
        catalog = load_catalog()
        scene = read_scene(request.prompt, request.negative_prompt, catalog)
        if scene is not None:
            return _generate_scene(scene, request, progress, cancel)
        prompt = catalog.read(request.prompt, request.negative_prompt)
        # its template; else its category's archetype; else (nothing concrete) the sculpture
        template = catalog.choose(prompt.match)
        copies = max(1, min(MAX_COPIES, prompt.count))
        built = 0

        def on_part(part: Part) -> None:
            nonlocal built
            built += 1
            if cancel():
                raise GenerationCanceled
            progress(0.05 + 0.6 * built / (built + 12), f"building {template.name}: {part.role}")

        segments = circle_segments(request.resolution)
        assemblies = [
            Assembly(prompt, template, request.seed, segments, on_part, variant=copy)
            for copy in range(copies)
        ]
        for assembly in assemblies:
            template.build(assembly)
        parts = _side_by_side(assemblies)
        if cancel():
            raise GenerationCanceled
        progress(0.7, "joining parts")
        mesh = fuse_parts(parts, plain=(DEFAULT_METALLIC, DEFAULT_ROUGHNESS))
        if cancel():
            raise GenerationCanceled
        progress(0.95, "placing model")
        _place(mesh, prompt)
        progress(1.0, "done")
        return GenerationResult(mesh=mesh, meta=_meta(prompt, template, assemblies, mesh, segments))


def _generate_scene(
    scene: Scene, request: GenerationRequest, progress: ProgressFn, cancel: CancelFn
) -> GenerationResult:
    """Build every object of a scene ("a cat on a chair"), compose them and fuse them into one.

    ``meta["template"]`` (and the colours, material and match) are the first subject's; the
    objects and the relation are in ``meta["scene"]``.
    """
    built = 0

    def on_part(part: Part) -> None:
        nonlocal built
        built += 1
        if cancel():
            raise GenerationCanceled
        progress(0.05 + 0.5 * built / (built + 30), f"building {part.role}")

    segments = circle_segments(request.resolution)
    composed = build_scene(scene, request.seed, segments, on_part, cancel)
    if cancel():
        raise GenerationCanceled
    progress(0.7, "joining parts")
    mesh = fuse_parts(composed.parts, plain=(DEFAULT_METALLIC, DEFAULT_ROUGHNESS))
    if cancel():
        raise GenerationCanceled
    progress(0.95, "placing model")
    subject = scene.subjects[0]
    _place(mesh, ParsedPrompt(text=request.prompt))  # size words were applied per object
    progress(1.0, "done")
    meta = _meta(subject.prompt, subject.template, composed.assemblies, mesh, segments)
    meta["count"] = composed.counts[0]
    meta["scene"] = {
        # a template's name, "<category archetype> (fallback)" or "<shape> (stand-in)"
        "objects": [item.name for item in scene.objects],
        "relation": scene.relation,
        "relations": list(scene.relations),  # a third object's relation to the second
        "wording": scene.wording,
        "subjects": [item.name for item in scene.subjects],
        "reference": scene.reference.name,
        "built": composed.built,  # what each object was built as ("viking's own axe")
        "phrases": [item.phrase for item in scene.objects],
        "counts": composed.counts,
        "fit_scales": [round(scale, 3) for scale in composed.fit_scales],
        "placement": composed.placement or scene.relation,
    }
    return GenerationResult(mesh=mesh, meta=meta)


def _side_by_side(assemblies: list[Assembly]) -> list[Part]:
    """All copies' parts, each copy moved along X so that they stand in a row."""
    if len(assemblies) == 1:
        return assemblies[0].parts
    placed: list[Part] = []
    cursor = 0.0
    for assembly in assemblies:
        low, high = _x_extent([part.solid for part in assembly.parts])
        shift = cursor - low
        placed += [replace(p, solid=p.solid.translate((shift, 0, 0))) for p in assembly.parts]
        cursor += (high - low) * (1 + COPY_GAP)
    return placed


def _x_extent(solids: list[Manifold]) -> tuple[float, float]:
    """Smallest and largest X over ``solids``."""
    boxes = [solid.bounding_box() for solid in solids]
    return min(b[0] for b in boxes), max(b[3] for b in boxes)


def _place(mesh: trimesh.Trimesh, prompt: ParsedPrompt) -> None:
    """Turn into the glTF frame, apply size words, centre the bounding box on the origin."""
    stretch = prompt.scale * np.array([prompt.width_scale, prompt.height_scale, prompt.width_scale])
    vertices = (mesh.vertices @ TO_GLTF.T) * stretch
    vertices -= (vertices.min(axis=0) + vertices.max(axis=0)) / 2
    mesh.vertices = vertices


def _meta(
    prompt: ParsedPrompt,
    template: Template,
    assemblies: list[Assembly],
    mesh: trimesh.Trimesh,
    segments: int,
) -> dict[str, Any]:
    """What the job reports about this model."""
    material = prompt.material
    colors = list(dict.fromkeys(name for a in assemblies for name in a.colors_used))
    fallback = prompt.noun is None and bool(template.category)
    return {
        # a category archetype is reported as such: "animal (fallback)"
        "template": f"{template.name} (fallback)" if fallback else template.name,
        # why an archetype was built: no template is the prompt's object, and which category
        "fallback": (
            {
                "category": template.category,
                "kind": prompt.match.kind,
                "nearest": list(prompt.match.neighbours),
                "reason": prompt.match.reason,
            }
            if fallback
            else None
        ),
        # the word (or, for an embedding match, the catalog phrase) the template was chosen by
        "matched_word": prompt.matched_word,
        "colors": colors,
        "material": material.name if material is not None else "default",
        "pbr": {
            "metallic": material.metallic if material is not None else DEFAULT_METALLIC,
            "roughness": material.roughness if material is not None else DEFAULT_ROUGHNESS,
        },
        "parts": sorted({part.role for a in assemblies for part in a.parts}),
        # each part's surface where it has one ("leg": "oak"); the bake paints its pattern
        "part_materials": {
            part.role: part.material.name
            for a in assemblies
            for part in a.parts
            if part.material is not None
        },
        "removed_parts": sorted({part for a in assemblies for part in a.removed}),
        "size_words": list(prompt.size_words),
        "count": len(assemblies),
        "size_m": [round(float(v), 4) for v in mesh.extents],
        "circle_segments": segments,
        "units": "m",
        "up_axis": "+Y",
        "front_axis": "+Z",
        # why this template: "keyword" (score 1) or "embedding" (cosine similarity)
        "match": {
            "method": prompt.match.method,
            "score": round(prompt.match.score, 3),
            "word": prompt.match.phrase,
        },
    }
