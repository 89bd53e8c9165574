"""Plain shapes for a scene's object that the catalog cannot build: a slab, a bowl, a rod.

"A skeleton on a throne" when no template is a throne, and the matcher can only say the word is
near some other template (not which category's object it is): the scene still needs something
to sit on. Each relation gets the shape it needs, sized for the object it holds up, contains
or is held by (``partner_m``: that object's bounding box, metres): a low slab to rest on, an
open bowl to be in, a rod to hold, a block to ride or stand beside, a canopy to be under. Shapes
take the prompt's colours and material like any template's body ("a red rug").
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.relation_words import Relation
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rounded_box, vessel

#: The plain shape each relation needs of the object the subjects are related to.
SHAPES: dict[Relation, str] = {
    "on": "slab",
    "in": "bowl",
    "holding": "rod",
    "riding": "seat block",
    "under": "canopy",
    "next to": "block",
}
#: A muted stone grey: neither a colour the prompt could have meant nor one that hides shading.
PLAIN = (165, 160, 150)
#: Smallest dimension of any shape, metres (a 3 cm hamster still gets a printable bowl).
MIN_SIZE_M = 0.01


def stand_in(relation: Relation, partner_m: np.ndarray) -> Template:
    """A template building the relation's plain shape sized for an object of ``partner_m``."""
    width, depth, height = (max(float(size), MIN_SIZE_M) for size in partner_m)
    footprint = max(width, depth)
    shape = SHAPES[relation]
    builders: dict[str, tuple[Callable[[Assembly], None], float]] = {
        "slab": (lambda a: _slab(a, 1.4 * footprint, 0.06 * height), 0.06 * height),
        "bowl": (lambda a: _bowl(a, 0.6 * footprint, 0.45 * height), 0.45 * height),
        "rod": (lambda a: _rod(a, 0.6 * height), 0.6 * height),
        "seat block": (
            lambda a: _block(a, (0.35 * height, 1.1 * height, 0.4 * height)),
            0.4 * height,
        ),
        "canopy": (lambda a: _canopy(a, 1.5 * footprint, 1.3 * height), 1.3 * height),
        "block": (lambda a: _block(a, (0.8 * height, 0.8 * height, height)), height),
    }
    build, height_m = builders[shape]
    return Template(
        shape,
        build,
        height_m=max(height_m, MIN_SIZE_M),
        description=f"a plain {shape}",
        parts=("body",),
    )


def _slab(a: Assembly, side: float, thickness: float) -> None:
    """A low rounded slab to rest on (a rug, a pad, a pedestal's top)."""
    thickness = max(thickness, MIN_SIZE_M)
    radius = 0.3 * thickness
    size = (side, side, thickness)
    a.add(rounded_box(size, radius, a.segments(radius), (0.0, 0.0, thickness / 2)), "body", PLAIN)


def _bowl(a: Assembly, radius: float, height: float) -> None:
    """An open round bowl to be in (a basket, a tub, a nest)."""
    height = max(height, 2 * MIN_SIZE_M)
    outline = [(0.75 * radius, 0.0), (radius, 0.35 * height), (1.05 * radius, height)]
    wall = max(0.05 * radius, MIN_SIZE_M / 2)
    a.add(vessel(outline, wall, 0.08 * height, a.segments(radius)), "body", PLAIN)


def _rod(a: Assembly, length: float) -> None:
    """A straight upright rod to hold (a stick, a wand, a pole)."""
    radius = max(0.035 * length, MIN_SIZE_M / 2)
    a.add(cylinder(radius, length, a.segments(radius)), "body", PLAIN)


def _block(a: Assembly, size: tuple[float, float, float]) -> None:
    """A plain block standing on the floor."""
    a.add(box(size, (0.0, 0.0, size[2] / 2)), "body", PLAIN)


def _canopy(a: Assembly, span: float, clearance: float) -> None:
    """A roof on four corner posts, with room under it."""
    thickness = max(0.06 * clearance, MIN_SIZE_M)
    post = max(0.04 * span, MIN_SIZE_M / 2)
    for sx in (-1, 1):
        for sy in (-1, 1):
            corner = (sx * (span / 2 - post), sy * (span / 2 - post), 0.0)
            a.add(cylinder(post, clearance, a.segments(post), corner), "body", PLAIN)
    roof = (span, span, thickness)
    a.add(box(roof, (0.0, 0.0, clearance + thickness / 2 - 0.001)), "body", PLAIN)
