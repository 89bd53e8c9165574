"""A razor: a cartridge razor lying on its back, or a chrome safety razor standing on its handle."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import CHROME
from meshforge.engines.text.kit.solids import box, capsule, cylinder, rounded_box, torus
from meshforge.engines.text.kit.sweeps import tube

#: cartridge razors' plastic handles
HANDLES: tuple[RGB, ...] = (
    (40, 90, 170),
    (35, 35, 38),
    (235, 150, 180),
    (200, 202, 206),
    (60, 150, 90),
)
GRIPS: tuple[RGB, ...] = ((35, 35, 38), (90, 160, 220), (245, 245, 245))
BLADE: RGB = (150, 155, 162)
STRIP: RGB = (120, 200, 170)


def build_razor(a: Assembly) -> None:
    """A razor: a cartridge razor lying on its back, or a chrome safety razor on its handle."""
    safety = a.mentions("safety", "double", "edge", "chrome", "metal", "vintage") or (
        not a.mentions("disposable", "cartridge", "plastic") and a.chance(0.35)
    )
    if safety:
        _safety_razor(a)
    else:
        _cartridge_razor(a)


def _cartridge_razor(a: Assembly) -> None:
    """A curved plastic handle with a rubber grip and a head of three blades, blades up."""
    length = a.vary(0.14, 0.08)
    color = a.pick(HANDLES)
    # the handle bows up off the table towards the head at -X
    path = [
        (length / 2, 0, 0.006),
        (0.0, 0, 0.009),
        (-length * 0.35, 0, 0.014),
        (-length / 2 + 0.01, 0, 0.02),
    ]
    a.add(tube(path, 0.006, 16, 0.004), "handle", color)
    if a.wants("grip"):
        grip = capsule((length * 0.05, 0, 0.0085), (length * 0.32, 0, 0.0072), 0.0068, 16)
        a.add(grip, "grip", a.pick(GRIPS), Tier.SECONDARY)
    head_x = -length / 2 + 0.002
    head = rounded_box((0.016, 0.042, 0.008), 0.003, 12, (head_x, 0, 0.022))
    a.add(head.rotate((0, 0, 0)), "head", color)
    for k in range(3):  # the blades across the head's face
        blade = box((0.0012, 0.036, 0.0016), (head_x - 0.004 + k * 0.0035, 0, 0.0262))
        a.add(blade, "blade", BLADE, Tier.FIXED)
    a.add(box((0.003, 0.038, 0.0018), (head_x + 0.0065, 0, 0.026)), "strip", STRIP, Tier.FIXED)


def _safety_razor(a: Assembly) -> None:
    """A knurled chrome handle standing upright under a double-edged T head."""
    handle_l = a.vary(0.085, 0.1)
    radius = a.vary(0.0065, 0.1)
    metal = a.pick((CHROME, CHROME, (200, 165, 70), (40, 40, 44)))
    a.add(cylinder(radius * 1.2, 0.008, 16), "handle", metal)
    a.add(cylinder(radius, handle_l, 20), "handle", metal)
    for k in range(5):  # knurled rings on the grip
        ring = torus(radius, radius * 0.12, 20, (0, 0, handle_l * (0.3 + k * 0.09)))
        a.add(ring, "grip", metal, Tier.FIXED)
    neck = cylinder(radius * 0.8, 0.008, 16, (0, 0, handle_l - 0.001), radius * 1.3)
    a.add(neck, "handle", metal)
    top = handle_l + 0.007
    plate = box((0.044, 0.018, 0.0025), (0, 0, top + 0.001))  # sunk into the neck
    a.add(plate, "head", metal)
    a.add(box((0.041, 0.021, 0.001), (0, 0, top + 0.0022)), "blade", BLADE, Tier.FIXED)
    cap = Manifold.batch_hull(
        [
            box((0.044, 0.019, 0.001), (0, 0, top + 0.003)),
            box((0.04, 0.006, 0.001), (0, 0, top + 0.0075)),
        ]
    )
    a.add(cap, "head", metal)


TEMPLATE = Template(
    "razor",
    build_razor,
    0.1,
    description="a shaving razor with a sharp blade at the end of a handle",
    synonyms=(
        "shaving razor",
        "safety razor",
        "disposable razor",
        "cartridge razor",
        "shaver",
        "double edge razor",
    ),
    not_claimed=("razor blade", "electric razor", "razor scooter", "razor wire", "straight razor"),
    parts=("handle", "grip", "head", "blade", "strip"),
    aliases={"blades": "blade", "cartridge": "head", "lubricating strip": "strip"},
)
