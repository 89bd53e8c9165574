"""A lectern: a slanted reading top on a tall column or panel, on a broad foot."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.gear import GOLD
from meshforge.engines.text.kit.solids import box, cylinder, rod


def build_lectern(a: Assembly) -> None:
    """A sloping desk top with a lip for the book, a panelled stand or a post, a wide base."""
    wood = a.pick((*WOODS, PAINTS[1]))
    h, w = a.vary(1.15, 0.05), a.vary(0.6, 0.1)
    d = w * 0.75
    podium = a.mentions("podium", "speaker", "speech") or a.chance(0.5)
    a.add(box((w * 0.9, d * 0.9, 0.06), (0, 0, 0.03)), "base", wood)
    top_z = h - 0.05
    if podium:  # a closed front panel, as at a speech
        a.add(box((w * 0.8, d * 0.75, top_z), (0, 0, top_z / 2)), "stand", wood)
    else:
        a.add(cylinder(0.05, top_z, a.segments(0.05), (0, 0, 0.04)), "stand", wood)
    desk = box((w, d, 0.04), (0, 0, 0)).rotate((-18, 0, 0))
    a.add(desk.translate((0, 0, top_z + 0.005)), "top", wood)
    # the desk slopes down away from the front; a lip along its low edge holds the book
    low_z = top_z + 0.005 - d / 2 * 0.31
    a.add(box((w, 0.03, 0.05), (0, d / 2 * 0.95, low_z + 0.03)), "top", wood)
    if a.maybe("microphone", 0.3 if podium else 0.0, "mic", "speech"):
        a.add(
            rod((w * 0.3, 0.0, top_z + 0.01), (w * 0.3, -d * 0.3, top_z + 0.3), 0.006, 8),
            "microphone",
            (40, 40, 44),
            Tier.FIXED,
        )
    if a.maybe("emblem", 0.3 if podium else 0.0, "seal", "crest"):
        a.add(
            cylinder(0.1, 0.01, 24).rotate((90, 0, 0)).translate((0, -d * 0.375, top_z * 0.6)),
            "emblem",
            GOLD,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "lectern",
    build_lectern,
    1.15,
    description="a lectern or podium, a tall stand with a sloping top to hold notes for a speaker",
    synonyms=("lecterns", "podium", "speaker podium", "pulpit", "rostrum", "reading stand"),
    kinds=("church lectern",),
    parts=("base", "stand", "top", "microphone", "emblem"),
    aliases={"desk": "top", "mic": "microphone", "post": "stand", "seal": "emblem", "foot": "base"},
)
