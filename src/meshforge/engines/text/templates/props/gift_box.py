"""A wrapped present: a box in bright paper, a ribbon both ways round and a bow on top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, sphere, torus

RIBBONS: tuple[RGB, ...] = ((235, 190, 50), (240, 240, 235), (200, 30, 40), (60, 140, 70))


def build_gift_box(a: Assembly) -> None:
    """A wrapped present: a box in bright paper, a ribbon both ways round and a bow on top."""
    w, d, h = a.vary(0.3, 0.15), a.vary(0.3, 0.15), a.vary(0.22, 0.2)
    a.add(box((w, d, h), (0, 0, h / 2)), "paper", BRIGHTS)
    lid_h = h * 0.18
    if a.maybe("lid", 0.5):
        a.add(box((w + 0.012, d + 0.012, lid_h), (0, 0, h - lid_h / 2 + 0.004)), "lid", BRIGHTS)
    ribbon = a.pick(RIBBONS)
    band = w * 0.12
    top = h + 0.006
    a.add(box((band, d + 0.02, top + 0.004), (0, 0, top / 2)), "ribbon", ribbon, Tier.SECONDARY)
    a.add(box((w + 0.02, band, top + 0.004), (0, 0, top / 2)), "ribbon", ribbon, Tier.SECONDARY)
    if a.wants("bow"):
        loop = w * 0.14
        for side in (-1, 1):
            ring = torus(loop, loop * 0.28, 24).rotate((90, 0, 0)).scale((1.0, 1.0, 0.8))
            ring = ring.rotate((0, side * 35, a.between(-15, 15)))
            a.add(
                ring.translate((side * loop * 0.8, 0, top + loop * 0.55)),
                "bow",
                ribbon,
                Tier.SECONDARY,
            )
        a.add(sphere(loop * 0.35, 12, (0, 0, top + loop * 0.15)), "bow", ribbon, Tier.SECONDARY)


TEMPLATE = Template(
    "gift box",
    build_gift_box,
    0.3,
    description="a wrapped birthday present: a box in bright paper tied with a ribbon bow",
    synonyms=(
        "gift",
        "present",
        "wrapped present",
        "wrapped gift",
        "birthday present",
        "christmas present",
        "gift wrapped box",
        "presents",
        "gifts",
    ),
    kinds=("birthday gift", "christmas gift", "surprise box"),
    not_claimed=("gift card", "gift shop", "present day"),
    parts=("paper", "ribbon", "bow", "lid"),
    aliases={"box": "paper", "wrapping": "paper", "wrapping paper": "paper", "wrap": "paper"},
)
