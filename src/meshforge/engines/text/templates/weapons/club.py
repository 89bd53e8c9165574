"""A club: a heavy wooden cudgel thickening to a knobbed head, now and then studded with iron."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import IRON, LEATHERS, WOODS
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid, on_sphere, sphere


def build_club(a: Assembly) -> None:
    """Standing on its grip end: a shaft swelling into a knobbly head, a leather-wrapped grip."""
    length = a.vary(0.75, 0.12)
    head_r = a.vary(0.07, 0.15)
    wood = a.pick(WOODS)
    a.add(
        capsule((0, 0, 0.02), (0, 0, length - head_r), 0.022, a.segments(0.022), head_r * 0.8),
        "shaft",
        wood,
    )
    head = (0.0, 0.0, length - head_r * 0.9)
    a.add(ellipsoid((head_r, head_r, head_r * 1.25), a.segments(head_r), head), "head", wood)
    for k in range(5):  # knots and burls on the head
        spot = on_sphere(head, head_r * 0.95, k * 72 + a.between(-15, 15), a.between(-30, 30))
        a.add(sphere(head_r * 0.3, 10, spot), "head", wood)
    if a.maybe("spikes", 0.3, "spiked", "studded", "nails"):
        for k in range(8):
            spot = on_sphere(head, head_r, k * 45, 25 if k % 2 else -15)
            a.add(sphere(head_r * 0.14, 8, spot), "spikes", IRON, Tier.FIXED)
    if a.maybe("grip", 0.6, "wrapped", "leather"):
        a.add(
            cylinder(0.026, 0.16, a.segments(0.026), (0, 0, 0.03)),
            "grip",
            a.pick(LEATHERS),
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "club",
    build_club,
    0.8,
    description="a heavy wooden war club or cudgel with a thick knobbly head",
    synonyms=(
        "wooden club",
        "bludgeon",
        "caveman club",
        "shillelagh",
    ),
    kinds=("knobkerrie", "clubs"),
    not_claimed=(
        "golf club",
        "night club",
        "club sandwich",
        "club chair",
        "book club",
        "club house",
    ),
    parts=("shaft", "head", "spikes", "grip"),
    aliases={"handle": "grip", "studs": "spikes", "nails": "spikes", "knob": "head"},
)
