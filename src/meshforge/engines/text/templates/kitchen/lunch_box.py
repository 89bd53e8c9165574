"""A lunch box: a bright box with a lid, a carrying handle on top and a latch at the front."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import CHROME
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, rod, rounded_box
from meshforge.engines.text.kit.sweeps import tube


def build_lunch_box(a: Assembly) -> None:
    """A lunch box: a bright box with a lid, a carrying handle on top and a latch at the front."""
    length, width, height = a.vary(0.22, 0.1), a.vary(0.11, 0.1), a.vary(0.16, 0.1)
    color = a.pick(BRIGHTS)
    lid_color = a.pick((color, *BRIGHTS))
    lid_h = height * 0.3
    base_h = height - lid_h
    a.add(rounded_box((length, width, base_h), 0.012, 16, (0, 0, base_h / 2)), "body", color)
    lid = rounded_box(
        (length + 0.004, width + 0.004, lid_h), 0.014, 16, (0, 0, base_h + lid_h / 2 - 0.001)
    )
    a.add(lid, "lid", lid_color, Tier.SECONDARY)
    front = -width / 2 - 0.002
    if a.wants("latch"):
        for sx in (-1, 1) if length > 0.2 else (0,):
            x = sx * length * 0.28
            latch = rounded_box((0.022, 0.006, 0.04), 0.002, 8, (x, front - 0.002, base_h + 0.004))
            a.add(latch, "latch", CHROME, Tier.FIXED)
    if a.wants("handle"):  # a folding handle: two lugs and an arched grip over the lid
        handle_color = a.pick(((35, 35, 38), CHROME, lid_color))
        top = height - 0.002
        span = length * 0.3
        for sx in (-1, 1):
            lug = box((0.012, 0.02, 0.012), (sx * span, 0, top + 0.004))
            a.add(lug, "handle", handle_color, Tier.FIXED)
        grip = [
            (-span, 0, top + 0.006),
            (-span * 0.8, 0, top + 0.03),
            (span * 0.8, 0, top + 0.03),
            (span, 0, top + 0.006),
        ]
        a.add(tube(grip, 0.005, 12), "handle", handle_color, Tier.FIXED)
    if a.maybe("hinge", 0.5):
        hinge = rod(
            (-length * 0.4, width / 2 - 0.001, base_h + 0.004),
            (length * 0.4, width / 2 - 0.001, base_h + 0.004),
            0.003,
            8,
        )
        a.add(hinge, "hinge", CHROME, Tier.FIXED)


TEMPLATE = Template(
    "lunch box",
    build_lunch_box,
    0.17,
    description="a small box with a handle for carrying a packed lunch to school or work",
    synonyms=("lunchbox", "lunch pail", "lunch tin", "bento box", "lunch kit", "sandwich box"),
    parts=("body", "lid", "latch", "handle", "hinge"),
    aliases={"clasp": "latch", "clip": "latch", "box": "body"},
)
