"""A pickaxe standing on its handle: a curved head with two points, or a point and an adze."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import HANDLE_WOODS


def build_pickaxe(a: Assembly) -> None:
    """A pickaxe standing on its handle: a curved head with two points, or a point and an adze."""
    length = a.vary(0.9, 0.1)
    handle_r = 0.02
    a.add(
        rod((0, 0, 0), (0, 0, length + 0.03), handle_r * 1.15, a.segments(handle_r), handle_r),
        "handle",
        a.pick(HANDLE_WOODS),
        Tier.SECONDARY,
    )
    top = length - 0.02
    reach, droop = a.vary(0.33, 0.1), a.vary(0.09, 0.25)
    thick = a.vary(0.026, 0.1)
    adze = a.mentions("mattock", "adze") or a.chance(0.3)
    for side in (-1, 1):
        path = [
            (0.0, 0.0, top),
            (side * reach * 0.35, 0.0, top - droop * 0.12),
            (side * reach * 0.7, 0.0, top - droop * 0.45),
            (side * reach, 0.0, top - droop),
        ]
        if side == 1 and adze:
            blade = box((0.015, thick * 2.4, 0.012), (side * reach * 0.92, 0, top - droop * 0.75))
            arm = tube(path[:3], thick, a.segments(thick))
            a.add(arm, "head", DARK_STEEL)
            a.add(blade.rotate((0, 0, 0)), "head", DARK_STEEL)
            continue
        a.add(tube(path, thick, a.segments(thick), thick * 0.12), "head", DARK_STEEL)
    collar = box((thick * 2.6, thick * 2.4, thick * 3.2), (0, 0, top - 0.005))
    a.add(collar, "head", DARK_STEEL)


TEMPLATE = Template(
    "pickaxe",
    build_pickaxe,
    1.0,
    description="a miner's tool with a curved pointed iron head on a long handle for breaking rock",
    synonyms=("pick axe", "mining pick", "pickax", "mattock", "miners pick"),
    kinds=("diamond pickaxe", "minecraft pickaxe"),
    parts=("handle", "head"),
    aliases={"haft": "handle", "shaft": "handle", "point": "head", "blade": "head"},
)
