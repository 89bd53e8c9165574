"""A whistle: a pea whistle's rounded chamber, a flat mouthpiece and a ring, maybe on a lanyard."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rounded_box, torus

COLORS: tuple[RGB, ...] = (
    (200, 204, 210),
    (200, 204, 210),
    (30, 30, 34),
    (230, 50, 45),
    (250, 200, 40),
)
CORDS: tuple[RGB, ...] = ((30, 30, 34), (200, 40, 45), (40, 90, 190))


def build_whistle(a: Assembly) -> None:
    """A referee's whistle on its side: a round chamber, the mouthpiece forward, a ring behind."""
    scale = a.vary(1.0, 0.1)
    r, w = 0.011 * scale, 0.016 * scale
    color = a.pick(COLORS)
    metal = color == COLORS[0]
    material = MATERIALS["chrome"] if metal else None
    # the chamber: a short drum lying on its side (axis along Y)
    chamber = cylinder(r, w, a.segments(r)).rotate((90, 0, 0)).translate((0, w / 2, r))
    mouth = rounded_box(
        (0.032 * scale, w, 0.008 * scale), 0.002, 8, (-0.016 * scale - r * 0.2, 0, r * 1.55)
    )
    a.add(chamber + mouth, "whistle", color, material=material)
    # the window cut in the top, where the air escapes over the edge
    a.add(
        box((0.006 * scale, w * 0.7, 0.0015), (-r * 0.15, 0, r * 2.0 + 0.0005)),
        "whistle",
        (30, 30, 34),
        Tier.FIXED,
    )
    ring = (
        torus(0.005 * scale, 0.0012, 12)
        .rotate((90, 0, 0))
        .translate((r + 0.004 * scale, 0, r * 0.9))
    )
    a.add(ring, "ring", color, material=material)
    if a.maybe("lanyard", 0.4, "lanyard", "cord", "string"):
        # threaded through the ring's lowest point, the cord lying in a loop behind the whistle
        loop = torus(0.06, 0.002, 24).scale((1.0, 0.45, 1.0))
        loop = loop.translate((r + 0.004 * scale + 0.06, 0, r * 0.9 - 0.005 * scale))
        a.add(loop, "lanyard", a.pick(CORDS), Tier.SECONDARY)


TEMPLATE = Template(
    "whistle",
    build_whistle,
    0.025,
    description="a whistle: a small metal or plastic whistle that a referee or coach blows",
    synonyms=(
        "referee whistle",
        "pea whistle",
        "sports whistle",
        "coach whistle",
        "police whistle",
    ),
    kinds=("metal whistle", "plastic whistle", "lifeguard whistle"),
    not_claimed=("tin whistle", "penny whistle", "wolf whistle"),
    parts=("whistle", "ring", "lanyard"),
    aliases={"body": "whistle", "cord": "lanyard", "string": "lanyard"},
)
