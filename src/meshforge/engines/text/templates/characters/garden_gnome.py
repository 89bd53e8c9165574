"""A garden gnome: a stubby figure with a tall red pointed hat, a white beard and a round belly."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    Outfit,
    beard,
    build_figure,
)
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, on_sphere, sphere

HATS: tuple[RGB, ...] = ((210, 35, 35), (200, 40, 40), (40, 90, 170), (60, 130, 60))
COATS: tuple[RGB, ...] = ((40, 90, 170), (60, 130, 60), (200, 150, 40))
BEARD: RGB = (245, 245, 240)
CHEEK: RGB = (240, 160, 140)


def build_garden_gnome(a: Assembly) -> None:
    """A garden gnome: a stubby figure with a tall pointed hat, a white beard and a belly."""
    f = build_figure(
        a,
        Outfit(
            top=COATS,
            bottom=(90, 60, 40),
            shoes=(70, 45, 30),
            hair=None,
            pose="hold",
            girth=1.5,
            height=0.45,
            head_size=1.5,
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    a.add(
        ellipsoid(
            (0.22 * s, 0.18 * s, 0.2 * s), a.segments(0.2 * s), (0, -0.03 * s, f.waist_z + 0.15 * s)
        ),
        "body",
        COATS,
    )
    if a.wants("beard"):
        beard(a, f, BEARD, a.between(1.2, 1.6))
    a.add(sphere(r * 0.22, 16, on_sphere(f.head, r, 0, -5, r * 0.1)), "nose", CHEEK, Tier.FIXED)
    if a.wants("hat"):
        hat_h = r * a.between(2.2, 2.9)
        a.add(
            cylinder(r * 1.05, hat_h, a.segments(r), (hx, hy, hz + r * 0.2), r * 0.05),
            "hat",
            HATS,
            Tier.SECONDARY,
        )
    a.add(cylinder(0.28 * s, 0.04 * s, 24), "base", (110, 150, 80), Tier.FIXED)


TEMPLATE = Template(
    "garden gnome",
    build_garden_gnome,
    0.45,
    description="a small garden ornament of a bearded gnome in a tall pointed red hat",
    synonyms=("gnome", "lawn gnome", "gnomes", "garden gnomes", "yard gnome"),
    kinds=("christmas gnome", "gnome statue"),
    parts=(*FIGURE_PARTS, "hat", "beard", "nose", "base"),
    aliases={**FIGURE_ALIASES, "cap": "hat", "belly": "body", "coat": "body"},
)
