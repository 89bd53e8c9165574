"""The prop archetype: a street or game prop, a post on a footing carrying a panel and a lamp.

"A parking meter", "a phone booth" or "a totem pole" becomes this generic street furniture in
the prompt's colours: a post, a boxed panel with a face, a cap with a small light.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import front_panel
from meshforge.engines.text.kit.solids import cylinder, rounded_box, sphere

CATEGORY = "props"
PAINTS = ((60, 65, 75), (190, 40, 35), (40, 110, 60), (230, 180, 40))
FACE = (235, 235, 225)
LAMP = (255, 230, 150)


def build_prop(a: Assembly) -> None:
    """A footing, a post, a panel box with a face, a cap and a lamp."""
    height = a.vary(1.4, 0.2)
    post_r = a.vary(0.05, 0.2)
    a.add(
        cylinder(post_r * 2.6, 0.06, a.segments(post_r * 2.6), (0.0, 0.0, 0.0), post_r * 2.2),
        "base",
        PAINTS,
        Tier.SECONDARY,
    )
    a.add(cylinder(post_r, height, a.segments(post_r)), "post", PAINTS)
    box_w, box_h = a.vary(0.28, 0.2), a.vary(0.4, 0.2)
    box_z = height - box_h * 0.4
    a.add(
        rounded_box((box_w, box_w * 0.7, box_h), 0.02, a.segments(0.02), (0.0, 0.0, box_z)),
        "panel",
        PAINTS,
    )
    front_panel(
        a, box_w * 0.7, box_h * 0.55, (0.0, box_z + box_h * 0.05), -box_w * 0.35, "face", FACE
    )
    top = box_z + box_h / 2
    a.add(
        cylinder(
            box_w * 0.45,
            box_h * 0.08,
            a.segments(box_w * 0.45),
            (0.0, 0.0, top - 0.005),
            box_w * 0.2,
        ),
        "cap",
        PAINTS,
        Tier.SECONDARY,
    )
    if a.wants("lamp"):
        a.add(
            sphere(box_w * 0.12, a.segments(box_w * 0.12), (0.0, 0.0, top + box_h * 0.1)),
            "lamp",
            LAMP,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "prop",
    build_prop,
    1.5,
    description="a street or game prop of no particular kind: a post carrying a panel",
    parts=("base", "post", "panel", "face", "cap", "lamp"),
    aliases={"pole": "post", "sign": "panel", "light": "lamp", "screen": "face"},
)
