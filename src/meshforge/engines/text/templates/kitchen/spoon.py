"""A spoon standing on its handle, the hollow of its bowl to the front; "ladle" is deep."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid, subtract
from meshforge.engines.text.kit.tableware import STEEL, cutlery_handle


def build_spoon(a: Assembly) -> None:
    """A spoon standing on its handle, the hollow of its bowl to the front; "ladle" is deep."""
    ladle = a.mentions("ladle")
    length = a.vary(0.3 if ladle else 0.13, 0.1)
    bowl_r = a.vary(0.04 if ladle else 0.019, 0.1)
    cutlery_handle(a, length, 0.01 if ladle else 0.008)
    bowl_z = length + bowl_r * (0.9 if ladle else 1.3)
    shape = (bowl_r, bowl_r * (0.7 if ladle else 0.35), bowl_r * (1.0 if ladle else 1.45))
    outer = ellipsoid(shape, a.segments(bowl_r), (0, 0, bowl_z))
    hollow = ellipsoid(
        (shape[0] - 0.002, shape[1], shape[2] - 0.002), a.segments(bowl_r), (0, -0.002, bowl_z)
    )
    a.add(
        subtract(outer, hollow, box((1, 1, 1), (0, -0.5 - shape[1] * 0.2, bowl_z))), "bowl", STEEL
    )


TEMPLATE = Template(
    "spoon",
    build_spoon,
    0.17,
    description="an eating utensil with a small shallow bowl on a handle",
    synonyms=("teaspoon", "tablespoon", "soup spoon", "ladle"),
    kinds=("dessert spoon",),
    parts=("handle", "bowl"),
    aliases={"scoop": "bowl"},
)
