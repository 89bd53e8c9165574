"""A mace standing on its handle: a flanged steel head, or a spiked ball for a morning star."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL, LEATHERS, STEEL, WOODS, front_plate
from meshforge.engines.text.kit.solids import around_z, capsule, rod, sphere, union


def build_mace(a: Assembly) -> None:
    """A mace standing on its handle: a flanged steel head, or a spiked ball for a morning star."""
    length = a.vary(0.6, 0.1)
    r = 0.016
    spiked = a.mentions("spike", "spiked", "morning", "morningstar", "club") or a.chance(0.5)
    wooden = spiked and a.chance(0.5)
    a.add(
        rod((0, 0, 0.03), (0, 0, length), r, a.segments(r)),
        "handle",
        a.pick(WOODS) if wooden else DARK_STEEL,
        Tier.SECONDARY,
    )
    a.add(
        capsule((0, 0, 0.05), (0, 0, 0.2), r * 1.3, a.segments(r)),
        "grip",
        a.pick(LEATHERS),
        Tier.FIXED,
    )
    a.add(sphere(r * 1.7, a.segments(r * 2), (0, 0, 0.03)), "pommel", DARK_STEEL, Tier.FIXED)
    head_r = a.vary(0.06, 0.12)
    centre = (0.0, 0.0, length + head_r * 0.6)
    if spiked:
        a.add(sphere(head_r, a.segments(head_r), centre), "head", DARK_STEEL)
        spikes = []
        for pitch in (-50, 0, 50):
            count = 8 if pitch == 0 else 6
            for k in range(count):
                yaw = math.radians(360 * k / count + (30 if pitch else 0))
                p = math.radians(pitch)
                d = (math.cos(p) * math.cos(yaw), math.cos(p) * math.sin(yaw), math.sin(p))
                start = tuple(centre[i] + d[i] * head_r * 0.7 for i in range(3))
                end = tuple(centre[i] + d[i] * head_r * 1.55 for i in range(3))
                spikes.append(
                    rod(
                        (start[0], start[1], start[2]),
                        (end[0], end[1], end[2]),
                        head_r * 0.22,
                        8,
                        0.0005,
                    )
                )
        spikes.append(
            rod((0, 0, centre[2]), (0, 0, centre[2] + head_r * 1.6), head_r * 0.22, 8, 0.0005)
        )
        a.add(union(spikes), "spike", STEEL, Tier.FIXED)
        return
    a.add(
        rod((0, 0, length - 0.02), (0, 0, length + head_r * 1.4), head_r * 0.35, 16), "head", STEEL
    )
    flanges = a.count("flange", a.pick((6, 7, 8)), 4, 12)
    fin = front_plate(
        [
            (0.0, 0.0),
            (head_r * 0.6, head_r * 0.15),
            (head_r, head_r * 0.7),
            (head_r * 0.7, head_r * 1.4),
            (0.0, head_r * 1.5),
        ],
        0.008,
    )
    a.add(around_z(fin, flanges).translate((0, 0, length - head_r * 0.05)), "flange", STEEL)
    a.add(sphere(head_r * 0.32, 16, (0, 0, length + head_r * 1.45)), "head", STEEL)


TEMPLATE = Template(
    "mace",
    build_mace,
    0.75,
    description="a medieval club weapon with a heavy flanged or spiked metal head on a handle",
    synonyms=("morning star", "morningstar", "spiked club", "flanged mace", "war club"),
    kinds=("spiked mace", "cudgel"),
    parts=("handle", "grip", "pommel", "head", "spike", "flange"),
    aliases={"ball": "head", "shaft": "handle"},
)
