"""A bird feeder: a clear tube of seed with perches under a roof-like cap, hung from a wire loop,
or a seed tray on a post under a little pitched roof."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.bird_houses import GARDEN_WOODS, ROOFS, gable_roof, mounting_post
from meshforge.engines.text.kit.solids import box, cylinder, rod
from meshforge.engines.text.kit.sweeps import hoop, tube

SEED: RGB = (200, 170, 110)
CAPS: tuple[RGB, ...] = ((50, 110, 60), (60, 62, 68), (150, 50, 40), (200, 203, 208))


def build_bird_feeder(a: Assembly) -> None:
    """A bird feeder: a clear tube of seed with perches under a roof-like cap, hung from a wire
    loop, or a seed tray on a post under a little pitched roof."""
    if a.mentions("table", "tray", "wooden", "platform", "post") or a.chance(0.4):
        _table_feeder(a)
        return
    tube_r, tube_h = a.vary(0.04, 0.1), a.vary(0.3, 0.12)
    cap = a.pick(CAPS)
    a.add(cylinder(tube_r + 0.012, 0.03, a.segments(tube_r), (0, 0, 0)), "cap", cap, Tier.SECONDARY)
    a.add(cylinder(tube_r, tube_h, a.segments(tube_r), (0, 0, 0.03)), "seed", SEED)
    for k in range(3):  # the clear tube's rings hold the seed ports
        z = 0.03 + tube_h * (0.15 + 0.33 * k)
        a.add(
            hoop(tube_r + 0.001, 0.004, a.segments(tube_r), (0, 0, z)), "cap", cap, Tier.SECONDARY
        )
        turn = k * 90.0
        perch = rod((-tube_r - 0.05, 0, z - 0.015), (tube_r + 0.05, 0, z - 0.015), 0.004, 8)
        a.add(perch.rotate((0, 0, turn)), "perch", (200, 203, 208), Tier.FIXED)
    top = 0.03 + tube_h
    lid = cylinder(tube_r + 0.03, 0.05, a.segments(tube_r), (0, 0, top), 0.012)
    a.add(lid, "cap", cap, Tier.SECONDARY)
    loop = [
        (-0.006, 0, top + 0.045),
        (-0.03, 0, top + 0.09),
        (0.0, 0, top + 0.12),
        (0.03, 0, top + 0.09),
        (0.006, 0, top + 0.045),
    ]
    a.add(tube(loop, 0.003, 8), "hanger", (170, 175, 182), Tier.FIXED)


def _table_feeder(a: Assembly) -> None:
    """A bird table: a tray of seed on a post, its roof held up on four corner posts."""
    post_h, size = a.vary(1.2, 0.1), a.vary(0.34, 0.1)
    wood = a.pick(GARDEN_WOODS)
    mounting_post(a, post_h, a.pick(GARDEN_WOODS[:3]))
    a.add(box((size, size, 0.02), (0, 0, post_h + 0.01)), "tray", wood)
    for side in (-1, 1):  # a low rim keeps the seed in
        a.add(box((size, 0.015, 0.03), (0, side * size / 2, post_h + 0.025)), "tray", wood)
        a.add(box((0.015, size, 0.03), (side * size / 2, 0, post_h + 0.025)), "tray", wood)
    a.add(box((size * 0.85, size * 0.85, 0.012), (0, 0, post_h + 0.026)), "seed", SEED, Tier.FIXED)
    roof_z, pitch = post_h + a.vary(0.22, 0.1), size * 0.35
    # the corner posts rise to the roof boards' mid-plane over them (gable_roof overhangs the
    # body by 0.015 a side), so they sink into the boards rather than stop under them
    post_top = roof_z + pitch * (1 - size * 0.44 / (size / 2 + 0.015))
    for sx in (-1, 1):
        for sy in (-1, 1):
            corner = (sx * size * 0.44, sy * size * 0.44)
            a.add(
                box((0.02, 0.02, post_top - post_h), (*corner, (post_h + post_top) / 2)),
                "tray",
                wood,
            )
    a.add(gable_roof(size, size, pitch, roof_z, 0.015), "roof", a.pick(ROOFS), Tier.SECONDARY)


TEMPLATE = Template(
    "bird feeder",
    build_bird_feeder,
    0.45,
    description="a hanging tube or a little roofed table holding seed for garden birds",
    synonyms=("birdfeeder", "bird table", "seed feeder", "bird feeders", "hanging bird feeder"),
    parts=("seed", "cap", "perch", "hanger", "tray", "roof", "post"),
    aliases={"lid": "cap", "tube": "seed", "seeds": "seed", "pole": "post", "table": "tray"},
)
