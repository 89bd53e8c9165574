"""A teacup on a saucer."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import lathe, subtract, vessel
from meshforge.engines.text.kit.tableware import CERAMICS, cup_handle, smooth_outline


def build_cup(a: Assembly) -> None:
    """A teacup on a saucer."""
    color = a.pick(CERAMICS[:4])
    saucer_r, saucer_h = a.vary(0.075, 0.1), 0.012
    has_saucer = a.wants("saucer")
    base = saucer_h * 0.6 - 0.001 if has_saucer else 0.0  # sunk a little into the saucer's well
    if has_saucer:
        plate = [
            (0.0, 0.0),
            (saucer_r * 0.45, 0.0),
            (saucer_r, saucer_h * 0.8),
            (saucer_r, saucer_h),
            (saucer_r * 0.5, saucer_h * 0.6),
            (0.0, saucer_h * 0.6),
        ]
        a.add(lathe(plate, a.segments(saucer_r)), "saucer", color, Tier.SECONDARY)
    height, lip = a.vary(0.06, 0.12), a.vary(0.045, 0.1)
    outline = smooth_outline([lip * 0.55, lip * 0.8, lip * 0.95, lip], height, 12)
    cup = vessel(outline, 0.004, 0.006, a.segments(lip)).translate((0, 0, base))
    a.add(cup, "body", color)
    if a.wants("handle"):
        reach = height * 0.3
        handle = cup_handle(a, lip * 0.86, base + height * 0.6, reach, 0.004, 1.0)
        # the handle's ends must not poke into the cup, so cut away everything inside the wall
        inside = lathe(
            [(0.0, 0.006), *[(r - 0.004, z) for r, z in outline[1:]], (0.0, height)],
            a.segments(lip),
        )
        a.add(subtract(handle, inside.translate((0, 0, base))), "handle", color)


TEMPLATE = Template(
    "cup",
    build_cup,
    0.08,
    description="a small cup for drinking tea or coffee",
    synonyms=("teacup", "tea cup", "coffee cup", "espresso cup"),
    kinds=("sippy cup", "beaker", "demitasse"),
    parts=("body", "handle", "saucer"),
    aliases={"plate": "saucer"},
)
