"""A birdhouse: a small wooden box with a round entrance hole, a perch and a pitched roof, often
on a post."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.bird_houses import GARDEN_WOODS, ROOFS, gable_roof, mounting_post
from meshforge.engines.text.kit.solids import box, rod, subtract
from meshforge.engines.text.kit.sweeps import face_prism, front_disc

HOLE = (35, 28, 22)


def build_birdhouse(a: Assembly) -> None:
    """A birdhouse: a small wooden box with a round entrance hole, a perch and a pitched roof,
    often on a post."""
    width, depth, wall_h = a.vary(0.18, 0.1), a.vary(0.17, 0.1), a.vary(0.2, 0.1)
    pitch = width * a.between(0.35, 0.55)
    base = a.vary(1.2, 0.1) if a.maybe("post", 0.45, "pole", "garden") else 0.0
    wood = a.pick(GARDEN_WOODS)
    if base:
        mounting_post(a, base, a.pick(GARDEN_WOODS[:3]))
    # the body seen from the front: a house shape with a gable, extruded back
    outline = [
        (-width / 2, 0.0),
        (width / 2, 0.0),
        (width / 2, wall_h),
        (0.0, wall_h + pitch),
        (-width / 2, wall_h),
    ]
    body = face_prism(outline, depth).translate((0, 0, base))
    hole_r, hole_z = width * 0.17, base + wall_h * 0.62
    hole = front_disc(hole_r, 0.06, a.segments(hole_r), 0.0, hole_z, -depth / 2)
    a.add(subtract(body, hole), "body", wood)
    a.add(
        front_disc(hole_r, 0.01, a.segments(hole_r), 0.0, hole_z, -depth / 2 + 0.02),
        "body",
        HOLE,
        Tier.FIXED,
    )
    a.add(box((width + 0.04, depth + 0.04, 0.015), (0, 0, base + 0.0075)), "floor", wood)
    roof = gable_roof(width, depth, pitch, base + wall_h, 0.014)
    a.add(roof, "roof", a.pick(ROOFS), Tier.SECONDARY)
    if a.maybe("perch", 0.8):
        perch_z = hole_z - hole_r - 0.03
        a.add(
            rod((0, -depth / 2 + 0.01, perch_z), (0, -depth / 2 - 0.05, perch_z), 0.005, 8),
            "perch",
            wood,
        )


TEMPLATE = Template(
    "birdhouse",
    build_birdhouse,
    0.3,
    description="a little wooden house with a round hole and a perch for birds to nest in",
    synonyms=("bird house", "nest box", "nesting box", "bird box", "birdbox", "birdhouses"),
    parts=("body", "roof", "floor", "perch", "post"),
    aliases={"hole": "body", "walls": "body", "pole": "post", "stand": "post"},
)
