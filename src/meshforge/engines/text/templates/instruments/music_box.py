"""A music box: a wooden box with its lid propped open, a tiny dancer inside, a winding key."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.gear import BRASS
from meshforge.engines.text.kit.solids import box, capsule, cylinder, rod, sphere, subtract

SATINS = ((240, 170, 190), (200, 40, 60), (60, 90, 160))


def build_music_box(a: Assembly) -> None:
    """An open-topped box with a lid hinged up at the back, a ballerina or a drum inside, a key."""
    w, d, h = a.vary(0.16, 0.1), a.vary(0.11, 0.1), a.vary(0.07, 0.1)
    wood = a.pick((*WOODS, PAINTS[0], (240, 180, 200)))
    shell = subtract(
        box((w, d, h), (0, 0, h / 2)), box((w - 0.012, d - 0.012, h), (0, 0, h / 2 + 0.008))
    )
    a.add(shell, "box", wood)
    a.add(
        box((w - 0.012, d - 0.012, 0.006), (0, 0, h * 0.7)),
        "lining",
        a.pick(SATINS),
        Tier.SECONDARY,
    )
    lid = box((w, 0.012, d), (0, d / 2 + 0.004, h + d / 2 - 0.004))
    a.add(lid, "lid", wood)
    if a.maybe("dancer", 0.6, "ballerina", "figurine"):
        base = h * 0.7 + 0.003
        a.add(cylinder(0.006, 0.01, 12, (0, 0, base)), "dancer", BRASS, Tier.FIXED)
        a.add(
            cylinder(0.02, 0.012, 16, (0, 0, base + 0.02), 0.004),
            "dancer",
            a.pick(SATINS),
            Tier.FIXED,
        )
        a.add(
            capsule((0, 0, base + 0.008), (0, 0, base + 0.022), 0.0025, 8),
            "dancer",
            (240, 210, 190),
            Tier.FIXED,
        )
        a.add(
            capsule((0, 0, base + 0.03), (0, 0, base + 0.045), 0.004, 8),
            "dancer",
            a.pick(SATINS),
            Tier.FIXED,
        )
        a.add(sphere(0.005, 10, (0, 0, base + 0.05)), "dancer", (240, 210, 190), Tier.FIXED)
    key_x = w / 2
    a.add(
        rod((key_x - 0.002, 0, h * 0.4), (key_x + 0.015, 0, h * 0.4), 0.003, 8),
        "key",
        BRASS,
        Tier.FIXED,
    )
    a.add(box((0.004, 0.025, 0.012), (key_x + 0.017, 0, h * 0.4)), "key", BRASS, Tier.FIXED)


TEMPLATE = Template(
    "music box",
    build_music_box,
    0.15,
    description="a music box, a small wooden box with an open lid that plays a tune when wound",
    synonyms=("musical box", "music boxes", "jewelry music box", "ballerina music box"),
    kinds=("windup music box",),
    parts=("box", "lining", "lid", "dancer", "key"),
    aliases={"ballerina": "dancer", "figurine": "dancer", "crank": "key", "case": "box"},
)
