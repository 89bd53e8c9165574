"""A drinks can: an aluminium cylinder with a necked top, a ring pull and a printed band."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, lathe, subtract
from meshforge.engines.text.kit.sweeps import hoop

LABELS: tuple[RGB, ...] = (
    (200, 20, 30),
    (30, 80, 180),
    (40, 150, 60),
    (240, 190, 30),
    (30, 30, 35),
    (230, 120, 30),
)
ALUMINIUM: RGB = (200, 203, 208)


def build_soda_can(a: Assembly) -> None:
    """A drinks can: an aluminium cylinder with a necked top, a ring pull and a printed band."""
    slim = a.mentions("energy", "slim", "tall")
    r = a.vary(0.028 if slim else 0.033, 0.05)
    h = a.vary(0.155 if slim else 0.122, 0.05)
    profile = [
        (0, 0.004),
        (r * 0.8, 0),
        (r, h * 0.06),
        (r, h * 0.88),
        (r * 0.82, h * 0.97),
        (r * 0.82, h),
        (0, h - 0.003),
    ]
    a.add(lathe(profile, a.segments(r)), "can", ALUMINIUM, Tier.FIXED)
    band = cylinder(r + 0.0006, h * 0.8, a.segments(r), (0, 0, h * 0.07))
    a.add(band, "label", a.pick(LABELS))
    if a.wants("stripe"):
        a.add(
            cylinder(r + 0.0012, h * 0.08, a.segments(r), (0, 0, h * a.between(0.3, 0.6))),
            "stripe",
            a.pick(LABELS),
            Tier.SECONDARY,
        )
    a.add(hoop(r * 0.8, 0.0012, a.segments(r), (0, 0, h)), "can", ALUMINIUM, Tier.FIXED)
    if a.wants("tab"):
        tab = box((0.011, 0.02, 0.002), (0, r * 0.25, h - 0.0008))
        hole = box((0.006, 0.007, 0.004), (0, r * 0.1, h - 0.0008))
        a.add(subtract(tab, hole), "tab", ALUMINIUM, Tier.FIXED)


TEMPLATE = Template(
    "soda can",
    build_soda_can,
    0.12,
    description="an aluminium drink can with a ring pull, such as a can of soda or beer",
    synonyms=(
        "can",
        "can of soda",
        "soda",
        "coke can",
        "beer can",
        "drink can",
        "pop can",
        "tin can",
        "cola can",
        "soft drink can",
        "energy drink",
    ),
    kinds=("can of coke", "can of beer", "soda pop", "coca cola"),
    not_claimed=(
        "paint can",
        "watering can",
    ),
    parts=("can", "label", "stripe", "tab"),
    aliases={
        "pull tab": "tab",
        "ring pull": "tab",
        "band": "label",
        "print": "label",
        "lid": "can",
    },
)
