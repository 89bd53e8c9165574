"""Bagpipes: a tartan-covered bag, three drones over the shoulder, a chanter below, a blowpipe."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, IVORY, SILVER
from meshforge.engines.text.kit.solids import Vec3, box, ellipsoid, rod, union
from meshforge.engines.text.kit.sweeps import tube

#: tartan grounds and the stripe colours crossing them
TARTANS: tuple[tuple[RGB, RGB], ...] = (
    ((170, 30, 40), (30, 60, 40)),
    ((30, 60, 40), (30, 40, 90)),
    ((30, 40, 90), (30, 70, 45)),
    ((35, 35, 38), (170, 30, 40)),
)
BLACKWOOD: RGB = (40, 32, 30)
CORD: RGB = (200, 40, 45)


def build_bagpipes(a: Assembly) -> None:
    """Bagpipes: a tartan bag, three drones over the shoulder, a chanter below, a blowpipe."""
    ground, stripe = a.pick(TARTANS)
    size = a.vary(1.0, 0.08)
    bag_c: Vec3 = (0.0, 0.0, 0.42 * size)
    radii = (0.22 * size, 0.13 * size, 0.15 * size)
    seg = a.segments(radii[0])
    bag = ellipsoid(radii, seg).rotate((0, -15, 0)).translate(bag_c)
    a.add(bag, "bag", ground)
    if a.maybe("tartan", 0.85, "plaid", "check"):
        # a plaid: bands both ways, cut from a shell just outside the bag
        grown = (radii[0] * 1.03, radii[1] * 1.03, radii[2] * 1.03)
        # half the bag's detail: the bands are narrow, and fusion pays for every seam edge
        shell = ellipsoid(grown, seg // 2).rotate((0, -15, 0)).translate(bag_c)
        bands = [box((0.018 * size, 1.0, 1.0), (x * size, 0, bag_c[2])) for x in (-0.07, 0.07)]
        bands += [box((1.0, 1.0, 0.016 * size), (0, 0, bag_c[2] + z * size)) for z in (0.0,)]
        a.add(union(bands) ^ shell, "tartan", stripe, Tier.SECONDARY)
    mount = a.pick((IVORY, SILVER))
    # three drones rising from the bag's top, leaning back over the piper's shoulder
    top: Vec3 = (-0.04 * size, 0.02 * size, bag_c[2] + radii[2] * 0.8)
    ties = []
    for k, (length, lean) in enumerate(((0.85, 0.0), (0.55, 0.09), (0.55, 0.18))):
        start = (top[0] + 0.05 * k * size, top[1], top[2] - 0.02)
        end = (start[0] - (0.3 + lean) * size, start[1] + 0.12 * size, start[2] + length * size)
        _drone(a, start, end, 0.017 * size, mount)
        ties.append(_along(start, end, 0.55))
    if a.maybe("cord", 0.9, "ribbon", "tassels"):
        a.add(tube(ties, 0.006 * size, 8), "cord", CORD, Tier.SECONDARY)
    # the chanter hangs from the bag's front end, straight down to its bell
    c_top = (0.16 * size, -0.02 * size, bag_c[2] - 0.02)
    c_end = (0.2 * size, -0.06 * size, 0.02 * size)
    a.add(rod(c_top, c_end, 0.013 * size, 12, 0.018 * size), "chanter", BLACKWOOD)
    a.add(
        rod(c_top, (c_top[0] + 0.004, c_top[1] - 0.004, c_top[2] - 0.06 * size), 0.022 * size, 12),
        "stock",
        mount,
        Tier.FIXED,
    )
    a.add(
        rod(
            (c_end[0], c_end[1], c_end[2] + 0.03 * size),
            (c_end[0], c_end[1], 0.0),
            0.02 * size,
            12,
            0.026 * size,
        ),
        "stock",
        mount,
        Tier.FIXED,
    )
    holes = []
    for k in range(7):
        x, y, z = _along(c_top, c_end, 0.25 + k * 0.08)
        holes.append(rod((x, y - 0.008 * size, z), (x, y - 0.016 * size, z), 0.004 * size, 8))
    a.add(union(holes), "hole", BLACK, Tier.FIXED)
    if a.wants("blowpipe"):
        b_start = (0.06 * size, -0.04 * size, bag_c[2] + radii[2] * 0.7)
        b_end = (0.16 * size, -0.22 * size, bag_c[2] + 0.3 * size)
        a.add(rod(b_start, b_end, 0.011 * size, 10), "blowpipe", BLACKWOOD)


def _drone(a: Assembly, start: Vec3, end: Vec3, radius: float, mount: RGB) -> None:
    """A drone: a blackwood pipe with two ferrule rings and a flared bell at its top."""
    a.add(rod(start, end, radius, 12), "drone", BLACKWOOD)
    for t in (0.05, 0.5):
        ring = rod(_along(start, end, t), _along(start, end, t + 0.04), radius * 1.5, 12)
        a.add(ring, "ferrule", mount, Tier.FIXED)
    bell = rod(_along(start, end, 0.9), end, radius * 1.4, 12, radius * 2.1)
    a.add(bell, "ferrule", mount, Tier.FIXED)


def _along(start: Vec3, end: Vec3, t: float) -> Vec3:
    """The point a fraction ``t`` of the way from ``start`` to ``end``."""
    return (
        start[0] + t * (end[0] - start[0]),
        start[1] + t * (end[1] - start[1]),
        start[2] + t * (end[2] - start[2]),
    )


TEMPLATE = Template(
    "bagpipes",
    build_bagpipes,
    1.0,
    description="Scottish bagpipes: a tartan bag with three tall drones and a chanter",
    synonyms=("bagpipe", "highland bagpipes", "scottish bagpipes", "great highland bagpipe"),
    parts=("bag", "tartan", "drone", "ferrule", "cord", "chanter", "stock", "hole", "blowpipe"),
    aliases={"drones": "drone", "plaid": "tartan", "ribbon": "cord", "mouthpiece": "blowpipe"},
)
