"""Cutlery templates: spoon, fork, knife, each standing on its handle, face to the front."""

from __future__ import annotations

import math

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.parts import (
    box,
    ellipsoid,
    rod,
    subtract,
)
from meshforge.engines.text.shapes import face_prism
from meshforge.engines.text.tableware import HANDLES, STEEL


def _cutlery_handle(a: Assembly, length: float, width: float) -> None:
    """A flat handle, wider at its foot, standing from the origin to ``length``."""
    handle = Manifold.batch_hull(
        [
            ellipsoid((width, width * 0.3, width * 1.2), a.segments(width), (0, 0, width * 1.2)),
            ellipsoid((width * 0.35, width * 0.2, width), a.segments(width), (0, 0, length)),
        ]
    )
    a.add(handle, "handle", STEEL)


def build_spoon(a: Assembly) -> None:
    """A spoon standing on its handle, the hollow of its bowl to the front; "ladle" is deep."""
    ladle = a.mentions("ladle")
    length = a.vary(0.3 if ladle else 0.13, 0.1)
    bowl_r = a.vary(0.04 if ladle else 0.019, 0.1)
    _cutlery_handle(a, length, 0.01 if ladle else 0.008)
    bowl_z = length + bowl_r * (0.9 if ladle else 1.3)
    shape = (bowl_r, bowl_r * (0.7 if ladle else 0.35), bowl_r * (1.0 if ladle else 1.45))
    outer = ellipsoid(shape, a.segments(bowl_r), (0, 0, bowl_z))
    hollow = ellipsoid(
        (shape[0] - 0.002, shape[1], shape[2] - 0.002), a.segments(bowl_r), (0, -0.002, bowl_z)
    )
    a.add(
        subtract(outer, hollow, box((1, 1, 1), (0, -0.5 - shape[1] * 0.2, bowl_z))), "bowl", STEEL
    )


def build_fork(a: Assembly) -> None:
    """A dinner fork standing on its handle, four tines up."""
    length, tines = a.vary(0.12, 0.1), a.count("tine", 4, 2, 5)
    _cutlery_handle(a, length, 0.008)
    width, reach = 0.006 * tines, a.vary(0.04, 0.1)
    base = length - 0.002
    gap = width / (2 * tines - 1)
    outline = [(0.003, base), (width / 2, base + 0.02)]
    for i in range(tines):
        right = width / 2 - i * 2 * gap
        outline += [(right, base + 0.02 + reach), (right - gap, base + 0.02 + reach)]
        if i < tines - 1:
            outline += [(right - gap, base + 0.024), (right - 2 * gap, base + 0.024)]
    outline += [(-width / 2, base + 0.02), (-0.003, base)]
    a.add(face_prism(outline, 0.0025), "head", STEEL)


def build_knife(a: Assembly) -> None:
    """A table or kitchen knife standing on its handle, edge to the left."""
    kitchen = a.mentions("kitchen", "chef", "butcher", "bread", "carving")
    length = a.vary(0.12, 0.1)
    blade = a.vary(0.2 if kitchen else 0.1, 0.1)
    width = a.vary(0.045 if kitchen else 0.02, 0.1)
    if kitchen:
        handle = box((0.02, 0.014, length), (0, 0, length / 2))
        a.add(handle, "handle", a.pick(HANDLES))
        for z in (length * 0.3, length * 0.7):
            rivet = rod((0, -0.008, z), (0, 0.008, z), 0.003, 8)
            a.add(rivet, "rivet", STEEL, Tier.FIXED)
    else:
        _cutlery_handle(a, length, 0.008)
    base, quarter = length - 0.005, np.linspace(0.0, math.pi / 2, 8)
    if kitchen:  # the edge sweeps up to a point on the spine
        tip = [
            (width / 2 - width * math.cos(t), base + blade * (0.55 + 0.45 * math.sin(t)))
            for t in quarter
        ]
        outline = [(width / 2, base), (width / 2, base + blade), *reversed(tip), (-width / 2, base)]
    else:  # a round-ended table knife
        tip = [
            (width / 2 - width * (1 - math.cos(t)), base + blade * (0.7 + 0.3 * math.sin(t)))
            for t in quarter
        ]
        outline = [(-width / 2, base), (width / 2, base), *tip]
    a.add(face_prism(outline, 0.002), "blade", STEEL, Tier.SECONDARY if kitchen else Tier.PRIMARY)


TEMPLATES = (
    Template(
        "spoon",
        build_spoon,
        0.17,
        synonyms=("teaspoon", "tablespoon", "soup spoon", "ladle"),
        parts=("handle", "bowl"),
        aliases={"scoop": "bowl"},
    ),
    Template(
        "fork",
        build_fork,
        0.17,
        synonyms=("dinner fork", "table fork", "dessert fork"),
        parts=("handle", "head", "tine"),
        aliases={"prong": "tine"},
    ),
    Template(
        "knife",
        build_knife,
        0.22,
        synonyms=("table knife", "kitchen knife", "chef knife", "butter knife", "steak knife"),
        parts=("handle", "blade", "rivet"),
        aliases={"edge": "blade"},
    ),
)
