"""A pterodactyl in flight: leathery wings spread wide, a long beak, a swept-back crest."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import membrane_wing, plan_blade, side_blade
from meshforge.engines.text.kit.saurians import ALIASES, PARTS, snout_head
from meshforge.engines.text.kit.solids import capsule, ellipsoid

SKINS: tuple[RGB, ...] = ((150, 110, 80), (120, 110, 90), (170, 120, 80), (110, 120, 110))
CREST: RGB = (200, 80, 50)


def build_pterodactyl(a: Assembly) -> None:
    """A pterodactyl in flight: leathery wings spread wide, a long beak, a swept-back crest."""
    size = a.vary(1.0, 0.08)
    skin = a.pick(SKINS)
    r = 0.12 * size
    z = r * 3.0
    a.add(ellipsoid((r * 0.7, r * 1.6, r * 0.7), a.segments(r), (0, 0, z)), "body", skin)
    neck_end = (0.0, -r * 2.2, z + r * 0.6)
    a.add(
        capsule((0, -r * 1.2, z + r * 0.2), neck_end, r * 0.3, a.segments(r * 0.3), r * 0.25),
        "body",
        skin,
    )
    tip = snout_head(a, neck_end, r * 2.6, r * 0.42, r * 0.4, skin)
    del tip
    if a.wants("crest"):
        crest = side_blade(
            [(0.0, 0.0), (r * 0.5, 0.0), (r * 2.0, r * 0.6), (r * 0.2, r * 0.5)], r * 0.1
        )
        a.add(
            crest.translate((0, neck_end[1], neck_end[2] + r * 0.15)),
            "crest",
            CREST,
            Tier.SECONDARY,
        )
    span = r * a.between(6.5, 8.0)
    outline = membrane_wing(span, r * 2.6, 3)
    lift = a.between(5, 20)
    for side in (-1, 1):
        wing = plan_blade(outline, r * 0.08).translate((0, -r * 0.8, 0))
        if side < 0:
            wing = wing.mirror((1.0, 0.0, 0.0))
        a.add(
            wing.rotate((0, -side * lift, 0)).translate((side * r * 0.4, 0.0, z + r * 0.2)),
            "wing",
            skin,
        )
        a.add(
            capsule(
                (side * r * 0.3, r * 1.0, z - r * 0.2),
                (side * r * 0.8, r * 2.5, z - r * 0.3),
                r * 0.12,
                10,
            ),
            "leg",
            skin,
        )


TEMPLATE = Template(
    "pterodactyl",
    build_pterodactyl,
    0.6,
    description="a flying reptile from the age of dinosaurs with leathery wings and a long beak",
    synonyms=("pteranodon", "pterosaur", "flying dinosaur"),
    kinds=("quetzalcoatlus", "pterodactylus", "dimorphodon"),
    parts=(*PARTS, "wing", "crest"),
    aliases={**ALIASES, "beak": "head"},
)
