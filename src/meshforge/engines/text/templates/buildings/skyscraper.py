"""A glass tower in setback tiers, ribbed with mullions and banded, topped by a spire."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import around_z, box, cylinder, rod, subtract, union

GLASSES: tuple[RGB, ...] = ((60, 95, 130), (40, 50, 62), (110, 150, 165), (70, 110, 150))


MULLIONS: tuple[RGB, ...] = ((205, 205, 210), (235, 233, 225), (70, 70, 75), (180, 170, 150))


def build_skyscraper(a: Assembly) -> None:
    """A glass tower in setback tiers, ribbed with mullions and banded, topped by a spire."""
    width, height = a.vary(30.0, 0.12), a.vary(160.0, 0.2)
    tiers = a.count("tier", a.pick((1, 2, 3)), 1, 4)
    glass, frame = a.pick(GLASSES), a.pick(MULLIONS)
    base = 0.0
    side = width
    for tier in range(tiers):
        share = (0.55, 0.3, 0.15, 0.1)[tier] if tiers > 1 else 1.0
        top = base + height * share * (1.0 if tiers == 1 else 1.05 - 0.05 * tier)
        tall = top - base
        glass_box = box((side, side, tall - 0.4), (0, 0, base + tall / 2))
        a.add(glass_box, "glass", glass, Tier.FIXED)
        ribs = max(3, round(side / 5))
        face = union(
            [
                box(
                    (0.5, 0.5, tall),
                    (-side / 2 + side * (i + 0.5) / ribs, -side / 2, base + tall / 2),
                )
                for i in range(ribs)
            ]
        )
        floors = max(2, round(tall / 16))
        rings = [
            subtract(
                box((side + 0.6, side + 0.6, 1.2), (0, 0, z)),
                box((side - 1, side - 1, 3), (0, 0, z)),
            )
            for z in (base + tall * (k + 1) / floors - 0.6 for k in range(floors))
        ]
        # The core (roof and floor) joins the mullions so that this part outranks the glass in
        # area: seam vertices then take the glass colour and the panes stay glass, not frame.
        core = box((side - 0.2, side - 0.2, tall + 1.0), (0, 0, base + tall / 2 - 0.5))
        a.add(union([core, around_z(face, 4), *rings]), "frame", frame)
        base, side = top, side * a.between(0.65, 0.8)
    a.add(box((width + 2, width + 2, 6), (0, 0, 3)), "lobby", frame)
    a.add(box((width * 0.4, 0.6, 4.5), (0, -width / 2 - 1, 2.25)), "door", (35, 35, 40), Tier.FIXED)
    if a.wants("spire"):
        spire_h = height * a.between(0.1, 0.22)
        a.add(cylinder(side * 0.15, 4, 16, (0, 0, base)), "spire", frame)
        a.add(rod((0, 0, base), (0, 0, base + spire_h), 0.8, 12, 0.15), "spire", frame)


TEMPLATE = Template(
    "skyscraper",
    build_skyscraper,
    160.0,
    description="a very tall city building with many floors of glass windows",
    synonyms=("office tower", "tower block", "office building"),
    kinds=(
        "high rise",
        "highrise",
        "apartment block",
        "apartment tower",
        "burj khalifa",
        "supertall",
    ),
    parts=("glass", "frame", "lobby", "door", "spire", "tier"),
    aliases={"window": "glass", "antenna": "spire", "mullion": "frame"},
)
