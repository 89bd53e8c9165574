"""A spear standing point up: a long wooden shaft, a leaf-shaped steel head, a butt cap."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL, LEATHERS, STEEL, WOODS, leaf_blade
from meshforge.engines.text.kit.solids import rod, union


def build_spear(a: Assembly) -> None:
    """A spear standing point up: a long wooden shaft, a leaf-shaped steel head, a butt cap."""
    length = a.vary(1.9, 0.1)
    r = 0.015
    a.add(
        rod((0, 0, 0.02), (0, 0, length), r, a.segments(r)), "shaft", a.pick(WOODS), Tier.SECONDARY
    )
    socket = rod((0, 0, length - 0.06), (0, 0, length + 0.05), r * 1.25, 16, r * 0.9)
    head_len = a.vary(0.26, 0.15)
    head = leaf_blade(head_len, head_len * a.between(0.22, 0.32), 0.012, length + 0.04)
    a.add(union([socket, head]), "head", STEEL)
    a.add(rod((0, 0, 0), (0, 0, 0.05), r * 1.15, 16), "butt", DARK_STEEL, Tier.FIXED)
    if a.maybe("wrap", 0.5, "grip", "binding"):
        a.add(
            rod((0, 0, length * 0.45), (0, 0, length * 0.6), r * 1.18, a.segments(r)),
            "wrap",
            a.pick(LEATHERS),
            Tier.FIXED,
        )
    if a.maybe("tassel", 0.25, "ribbon"):
        tassel = rod((0, 0, length - 0.07), (0, 0, length - 0.2), r * 1.5, 8, r * 2.6)
        a.add(tassel, "tassel", (190, 30, 35), Tier.FIXED)


TEMPLATE = Template(
    "spear",
    build_spear,
    2.1,
    description="a long pole weapon with a sharp pointed metal head",
    synonyms=("lance", "javelin", "polearm", "assegai"),
    kinds=("hunting spear", "roman pilum", "pilum", "glaive", "halberd"),
    parts=("shaft", "head", "butt", "wrap", "tassel"),
    aliases={"tip": "head", "point": "head", "blade": "head", "pole": "shaft", "handle": "shaft"},
)
