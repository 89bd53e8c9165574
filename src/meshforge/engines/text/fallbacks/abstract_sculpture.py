"""The fallback for objects no template knows: a seeded abstract sculpture on a plinth."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.forms import named_form
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import fields, named_forms, polyhedra, sheets, surfaces
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, rounded_box, sphere, torus

PALETTE: tuple[RGB, ...] = (
    (220, 90, 60),
    (60, 120, 200),
    (240, 190, 60),
    (90, 170, 110),
    (180, 90, 170),
    (235, 235, 230),
)
PLINTH: RGB = (70, 70, 75)


def _platonic(name: str) -> Callable[[float, int], Manifold]:
    """The builder of the Platonic solid ``name``."""
    return lambda size, _segments: polyhedra.platonic_solid(name, size)


#: The mathematical forms a prompt may name (``core/forms.py``) → their builders (size, segments).
FORMS: dict[str, Callable[[float, int], Manifold]] = {
    "torus knot": surfaces.torus_knot,
    "mobius strip": surfaces.mobius_strip,
    "twisted ribbon": surfaces.twisted_ribbon,
    "helix": surfaces.double_helix,
    "gyroid": lambda size, _segments: surfaces.gyroid(size),
    "lattice": lambda size, _segments: surfaces.lattice(size),
    "menger sponge": lambda size, _segments: surfaces.menger_sponge(size),
    "klein bottle": surfaces.klein_bottle,
    "hyperboloid": surfaces.hyperboloid,
    "tesseract": surfaces.tesseract,
    "torus": surfaces.ring_torus,
    # a field sampled on a grid: cells follow the resolution, within what stays quick
    "mandelbulb": lambda size, segments: fields.mandelbulb(size, min(72, max(40, segments + 8))),
    "schwarz p": lambda size, segments: fields.schwarz_p(size, min(56, max(36, segments))),
    "voronoi shell": lambda size, segments: fields.voronoi_shell(size, min(64, max(40, segments))),
    "boys surface": lambda size, segments: fields.boys_surface(
        size, min(72, max(44, segments + 8))
    ),
    "lorenz attractor": lambda size, segments: fields.lorenz_attractor(
        size, min(80, max(48, segments + 16))
    ),
    "rossler attractor": lambda size, segments: fields.lorenz_attractor(
        size, min(80, max(48, segments + 16)), "rossler"
    ),
    "aizawa attractor": lambda size, segments: fields.lorenz_attractor(
        size, min(80, max(48, segments + 16)), "aizawa"
    ),
    "penrose triangle": lambda size, _segments: polyhedra.penrose_triangle(size),
    "sierpinski tetrahedron": lambda size, _segments: polyhedra.sierpinski_tetrahedron(size),
    "stellated dodecahedron": lambda size, _segments: polyhedra.stellated_dodecahedron(size),
    "star tetrahedron": lambda size, _segments: polyhedra.star_tetrahedron(size),
    **{name: _platonic(name) for name in polyhedra.VERTICES},
    "hyperbolic disc": sheets.hyperbolic_disc,
    "saddle": sheets.saddle,
    "pseudosphere": sheets.pseudosphere,
    "helicoid": sheets.helicoid,
    "twisted tower": sheets.twisted_tower,
    "golden spiral": sheets.golden_spiral,
    "phyllotaxis": sheets.phyllotaxis,
    "infinity": sheets.infinity_loop,
    "fractal tree": sheets.fractal_tree,
    "brutalist monument": sheets.brutalist_monument,
    "constructivist": sheets.brutalist_monument,
    # a field or a cloud of points: cells follow the resolution, within what stays quick
    "calabi yau": lambda size, _segments: named_forms.calabi_yau(size),
    "seifert surface": lambda size, segments: named_forms.seifert_surface(
        size, min(56, max(44, segments))
    ),
    "pierced form": lambda size, segments: named_forms.pierced_form(
        size, min(72, max(44, segments + 8))
    ),
    "dini surface": lambda size, segments: named_forms.dini_surface(
        size, min(72, max(48, segments))
    ),
    "roman surface": lambda size, segments: named_forms.roman_surface(
        size, min(64, max(44, segments))
    ),
    "cross cap": lambda size, segments: named_forms.cross_cap(size, min(64, max(44, segments))),
    "enneper surface": named_forms.enneper_surface,
    "borromean rings": named_forms.borromean_rings,
    "hopf link": named_forms.hopf_link,
    "figure eight knot": named_forms.figure_eight_knot,
    "hilbert curve": named_forms.hilbert_curve,
    "endless column": named_forms.endless_column,
    "oloid": named_forms.oloid,
    "sphericon": named_forms.sphericon,
    "superellipsoid": named_forms.superellipsoid,
    "truncated icosahedron": named_forms.truncated_icosahedron,
    "cuboctahedron": named_forms.cuboctahedron,
    "rhombic dodecahedron": named_forms.rhombic_dodecahedron,
}
#: Forms that stand for a family ("generative art"): the seed picks one of them.
FAMILIES: dict[str, tuple[str, ...]] = {
    "generative": (
        "voronoi shell",
        "gyroid",
        "lattice",
        "phyllotaxis",
        "twisted tower",
        "hilbert curve",
    ),
}
#: Forms with a material of their own, unless the prompt names a colour.
FORM_COLOURS: dict[str, RGB] = {"brutalist monument": (150, 148, 142)}


def build_abstract(a: Assembly) -> None:
    """The form the prompt names ("a torus knot"), else a smooth blob or a stack of
    primitives, coloured by the prompt's colours."""
    plinth_h = a.vary(0.08, 0.2)
    # the matcher's words as written: the reader's singulars turn "mobius" into "mobiu"
    form = named_form(a.prompt.match.words or a.prompt.words)
    if form in FAMILIES:
        form = a.pick(FAMILIES[form])
    footprint = 0.0
    if form in FORMS:
        size = a.vary(0.5, 0.1)
        solid = FORMS[form](size, a.segments(size / 2))
        # its lowest point sunk into the plinth, so that the two are one solid, and what it
        # stands on (a corner of the Penrose triangle, the base of a tetrahedron) centred on it
        bottom = solid.bounding_box()[2]
        low_x, low_y, high_x, high_y = solid.slice(bottom + size * 0.03).bounds()
        footprint = math.hypot(high_x - low_x, high_y - low_y)
        moved = (-(low_x + high_x) / 2, -(low_y + high_y) / 2, plinth_h - bottom - size * 0.03)
        colour = a.pick(PALETTE)
        a.add(solid.translate(moved), "body", FORM_COLOURS.get(form, colour))
    elif form == "stack" or a.pick(("blob", "stack")) == "stack":
        _stack(a, plinth_h)
    else:
        _blob(a, plinth_h)
    if a.wants("plinth"):
        width = max(a.vary(0.4, 0.15), footprint * 1.05)  # wide enough for what stands on it
        if a.chance(0.5):
            a.add(
                cylinder(width / 2, plinth_h, a.segments(width / 2)),
                "plinth",
                PLINTH,
                Tier.SECONDARY,
            )
        else:
            a.add(
                box((width, width, plinth_h), (0, 0, plinth_h / 2)),
                "plinth",
                PLINTH,
                Tier.SECONDARY,
            )


def _blob(a: Assembly, base_z: float) -> None:
    """A sphere pushed in and out by a few seeded waves: star-shaped, so it never self-crosses."""
    radius = a.vary(0.22, 0.15)
    stretch = np.array([a.vary(1.0, 0.2), a.vary(1.0, 0.2), a.vary(1.5, 0.3)])
    waves = [
        (
            a.rng.normal(size=3) * a.between(1.5, 3.5),
            a.between(0, 2 * math.pi),
            a.between(0.06, 0.14),
        )
        for _ in range(a.pick((2, 3, 4)))
    ]
    center = np.array([0.0, 0.0, base_z + radius * stretch[2] * 0.9])

    def deform(points: np.ndarray) -> np.ndarray:
        directions = points / np.linalg.norm(points, axis=1, keepdims=True)
        factor = np.ones(len(points))
        for frequency, phase, amplitude in waves:
            factor += amplitude * np.sin(directions @ frequency + phase)
        moved: np.ndarray = directions * (radius * factor)[:, None] * stretch + center
        return moved

    body = Manifold.sphere(1.0, a.segments(radius * 2)).warp_batch(deform)
    a.add(body, "body", a.pick(PALETTE))


def _stack(a: Assembly, base_z: float) -> None:
    """Three to five primitives balanced on each other, each in the next prompt colour."""
    z = base_z * 0.8  # sunk into the plinth so the stack and plinth are one solid
    for index in range(a.pick((3, 4, 5))):
        size = a.vary(0.16, 0.3)
        # "stacked floating rings", "a spiral of stacked cubes": the solids the prompt names
        named = [solid for solid in ("ring", "cube", "sphere", "disc") if a.mentions(solid)]
        kind = a.pick(named or ("sphere", "cube", "ring", "egg", "disc"))
        if kind == "sphere":
            solid, height = sphere(size / 2, a.segments(size / 2), (0, 0, z + size / 2)), size
        elif kind == "cube":
            tilted = rounded_box((size, size, size), size * 0.12, a.segments(size * 0.12))
            solid = tilted.rotate((0, 0, a.between(0, 90))).translate((0, 0, z + size / 2))
            height = size
        elif kind == "ring":
            # standing upright, so the pieces above and below touch its tube, not its hole
            minor, major = size * 0.18, size * 0.45
            ring = torus(major, minor, a.segments(major)).rotate((90, 0, 0))
            solid, height = ring.translate((0, 0, z + major + minor)), 2 * (major + minor)
        elif kind == "egg":
            solid = ellipsoid(
                (size / 2, size / 2, size * 0.7), a.segments(size / 2), (0, 0, z + size * 0.7)
            )
            height = size * 1.4
        else:
            solid, height = (
                cylinder(size * 0.7, size * 0.3, a.segments(size * 0.7), (0, 0, z)),
                size * 0.3,
            )
        # pieces overlap a little so the stack is one solid
        z += height * 0.9
        a.add(solid, f"piece{index}", a.nth_color(index, a.pick(PALETTE)), Tier.FIXED)


TEMPLATE = Template(
    "abstract",
    build_abstract,
    0.6,
    description="an abstract sculpture on a plinth",
    parts=("body", "plinth"),
    aliases={"base": "plinth", "pedestal": "plinth", "stand": "plinth"},
)
