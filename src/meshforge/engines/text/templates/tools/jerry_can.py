"""A jerry can: a flat upright fuel can with embossed X panels, three handles and a spout cap."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box
from meshforge.engines.text.kit.tools import PAINTED, RUBBER

CANS = ((200, 40, 35), (80, 95, 60), (60, 62, 68), (230, 190, 40), *PAINTED[:1])


def build_jerry_can(a: Assembly) -> None:
    """A flat, tall can, an X pressed into each side, three bar handles on top, a spout cap."""
    w, d, h = a.vary(0.34, 0.08), a.vary(0.16, 0.08), a.vary(0.46, 0.08)
    color = a.pick(CANS)
    a.add(rounded_box((w, d, h), 0.02, 12, (0, 0, h / 2)), "body", color)
    for side in (-1, 1):  # the embossed X on both faces
        for lean in (-1, 1):
            rib = box((w * 1.2, 0.01, 0.025)).rotate((0, lean * 50, 0))
            rib = rib.translate((0, side * d / 2, h * 0.45)) ^ box(
                (w * 0.84, d + 0.02, h * 0.8), (0, 0, h * 0.45)
            )
            a.add(rib, "body", color)
    top = h - 0.004
    for x in (-w * 0.28, -w * 0.05, w * 0.18):
        a.add(box((0.02, d * 0.35, 0.05), (x, 0, top + 0.02)), "handle", color)
    a.add(rod((-w * 0.28, 0, top + 0.045), (w * 0.18, 0, top + 0.045), 0.012, 10), "handle", color)
    a.add(
        cylinder(0.028, 0.045, 16, (w * 0.38, 0, top - 0.01)),
        "cap",
        a.pick((color, RUBBER)),
        Tier.SECONDARY,
    )


TEMPLATE = Template(
    "jerry can",
    build_jerry_can,
    0.5,
    description="a jerry can, a flat metal fuel can with three handles and a pouring spout",
    synonyms=("jerrycan", "gas can", "fuel can", "petrol can", "jerry cans", "gasoline can"),
    kinds=("fuel canister", "jerrican"),
    parts=("body", "handle", "cap"),
    aliases={"spout": "cap", "can": "body", "grip": "handle"},
)
