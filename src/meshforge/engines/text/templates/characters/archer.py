"""An archer: a hooded green tunic, a quiver of arrows on the back and a longbow in hand."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import belt
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.gear import BRASS, LEATHERS, WOODS
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, rod
from meshforge.engines.text.kit.sweeps import tube

TUNICS: tuple[RGB, ...] = ((60, 110, 50), (45, 85, 45), (110, 80, 50), (120, 40, 40))
LEGGINGS: tuple[RGB, ...] = ((90, 70, 50), (60, 60, 55), (70, 90, 60))
FLETCH: RGB = (235, 235, 225)


def build_archer(a: Assembly) -> None:
    """A hooded tunic and belt, a quiver slung on the back, a tall bow held upright in the left."""
    f = build_figure(a, Outfit(top=TUNICS, bottom=LEGGINGS, shoes=LEATHERS, coat=0.3, pose="hold"))
    s = f.scale
    belt(a, f, LEATHERS, BRASS)
    if a.maybe("hood", 0.6, "hooded", "cowl"):
        hood = ellipsoid(
            (0.16 * s, 0.1 * s, 0.12 * s),
            a.segments(0.16 * s),
            (0, 0.11 * s, f.shoulder_z + 0.03 * s),
        )
        a.add(hood, "hood", f.top, Tier.FIXED)
    if a.wants("quiver"):
        base, top = (
            (0.08 * s, 0.14 * s, f.waist_z + 0.1 * s),
            (-0.12 * s, 0.16 * s, f.shoulder_z + 0.15 * s),
        )
        a.add(rod(base, top, 0.055 * s, 12), "quiver", LEATHERS, Tier.FIXED)
        for dx in (-0.02, 0.0, 0.02):
            a.add(
                cylinder(0.012 * s, 0.07 * s, 6, (top[0] + dx * s, top[1], top[2] - 0.01 * s)),
                "arrow",
                FLETCH,
                Tier.FIXED,
            )
    _right, left = f.hands
    if a.wants("bow"):
        lx, ly, lz = left
        limb = [
            (lx, ly, lz - 0.75 * s),
            (lx, ly - 0.12 * s, lz - 0.35 * s),
            (lx, ly - 0.02 * s, lz),
            (lx, ly - 0.12 * s, lz + 0.35 * s),
            (lx, ly, lz + 0.75 * s),
        ]
        a.add(tube(limb, 0.014 * s, 8), "bow", WOODS, Tier.FIXED)
        a.add(
            rod((lx, ly + 0.001, lz - 0.75 * s), (lx, ly + 0.001, lz + 0.75 * s), 0.003 * s, 6),
            "bow",
            FLETCH,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "archer",
    build_archer,
    1.9,
    description="a medieval archer in a green hooded tunic with a longbow and a quiver of arrows",
    synonyms=("archers", "bowman", "longbowman", "robin hood", "ranger"),
    kinds=("medieval archer", "hooded archer"),
    parts=(*FIGURE_PARTS, "belt", "buckle", "hood", "quiver", "arrow", "bow"),
    aliases={**FIGURE_ALIASES, "longbow": "bow", "arrows": "arrow", "tunic": "body"},
)
