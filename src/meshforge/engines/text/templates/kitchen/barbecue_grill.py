"""A barbecue grill: a round kettle bowl with a domed lid on three legs, or a gas grill cart."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, dome, rod, rounded_box, sphere, torus
from meshforge.engines.text.kit.tableware import STEEL
from meshforge.engines.text.kit.vehicles import TYRE

ENAMELS: tuple[RGB, ...] = ((30, 30, 33), (170, 30, 30), (40, 70, 130), (60, 62, 68))


def build_barbecue_grill(a: Assembly) -> None:
    """A barbecue grill: a round kettle bowl with a domed lid on three legs, or a gas grill cart."""
    enamel = a.pick(ENAMELS)
    kettle = a.mentions("charcoal", "kettle", "weber")
    if a.mentions("gas", "propane") or (a.chance(0.35) and not kettle):
        _gas_grill(a, enamel)
        return
    radius = a.vary(0.28, 0.1)
    bowl_z = a.vary(0.62, 0.08)
    a.add(
        dome((radius, radius, radius * 0.75), a.segments(radius), (0, 0, bowl_z))
        .mirror((0, 0, 1))
        .translate((0, 0, 2 * bowl_z)),
        "bowl",
        enamel,
    )
    a.add(torus(radius, 0.008, a.segments(radius), (0, 0, bowl_z)), "grate", STEEL, Tier.FIXED)
    lid_open = a.chance(0.3)
    if not lid_open:
        a.add(
            dome((radius, radius, radius * 0.7), a.segments(radius), (0, 0, bowl_z + 0.006)),
            "lid",
            enamel,
        )
        a.add(
            rod((0, 0, bowl_z + radius * 0.68), (0, 0, bowl_z + radius * 0.78), 0.01, 8),
            "handle",
            STEEL,
            Tier.FIXED,
        )
        a.add(
            box((0.12, 0.03, 0.025), (0, 0, bowl_z + radius * 0.8)),
            "handle",
            (30, 30, 33),
            Tier.FIXED,
        )
    else:
        for k in range(7):
            y = (k - 3) * radius * 0.25
            half = math.sqrt(max(radius**2 - y**2, 0.0)) * 0.98
            a.add(rod((-half, y, bowl_z), (half, y, bowl_z), 0.004, 6), "grate", STEEL, Tier.FIXED)
        for k in range(3):
            a.add(
                rounded_box(
                    (0.12, 0.03, 0.02), 0.008, 8, ((k - 1) * 0.12, 0.02 * k, bowl_z + 0.012)
                ),
                "food",
                (130, 60, 40),
                Tier.FIXED,
            )
    for k in range(3):
        t = math.radians(90 + 120 * k)
        top = (radius * 0.6 * math.cos(t), radius * 0.6 * math.sin(t), bowl_z - radius * 0.5)
        foot = (radius * 0.95 * math.cos(t), radius * 0.95 * math.sin(t), 0.04)
        a.add(rod(foot, top, 0.012, 8), "leg", enamel if enamel != (30, 30, 33) else STEEL)
        if k > 0:
            wheel = rod(
                (foot[0] - 0.015, foot[1], 0.05), (foot[0] + 0.015, foot[1], 0.05), 0.05, 16
            )
            a.add(wheel, "wheel", TYRE, Tier.FIXED)
        else:
            a.add(sphere(0.025, 10, (foot[0], foot[1], 0.025)), "leg", STEEL, Tier.FIXED)


def _gas_grill(a: Assembly, enamel: RGB) -> None:
    """A gas grill: a cart with side shelves, a long hood and knobs."""
    width, depth = a.vary(1.1, 0.1), a.vary(0.5, 0.1)
    cart_h = a.vary(0.8, 0.06)
    a.add(
        rounded_box((width * 0.6, depth, cart_h - 0.1), 0.01, 8, (0, 0, (cart_h - 0.1) / 2 + 0.08)),
        "cart",
        enamel,
    )
    for sx in (-1, 1):
        a.add(
            box((width * 0.22, depth * 0.9, 0.02), (sx * width * 0.39, 0, cart_h - 0.01)),
            "shelf",
            STEEL,
            Tier.FIXED,
        )
        x = sx * width * 0.3
        a.add(
            rod((x - 0.02, -depth * 0.3, 0.06), (x + 0.02, -depth * 0.3, 0.06), 0.06, 16),
            "wheel",
            TYRE,
            Tier.FIXED,
        )
        a.add(box((0.04, 0.04, 0.1), (x - sx * 0.02, depth * 0.35, 0.05)), "leg", STEEL, Tier.FIXED)
    a.add(box((width * 0.6, depth, 0.12), (0, 0, cart_h + 0.05)), "bowl", STEEL, Tier.SECONDARY)
    hood = (
        cylinder(depth / 2, width * 0.6, a.segments(depth / 2))
        .rotate((0, 90, 0))
        .translate((-width * 0.3, 0, cart_h + 0.11))
    )
    a.add(hood.trim_by_plane((0, 0, 1), cart_h + 0.1), "lid", enamel)
    a.add(
        rod(
            (-width * 0.25, -depth / 2 - 0.05, cart_h + 0.2),
            (width * 0.25, -depth / 2 - 0.05, cart_h + 0.2),
            0.012,
            10,
        ),
        "handle",
        STEEL,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        a.add(
            rod(
                (sx * width * 0.25, -depth / 2 + 0.03, cart_h + 0.2),
                (sx * width * 0.25, -depth / 2 - 0.05, cart_h + 0.2),
                0.01,
                8,
            ),
            "handle",
            STEEL,
            Tier.FIXED,
        )
    for k in range(4):
        x = (k - 1.5) * width * 0.12
        a.add(
            rod(
                (x, -depth / 2 + 0.005, cart_h + 0.05),
                (x, -depth / 2 - 0.02, cart_h + 0.05),
                0.018,
                12,
            ),
            "knob",
            (30, 30, 33),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "barbecue grill",
    build_barbecue_grill,
    0.95,
    description="an outdoor barbecue for grilling food over charcoal or gas, with a lid",
    synonyms=(
        "barbecue",
        "bbq",
        "bbq grill",
        "grill",
        "kettle grill",
        "charcoal grill",
        "gas grill",
        "barbeque",
    ),
    kinds=("weber grill", "outdoor grill", "smoker grill"),
    parts=("bowl", "grate", "lid", "handle", "food", "leg", "wheel", "cart", "shelf", "knob"),
    aliases={"legs": "leg", "hood": "lid", "grill": "grate", "wheels": "wheel", "meat": "food"},
)
