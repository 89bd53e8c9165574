"""An external hard drive lying flat: a small rounded slab with a status light and a USB cable."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, GADGETS, cased_box
from meshforge.engines.text.kit.solids import box, cylinder, slab
from meshforge.engines.text.kit.sweeps import tube

LED_BLUE = (70, 150, 255)


def build_hard_drive(a: Assembly) -> None:
    """An external hard drive lying flat: a rounded slab, a status light and a USB cable."""
    width, depth, height = a.vary(0.082, 0.08), a.vary(0.115, 0.08), a.vary(0.02, 0.15)
    shell = a.color("body", GADGETS)
    cased_box(a, (width, depth, height), height * 0.4, "body", shell)
    # a top panel in a contrasting finish, inset from the rounded edge
    panel = slab((width * 0.84, depth * 0.86, 0.002), 0.008, 16, (0, 0, height - 0.0004))
    a.add(panel, "panel", BLACK_PLASTIC, Tier.SECONDARY)
    a.add(
        cylinder(0.0018, 0.002, 8, (width * 0.3, -depth * 0.38, height)),
        "light",
        LED_BLUE,
        Tier.FIXED,
    )
    if a.wants("cable"):
        z = height * 0.5
        back = depth / 2
        a.add(box((0.012, 0.006, 0.006), (0, back + 0.001, z)), "cable", BLACK_PLASTIC, Tier.FIXED)
        cord = tube(
            [
                (0, back + 0.004, z),
                (0.0, back + 0.03, z * 0.5),
                (0.03, back + 0.06, 0.0035),
                (0.08, back + 0.06, 0.0035),
            ],
            0.0025,
            8,
        )
        a.add(cord, "cable", BLACK_PLASTIC, Tier.FIXED)
        plug = box((0.03, 0.016, 0.008), (0.095, back + 0.06, 0.004))
        a.add(plug, "plug", BLACK_PLASTIC, Tier.FIXED)
        a.add(
            box((0.014, 0.013, 0.0055), (0.116, back + 0.06, 0.004)),
            "plug",
            (200, 202, 206),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "hard drive",
    build_hard_drive,
    0.02,
    description="an external hard drive: a small flat box for storing files with a USB cable",
    synonyms=(
        "external hard drive",
        "hard disk",
        "external drive",
        "hard disk drive",
        "portable hard drive",
        "external hard disk",
        "hdd",
        "ssd",
        "solid state drive",
        "portable drive",
    ),
    parts=("body", "panel", "light", "cable", "plug"),
    aliases={"case": "body", "led": "light", "cord": "cable", "usb": "plug"},
)
