"""A grandfather clock: a tall case on a plinth, a glazed trunk with a pendulum, a hooded dial."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import box, rod, sphere
from meshforge.engines.text.kit.sweeps import face_prism, front_disc
from meshforge.engines.text.kit.timepieces import clock_dial

#: mahogany, walnut, oak and ebonised cases
CASE_WOODS: tuple[RGB, ...] = ((110, 50, 35), (95, 62, 38), *WOODS[:2], (40, 32, 30))
GLASS: RGB = (60, 75, 85)


def build_grandfather_clock(a: Assembly) -> None:
    """A grandfather clock: a tall case on a plinth, a glazed trunk with a pendulum, a dial."""
    height = a.vary(2.0, 0.06)
    width, depth = a.vary(0.5, 0.08), a.vary(0.28, 0.08)
    wood = a.pick(CASE_WOODS)
    metal = a.pick((GOLD, (200, 200, 205)))
    plinth_h = height * 0.17
    hood_h = height * 0.24
    hood_low = height - hood_h
    trunk_w = width * 0.82
    front = -depth / 2
    a.add(box((width, depth, plinth_h), (0, 0, plinth_h / 2)), "base", wood)
    a.add(box((width + 0.04, depth + 0.03, 0.04), (0, 0, 0.02)), "base", wood)
    a.add(box((width + 0.03, depth + 0.02, 0.03), (0, 0, plinth_h)), "base", wood)
    trunk_d = depth * 0.9
    a.add(
        box((trunk_w, trunk_d, hood_low - plinth_h), (0, 0, (hood_low + plinth_h) / 2)),
        "trunk",
        wood,
    )
    # the trunk door with a window onto the pendulum
    door_low, door_high = plinth_h + 0.08, hood_low - 0.06
    door_z = (door_low + door_high) / 2
    trunk_front = -trunk_d / 2
    a.add(
        box((trunk_w * 0.7, 0.012, door_high - door_low), (0, trunk_front - 0.004, door_z)),
        "door",
        wood,
    )
    if a.maybe("window", 0.9, "glass", "pendulum"):
        win_w, win_h = trunk_w * 0.45, (door_high - door_low) * 0.75
        a.add(
            box((win_w, 0.01, win_h), (0, trunk_front - 0.008, door_z)), "window", GLASS, Tier.FIXED
        )
        rod_top = door_z + win_h * 0.45
        bob_z = door_z - win_h * 0.3
        a.add(
            rod((0, trunk_front - 0.014, rod_top), (0, trunk_front - 0.014, bob_z), 0.005, 8),
            "pendulum",
            metal,
            Tier.FIXED,
        )
        bob = front_disc(win_w * 0.3, 0.008, 24, 0.0, bob_z, trunk_front - 0.016)
        a.add(bob, "pendulum", metal, Tier.FIXED)
    a.add(box((width + 0.03, depth + 0.02, 0.03), (0, 0, hood_low)), "hood", wood)
    a.add(box((width, depth, hood_h), (0, 0, hood_low + hood_h / 2)), "hood", wood)
    dial_r = width * 0.34
    dial_z = hood_low + hood_h * 0.48
    clock_dial(a, dial_r, (0.0, dial_z), front, metal)
    for sx in (-1, 1):  # turned columns either side of the dial
        column = rod(
            (sx * width * 0.44, front - 0.015, hood_low + 0.02),
            (sx * width * 0.44, front - 0.015, height - 0.02),
            0.016,
            12,
        )
        a.add(column, "column", wood)
    # the crown: an arched or a broken pediment over the hood, finials on top
    top = height - 0.015  # the pediment's foot sunk into the hood, not standing on it
    crown_h = a.vary(0.16, 0.15)
    if a.chance(0.5):
        arch = [
            (-width / 2, top),
            (width / 2, top),
            (width * 0.35, top + crown_h * 0.7),
            (0, top + crown_h),
            (-width * 0.35, top + crown_h * 0.7),
        ]
    else:
        arch = [
            (-width / 2, top),
            (width / 2, top),
            (width / 2, top + crown_h * 0.3),
            (width * 0.08, top + crown_h),
            (-width * 0.08, top + crown_h),
            (-width / 2, top + crown_h * 0.3),
        ]
    a.add(face_prism(arch, depth), "crown", wood)
    for x in (-width * 0.42, 0.0, width * 0.42):
        finial_z = top + (crown_h if x == 0 else crown_h * 0.3) + 0.02  # sunk into the crown
        a.add(sphere(0.028, 12, (x, 0, finial_z)), "finial", metal, Tier.FIXED)


TEMPLATE = Template(
    "grandfather clock",
    build_grandfather_clock,
    2.0,
    description="a tall wooden floor-standing pendulum clock with a dial at the top",
    synonyms=(
        "longcase clock",
        "grandmother clock",
        "tall case clock",
        "tallcase clock",
        "floor clock",
        "pendulum clock",
    ),
    parts=(
        "base",
        "trunk",
        "door",
        "window",
        "pendulum",
        "hood",
        "face",
        "rim",
        "mark",
        "hand",
        "column",
        "crown",
        "finial",
    ),
    aliases={
        "dial": "face",
        "case": "trunk",
        "plinth": "base",
        "glass": "window",
        "pediment": "crown",
    },
    priority=1,
)
