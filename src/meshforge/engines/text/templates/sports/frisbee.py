"""A frisbee: a shallow plastic disc with a rolled rim, tilted as if just thrown."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SPORTY, WHITE
from meshforge.engines.text.kit.solids import lathe
from meshforge.engines.text.kit.sweeps import hoop


def build_frisbee(a: Assembly) -> None:
    """A frisbee: a shallow plastic disc with a rolled rim, tilted as if just thrown."""
    r, dome_h = a.vary(0.135, 0.06), a.vary(0.03, 0.12)
    rim_h = dome_h * 0.9
    # the outside of the domed flight plate: a shallow hollow shell open underneath
    profile = [
        (0.0, rim_h + dome_h * 0.35),
        (r * 0.6, rim_h + dome_h * 0.22),
        (r * 0.95, rim_h),
        (r, rim_h * 0.5),
        (r * 0.97, 0.0),
        (r * 0.9, 0.0),
        (r * 0.9, rim_h * 0.6),
        (r * 0.55, rim_h + dome_h * 0.12),
        (0.0, rim_h + dome_h * 0.25),
    ]
    tilt = a.between(12, 22)
    disc = lathe(profile, a.segments(r))
    a.add(disc.rotate((tilt, 0, 0)), "disc", SPORTY)
    if a.maybe("ring", 0.6, "stripe", "rings"):
        ring = hoop(r * 0.55, 0.0035, a.segments(r), (0, 0, rim_h + dome_h * 0.185))
        a.add(ring.rotate((tilt, 0, 0)), "ring", WHITE, Tier.SECONDARY)


TEMPLATE = Template(
    "frisbee",
    build_frisbee,
    0.05,
    description="a round plastic flying disc you throw to play catch",
    synonyms=("flying disc", "flying disk", "frisbee disc", "ultimate disc"),
    kinds=("disc golf disc",),
    parts=("disc", "ring"),
    aliases={"rim": "disc", "stripe": "ring", "body": "disc"},
)
