"""The kitchen archetype: a turned vessel, or a kitchen appliance in a case.

An unknown kitchen thing nearest to the appliances (microwave, toaster, blender, coffee
maker…) becomes a cased box with a door, a display and knobs; anything else a revolved
vessel (a jar, a crock, a canister) with a lid or a handle by seed, in the prompt's colours.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import SMALL_APPLIANCES
from meshforge.engines.text.kit.archetypes import appliance_box, leaning, revolved_vessel
from meshforge.engines.text.kit.tableware import CERAMICS

CATEGORY = "kitchen"
APPLIANCES = (
    "microwave",
    "toaster",
    "blender",
    "coffee maker",
    "refrigerator",
    "kettle",
    "machine",
    "cooker",
    "processor",
    "maker",
    "oven",
    "appliance",
    "electric",
    "dishwasher",
    "iron",
)


def build_kitchen(a: Assembly) -> None:
    """A cased kitchen appliance, or a revolved vessel."""
    if leaning(a, {"appliance": APPLIANCES, "vessel": ()}, "vessel") == "appliance":
        appliance_box(
            a, (a.vary(0.35, 0.2), a.vary(0.28, 0.2), a.vary(0.3, 0.25)), SMALL_APPLIANCES
        )
    else:
        revolved_vessel(a, a.vary(0.2, 0.25), CERAMICS, lid=a.chance(0.5))


TEMPLATE = Template(
    "kitchenware",
    build_kitchen,
    0.25,
    description="a kitchen thing of no particular kind: a turned vessel or a small appliance",
    parts=("body", "lid", "handle", "door", "window", "display", "knob", "foot"),
    aliases={"cover": "lid", "screen": "display", "button": "knob", "feet": "foot"},
)
