"""A sink: a bathroom basin on a pedestal, or a steel kitchen sink set in a cabinet; with a tap."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import CHROME
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, lathe, rod, slab, subtract
from meshforge.engines.text.kit.sweeps import tube

PORCELAINS: tuple[RGB, ...] = ((248, 248, 245), (245, 243, 235), (230, 232, 235))
COUNTERS: tuple[RGB, ...] = ((60, 60, 64), (235, 233, 225), (150, 140, 130), (200, 170, 120))
STEEL: RGB = (190, 194, 200)
DRAIN: RGB = (70, 72, 76)


def build_sink(a: Assembly) -> None:
    """A sink: a bathroom basin on a pedestal, or a steel kitchen sink in a cabinet; with a tap."""
    kitchen = a.mentions("kitchen", "steel", "cabinet") or (
        not a.mentions("bathroom", "pedestal", "basin", "porcelain") and a.chance(0.3)
    )
    if kitchen:
        _kitchen_sink(a)
    else:
        _pedestal_sink(a)


def _pedestal_sink(a: Assembly) -> None:
    """A rounded porcelain basin on a flaring pedestal, a tap rising from its back ledge."""
    width, depth = a.vary(0.56, 0.1), a.vary(0.44, 0.08)
    top = a.vary(0.85, 0.04)
    color = a.pick(PORCELAINS)
    bowl_h = 0.17
    seg = a.segments(width / 2)
    outer = ellipsoid((width / 2, depth / 2, bowl_h), seg, (0, 0, top))
    outer = outer.trim_by_plane((0, 0, -1), -top)
    hollow = ellipsoid(
        (width * 0.41, depth * 0.34, bowl_h * 0.8), seg, (0, -depth * 0.06, top + 0.002)
    )
    a.add(subtract(outer, hollow), "basin", color)
    pedestal = [
        (0.0, 0.0),
        (0.13, 0.0),
        (0.09, 0.06),
        (0.075, top * 0.5),
        (0.1, top - bowl_h * 0.6),
        (0.0, top - bowl_h * 0.6),
    ]
    if a.wants("pedestal"):
        a.add(lathe(pedestal, a.segments(0.13)).translate((0, 0.02, 0)), "pedestal", color)
    a.add(
        cylinder(0.02, 0.004, 12, (0, -depth * 0.06, top - bowl_h * 0.8 + 0.001)),
        "drain",
        DRAIN,
        Tier.FIXED,
    )
    _tap(a, (0, depth * 0.36, top - 0.004), 0.12, 0.1)


def _kitchen_sink(a: Assembly) -> None:
    """A base cabinet with doors under a counter, a steel basin set in it and a tall tap."""
    width, depth, height = a.vary(0.9, 0.12), a.vary(0.6, 0.05), a.vary(0.9, 0.03)
    counter_t = 0.035
    wood = a.pick(WOODS + PAINTS)
    a.add(
        box(
            (width - 0.02, depth - 0.04, height - counter_t + 0.004),
            (0, 0.01, (height - counter_t) / 2 + 0.002),
        ),
        "cabinet",
        wood,
    )
    bowl_w, bowl_d, bowl_h = width * 0.62, depth * 0.6, 0.18
    bowl_y = -depth * 0.05
    cut = box((bowl_w, bowl_d, bowl_h + 0.01), (0, bowl_y, height - bowl_h / 2 + 0.004))
    counter = slab((width, depth, counter_t), 0.01, 8, (0, 0, height - counter_t / 2))
    a.add(subtract(counter, cut), "counter", a.pick(COUNTERS), Tier.SECONDARY)
    liner = box(
        (bowl_w + 0.02, bowl_d + 0.02, bowl_h + 0.006), (0, bowl_y, height - bowl_h / 2 - 0.001)
    )
    a.add(subtract(liner, cut), "basin", STEEL, Tier.FIXED)
    a.add(
        cylinder(0.035, 0.004, 16, (0, bowl_y, height - bowl_h - 0.002)), "drain", DRAIN, Tier.FIXED
    )
    front = -depth / 2 + 0.022  # the doors sunk a little into the carcass's face
    door_h = height - counter_t - 0.14
    for sx in (-1, 1):
        door = box((width / 2 - 0.03, 0.02, door_h), (sx * width / 4, front, 0.1 + door_h / 2))
        a.add(door, "door", wood)
        x = sx * 0.05
        knob = rod((x, front - 0.005, height - 0.18), (x, front - 0.025, height - 0.18), 0.008, 8)
        a.add(knob, "handle", CHROME, Tier.FIXED)
    _tap(a, (0, bowl_y + bowl_d / 2 + 0.05, height), 0.3, 0.2)


def _tap(a: Assembly, base: tuple[float, float, float], rise: float, reach: float) -> None:
    """A chrome mixer tap on ``base``: a pillar curving over into a spout, a lever on top."""
    x, y, z = base
    a.add(cylinder(0.026, 0.02, 16, (x, y, z - 0.002)), "tap", CHROME, Tier.FIXED)
    path = [
        (x, y, z),
        (x, y, z + rise * 0.8),
        (x, y - reach * 0.3, z + rise),
        (x, y - reach * 0.85, z + rise * 0.85),
    ]
    a.add(tube(path, 0.012, 16), "tap", CHROME, Tier.FIXED)
    lever = rod((x, y, z + 0.05), (x + 0.07, y + 0.02, z + 0.07), 0.006, 8)
    a.add(lever, "tap", CHROME, Tier.FIXED)


TEMPLATE = Template(
    "sink",
    build_sink,
    0.9,
    description="a basin with a tap for washing hands or dishes",
    synonyms=(
        "washbasin",
        "wash basin",
        "bathroom sink",
        "kitchen sink",
        "hand basin",
        "pedestal sink",
        "lavatory sink",
    ),
    not_claimed=("heat sink", "kitchen sink drama"),
    parts=("basin", "pedestal", "drain", "tap", "cabinet", "counter", "door", "handle"),
    aliases={
        "faucet": "tap",
        "bowl": "basin",
        "plughole": "drain",
        "worktop": "counter",
        "countertop": "counter",
    },
)
