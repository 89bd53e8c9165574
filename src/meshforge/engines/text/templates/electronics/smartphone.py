"""A smartphone standing upright (a tablet when asked): a thin slab, a glass screen, a camera."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, GADGETS, SCREEN, SCREEN_GLOW
from meshforge.engines.text.kit.solids import box, cylinder, rounded_box, slab
from meshforge.engines.text.kit.sweeps import front_disc


def build_smartphone(a: Assembly) -> None:
    """A smartphone standing upright: a thin rounded slab with a glass screen and a camera."""
    tablet = a.mentions("tablet", "ipad")
    size = 2.6 if tablet else 1.0
    width, height = (
        a.vary(0.072 * size * (1.15 if tablet else 1.0), 0.06),
        a.vary(0.15 * size * 0.95, 0.06),
    )
    thick = a.vary(0.008, 0.1)
    color = a.pick(GADGETS)
    body = rounded_box((width, thick, height), thick * 0.45, a.segments(0.01), (0, 0, height / 2))
    a.add(body, "body", color)
    glass = slab((width * 0.93, height * 0.95, 0.002), width * 0.1, 16).rotate((90, 0, 0))
    a.add(
        glass.translate((0, -thick / 2 + 0.0005, height / 2)),
        "screen",
        a.pick((SCREEN, SCREEN_GLOW)),
        Tier.FIXED,
    )
    a.add(
        front_disc(0.0025, 0.001, 8, 0, height * 0.955, -thick / 2 - 0.0005),
        "camera",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    if a.wants("camera"):
        bump = rounded_box(
            (width * 0.38, 0.003, width * 0.38), 0.004, 8, (-width * 0.22, thick / 2, height * 0.82)
        )
        a.add(bump, "camera", color)
        for dx, dz in ((-0.006, 0.006), (-0.006, -0.006), (0.006, 0.0)):
            lens = cylinder(0.004, 0.003, 12, (0, 0, 0)).rotate((90, 0, 0))
            a.add(
                lens.translate((-width * 0.22 + dx, thick / 2 + 0.004, height * 0.82 + dz)),
                "lens",
                BLACK_PLASTIC,
                Tier.FIXED,
            )
    a.add(box((0.0015, 0.003, height * 0.12), (width / 2, 0, height * 0.7)), "button", color)


TEMPLATE = Template(
    "smartphone",
    build_smartphone,
    0.15,
    description="a modern mobile phone or tablet: a thin glass slab with a touchscreen",
    synonyms=(
        "phone",
        "mobile phone",
        "cell phone",
        "cellphone",
        "iphone",
        "mobile",
        "smart phone",
        "android phone",
    ),
    kinds=("galaxy phone", "pixel phone", "tablet", "ipad", "tablet computer"),
    not_claimed=("phone booth", "phone box", "phone case"),
    parts=("body", "screen", "camera", "lens", "button"),
    aliases={"display": "screen", "case": "body"},
)
