"""A syringe lying down: a clear graduated barrel with finger grips, a plunger and a fine needle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.tools import STEEL
from meshforge.engines.text.kit.turned_sticks import laid_piece, ring_profile

BARREL: RGB = (225, 232, 238)
PLUNGERS: tuple[RGB, ...] = ((245, 245, 245), (40, 90, 200), (235, 235, 225))
DOSES: tuple[RGB, ...] = ((200, 40, 40), (240, 200, 40), (80, 170, 220), (120, 200, 100))
SEAL: RGB = (35, 35, 38)
MARKS: RGB = (50, 50, 55)


def build_syringe(a: Assembly) -> None:
    """A syringe lying down: a clear graduated barrel with finger grips, a plunger and a fine
    needle."""
    r, barrel_l = a.vary(0.008, 0.15), a.vary(0.08, 0.12)
    seg = 24
    flange_r = r * 2.4
    length = barrel_l + 0.07 + 0.04  # plunger out the back, needle out the front
    start = 0.07  # the barrel's back end, the plunger sticking out behind it
    a.add(
        laid_piece(ring_profile(flange_r, 0.003), seg, start, length, r),
        "barrel",
        BARREL,
        Tier.SECONDARY,
    )
    barrel = [
        (0.0, 0.0),
        (r, 0.0),
        (r, barrel_l),
        (r * 0.35, barrel_l + 0.006),
        (0.0, barrel_l + 0.006),
    ]
    a.add(laid_piece(barrel, seg, start, length, r), "barrel", BARREL, Tier.SECONDARY)
    if a.maybe("liquid", 0.6, "filled", "full", "medicine", "vaccine"):
        dose = ring_profile(r * 1.01, barrel_l * a.between(0.3, 0.7))
        a.add(
            laid_piece(dose, seg, start + barrel_l * 0.28, length, r),
            "liquid",
            a.pick(DOSES),
            Tier.FIXED,
        )
    for k in range(5):  # graduation marks along the barrel
        mark = ring_profile(r * 1.015, 0.0012)
        a.add(
            laid_piece(mark, seg, start + barrel_l * (0.3 + 0.14 * k), length, r),
            "marks",
            MARKS,
            Tier.FIXED,
        )
    pushed = barrel_l * 0.28
    a.add(
        laid_piece(ring_profile(r * 0.95, 0.006), seg, start + pushed - 0.006, length, r),
        "plunger",
        SEAL,
        Tier.FIXED,
    )
    rod = ring_profile(r * 0.45, pushed + start - 0.004)
    a.add(laid_piece(rod, 12, 0.004, length, r), "plunger", a.pick(PLUNGERS))
    a.add(
        laid_piece(ring_profile(flange_r * 0.8, 0.004), seg, 0.0, length, r),
        "plunger",
        a.pick(PLUNGERS),
    )
    if a.wants("needle"):
        hub = [(0.0, 0.0), (r * 0.45, 0.0), (r * 0.3, 0.01), (0.0, 0.01)]
        tip = start + barrel_l + 0.005
        a.add(laid_piece(hub, 12, tip, length, r), "needle", STEEL, Tier.FIXED)
        needle = [(0.0, 0.0), (0.0007, 0.0), (0.0007, 0.035), (0.0, 0.038)]
        a.add(laid_piece(needle, 8, tip + 0.009, length, r), "needle", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "syringe",
    build_syringe,
    0.02,
    description="a medical syringe: a clear plastic tube with a plunger and a thin needle",
    synonyms=(
        "hypodermic needle",
        "hypodermic syringe",
        "injection",
        "syringes",
        "medical syringe",
    ),
    parts=("barrel", "plunger", "needle", "liquid", "marks"),
    aliases={"tube": "barrel", "medicine": "liquid", "vaccine": "liquid", "scale": "marks"},
)
