"""The generic person: the words of the prompt decide who is built, the seed decides the rest."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from meshforge.engines.base import GenerationRequest, GenerationResult
from meshforge.engines.text import TextEngine

RED = (255, 0, 0)


@cache
def generate(prompt: str, seed: int = 1) -> GenerationResult:
    """The engine's result for ``prompt`` at a low resolution, built once per test session."""
    request = GenerationRequest(task="text_to_3d", seed=seed, prompt=prompt, resolution=64)
    return TextEngine().generate(request, lambda _f, _s: None, lambda: False)


def height_m(prompt: str, seed: int) -> float:
    """The model's height in metres (the engine keeps templates at real size, Y up)."""
    return float(generate(prompt, seed).mesh.extents[1])


@pytest.mark.parametrize(
    "prompt", ["a man", "a woman", "a girl", "a teenager", "a person", "a little boy"]
)
def test_everyday_people_become_the_person_template(prompt: str) -> None:
    assert generate(prompt).meta["template"] == "person"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_child_is_built_smaller_than_an_adult(seed: int) -> None:
    assert height_m("a little girl", seed) < 0.85 * height_m("a woman", seed)
    assert height_m("a boy", seed) < 0.85 * height_m("a man", seed)


def test_a_dress_named_in_the_prompt_is_worn_and_takes_its_colour() -> None:
    colors = np.asarray(generate("a woman in a red dress").mesh.visual.vertex_colors)[:, :3]
    # the dress covers the torso and falls to the floor: most of the figure is red
    assert np.all(colors == RED, axis=1).mean() > 0.4


def test_the_seed_varies_clothes_and_build() -> None:
    models = [generate("a person", seed).mesh for seed in (1, 2, 3, 4)]
    palettes = {
        tuple(sorted(map(tuple, np.unique(np.asarray(m.visual.vertex_colors), axis=0))))
        for m in models
    }
    assert len(palettes) > 1


@pytest.mark.parametrize(
    "name", ["wizard", "baby", "skeleton", "alien", "person", "pirate", "dog", "cat"]
)
def test_a_named_hat_sits_on_any_head(name: str) -> None:
    """Figures with a head of their own (not only the shared figure builder) wear the hat asked."""
    hatted = generate(f"a {name} wearing a red top hat")
    assert hatted.meta["template"] == name
    assert "hat" in hatted.meta["parts"]
    mesh = hatted.mesh
    red = np.all(np.asarray(mesh.visual.vertex_colors)[:, :3] == RED, axis=1)
    assert red.any()
    # the red is the hat, on top of the head: its vertices are in the model's upper part
    low, high = mesh.bounds[:, 1]
    assert np.median(mesh.vertices[red, 1]) > low + 0.6 * (high - low)
