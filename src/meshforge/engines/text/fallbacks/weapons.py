"""The weapon archetype: a hafted blade weapon, or a long gun, for weapons with no template.

Prompts nearest to the ranged weapons (blaster, crossbow, bow) or naming a gun get a long gun
(stock, barrel, trigger guard); the rest a haft with a steel head and a spike ("a halberd-like
poleaxe", "a flail"), in the prompt's colours and materials.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.archetypes import leaning
from meshforge.engines.text.kit.gear import DARK_STEEL, LEATHERS, STEEL, WOODS
from meshforge.engines.text.kit.solids import box, cylinder, prism, rod, side_prism, torus

CATEGORY = "weapons"
RANGED = (
    "blaster",
    "crossbow",
    "bow",
    "arrow",
    "gun",
    "rifle",
    "musket",
    "pistol",
    "cannon",
    "shoot",
    "shooting",
)


def build_weapon(a: Assembly) -> None:
    """A long gun or a hafted blade, leaning towards what the prompt is near."""
    if leaning(a, {"ranged": RANGED, "melee": ()}, "melee") == "ranged":
        _gun(a)
    else:
        _hafted(a)


def _hafted(a: Assembly) -> None:
    """A wooden haft with a leather grip, an axe-like steel head, a top spike and a butt cap."""
    length = a.vary(1.6, 0.2)
    r = 0.018
    a.add(rod((0.0, 0.0, 0.02), (0.0, 0.0, length), r, 12), "haft", WOODS)
    a.add(
        rod((0.0, 0.0, length * 0.3), (0.0, 0.0, length * 0.45), r * 1.25, 12),
        "grip",
        LEATHERS,
        Tier.SECONDARY,
    )
    a.add(cylinder(r * 1.4, 0.04, 12, (0.0, 0.0, 0.0)), "cap", DARK_STEEL, Tier.FIXED)
    head_z = length * 0.88
    blade = [(0.0, -0.06), (0.18, -0.14), (0.22, 0.0), (0.18, 0.14), (0.0, 0.06)]
    a.add(
        prism(blade, 0.012).rotate((90, 0, 0)).translate((r * 0.5, 0.006, head_z)),
        "blade",
        STEEL,
        Tier.FIXED,
    )
    a.add(
        prism([(0.0, -0.03), (-0.1, 0.0), (0.0, 0.03)], 0.012)
        .rotate((90, 0, 0))
        .translate((-r * 0.5, 0.006, head_z)),
        "blade",
        STEEL,
        Tier.FIXED,
    )
    a.add(
        rod((0.0, 0.0, length - 0.01), (0.0, 0.0, length + 0.22), r * 1.1, 8, 0.001),
        "spike",
        STEEL,
        Tier.FIXED,
    )
    for z in (head_z - 0.1, head_z + 0.1):
        a.add(torus(r * 1.1, 0.006, 12, (0.0, 0.0, z)), "band", DARK_STEEL, Tier.FIXED)


def _gun(a: Assembly) -> None:
    """A wooden stock, a receiver, a long barrel and a trigger guard, lying on its side."""
    length = a.vary(1.2, 0.15)
    z = 0.06
    stock = [
        (0.0, 0.0),
        (length * 0.3, 0.03),
        (length * 0.42, 0.05),
        (length * 0.42, 0.09),
        (length * 0.3, 0.08),
        (0.0, 0.16),
    ]
    a.add(side_prism([(length / 2 - y, zz) for y, zz in stock], 0.045), "stock", WOODS)
    a.add(
        box((0.05, length * 0.2, 0.06), (0.0, length * 0.0, z + 0.04)),
        "receiver",
        DARK_STEEL,
        Tier.FIXED,
    )
    a.add(
        rod((0.0, length * 0.1, z + 0.05), (0.0, -length / 2, z + 0.05), 0.012, 12),
        "barrel",
        DARK_STEEL,
        Tier.FIXED,
    )
    a.add(
        torus(0.02, 0.004, 12).rotate((0, 90, 0)).translate((0.0, length * 0.05, z - 0.005)),
        "trigger",
        DARK_STEEL,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "weapon",
    build_weapon,
    1.5,
    description="a weapon of no particular kind: a hafted blade or a long gun",
    parts=(
        "haft",
        "grip",
        "cap",
        "blade",
        "spike",
        "band",
        "stock",
        "receiver",
        "barrel",
        "trigger",
    ),
    aliases={"shaft": "haft", "handle": "haft", "head": "blade", "gun": "barrel"},
)
