"""Contact sheets of the text engine: every template, the category fallbacks, scenes, materials.

Usage: ``.venv/bin/python docs/gallery/contact_sheet.py [--jobs 2] [--only furniture scenes]``
writes ``docs/gallery/sheets/<sheet>.png``: one labelled grid per template category, plus
``fallbacks``, ``scenes`` and ``materials``. ``docs/gallery/generate.py`` links them from the
gallery page (its "Catalog" section comes from :func:`catalog_section`).

The template tiles come from the catalog (``load_catalog().templates``), never from a hand
list, so a new template file appears on the next run. Each tile goes through the steps a job
does: the engine reads the prompt "a <name>", builds it, and the worker's texture bake
(``worker/outputs.py``: :func:`bake_materials` with the meta's PBR factors) makes the textured
form a user downloads; it is then rendered from the gallery's three-quarter view. The label
under a tile says what the engine reported (``meta["template"]``, the fallback's category, the
scene's objects and relation, the material); a template tile whose prompt built something
else is labelled in red, so a catalog word lost to another template shows on the sheet.
"""

from __future__ import annotations

import argparse
import io
import math
import os
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
SHEETS = HERE / "sheets"
SEED = 7
RESOLUTION = 160
TILE_PX = 160
COLUMNS = 8
#: the worker's default ``texture_size``: the sheet shows the texture a job gets by default
TEXTURE_SIZE = 1024
#: the gallery's three-quarter view (azimuth, elevation in degrees)
VIEW = (35.0, 20.0)
LABEL_PX = 30
TITLE_PX = 26
#: colours kept per sheet: fewer make smooth gradients (a gold vase) band visibly; an indexed
#: PNG is a fraction of the RGB one, so the whole set stays well under a few MB
SHEET_COLOURS = 256

Kind = Literal["template", "fallback", "scene", "material"]

#: Per category, concrete nouns that have no template of their own: each must become that
#: category's fallback archetype. The first of each pair reached its category when written
#: (so the sheet shows every archetype); the second is another everyday noun, kept whichever
#: archetype it gets, so the sheet also shows where the matcher sends a noun astray (red). The
#: unit test checks them against the catalog's words: when a new template claims one, pick
#: another noun.
FALLBACK_NOUNS: dict[str, tuple[str, ...]] = {
    "animals": ("wombat", "tapir"),
    "buildings": ("mausoleum", "quonset hut"),
    "characters": ("mailman", "plumber"),
    "clothing": ("poncho", "sarong"),
    "electronics": ("fax machine", "webcam"),
    "food": ("jackfruit", "samosa"),
    "furniture": ("magazine rack", "recliner"),
    "household": ("dehumidifier", "hot water bottle"),
    "instruments": ("theremin", "zither"),
    "kitchen": ("mandoline slicer", "garlic press"),
    "office": ("paper shredder", "label maker"),
    "plants": ("ivy", "reed"),
    "props": ("parking meter", "treasure map"),
    "sports": ("lacrosse stick", "curling broom"),
    "tools": ("nail gun", "wire stripper"),
    "toys": ("rattle", "kaleidoscope"),
    "vehicles": ("rickshaw", "segway"),
    "weapons": ("whip", "blowgun"),
}

#: The five of issue 13, then a few more relations (under, riding, next to, in).
SCENE_PROMPTS: tuple[str, ...] = (
    "a cat sitting on a chair",
    "a lamp next to a bed",
    "a bird on a branch",
    "an apple in a bowl",
    "a robot holding a sword",
    "a dog under a table",
    "a cowboy riding a horse",
    "a teddy bear on a sofa",
    "a mug next to a laptop",
    "a cat next to a dog",
    "three apples on a plate",
    "a frog on a mushroom",
    # verb phrases, objects without a template, a held part, three objects, relative sizes
    "a dog sleeping on a rug",
    "a cat curled up in a basket",
    "a hamster in a teacup",
    "a viking holding a battle axe",
    "an astronaut holding a flag",
    "a monkey riding an elephant",
    "a wombat sitting on a chair",
    "a cat on a chair next to a table",
)

#: Objects shown in every material, one row each: a patterned (upholstered, wooden) object
#: and a smooth revolved one, so both bake paths are on the sheet.
MATERIAL_OBJECTS: tuple[str, ...] = ("armchair", "vase")
MATERIAL_WORDS: tuple[str, ...] = (
    "wooden",
    "metal",
    "leather",
    "fabric",
    "stone",
    "glass",
    "plastic",
    "ceramic",
    "gold",
    "black",
    "marble",
    "brick",
)


@dataclass(frozen=True)
class Tile:
    """One picture on a sheet: the prompt to build and what its label should say it is."""

    sheet: str  #: file stem of the sheet it goes on (a category, "fallbacks", ...)
    kind: Kind
    prompt: str
    #: what the tile is meant to show: the template name, the fallback's category, the
    #: scene's prompt, or the material word
    expected: str


def _article(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def template_tiles(names_by_category: Mapping[str, Iterable[str]]) -> list[Tile]:
    """One tile per template, its sheet its category, prompt "a <name>" (``naming_prompt``: a
    regional word's bare name means its other sense, so the torch is "a burning torch")."""
    from meshforge.engines.text.core.phrase_rules import naming_prompt

    return [
        Tile(category, "template", naming_prompt(name), name)
        for category in sorted(names_by_category)
        for name in sorted(names_by_category[category])
    ]


def tiles(names_by_category: Mapping[str, Iterable[str]] | None = None) -> list[Tile]:
    """Every tile of every sheet; the templates from the catalog unless given."""
    if names_by_category is None:
        names_by_category = catalog_names()
    found = template_tiles(names_by_category)
    found += [
        Tile("fallbacks", "fallback", _article(noun), category)
        for category, nouns in sorted(FALLBACK_NOUNS.items())
        for noun in nouns
    ]
    found += [Tile("scenes", "scene", prompt, prompt) for prompt in SCENE_PROMPTS]
    found += [
        Tile("materials", "material", _article(f"{word} {thing}"), word)
        for thing in MATERIAL_OBJECTS
        for word in MATERIAL_WORDS
    ]
    return found


def catalog_names() -> dict[str, list[str]]:
    """Category → names of its templates, as the catalog discovers them."""
    from meshforge.engines.text.core.catalog import load_catalog

    found: dict[str, list[str]] = {}
    for template in load_catalog().templates.values():
        found.setdefault(template.category, []).append(template.name)
    return found


# -- building and rendering one tile (runs in the worker processes) ---------------------------


@dataclass(frozen=True)
class RenderedTile:
    """A tile's picture (PNG bytes, so it pickles small) and its two label lines."""

    tile: Tile
    png: bytes
    title: str
    detail: str
    as_expected: bool


_ENGINE: Any = None


def render_tile(tile: Tile) -> RenderedTile:
    """Build ``tile``'s prompt as a job would, bake its texture as the worker does, render it."""
    from meshforge.engines.base import GenerationRequest
    from meshforge.engines.text import TextEngine
    from meshforge.mesh.materials import bake_materials
    from meshforge.mesh.render import MeshRenderer

    global _ENGINE  # one engine per worker process: its catalog and encoder load once
    if _ENGINE is None:
        _ENGINE = TextEngine()
    request = GenerationRequest("text_to_3d", seed=SEED, resolution=RESOLUTION, prompt=tile.prompt)
    result = _ENGINE.generate(request, lambda *_: None, lambda: False)
    pbr = result.meta.get("pbr") or {}
    mesh = bake_materials(
        result.mesh,
        TEXTURE_SIZE,
        float(pbr.get("metallic", 0.0)),
        float(pbr.get("roughness", 0.9)),
    )
    with MeshRenderer(mesh, size=TILE_PX) as renderer:
        image = renderer.render(*VIEW)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    title, detail, as_expected = describe(tile, result.meta)
    return RenderedTile(tile, buffer.getvalue(), title, detail, as_expected)


def describe(tile: Tile, meta: dict[str, Any]) -> tuple[str, str, bool]:
    """The label lines under a tile and whether the engine built what the tile is for."""
    template = str(meta.get("template"))
    if tile.kind == "template":
        built = template == tile.expected
        return tile.expected, "" if built else f"built: {template}", built
    if tile.kind == "fallback":
        fallback = meta.get("fallback") or {}
        category = fallback.get("category")
        noun = tile.prompt.split(" ", 1)[1]
        if category is None:
            return noun, f"not a fallback: {template}", False
        return noun, f"fallback: {category}", category == tile.expected
    if tile.kind == "scene":
        scene = meta.get("scene")
        if not scene:
            return tile.prompt, f"one object: {template}", False
        return tile.prompt, f"{' + '.join(scene['objects'])}: {scene['placement']}", True
    material = str(meta.get("material"))
    word = tile.expected
    # a colour word ("black") has no material of its own: the plain bake, dark-lifted
    looks_right = material != "default" or word == "black"
    return f"{word} {template}", f"material: {material}", looks_right


# -- composing sheets ------------------------------------------------------------------------


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def compose_sheet(title: str, rendered: Sequence[RenderedTile]) -> Image.Image:
    """A labelled grid of ``rendered`` tiles under ``title``."""
    wide = any(item.tile.kind == "scene" for item in rendered)
    label_px = LABEL_PX + (12 if wide else 0)
    columns = min(COLUMNS, len(rendered))
    rows = math.ceil(len(rendered) / columns)
    sheet = Image.new(
        "RGB", (columns * TILE_PX, TITLE_PX + rows * (TILE_PX + label_px)), (255, 255, 255)
    )
    draw = ImageDraw.Draw(sheet)
    draw.text((6, 5), title, fill=(20, 20, 20), font=_font(14))
    small = _font(11)
    for index, item in enumerate(rendered):
        left = (index % columns) * TILE_PX
        top = TITLE_PX + (index // columns) * (TILE_PX + label_px)
        sheet.paste(Image.open(io.BytesIO(item.png)).convert("RGB"), (left, top))
        lines = [*textwrap.wrap(item.title, 26)[: 2 if wide else 1], item.detail]
        colour = (20, 20, 20) if item.as_expected else (200, 20, 20)
        for number, line in enumerate(lines):
            draw.text((left + 4, top + TILE_PX + 2 + 12 * number), line, fill=colour, font=small)
    return sheet


def save_small(sheet: Image.Image, path: Path) -> None:
    """Write ``sheet`` as an indexed, optimised PNG (a few hundred KB, not megabytes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    indexed = sheet.quantize(
        SHEET_COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
    )
    indexed.save(path, format="PNG", optimize=True)


def _sheet_title(name: str, rendered: Sequence[RenderedTile]) -> str:
    kind = rendered[0].tile.kind
    settings = f"seed {SEED}, resolution {RESOLUTION}"
    if kind == "template":
        return f'{name}: {len(rendered)} templates, prompt "a <name>" ({settings})'
    if kind == "fallback":
        return f"fallbacks: nouns with no template of their own, per category ({settings})"
    if kind == "scene":
        return f"scenes: two objects and a relation ({settings})"
    return f"materials: {', '.join(MATERIAL_OBJECTS)} in each material word ({settings})"


def render_sheets(selected: Sequence[Tile], jobs: int) -> dict[str, list[RenderedTile]]:
    """Render ``selected`` on ``jobs`` processes; sheet name → its tiles in order."""
    by_sheet: dict[str, list[RenderedTile]] = {}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for item in pool.map(render_tile, selected, chunksize=4):
            by_sheet.setdefault(item.tile.sheet, []).append(item)
    return by_sheet


def catalog_section() -> list[str]:
    """The gallery page's "Catalog" section: every sheet on disk, embedded."""
    every = tiles()
    kinds = len({tile.expected for tile in every if tile.kind == "template"})
    rows = [
        "",
        "## Catalog",
        "",
        f"Every template of the text engine ({kinds} object kinds), one sheet per category, then",
        "the category fallbacks (nouns with no template), scenes and the materials. Generated by",
        "`docs/gallery/contact_sheet.py` (seed 7, resolution 160, textured as a job's export,",
        "three-quarter view); a red label is a tile that did not become what it is for.",
        "",
    ]
    for name in dict.fromkeys(tile.sheet for tile in every):
        path = SHEETS / f"{name}.png"
        if path.exists():
            rows += [f"### {name}", "", f"![{name}](gallery/sheets/{name}.png)", ""]
    return rows[:-1]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--only", nargs="*", help="sheet names to render (default: all)")
    args = parser.parse_args(argv)
    selected = [tile for tile in tiles() if not args.only or tile.sheet in args.only]
    by_sheet = render_sheets(selected, args.jobs)
    total = 0
    for name, rendered in by_sheet.items():
        path = SHEETS / f"{name}.png"
        save_small(compose_sheet(_sheet_title(name, rendered), rendered), path)
        total += path.stat().st_size
        wrong = [f"{item.title} ({item.detail})" for item in rendered if not item.as_expected]
        print(f"{path.name}: {len(rendered)} tiles, {path.stat().st_size // 1024} KB")
        for line in wrong:
            print(f"  not as expected: {line}")
    print(f"{len(selected)} tiles, {total // 1024} KB written")


if __name__ == "__main__":
    main()
