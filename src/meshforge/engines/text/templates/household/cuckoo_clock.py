"""A cuckoo clock: a carved chalet-shaped case with a dial, a bird door, a pendulum and weights."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, sphere
from meshforge.engines.text.kit.sweeps import face_prism, front_disc
from meshforge.engines.text.kit.timepieces import clock_dial

#: the dark carved woods of the Black Forest
CASE_WOODS: tuple[RGB, ...] = ((95, 62, 38), (120, 80, 45), (80, 52, 32), (150, 100, 60))
BIRD: RGB = (150, 110, 70)
BRASS: RGB = (190, 160, 80)


def build_cuckoo_clock(a: Assembly) -> None:
    """A cuckoo clock: a chalet-shaped case with a dial, a bird door, a pendulum and weights."""
    width, depth, wall_h = a.vary(0.26, 0.1), a.vary(0.12, 0.1), a.vary(0.26, 0.1)
    wood = a.pick(CASE_WOODS)
    chain = a.vary(0.34, 0.15)
    weight_h = 0.1
    low = chain + weight_h  # the case hangs above its weights, which rest on the ground
    slope = a.between(0.6, 0.85)
    ridge = low + wall_h + slope * width / 2
    front = -depth / 2
    house = [
        (-width / 2, low),
        (width / 2, low),
        (width / 2, low + wall_h),
        (0, ridge),
        (-width / 2, low + wall_h),
    ]
    a.add(face_prism(house, depth), "case", wood)
    eave, thick = 0.035, 0.018
    reach = width / 2 + eave
    ridge -= 0.004  # the roof sits into the case, not merely on it
    roof = [
        (-reach, ridge + thick - slope * reach),
        (0, ridge + thick),
        (reach, ridge + thick - slope * reach),
        (reach, ridge - slope * reach),
        (0, ridge),
        (-reach, ridge - slope * reach),
    ]
    a.add(
        face_prism(roof, depth + 0.05),
        "roof",
        a.pick((wood, (70, 45, 28), (60, 90, 60))),
        Tier.SECONDARY,
    )
    dial_r = width * a.between(0.25, 0.3)
    dial_z = low + wall_h * 0.45
    clock_dial(a, dial_r, (0.0, dial_z), front, GOLD)
    door_z = low + wall_h + slope * width * 0.12
    door = box((width * 0.2, 0.008, width * 0.2), (0, front - 0.002, door_z))
    a.add(door, "door", a.pick(((70, 45, 28), (235, 225, 200))), Tier.FIXED)
    if a.maybe("bird", 0.7, "cuckoo"):  # the cuckoo, out on its perch
        perch_y = front - 0.03
        a.add(
            rod((0, front, door_z - width * 0.08), (0, perch_y, door_z - width * 0.08), 0.004, 8),
            "bird",
            BIRD,
            Tier.FIXED,
        )
        a.add(
            ellipsoid((0.018, 0.026, 0.018), 16, (0, perch_y, door_z - width * 0.05)),
            "bird",
            BIRD,
            Tier.FIXED,
        )
        a.add(
            sphere(0.013, 12, (0, perch_y - 0.022, door_z - width * 0.01)), "bird", BIRD, Tier.FIXED
        )
        beak = rod(
            (0, perch_y - 0.03, door_z - width * 0.01),
            (0, perch_y - 0.045, door_z - width * 0.015),
            0.004,
            8,
            0.001,
        )
        a.add(beak, "bird", (235, 180, 50), Tier.FIXED)
    if a.maybe("leaf", 0.7, "carved", "leaves"):  # carved leaves framing the dial
        for k in range(5):
            x = (k - 2) * width * 0.18
            leaf = ellipsoid((width * 0.07, 0.01, width * 0.04), 12).rotate((0, (k - 2) * 12, 0))
            a.add(leaf.translate((x, front - 0.004, low + 0.01)), "leaf", wood)
        for sx in (-1, 1):
            leaf = ellipsoid(
                (width * 0.035, 0.01, wall_h * 0.3), 12, (sx * width * 0.42, front - 0.004, dial_z)
            )
            a.add(leaf, "leaf", wood)
    if a.wants("pendulum"):
        bob_z = low - chain * 0.55
        a.add(
            rod((0, front - 0.002, low + 0.01), (0, front - 0.002, bob_z), 0.0035, 8),
            "pendulum",
            wood,
        )
        a.add(
            front_disc(0.032, 0.006, 16, 0.0, bob_z, front - 0.005),
            "pendulum",
            a.pick((wood, BRASS)),
        )
    for sx in (-1, 1):  # pine-cone weights on their chains
        x = sx * width * 0.2
        a.add(
            rod((x, 0, low + 0.005), (x, 0, weight_h - 0.01), 0.0025, 6), "chain", BRASS, Tier.FIXED
        )
        cone = ellipsoid((0.02, 0.02, weight_h / 2), 16, (x, 0, weight_h / 2))
        a.add(cone, "weight", BRASS, Tier.FIXED)


TEMPLATE = Template(
    "cuckoo clock",
    build_cuckoo_clock,
    0.9,
    description="a carved wooden wall clock like a chalet, with a cuckoo and pine-cone weights",
    synonyms=("black forest clock", "coo coo clock", "cuckoo wall clock"),
    parts=(
        "case",
        "roof",
        "face",
        "rim",
        "mark",
        "hand",
        "door",
        "bird",
        "leaf",
        "pendulum",
        "chain",
        "weight",
    ),
    aliases={
        "dial": "face",
        "leaves": "leaf",
        "weights": "weight",
        "house": "case",
        "cuckoo": "bird",
    },
    priority=1,
)
