"""Classical image-to-3D: silhouette, a shape prior for depth, marching cubes, texture.

Depth comes from the silhouette and a prior chosen per picture (``prior_choice``): round
objects are revolved (each row a circle as deep as it is wide), flat graphics extruded
into a bevelled slab, anything else inflated into a "2.5D" balloon (Repoussé / Ink-and-Ray
style). The front shows the picture; the back carries the object's own colours
(``texturing``), the picture itself only on an extruded graphic, printed through.
"""

from __future__ import annotations

import numpy as np
import trimesh
from numpy.typing import NDArray

from meshforge.engines.base import (
    CancelFn,
    EngineInputError,
    GenerationRequest,
    GenerationResult,
    ProgressFn,
    Task,
)
from meshforge.engines.image.extrusion import slab_surface, slab_thickness_px
from meshforge.engines.image.parameters import INFLATION_DEPTH, PRIOR
from meshforge.engines.image.prior_choice import PriorChoice, choose_prior
from meshforge.engines.image.revolve import revolve_field
from meshforge.engines.image.texturing import back_colors, textured_model
from meshforge.engines.silhouette.foreground import foreground_mask
from meshforge.engines.silhouette.framing import (
    ANALYSIS_PX,
    object_frame,
    resized,
    validated_image,
    warp_distance,
)
from meshforge.engines.silhouette.inflation import (
    TOO_THIN,
    framed_colors,
    inflated_surface,
    pressure_field,
    texture_px,
)
from meshforge.engines.stages import StageTimer
from meshforge.mesh.simplify import simplify

_MIN_OBJECT_PX = 16
#: Above this resolution marching cubes samples every second voxel and its vertices are
#: projected onto the full-resolution surface: same silhouette (IoU within 0.001 at 256)
#: and face budget, half the CPU time (decimation dominated: astronaut 0.60 s -> 0.34 s).
_FULL_STEP_MAX_RESOLUTION = 128
#: A slab is a few layers thick, so marching cubes on every voxel stays cheap up to here;
#: at 256 sampling every second pixel cost the drawn star and arrow 0.015-0.02 of IoU, at
#: 512 nothing measurable, while the peak fell from 0.86 to 0.58 GB.
_SLAB_STEP_MIN_RESOLUTION = 384
#: Vertices closer than this (working pixels) count as one point; such copies are moved
#: this far apart (see _move_pinches_apart).
_PINCH_PX = 1e-4
_APART_PX = 1e-3


class ImageEngine:
    """Turns one image into a watertight, textured mesh on the CPU in well under a second."""

    name = "image"
    tasks: frozenset[Task] = frozenset({"image_to_3d"})

    def generate(
        self, request: GenerationRequest, progress: ProgressFn, cancel: CancelFn
    ) -> GenerationResult:
        """Run mask → frame → depth → surface → simplify → texture, checking cancel."""
        stage = StageTimer(progress, cancel)
        timings = stage.timings

        source = validated_image(request)
        depth = INFLATION_DEPTH.read(request)
        requested_prior = PRIOR.read(request)
        analysis_scale = min(1.0, ANALYSIS_PX / max(source.shape[:2]))
        analysis = resized(source, analysis_scale)
        # remove_bg: separate the object even when the image brings an alpha channel
        # (TripoSR runs rembg for this flag). Photos always ask the salient-object network
        # first: at its reduced input it costs 0.2-0.3 s of CPU, and GrabCut alone loses
        # hair and thin tips (the astronaut's, the rocket's nose).
        use_alpha = request.image_has_alpha and not request.remove_bg
        found = foreground_mask(analysis, use_alpha, request.seed, network_first=True)
        stage(0.15, "mask")

        frame = object_frame(found.mask, analysis_scale, request.foreground_ratio)
        res = request.resolution
        work_distance = warp_distance(found.mask, analysis_scale, frame, res)
        if int((work_distance > 0).sum()) < _MIN_OBJECT_PX:
            raise EngineInputError(TOO_THIN)
        choice = choose_prior(np.ascontiguousarray(analysis[..., :3]), found.mask, requested_prior)
        stage(0.25, "frame")

        step = 1 if res <= _FULL_STEP_MAX_RESOLUTION else 2
        if choice.prior == "extrude" and res < _SLAB_STEP_MIN_RESOLUTION:
            step = 1
        surface = _surface(choice, work_distance, depth, step, stage)
        stage(0.65, "surface")

        # mesh_simplify counts against marching cubes on every voxel (step² more faces).
        mesh = simplify(surface, max(0.0, 1.0 - (1.0 - request.mesh_simplify) * step**2))
        _move_pinches_apart(mesh)
        stage(0.85, "simplify")

        # Two tiles (front, back) share the requested texture width, as in the multi-view
        # engine; an extruded graphic prints its one picture through.
        tiles = 1 if choice.prior == "extrude" else 2
        tile_px = texture_px(request.texture_size // tiles, frame.side)
        front, core = framed_colors(source, found.color_mask, analysis_scale, frame, tile_px, res)
        back = None if choice.prior == "extrude" else back_colors(front, core, choice.prior)
        mesh = textured_model(mesh, res, front, back)
        stage(1.0, "texture")

        meta = {
            "engine": self.name,
            "prior": choice.prior,
            "prior_confidence": choice.confidence,
            "prior_reason": choice.reason,
            "mask_method": found.method,
            "remove_bg": request.remove_bg,
            "resolution": res,
            "texture_size": tiles * tile_px,
            "foreground_ratio": request.foreground_ratio,
            "mesh_simplify": request.mesh_simplify,
            "inflation_depth": depth,
            "faces": len(mesh.faces),
            "faces_before_simplify": len(surface.faces),
            "marching_cubes_step": step,
            "vertices": len(mesh.vertices),
            "timings_s": timings,
        }
        return GenerationResult(mesh=mesh, meta=meta)


def _move_pinches_apart(mesh: trimesh.Trimesh) -> None:
    """Separate (in place) distinct vertices that decimation put on the same point.

    Quadric decimation of a slab snaps vertex clusters to where its planes meet, and at a
    thin tip the clusters of both sides can land on the very same point. The mesh is still
    closed by its indices, but any export that merges vertices by position (STL) pinches it
    there into non-manifold edges. Each copy moves a thousandth of a pixel towards its own
    neighbours, back into its own sheet.
    """
    vertices = np.asarray(mesh.vertices, np.float64)
    keys = np.round(vertices / _PINCH_PX).astype(np.int64)
    _, inverse, counts = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    shared = np.flatnonzero(counts[inverse.ravel()] > 1)
    if len(shared) == 0:
        return
    neighbours = mesh.vertex_neighbors
    moved = vertices.copy()
    for vertex in shared:
        towards = vertices[neighbours[vertex]].mean(axis=0) - vertices[vertex]
        length = float(np.linalg.norm(towards))
        if length > 0.0:
            moved[vertex] += towards * (_APART_PX / length)
    mesh.vertices = moved


def _surface(
    choice: PriorChoice,
    distance: NDArray[np.float32],
    depth: float,
    step: int,
    stage: StageTimer,
) -> trimesh.Trimesh:
    """The closed surface the prior gives the silhouette, in working pixels (row, col, z)."""
    if choice.prior == "extrude":
        stage(0.45, "depth")
        return slab_surface(distance, slab_thickness_px(distance), step)
    if choice.prior == "revolve":
        field, origin = revolve_field(distance)
        # The revolved field is z² in pixels: a depth of 1 makes each row's circle round.
        depth = 1.0
    else:
        field, origin = pressure_field(distance > 0, distance)
    stage(0.45, "depth")
    return inflated_surface(field, origin, depth, step)
