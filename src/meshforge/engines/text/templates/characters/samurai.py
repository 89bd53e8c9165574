"""A samurai: lacquered armour with broad shoulder plates, a horned kabuto helmet and a katana."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import belt
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.gear import STEEL
from meshforge.engines.text.kit.solids import box, capsule, dome, rod
from meshforge.engines.text.kit.sweeps import tube

LACQUERS: tuple[RGB, ...] = ((160, 30, 35), (30, 30, 35), (40, 60, 110), (120, 90, 40))
TRIM: RGB = (215, 170, 70)
HAKAMA: tuple[RGB, ...] = ((40, 40, 50), (70, 60, 90), (90, 60, 45))


def build_samurai(a: Assembly) -> None:
    """A samurai: lacquered armour with broad shoulder plates, a horned helmet and a katana."""
    armour = a.pick(LACQUERS)
    f = build_figure(
        a, Outfit(top=armour, bottom=HAKAMA, hair=None, coat=0.45, pose="hold", girth=1.1)
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    belt(a, f, TRIM, TRIM, 1.15)
    for side in (-1, 1):
        plate = box((0.2 * s, 0.26 * s, 0.16 * s)).rotate((0, side * 25, 0))
        a.add(
            plate.translate((side * 0.29 * s, 0, f.shoulder_z - 0.04 * s)), "shoulder guard", armour
        )
        for k in range(2):
            band = box((0.21 * s, 0.27 * s, 0.015 * s)).rotate((0, side * 25, 0))
            z = f.shoulder_z - 0.08 * s + k * 0.05 * s
            a.add(band.translate((side * (0.3 + 0.02 * k) * s, 0, z)), "trim", TRIM, Tier.FIXED)
    if a.wants("helmet"):
        a.add(
            dome((r * 1.15, r * 1.15, r * 1.05), a.segments(r), (hx, hy, hz + r * 0.1)),
            "helmet",
            armour,
        )
        flare = Manifold.batch_hull(
            [
                box((r * 2.6, r * 2.2, 0.02 * s), (hx, hy + r * 0.35, hz - r * 0.2)),
                box((r * 2.0, r * 1.6, 0.02 * s), (hx, hy + r * 0.1, hz + r * 0.25)),
            ]
        )
        a.add(flare, "helmet", armour)
        for side in (-1, 1):
            horn = tube(
                [
                    (hx, hy - r * 1.0, hz + r * 0.6),
                    (hx + side * r * 0.5, hy - r * 1.1, hz + r * 1.2),
                    (hx + side * r * 0.9, hy - r * 1.05, hz + r * 1.9),
                ],
                r * 0.09,
                10,
                r * 0.03,
            )
            a.add(horn, "crest", TRIM, Tier.FIXED)
        a.add(
            box((r * 0.4, r * 0.3, r * 0.5), (hx, hy - r * 0.95, hz + r * 0.55)),
            "crest",
            TRIM,
            Tier.FIXED,
        )
    right, _left = f.hands
    if a.wants("katana"):
        tip = (right[0] - 0.05 * s, right[1] - 0.55 * s, right[2] + 0.85 * s)
        a.add(
            capsule(right, (right[0], right[1] + 0.05 * s, right[2] - 0.2 * s), 0.022 * s, 8),
            "katana",
            (30, 30, 32),
            Tier.FIXED,
        )
        a.add(rod(right, tip, 0.012 * s, 6, 0.004 * s), "katana", STEEL, Tier.FIXED)
        a.add(
            rod(
                (right[0], right[1] - 0.01 * s, right[2] + 0.05 * s),
                (right[0], right[1] - 0.02 * s, right[2] + 0.07 * s),
                0.04 * s,
                12,
            ),
            "katana",
            TRIM,
            Tier.FIXED,
        )
    a.add(
        rod(
            (0.2 * s, 0.1 * s, f.waist_z + 0.04 * s),
            (0.26 * s, -0.45 * s, f.waist_z - 0.12 * s),
            0.02 * s,
            8,
        ),
        "scabbard",
        (30, 30, 32),
        Tier.FIXED,
    )


TEMPLATE = Template(
    "samurai",
    build_samurai,
    1.95,
    description="a Japanese samurai warrior in lacquered armour and horned helmet with a katana",
    synonyms=("samurai warrior", "ronin", "shogun", "samurais", "japanese warrior"),
    kinds=("daimyo", "samurai armor"),
    parts=(
        *FIGURE_PARTS,
        "helmet",
        "crest",
        "shoulder guard",
        "trim",
        "katana",
        "scabbard",
        "belt",
        "buckle",
    ),
    aliases={
        **FIGURE_ALIASES,
        "armor": "body",
        "armour": "body",
        "sword": "katana",
        "kabuto": "helmet",
        "horns": "crest",
    },
)
