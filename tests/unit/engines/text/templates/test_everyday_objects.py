"""Everyday objects people ask a 3D generator for get their own template, not a stand-in.

Each prompt here used to reach a fallback or another object's template ("a golf ball" was the
generic ball, "a go kart" a character, "an origami crane" a paper airplane).
"""

from __future__ import annotations

from functools import cache

import pytest

from meshforge.engines.base import GenerationRequest, GenerationResult
from meshforge.engines.text import TextEngine


@cache
def generate(prompt: str) -> GenerationResult:
    """The engine's result for ``prompt`` at seed 1, built once per test session."""
    request = GenerationRequest(task="text_to_3d", seed=1, prompt=prompt, resolution=64)
    return TextEngine().generate(request, lambda _f, _s: None, lambda: False)


@pytest.mark.parametrize(
    ("prompt", "template"),
    [
        ("a mosque", "mosque"),
        ("a colosseum", "colosseum"),
        ("a football stadium", "stadium"),
        ("a swimming pool", "swimming pool"),
        ("a hot tub", "hot tub"),
        ("a totem pole", "totem pole"),
        ("a grain silo", "grain silo"),
        ("a pinball machine", "pinball machine"),
        ("a slot machine", "slot machine"),
        ("a pool cue", "pool cue"),
        ("a golf bag", "golf bag"),
        ("a treadmill", "treadmill"),
        ("a golf ball", "golf ball"),
        ("a go kart", "go kart"),
        ("a red go-kart", "go kart"),
        ("a bird cage", "bird cage"),
        ("an origami crane", "paper crane"),
        ("a movie poster", "poster"),
        ("a keychain", "keychain"),
        ("a ferris wheel", "ferris wheel"),
        ("a pool table", "pool table"),
        ("a claw machine", "claw machine"),
        ("a lunar lander", "lunar lander"),
        ("a unicycle", "unicycle"),
        ("a horse drawn carriage", "carriage"),
        ("a mine cart", "mine cart"),
        ("an exercise bike", "exercise bike"),
    ],
)
def test_an_everyday_object_gets_its_own_template(prompt: str, template: str) -> None:
    assert generate(prompt).meta.get("template") == template


def test_a_stack_of_toy_blocks_is_several_blocks_high() -> None:
    stack = generate("a stack of wooden toy blocks")
    assert stack.meta.get("template") == "toy block"
    width, height, _depth = stack.mesh.extents  # glTF axes: Y is up
    assert height > 2 * width
