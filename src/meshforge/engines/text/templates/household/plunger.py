"""A plunger: a rubber suction cup on a long wooden handle, standing cup down."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, lathe, rod
from meshforge.engines.text.kit.sweeps import hoop
from meshforge.engines.text.kit.tools import HANDLE_WOODS

RUBBERS: tuple[RGB, ...] = ((190, 35, 35), (35, 35, 38), (200, 60, 40))


def build_plunger(a: Assembly) -> None:
    """A plunger: a rubber suction cup on a long wooden handle, standing cup down."""
    cup_r, cup_h = a.vary(0.075, 0.1), a.vary(0.075, 0.1)
    rubber = a.pick(RUBBERS)
    # the toilet kind has an inner flange below the cup, which lifts the cup off the floor
    flange = a.mentions("toilet", "flange") or a.chance(0.4)
    lift = 0.025 if flange else 0.0
    # the cup's outline: flared at the rim, domed over into a neck for the handle
    profile = [
        (0.0, 0.0),
        (cup_r, 0.0),
        (cup_r * 0.98, cup_h * 0.3),
        (cup_r * 0.85, cup_h * 0.7),
        (cup_r * 0.55, cup_h * 0.95),
        (0.024, cup_h * 1.05),
        (0.022, cup_h * 1.35),
        (0.0, cup_h * 1.35),
    ]
    a.add(lathe(profile, a.segments(cup_r), (0, 0, lift)), "cup", rubber)
    a.add(hoop(cup_r * 0.99, 0.006, a.segments(cup_r), (0, 0, lift + 0.004)), "cup", rubber)
    if flange:
        a.add(cylinder(cup_r * 0.45, lift + 0.004, a.segments(cup_r)), "cup", rubber)
    handle_l = a.vary(0.45, 0.1)
    top = lift + cup_h * 1.2
    handle = rod((0, 0, top), (0, 0, top + handle_l), 0.013, 12)
    a.add(handle, "handle", a.pick(HANDLE_WOODS), Tier.SECONDARY)


TEMPLATE = Template(
    "plunger",
    build_plunger,
    0.55,
    description="a red rubber suction cup on a wooden stick for unblocking a toilet or sink",
    synonyms=("toilet plunger", "sink plunger", "drain plunger", "plumbers helper"),
    parts=("cup", "handle"),
    aliases={"stick": "handle", "rubber": "cup", "suction cup": "cup"},
)
