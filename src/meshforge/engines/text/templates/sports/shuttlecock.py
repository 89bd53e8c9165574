"""A badminton shuttlecock: a rounded cork nose with a flaring skirt of feathers."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import around_z, box, cylinder, dome, lathe, subtract

CORKS: tuple[RGB, ...] = ((240, 240, 235), (220, 190, 140))
FEATHERS: tuple[RGB, ...] = ((248, 248, 245), (250, 230, 60))
BAND: RGB = (200, 40, 40)


def build_shuttlecock(a: Assembly) -> None:
    """A badminton shuttlecock: a rounded cork nose with a flaring skirt of feathers."""
    cork_r = a.vary(0.013, 0.08)
    skirt_h = a.vary(0.062, 0.1)
    flare = skirt_h * a.between(0.48, 0.56)
    a.add(
        dome((cork_r, cork_r, cork_r), a.segments(cork_r), (0, 0, cork_r * 0.8))
        .rotate((180, 0, 0))
        .translate((0, 0, cork_r * 1.6)),
        "cork",
        CORKS,
        Tier.SECONDARY,
    )
    a.add(
        cylinder(cork_r, cork_r * 0.8, a.segments(cork_r), (0, 0, cork_r * 0.8)),
        "band",
        BAND,
        Tier.FIXED,
    )
    base = cork_r * 1.55
    cone = [
        (cork_r * 0.85, 0.0),
        (flare, skirt_h),
        (flare - 0.0015, skirt_h),
        (cork_r * 0.85 - 0.0015, 0.0),
    ]
    skirt = lathe(cone, a.segments(flare)).translate((0, 0, base))
    # scalloped rim: notches between the feathers' tips
    notch = box((flare * 0.25, 0.004, skirt_h * 0.16), (flare, 0, base + skirt_h))
    a.add(subtract(skirt, around_z(notch, 16, 11.25)), "feathers", FEATHERS)
    for z in (0.35, 0.6):
        ring_r = cork_r * 0.85 + (flare - cork_r * 0.85) * z
        a.add(
            cylinder(ring_r + 0.0008, 0.0015, a.segments(flare), (0, 0, base + skirt_h * z)),
            "band",
            BAND,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "shuttlecock",
    build_shuttlecock,
    0.085,
    description="a badminton birdie: a rounded cork nose with a cone of feathers",
    synonyms=("badminton shuttlecock", "shuttle cock", "birdie", "badminton birdie"),
    parts=("cork", "feathers", "band"),
    aliases={"nose": "cork", "head": "cork", "skirt": "feathers", "feather": "feathers"},
)
