"""Scene wordings beyond "subject, relation, reference": three objects, two held things,
two objects beside each other, containers full of things, flying on a mount, and the "in" and
"on" that name no place at all (a pose, clothes, a picture, the subject's own holder)."""

from __future__ import annotations

import pytest

from meshforge.engines.base import GenerationRequest, GenerationResult
from meshforge.engines.text import TextEngine
from meshforge.engines.text.core.catalog import load_catalog
from meshforge.engines.text.core.filling import contents_of
from meshforge.engines.text.core.lexicon import tokenize
from meshforge.engines.text.core.relations import split_relation
from meshforge.engines.text.core.scene import read_scene
from meshforge.engines.text.core.word_order import full_of, reciprocal

CATALOG = load_catalog()


def generate(prompt: str) -> GenerationResult:
    request = GenerationRequest(task="text_to_3d", seed=1, prompt=prompt, resolution=64)
    return TextEngine().generate(request, lambda _f, _s: None, lambda: False)


def scene_of(prompt: str) -> tuple[list[str], str] | None:
    scene = read_scene(prompt, "", CATALOG)
    return None if scene is None else ([item.name for item in scene.objects], scene.relation)


# -- reading, pure words --------------------------------------------------------------------


def test_two_held_things_are_one_per_hand() -> None:
    text = split_relation(tokenize("a knight holding a sword and a shield"))
    assert text is not None
    assert (text.relation, text.reference, text.also) == ("holding", "a sword", "a shield")


def test_two_objects_and_how_they_stand_to_each_other() -> None:
    text = reciprocal(tokenize("a cat and a dog sitting side by side"))
    assert text is not None
    assert (text.subjects, text.relation, text.reference) == (("a cat",), "next to", "a dog")
    assert reciprocal(tokenize("two cats side by side")) is None  # one phrase: no pair


def test_a_container_before_what_fills_it() -> None:
    text = full_of(tokenize("a mug full of pencils"))
    assert text is not None and text.filling
    assert (text.subjects, text.relation, text.reference) == (("pencils",), "in", "a mug")
    # "of" alone is a container only with a relation after it, and never a quantity
    assert full_of(tokenize("a vase of tulips")) is None
    assert contents_of(tokenize("a pile of books")) is None
    assert contents_of(tokenize("a cup of tea")) is None  # what fills it, not objects
    text = split_relation(tokenize("a vase of flowers on a wooden table"))
    assert text is not None and (text.contents, text.reference) == ("flowers", "a wooden table")


@pytest.mark.parametrize(
    "prompt",
    [
        "a sleeping kitten curled up in a ball",
        "a hedgehog rolled up into a ball",
        "teapot with little flowers painted on it",
        "a mug with a cat printed on it",
    ],
)
def test_poses_and_pictures_are_no_relation(prompt: str) -> None:
    assert split_relation(tokenize(prompt)) is None


# -- the dev table: what each wording makes -------------------------------------------------

SCENES = [
    # two held things, one per hand
    ("a knight holding a sword and a shield", ["knight", "sword", "shield"], "holding"),
    ("a wizard holding a staff and a book", ["wizard", "staff", "book"], "holding"),
    ("a chef holding a knife and a frying pan", ["chef", "knife", "frying pan"], "holding"),
    ("a girl holding a balloon and an umbrella", ["person", "balloon", "umbrella"], "holding"),
    ("a robot carrying a lantern and a shovel", ["robot", "lantern", "shovel"], "holding"),
    ("a viking wielding an axe and a shield", ["viking", "axe", "shield"], "holding"),
    ("a pirate holding a sword and a lantern", ["pirate", "sword", "lantern"], "holding"),
    # two objects beside each other, however said
    ("a cat and a dog sitting side by side", ["cat", "dog"], "next to"),
    ("a horse and a cow standing next to each other", ["horse", "cow"], "next to"),
    ("a penguin and a polar bear standing together", ["penguin", "bear"], "next to"),
    ("a fox and a rabbit sleeping side by side", ["fox", "rabbit"], "next to"),
    ("a teapot and a mug next to each other", ["teapot", "mug"], "next to"),
    ("a robot and an astronaut standing back to back", ["robot", "astronaut"], "next to"),
    ("an owl and a cat side by side", ["owl", "cat"], "next to"),
    # a container full of things: the things in it
    ("a mug full of pencils", ["pencil", "mug"], "in"),
    ("a basket full of apples", ["apple", "basket"], "in"),
    ("a bowl filled with oranges", ["orange", "bowl"], "in"),
    ("a wheelbarrow full of pumpkins", ["pumpkin", "wheelbarrow"], "in"),
    ("a bucket filled with tennis balls", ["ball", "bucket"], "in"),
    # a container, what fills it and where it is: three objects
    ("a vase of flowers on a wooden table", ["vase", "flower", "table"], "on"),
    ("a basket of apples on a table", ["basket", "apple", "table"], "on"),
    ("a mug of pencils on a desk", ["mug", "pencil", "desk"], "on"),
    # flying on a mount rides it; over something is on it
    ("a witch flying on a broomstick", ["witch", "broom"], "riding"),
    ("a wizard flying on a dragon", ["wizard", "dragon"], "riding"),
    # an animal "on" something with a saddle or handlebars rides it; on an animal it sits
    ("a bear on a unicycle", ["bear", "unicycle"], "riding"),
    ("a monkey on a motorcycle", ["monkey", "motorcycle"], "riding"),
    ("a bird on a horse", ["bird", "horse"], "on"),
    ("a dragon flying over a castle", ["dragon", "castle"], "on"),
    ("a bird flying above a tree", ["bird", "tree"], "on"),
    # postures and prepositions
    ("a teddy bear sitting in an armchair", ["teddy bear", "chair"], "in"),
    ("a frog sitting on top of a mushroom", ["frog", "mushroom"], "on"),
    ("an owl perched atop a fence post", ["owl", "fence"], "on"),
    ("a crow perched atop a scarecrow", ["bird", "scarecrow"], "on"),
    ("a cat sitting in a cardboard box", ["cat", "cardboard box"], "in"),
    ("a bicycle beside a mailbox", ["bicycle", "mailbox"], "next to"),
    ("a shovel leaning on a wheelbarrow", ["shovel", "wheelbarrow"], "next to"),
    ("a ladder leaning on a tree", ["ladder", "tree"], "next to"),
    ("a hamster inside a teacup", ["hamster", "cup"], "in"),
    ("a dog sleeping beneath a tree", ["dog", "tree"], "under"),
    ("a mouse hiding beneath a chair", ["mouse", "chair"], "under"),
    # possessives: the owner is the reference
    ("a bird on the scarecrow's head", ["bird", "scarecrow"], "on"),
    ("a monkey on a pirate's shoulder", ["monkey", "pirate"], "on"),
    ("a cat sleeping on a man's lap", ["cat", "person"], "on"),
    # clothes before the relation are the subject's
    ("a wizard in a long robe holding a staff", ["wizard", "staff"], "holding"),
    ("a girl in a red dress holding a balloon", ["person", "balloon"], "holding"),
    ("a man in a suit sitting on a chair", ["person", "chair"], "on"),
    ("a knight in armor riding a horse", ["knight", "horse"], "riding"),
    # two subjects and a reference
    ("a cup and a plate on a tray", ["cup", "plate", "tray"], "on"),
    ("a cat and a dog under a table", ["cat", "dog", "table"], "under"),
]

ONE_OBJECT = [
    # clothes, however said
    "a knight in shining armor",
    "a girl dressed in a red coat",
    "a man wearing a top hat",
    "a cat wearing a tiny crown",
    "a robot in a tuxedo",
    # poses
    "a sleeping kitten curled up in a ball",
    "a fox curled into a ball",
    "a snake coiled in a spiral",
    "a hedgehog rolled up into a ball",
    # pictures on a surface
    "teapot with little flowers painted on it",
    "a mug with a cat printed on it",
    "a vase with dragons painted on it",
    "a guitar with flowers carved on it",
    # in its own holder
    "a monstera plant in a terracotta pot",
    "a cactus in a clay pot",
    "a fern in a ceramic pot",
    "a bonsai tree in a shallow pot",
    "a scented candle in a glass jar",
    "a lit candle in a brass holder",
    "a burning medieval torch in a wall bracket",
    # full of what it builds itself, or of its own stock; "of" alone
    "a bookshelf full of books",
    "a wooden treasure chest full of gold coins",
    "a toolbox full of tools",
    "a vase of tulips",
]


@pytest.mark.parametrize(("prompt", "objects", "relation"), SCENES)
def test_scene_wordings(prompt: str, objects: list[str], relation: str) -> None:
    assert scene_of(prompt) == (objects, relation)


@pytest.mark.parametrize("prompt", ONE_OBJECT)
def test_one_object_wordings(prompt: str) -> None:
    assert scene_of(prompt) is None


def test_the_table_is_large_enough() -> None:
    assert len(SCENES) + len(ONE_OBJECT) >= 60


# -- building ---------------------------------------------------------------------------------


def test_the_second_held_thing_is_in_the_other_hand() -> None:
    result = generate("a wizard holding a staff and a book")
    scene = result.meta["scene"]
    assert scene["objects"] == ["wizard", "staff", "book"]
    assert scene["built"] == ["wizard", "wizard's own staff", "book"]
    assert len(scene["fit_scales"]) == len(scene["counts"]) == 3
    assert result.mesh.is_watertight
    assert len(result.mesh.split(only_watertight=False)) == 1
    low, high = result.mesh.bounds
    alone = generate("a wizard holding a staff")
    # the book at the wizard's left (+X): the model reaches further that way than before
    assert high[0] > alone.mesh.bounds[1][0] + 0.01 * (high[2] - low[2])


@pytest.mark.parametrize(
    ("prompt", "built"),
    [
        ("a vase of flowers on a wooden table", ["vase", "vase's own flower", "table"]),
        ("a mug of pencils on a desk", ["mug", "pencil", "desk"]),
        ("a basket full of apples", ["apple", "basket"]),
    ],
)
def test_a_container_with_what_fills_it_is_placed_whole(prompt: str, built: list[str]) -> None:
    result = generate(prompt)
    assert result.meta["scene"]["built"] == built
    assert result.mesh.is_watertight
    assert len(result.mesh.split(only_watertight=False)) == 1
