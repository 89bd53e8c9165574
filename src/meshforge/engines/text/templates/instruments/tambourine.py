"""A tambourine: a round wooden frame with a drumhead and pairs of metal jingles in slots."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, subtract

FRAMES: tuple[RGB, ...] = ((200, 150, 90), (180, 40, 40), (30, 30, 35), (40, 80, 160))
HEAD: RGB = (240, 232, 210)
JINGLE: RGB = (215, 180, 80)


def build_tambourine(a: Assembly) -> None:
    """A tambourine: a round wooden frame with a drumhead and pairs of metal jingles."""
    r = a.vary(0.13, 0.08)
    h = r * a.between(0.3, 0.4)
    frame = a.pick(FRAMES)
    pairs = a.count("jingle", 5, 3, 10)
    ring = subtract(
        cylinder(r, h, a.segments(r)), cylinder(r * 0.92, h * 3, a.segments(r), (0, 0, -h))
    )
    slots = [
        box((r * 0.3, r * 0.4, h * 0.5), (0, r, h / 2)).rotate((0, 0, 360.0 * k / pairs))
        for k in range(pairs)
    ]
    a.add(subtract(ring, *slots), "frame", frame)
    if a.wants("head"):
        a.add(
            cylinder(r * 0.93, 0.003, a.segments(r), (0, 0, h - 0.003)),
            "head",
            HEAD,
            Tier.SECONDARY,
        )
    for k in range(pairs):
        angle = 360.0 * k / pairs
        for dz in (-0.006, 0.006):
            disc = cylinder(r * 0.11, 0.004, 16, (0, 0, 0)).rotate((90, 0, 0))
            a.add(
                disc.translate((0, r * 0.96, h / 2 + dz)).rotate((0, 0, angle)),
                "jingle",
                JINGLE,
                Tier.FIXED,
            )
        a.add(
            box((0.004, r * 0.12, 0.004), (0, r * 0.96, h / 2)).rotate((0, 0, angle)),
            "jingle",
            JINGLE,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "tambourine",
    build_tambourine,
    0.05,
    description="a round hand drum with metal jingles set in its wooden rim",
    synonyms=("tambourines", "timbrel", "jingle drum"),
    parts=("frame", "head", "jingle"),
    aliases={
        "rim": "frame",
        "jingles": "jingle",
        "skin": "head",
        "drumhead": "head",
        "cymbals": "jingle",
    },
)
