"""A battery: an AA cell lying on its side, plus nub to the right (or a 9-volt block)."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, GOLD, lathe_x
from meshforge.engines.text.kit.solids import box, cylinder, rounded_box
from meshforge.engines.text.kit.tools import STEEL

WRAPPERS = (BLACK, (40, 90, 190), (210, 40, 40), (200, 202, 206), (45, 140, 70))
CAPS = (GOLD, (205, 120, 50), (200, 202, 206))


def build_battery(a: Assembly) -> None:
    """A battery: an AA cell lying on its side, plus nub to the right (or a 9-volt block)."""
    wrapper = a.pick(WRAPPERS)
    if a.mentions("volt", "v", "pp3") or a.chance(0.15):
        _nine_volt(a, wrapper)
        return
    length, radius = a.vary(0.05, 0.08), a.vary(0.0072, 0.08)
    seg = a.segments(radius)
    body = [
        (0.0, 0.0),
        (radius * 0.92, 0.0),
        (radius, 0.001),
        (radius, length * 0.7),
        (0.0, length * 0.7),
    ]
    a.add(lathe_x(body, seg, (-length / 2, 0, radius)), "body", wrapper)
    cap = [
        (0.0, 0.0),
        (radius, 0.0),
        (radius, length * 0.3 - 0.001),
        (radius * 0.9, length * 0.3),
        (0.0, length * 0.3),
    ]
    a.add(
        lathe_x(cap, seg, (-length / 2 + length * 0.7 - 0.0005, 0, radius)),
        "band",
        CAPS,
        Tier.SECONDARY,
    )
    nub = [
        (0.0, 0.0),
        (radius * 0.38, 0.0),
        (radius * 0.38, 0.0022),
        (radius * 0.3, 0.0028),
        (0.0, 0.0028),
    ]
    a.add(lathe_x(nub, 16, (length / 2 - 0.0005, 0, radius)), "terminal", STEEL, Tier.FIXED)
    minus = [(0.0, 0.0), (radius * 0.7, 0.0), (radius * 0.7, 0.0008), (0.0, 0.0008)]
    a.add(lathe_x(minus, 16, (-length / 2 - 0.0006, 0, radius)), "terminal", STEEL, Tier.FIXED)


def _nine_volt(a: Assembly, wrapper: tuple[int, int, int]) -> None:
    """A 9-volt block standing up, its two snap terminals on top."""
    width, depth, height = 0.0265, 0.0175, 0.0485
    a.add(
        rounded_box((width, depth, height * 0.75), 0.002, 8, (0, 0, height * 0.375)),
        "body",
        wrapper,
    )
    a.add(
        rounded_box((width, depth, height * 0.26), 0.002, 8, (0, 0, height * 0.87)),
        "band",
        CAPS,
        Tier.SECONDARY,
    )
    a.add(cylinder(0.003, 0.004, 6, (-0.0064, 0, height - 0.001)), "terminal", STEEL, Tier.FIXED)
    a.add(cylinder(0.0029, 0.004, 16, (0.0064, 0, height - 0.001)), "terminal", STEEL, Tier.FIXED)
    a.add(box((0.004, 0.004, 0.0025), (0.0064, 0, height + 0.0035)), "terminal", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "battery",
    build_battery,
    0.05,
    description="a small cylindrical battery cell with a plus terminal, for powering gadgets",
    synonyms=(
        "aa battery",
        "aaa battery",
        "battery cell",
        "dry cell",
        "9v battery",
        "alkaline battery",
        "batteries",
    ),
    not_claimed=("car battery", "battery pack"),
    parts=("body", "band", "terminal"),
    aliases={
        "wrapper": "body",
        "label": "body",
        "cap": "band",
        "top": "band",
        "nub": "terminal",
        "tip": "terminal",
    },
)
