"""A wristwatch on its looped strap: a round case facing the front, dial, hands, crown."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, GOLD, LEATHERS, SILVER, WHITE
from meshforge.engines.text.kit.solids import box, rod, subtract, union
from meshforge.engines.text.kit.sweeps import front_disc

DIALS: tuple[RGB, ...] = (WHITE, (245, 240, 225), (25, 30, 45), (30, 30, 34))


def build_watch(a: Assembly) -> None:
    """A wristwatch on its looped strap: a round case facing the front, dial, hands, crown."""
    r = a.vary(0.021, 0.1)
    band_w = r * 0.95
    loop_r = a.vary(0.032, 0.05)
    loop_z = loop_r + 0.004
    thick = 0.004
    metal = a.pick((SILVER, GOLD, SILVER, BLACK))
    band_color = a.pick((*LEATHERS, BLACK, metal))
    outer = rod((-band_w / 2, 0, loop_z), (band_w / 2, 0, loop_z), loop_r, 48).scale(
        (1.0, 0.85, 1.0)
    )
    inner = rod((-band_w, 0, loop_z), (band_w, 0, loop_z), loop_r - thick, 48).scale(
        (1.0, 0.85 * (loop_r - thick * 1.1) / (loop_r - thick), 1.0)
    )
    band = subtract(outer, inner)
    # the case sits on the band's front, its back sunk into the band so that the two join
    case_y = -loop_r * 0.85 + 0.002
    a.add(band, "strap", band_color, Tier.SECONDARY)
    seg = a.segments(r)
    depth = 0.01
    a.add(front_disc(r, depth, seg, 0, loop_z, case_y), "case", metal)
    for side in (-1, 1):
        lug = box(
            (band_w * 1.05, depth * 0.8, r * 0.5), (0, case_y + 0.003, loop_z + side * r * 0.9)
        )
        a.add(lug, "case", metal)
    a.add(rod((r * 0.95, case_y, loop_z), (r * 1.25, case_y, loop_z), r * 0.14, 12), "crown", metal)
    dial_y = case_y - depth / 2
    dial_disc = front_disc(r * 0.86, 0.002, seg, 0, loop_z, dial_y)
    dial = a.pick(DIALS)
    ink = BLACK if sum(dial) > 300 else WHITE
    marks = []
    for k in range(12):
        t = 2 * math.pi * k / 12
        long = 0.28 if k % 3 == 0 else 0.15
        cx, cz = math.sin(t) * r * 0.72, math.cos(t) * r * 0.72
        marks.append(
            box((r * 0.05, 0.002, r * long))
            .rotate((0, math.degrees(t), 0))
            .translate((cx, dial_y - 0.001, loop_z + cz))
        )
    hands = [
        box((r * 0.06, 0.0015, r * 0.7))
        .translate((0, 0, r * 0.3))
        .rotate((0, a.between(0, 360), 0)),
        box((r * 0.08, 0.0015, r * 0.5))
        .translate((0, 0, r * 0.22))
        .rotate((0, a.between(0, 360), 0)),
    ]
    a.add(dial_disc, "dial", dial, Tier.FIXED)
    a.add(union(marks), "marker", ink, Tier.FIXED)
    a.add(union(hands).translate((0, dial_y - 0.0014, loop_z)), "hand", ink, Tier.FIXED)


TEMPLATE = Template(
    "watch",
    build_watch,
    0.08,
    description="a small clock worn on a strap around the wrist",
    synonyms=("wristwatch", "wrist watch", "smartwatch", "rolex", "pocket watch"),
    kinds=("diving watch", "dive watch", "chronograph", "apple watch"),
    not_claimed=("night watch",),
    parts=("case", "dial", "hand", "marker", "crown", "strap"),
    aliases={"face": "dial", "band": "strap", "bracelet": "strap"},
)
