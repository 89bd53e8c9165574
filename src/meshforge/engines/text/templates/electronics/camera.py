"""A camera: a body with a hand grip, a lens barrel, a viewfinder hump, a shutter button."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, CHROME
from meshforge.engines.text.kit.solids import cylinder, prism, rounded_box
from meshforge.engines.text.kit.sweeps import front_disc

BODIES: tuple[RGB, ...] = ((30, 30, 33), (40, 40, 44), (200, 200, 205))
GLASS: RGB = (40, 60, 90)


def build_camera(a: Assembly) -> None:
    """A camera: a body with a grip, a lens barrel, a viewfinder hump and a shutter button."""
    width, height, depth = a.vary(0.14, 0.08), a.vary(0.09, 0.08), a.vary(0.07, 0.08)
    color = a.pick(BODIES)
    retro = a.mentions("retro", "vintage", "film", "old") or a.chance(0.3)
    base_z = 0.0
    a.add(rounded_box((width, depth, height), 0.008, 8, (0, 0, base_z + height / 2)), "body", color)
    if retro:
        a.add(
            rounded_box(
                (width * 1.002, depth * 1.01, height * 0.55), 0.006, 8, (0, 0, height * 0.33)
            ),
            "trim",
            (120, 80, 50),
            Tier.SECONDARY,
        )
    else:
        a.add(
            rounded_box(
                (width * 0.22, depth * 1.25, height * 0.95),
                0.012,
                8,
                (width * 0.38, -depth * 0.12, height * 0.48),
            ),
            "grip",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
    hump = prism(
        [
            (-width * 0.14, 0),
            (width * 0.14, 0),
            (width * 0.08, height * 0.22),
            (-width * 0.08, height * 0.22),
        ],
        depth * 0.8,
    )
    a.add(hump.rotate((90, 0, 0)).translate((0, depth * 0.4, height - 0.002)), "body", color)
    lens_r = height * a.between(0.3, 0.38)
    reach = depth * a.between(0.5, 0.9)
    lens_x = -width * 0.05
    a.add(
        front_disc(
            lens_r, reach, a.segments(lens_r), lens_x, height * 0.47, -depth / 2 - reach / 2 + 0.002
        ),
        "lens",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    a.add(
        front_disc(
            lens_r * 1.06,
            reach * 0.18,
            a.segments(lens_r),
            lens_x,
            height * 0.47,
            -depth / 2 - reach * 0.75,
        ),
        "lens",
        CHROME if retro else (60, 60, 64),
        Tier.FIXED,
    )
    a.add(
        front_disc(
            lens_r * 0.75,
            0.004,
            a.segments(lens_r),
            lens_x,
            height * 0.47,
            -depth / 2 - reach + 0.001,
        ),
        "glass",
        GLASS,
        Tier.FIXED,
    )
    a.add(
        cylinder(0.008, 0.008, 12, (width * 0.35, -depth * 0.1, height - 0.001)),
        "button",
        CHROME,
        Tier.FIXED,
    )
    a.add(
        cylinder(0.012, 0.006, 16, (-width * 0.33, 0, height - 0.001)), "dial", CHROME, Tier.FIXED
    )
    if a.maybe("flash", 0.3):
        a.add(
            rounded_box(
                (width * 0.2, depth * 0.5, height * 0.15),
                0.004,
                8,
                (0, depth * 0.25, height * 1.27),
            ),
            "flash",
            color,
        )


TEMPLATE = Template(
    "camera",
    build_camera,
    0.1,
    description="a photo camera with a big lens, a viewfinder and a shutter button",
    synonyms=(
        "digital camera",
        "dslr",
        "film camera",
        "slr camera",
        "mirrorless camera",
    ),
    kinds=(
        "dslr camera",
        "polaroid camera",
        "camcorder",
        "gopro",
        "action camera",
        "instant camera",
        "compact camera",
        "vintage camera",
    ),
    not_claimed=(
        "security camera",
        "cctv camera",
        "camera drone",
        "video camera",
    ),
    parts=("body", "trim", "grip", "lens", "glass", "button", "dial", "flash"),
    aliases={"shutter": "button", "handle": "grip", "leather": "trim"},
)
