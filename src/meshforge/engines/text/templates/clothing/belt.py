"""A buckled belt standing on edge: a leather strap closed in a loop, a buckle at the front."""

from __future__ import annotations

from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS, LEATHERS, SILVER
from meshforge.engines.text.kit.solids import box, rod, subtract


def build_belt(a: Assembly) -> None:
    """A buckled belt standing on edge: a strap closed in a loop, a buckle and tail at the front."""
    half_x, half_y = a.vary(0.15, 0.08), a.vary(0.11, 0.08)
    width, thick = a.vary(0.035, 0.1), 0.004
    leather = a.color("strap", LEATHERS)
    outer = CrossSection.circle(1.0, 64).scale((half_x, half_y))
    inner = CrossSection.circle(1.0, 64).scale((half_x - thick, half_y - thick))
    a.add(Manifold.extrude(outer - inner, width), "strap", leather)
    front = -half_y
    # the tail: the strap's free end passing through the buckle and on round the waist
    tail = box((0.09, thick, width), (0.05, front - thick * 0.9, width / 2))
    a.add(tail, "strap", leather)
    if a.wants("holes"):
        holes = [
            rod((x, front - thick * 2, width / 2), (x, front - thick * 0.4, width / 2), 0.0022, 8)
            for x in (0.05, 0.07, 0.09)
        ]
        for hole in holes:
            a.add(hole, "holes", (25, 20, 18), Tier.FIXED)
    metal = a.pick((SILVER, BRASS))
    frame_w, frame_h = width * 1.1, width * 1.3
    frame = subtract(
        box((frame_w, 0.005, frame_h), (0, 0, 0)),
        box((frame_w - 0.012, 0.02, frame_h - 0.012), (0, 0, 0)),
    )
    y = front - thick * 1.5
    a.add(frame.translate((-0.005, y, width / 2)), "buckle", metal, Tier.SECONDARY)
    prong = box((frame_w * 0.55, 0.0035, 0.004), (-0.005 + frame_w * 0.2, y - 0.001, width / 2))
    a.add(prong, "buckle", metal, Tier.SECONDARY)
    if a.wants("keeper"):
        keeper = box((0.012, thick * 3.4, width * 1.08), (0.035, front - thick * 0.6, width / 2))
        a.add(keeper, "keeper", leather)


TEMPLATE = Template(
    "belt",
    build_belt,
    0.035,
    description="a leather belt with a metal buckle, fastened in a loop as if round a waist",
    synonyms=("leather belt", "trouser belt", "waist belt", "belt buckle", "buckled belt"),
    not_claimed=(
        "seat belt",
        "conveyor belt",
        "black belt",
        "asteroid belt",
        "tool belt",
    ),
    parts=("strap", "buckle", "holes", "keeper"),
    aliases={"leather": "strap", "band": "strap", "loop": "keeper", "prong": "buckle"},
)
