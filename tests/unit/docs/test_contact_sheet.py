"""The catalog's contact sheets (docs/gallery/contact_sheet.py) show every template and more.

The tile list is checked against the catalog without rendering it all; one tile is built and
rendered end to end, as the script does for every one.
"""

from __future__ import annotations

import io
from collections import Counter

import numpy as np
from docs.gallery import contact_sheet
from docs.gallery.contact_sheet import Tile, describe, render_tile, tiles
from PIL import Image

from meshforge.engines.text.core.catalog import claim_key, load_catalog

#: issue 13, item 3 and item 5: the materials and scenes the sheet must show
ISSUE_MATERIALS = (
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
)
ISSUE_SCENES = (
    "a cat sitting on a chair",
    "a lamp next to a bed",
    "a bird on a branch",
    "an apple in a bowl",
    "a robot holding a sword",
)


def test_every_catalog_template_has_one_tile_on_its_category_sheet() -> None:
    catalog = load_catalog()
    template_tiles = [tile for tile in tiles() if tile.kind == "template"]
    shown = Counter(tile.expected for tile in template_tiles)
    assert set(shown) == set(catalog.templates)
    assert max(shown.values()) == 1
    for tile in template_tiles:
        assert tile.sheet == catalog.templates[tile.expected].category
        assert tile.prompt.endswith(f" {tile.expected}")


def test_a_template_added_to_the_catalog_gets_a_tile() -> None:
    names = {"furniture": ["chair"], "toys": ["kite", "yo yo"]}
    shown = [(tile.sheet, tile.prompt) for tile in tiles(names) if tile.kind == "template"]
    assert shown == [("furniture", "a chair"), ("toys", "a kite"), ("toys", "a yo yo")]


def test_every_category_has_fallback_tiles_with_nouns_no_template_claims() -> None:
    catalog = load_catalog()
    fallback_tiles = [tile for tile in tiles() if tile.kind == "fallback"]
    assert {tile.expected for tile in fallback_tiles} == set(catalog.fallbacks)
    claimed = {claim_key(word) for t in catalog.templates.values() for word in t.names()}
    for nouns in contact_sheet.FALLBACK_NOUNS.values():
        for noun in nouns:
            assert claim_key(noun) not in claimed, f"{noun!r} has a template now: pick another"


def test_scenes_and_materials_of_the_issue_are_on_their_sheets() -> None:
    prompts = {tile.prompt for tile in tiles()}
    assert set(ISSUE_SCENES) <= prompts
    material_words = {tile.expected for tile in tiles() if tile.kind == "material"}
    assert set(ISSUE_MATERIALS) <= material_words


def test_a_template_tile_that_built_another_template_is_flagged() -> None:
    tile = Tile("toys", "template", "a kite", "kite")
    assert describe(tile, {"template": "kite"}) == ("kite", "", True)
    assert describe(tile, {"template": "bird"}) == ("kite", "built: bird", False)
    fallback = Tile("fallbacks", "fallback", "a tuba", "instruments")
    assert describe(fallback, {"template": "trumpet", "fallback": None})[2] is False


def test_a_tile_is_built_textured_and_rendered_at_tile_size() -> None:
    rendered = render_tile(Tile("furniture", "template", "a chair", "chair"))
    assert rendered.as_expected
    image = Image.open(io.BytesIO(rendered.png)).convert("RGB")
    assert image.size == (contact_sheet.TILE_PX, contact_sheet.TILE_PX)
    # the model covers a good part of the tile, shaded: not only the renderer's grey ground
    pixels = np.asarray(image).reshape(-1, 3)
    assert np.mean(np.any(pixels != pixels[0], axis=1)) > 0.1
    assert len(np.unique(pixels, axis=0)) > 50
