"""A medieval catapult: a wheeled timber frame, a throwing arm with a bucket, an A-frame stop."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import IRON, WOODS
from meshforge.engines.text.kit.solids import box, rod, sphere, vessel
from meshforge.engines.text.kit.sweeps import front_disc

STONE = (130, 128, 120)


def build_catapult(a: Assembly) -> None:
    """A long base frame on four wheels, an upright stop, a raked arm with a bucket and a stone."""
    s = a.vary(1.0, 0.08)
    wood = a.pick(WOODS)
    length, width = 2.4 * s, 1.1 * s
    beam = 0.12 * s
    wheel_r = 0.32 * s
    z0 = wheel_r
    for sx in (-1, 1):
        a.add(box((beam, length, beam), (sx * width / 2, 0, z0)), "frame", wood)
    for y in (-length * 0.42, 0.0, length * 0.42):
        a.add(box((width + beam, beam, beam), (0, y, z0)), "frame", wood)
    if a.wants("wheel"):
        for sx in (-1, 1):
            for y in (-length * 0.35, length * 0.35):
                wheel = front_disc(wheel_r, 0.08 * s, a.segments(wheel_r), 0, 0).rotate((0, 0, 90))
                a.add(
                    wheel.translate((sx * (width / 2 + beam / 2 + 0.03 * s), y, wheel_r)),
                    "wheel",
                    wood,
                    Tier.SECONDARY,
                )
    # the stop: two uprights and a padded crossbar the arm hits
    stop_y, stop_h = -length * 0.15, 1.3 * s
    for sx in (-1, 1):
        post = box((beam, beam, stop_h), (0, 0, stop_h / 2)).rotate((-12, 0, 0))
        a.add(post.translate((sx * width / 2, stop_y, z0)), "frame", wood)
    bar_z = z0 + stop_h * 0.97
    a.add(
        box((width + beam, beam * 1.2, beam * 1.2), (0, stop_y + stop_h * 0.2, bar_z)),
        "frame",
        wood,
    )
    axle = (0.0, length * 0.2, z0 + beam * 0.6)
    a.add(
        rod((-width / 2, axle[1], axle[2]), (width / 2, axle[1], axle[2]), beam * 0.35, 12),
        "axle",
        IRON,
        Tier.FIXED,
    )
    rise = math.radians(a.between(30, 45))
    reach = 1.9 * s
    tip = (0.0, axle[1] - reach * math.cos(rise), axle[2] + reach * math.sin(rise))
    a.add(rod(axle, tip, beam * 0.45, 12), "arm", wood)
    bucket = vessel([(0.08 * s, 0.0), (0.2 * s, 0.12 * s), (0.22 * s, 0.16 * s)], 0.02, 0.03, 20)
    a.add(bucket.translate((tip[0], tip[1], tip[2] - 0.04)), "bucket", wood)
    if a.maybe("stone", 0.7, "boulder", "rock", "loaded"):
        a.add(sphere(0.14 * s, 16, (tip[0], tip[1], tip[2] + 0.1 * s)), "stone", STONE, Tier.FIXED)


TEMPLATE = Template(
    "catapult",
    build_catapult,
    2.0,
    description="a medieval siege catapult, a wheeled wooden frame with a throwing arm and bucket",
    synonyms=("catapults", "siege catapult", "mangonel", "trebuchet", "onager", "siege engine"),
    kinds=("medieval catapult", "roman catapult"),
    parts=("frame", "wheel", "axle", "arm", "bucket", "stone"),
    aliases={
        "wheels": "wheel",
        "beam": "arm",
        "boulder": "stone",
        "rock": "stone",
        "cup": "bucket",
        "base": "frame",
    },
)
