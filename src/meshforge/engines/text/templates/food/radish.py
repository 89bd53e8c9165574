"""A radish: a round root, red (or another colour for a beetroot or turnip), tapering below to
a thin tail root, a bunch of leafy greens standing up from its top."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.produce import turned
from meshforge.engines.text.kit.solids import Vec3, rod, union

#: root colour, and the colour of the top where it met the light, for each kind
ROOTS: dict[str, tuple[RGB, RGB]] = {
    "radish": ((215, 40, 60), (215, 40, 60)),
    "beetroot": ((110, 25, 50), (110, 25, 50)),
    "turnip": ((245, 240, 230), (160, 80, 150)),
    "rutabaga": ((235, 210, 150), (150, 90, 120)),
}
LEAF: RGB = (80, 150, 60)


def _kind(a: Assembly) -> str:
    """The root the prompt names, else a radish."""
    if a.mentions("beetroot", "beet", "beets"):
        return "beetroot"
    if a.mentions("turnip", "turnips"):
        return "turnip"
    if a.mentions("rutabaga"):
        return "rutabaga"
    return "radish"


def build_radish(a: Assembly) -> None:
    """A radish: a round root tapering to a thin tail, leafy greens standing up from its top."""
    kind = _kind(a)
    root_color, crown_color = ROOTS[kind]
    radius = a.vary(0.03 if kind == "radish" else 0.045, 0.1)
    tail = radius * a.between(1.2, 1.8)
    height = tail + radius * 1.9

    def radius_at(z: float) -> float:
        if z < tail:  # the tail root, thin and drawn out
            return float(radius * 0.08 + radius * 0.5 * (z / tail) ** 2.2)
        u = (z - tail) / (height - tail)  # the bulb, a little flattened on top
        return float(radius * max(0.08, math.sin(math.pi * min(1.0, 0.12 + u * 0.95)) ** 0.7))

    # upright, as it is drawn and sold: the thin tail down, the greens up
    a.add(turned(radius_at, height, a.segments(radius)), "root", root_color)
    if kind in ("turnip", "rutabaga"):
        # the shoulders that grew above the soil, coloured where they met the light
        band = turned(lambda z: radius_at(z) * 1.01, height, a.segments(radius))
        cap = band.trim_by_plane((0, 0, 1), height - radius * 0.8)
        a.add(cap, "crown", crown_color, Tier.FIXED)
    if not a.wants("leaf"):
        return
    top: Vec3 = (0.0, 0.0, height - radius * 0.05)
    stems, blades = [], []
    for k in range(a.pick((4, 5, 6))):
        angle = 2 * math.pi * k / 5 + a.between(-0.3, 0.3)
        spread = radius * a.between(0.5, 1.1)
        mid: Vec3 = (spread * math.cos(angle), spread * math.sin(angle), top[2] + radius * 1.4)
        stems.append(rod(top, mid, radius * 0.06, 8, radius * 0.05))
        tip: Vec3 = (mid[0] * 2.2, mid[1] * 2.2, mid[2] + radius * 1.8)
        # the blade starts down its stalk, so that the two overlap rather than touch at a point
        root: Vec3 = (mid[0] * 0.7, mid[1] * 0.7, top[2] + radius * 1.0)
        blades.append(spindle(root, tip, radius * 0.45, 14, 0.25))
    a.add(union([*stems, *blades]), "leaf", LEAF, Tier.SECONDARY)


TEMPLATE = Template(
    "radish",
    build_radish,
    0.12,
    description="a small round red root vegetable with a thin tail and leafy green top",
    synonyms=("radishes", "beetroot", "beet", "beets", "turnip", "turnips"),
    kinds=("rutabaga", "daikon", "beetroots", "sugar beet"),
    parts=("root", "crown", "leaf"),
    aliases={"leaves": "leaf", "greens": "leaf", "skin": "root", "top": "crown", "body": "root"},
)
