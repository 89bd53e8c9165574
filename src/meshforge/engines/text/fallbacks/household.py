"""The household archetype: a lidded container, or a cased appliance for the home.

A household thing nearest to the appliances (washing machine, vacuum cleaner, fan, iron…) or
named as a machine becomes a cased box with a door, a display and knobs; anything else a
turned container with a lid ("a laundry basket", "a canister"), in the prompt's colours.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import WHITE_GOODS
from meshforge.engines.text.kit.archetypes import appliance_box, leaning, revolved_vessel
from meshforge.engines.text.kit.tableware import CERAMICS

CATEGORY = "household"
APPLIANCES = (
    "washing machine",
    "vacuum cleaner",
    "electric fan",
    "clothes iron",
    "machine",
    "heater",
    "humidifier",
    "dryer",
    "appliance",
    "electric",
    "purifier",
)


def build_household(a: Assembly) -> None:
    """A cased appliance box, or a lidded turned container."""
    if leaning(a, {"appliance": APPLIANCES, "container": ()}, "container") == "appliance":
        appliance_box(a, (a.vary(0.45, 0.2), a.vary(0.35, 0.2), a.vary(0.5, 0.25)), WHITE_GOODS)
    else:
        revolved_vessel(a, a.vary(0.3, 0.25), CERAMICS, lid=True)


TEMPLATE = Template(
    "household item",
    build_household,
    0.4,
    description="a household thing of no particular kind: a lidded container or an appliance",
    parts=("body", "lid", "handle", "door", "window", "display", "knob", "foot"),
    aliases={"cover": "lid", "screen": "display", "button": "knob", "feet": "foot"},
)
