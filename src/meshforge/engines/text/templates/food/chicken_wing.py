"""A chicken wing: a crisp glazed wing bent in a V, its club-like drumette and flat flat joined
at the elbow; "wings" or "buffalo wings" heap several on a plate with celery and a dip."""

from __future__ import annotations

import math
import re

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid, lathe, union
from meshforge.engines.text.kit.vegetables import lumps

BUFFALO: RGB = (205, 80, 30)
BARBECUE: RGB = (125, 45, 25)
FRIED: RGB = (210, 150, 70)
CELERY: RGB = (160, 200, 110)
DIP: RGB = (245, 243, 232)
PLATE: RGB = (246, 246, 242)
PLATTER_CUES = ("platter", "plate", "basket", "bucket")


def _sauce(a: Assembly) -> RGB:
    """The glaze the prompt names, else a seeded one (buffalo most often)."""
    if a.mentions("buffalo", "hot", "spicy", "hot wings"):
        return BUFFALO
    if a.mentions("barbecue", "bbq", "honey", "teriyaki", "sticky"):
        return BARBECUE
    if a.mentions("fried", "plain", "crispy", "breaded", "lemon pepper"):
        return FRIED
    return a.pick((BUFFALO, BUFFALO, BARBECUE, FRIED))


def _wing(a: Assembly, size: float) -> Manifold:
    """One whole wing lying flat, elbow at the origin: a drumette along -X, a flat along +X
    bent forward, both bumpy with crisp skin."""
    drumette = capsule((-size * 0.5, 0, 0), (-size * 0.05, 0, 0), size * 0.24, 24, size * 0.15)
    bend = math.radians(a.between(30, 50))
    end = (size * 0.55 * math.cos(bend), -size * 0.55 * math.sin(bend), 0.0)
    # the flat: broad and thin, swelling at both joints
    flat = Manifold.batch_hull(
        [
            ellipsoid((size * 0.16, size * 0.16, size * 0.12), 20, (size * 0.02, 0, 0)),
            ellipsoid((size * 0.2, size * 0.22, size * 0.1), 20, end),
        ]
    )
    whole = union([drumette, flat]).scale((1.0, 1.0, 0.8))
    return whole.warp_batch(lumps(a, 0.07, 40.0))


def build_chicken_wing(a: Assembly) -> None:
    """A chicken wing bent in a V; "wings" heap several on a plate with celery and a dip."""
    size = a.vary(0.09, 0.1)
    sauce = _sauce(a)
    # the prompt's words are made singular, so "wings" is looked for in its text
    plural = re.search(r"\bwings\b", a.prompt.text.lower()) is not None
    if not plural and not a.mentions(*PLATTER_CUES):
        wing = _wing(a, size).rotate((0, 0, a.between(0, 360)))
        a.add(wing.translate((0, 0, size * 0.15)), "meat", sauce)
        return
    radius = size * 1.6
    rim = [
        (0.0, 0.0),
        (radius * 0.7, 0.0),
        (radius, size * 0.12),
        (radius * 0.97, size * 0.14),
        (radius * 0.68, size * 0.04),
        (0.0, size * 0.04),
    ]
    plate = lathe(rim, a.segments(radius))
    a.add(plate, "plate", PLATE, Tier.SECONDARY)
    floor = size * 0.04
    pieces = []
    count = 5
    for k in range(count):
        angle = 2 * math.pi * k / count + a.between(-0.2, 0.2)
        at = (radius * 0.45 * math.cos(angle), radius * 0.45 * math.sin(angle), floor + size * 0.08)
        spin = math.degrees(angle) + 90 + a.between(-20, 20)
        pieces.append(_wing(a, size * a.vary(0.8, 0.08)).rotate((0, 0, spin)).translate(at))
    a.add(union(pieces), "meat", sauce)
    if a.maybe("celery", 0.8):
        sticks = []
        for k in range(3):  # leaning from the plate's rim down onto its floor, at the front
            high = (radius * 0.9 - size * 0.1, -size * 0.45 + k * size * 0.2, floor + size * 0.25)
            low = (radius * 0.2, -size * 0.6 + k * size * 0.12, floor + size * 0.05)
            sticks.append(capsule(high, low, size * 0.09, 12))
        a.add(union(sticks), "celery", CELERY, Tier.FIXED)
    if a.maybe("dip", 0.8, "ranch", "blue cheese"):
        cup = cylinder(size * 0.28, size * 0.2, 20, (-radius * 0.1, -radius * 0.55, floor))
        a.add(cup, "dip", DIP, Tier.FIXED)


TEMPLATE = Template(
    "chicken wing",
    build_chicken_wing,
    0.04,
    description="a crispy fried chicken wing coated in spicy orange buffalo sauce",
    synonyms=("chicken wings", "buffalo wings", "hot wings", "buffalo wing", "hot wing"),
    kinds=("wings platter", "bbq wings", "spicy wings", "drumette", "wingette", "party wings"),
    parts=("meat", "plate", "celery", "dip"),
    aliases={"skin": "meat", "sauce": "meat", "wing": "meat", "wings": "meat", "ranch": "dip"},
)
