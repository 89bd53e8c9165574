"""A wishing well: a round stone wall, two posts holding a little pitched roof, crank and bucket."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import STONES
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.solids import box, cylinder, rod, subtract
from meshforge.engines.text.kit.sweeps import face_prism

ROOFS: tuple[RGB, ...] = ((150, 55, 45), (110, 75, 45), (70, 80, 90))
WATER: RGB = (50, 90, 130)
ROPE: RGB = (200, 175, 120)


def build_wishing_well(a: Assembly) -> None:
    """A round stone wall, two posts holding a little pitched roof, crank and bucket."""
    stone, wood = a.pick(STONES), a.pick(WOODS)
    r, wall_h = a.vary(0.7, 0.08), a.vary(0.8, 0.1)
    ring = subtract(
        cylinder(r, wall_h, a.segments(r)), cylinder(r - 0.15, wall_h, a.segments(r), (0, 0, 0.3))
    )
    a.add(ring, "wall", stone)
    a.add(cylinder(r + 0.05, 0.1, a.segments(r), (0, 0, wall_h - 0.05)), "wall", stone)
    a.add(cylinder(r - 0.14, 0.05, a.segments(r), (0, 0, 0.28)), "water", WATER, Tier.FIXED)
    post_h = wall_h + a.vary(1.1, 0.1)
    for sx in (-1, 1):
        a.add(box((0.12, 0.12, post_h), (sx * (r - 0.07), 0, post_h / 2)), "post", wood)
    beam_z = post_h - 0.35
    a.add(rod((-r - 0.15, 0, beam_z), (r + 0.05, 0, beam_z), 0.05, 12), "crank", wood)
    a.add(rod((-r - 0.15, 0, beam_z), (-r - 0.15, -0.2, beam_z), 0.03, 8), "crank", wood)
    if a.wants("roof"):
        span = r * 1.25
        roof = face_prism([(-span - 0.2, 0), (span + 0.2, 0), (0, span * 0.85)], r * 2.3)
        hollow = face_prism(
            [(-span + 0.05, -0.01), (span - 0.05, -0.01), (0, span * 0.85 - 0.14)], r * 2.5
        )
        shell = subtract(roof, hollow)
        a.add(
            shell.rotate((0, 0, 90)).translate((0, 0, post_h - 0.05)), "roof", ROOFS, Tier.SECONDARY
        )
        a.add(
            box((r * 2.4, 0.08, 0.08), (0, 0, post_h + span * 0.8)), "roof", ROOFS, Tier.SECONDARY
        )
        for sx in (-1, 1):
            king = box((0.1, 0.1, span * 0.8), (sx * (r - 0.07), 0, post_h + span * 0.4))
            a.add(king, "post", wood)
    a.add(box((r * 2, 0.12, 0.12), (0, 0, post_h - 0.03)), "post", wood)
    if a.wants("bucket"):
        a.add(rod((0.05, 0, beam_z), (0.05, 0, beam_z - 0.56), 0.012, 6), "rope", ROPE, Tier.FIXED)
        bucket = cylinder(0.13, 0.22, 16, (0.05, 0, beam_z - 0.72), 0.16)
        a.add(bucket, "bucket", (120, 85, 50), Tier.FIXED)


TEMPLATE = Template(
    "wishing well",
    build_wishing_well,
    2.2,
    description="an old village water well: round stone wall, little wooden roof, crank and bucket",
    synonyms=("water well", "stone well", "village well", "old well"),
    kinds=("draw well",),
    parts=("wall", "water", "post", "crank", "roof", "rope", "bucket"),
    aliases={
        "stone": "wall",
        "stones": "wall",
        "winch": "crank",
        "beam": "crank",
        "pail": "bucket",
    },
)
