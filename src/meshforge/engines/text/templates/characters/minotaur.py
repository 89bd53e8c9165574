"""A minotaur: a hulking man's body with a bull's head and horns, a nose ring and a double axe."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.gear import STEEL, WOODS
from meshforge.engines.text.kit.solids import ellipsoid, rod, sphere
from meshforge.engines.text.kit.sweeps import face_prism, hoop, tube

HIDES: tuple[RGB, ...] = ((110, 70, 45), (70, 50, 40), (140, 100, 70), (40, 35, 32))
HORN: RGB = (235, 225, 200)
LOINCLOTH: tuple[RGB, ...] = ((120, 80, 45), (60, 50, 40), (140, 40, 35))
GOLD: RGB = (215, 170, 60)


def build_minotaur(a: Assembly) -> None:
    """A minotaur: a hulking man's body with a bull's head and horns, a nose ring and an axe."""
    hide = a.pick(HIDES)
    f = build_figure(
        a,
        Outfit(
            top=hide,
            bottom=LOINCLOTH,
            skin=hide,
            hair=None,
            shoes=(45, 40, 38),
            pose="hold",
            girth=1.35,
            height=1.12,
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    a.add(
        ellipsoid((r * 0.6, r * 0.8, r * 0.55), a.segments(r), (hx, hy - r * 0.85, hz - r * 0.3)),
        "muzzle",
        hide,
    )
    a.add(
        ellipsoid((r * 0.52, r * 0.3, r * 0.4), 16, (hx, hy - r * 1.5, hz - r * 0.4)),
        "nose",
        (60, 45, 40),
        Tier.FIXED,
    )
    a.add(
        hoop(r * 0.2, r * 0.04, 16).rotate((90, 0, 0)).translate((hx, hy - r * 1.6, hz - r * 0.75)),
        "nose ring",
        GOLD,
        Tier.FIXED,
    )
    for side in (-1, 1):
        horn = tube(
            [
                (hx + side * r * 0.7, hy, hz + r * 0.5),
                (hx + side * r * 1.5, hy - r * 0.1, hz + r * 0.7),
                (hx + side * r * 1.9, hy - r * 0.3, hz + r * 1.4),
            ],
            r * 0.22,
            12,
            r * 0.05,
        )
        a.add(horn, "horn", HORN, Tier.FIXED)
        a.add(
            ellipsoid(
                (r * 0.35, r * 0.12, r * 0.18),
                12,
                (hx + side * r * 1.0, hy + r * 0.1, hz + r * 0.1),
            ),
            "ear",
            hide,
        )
    right, _left = f.hands
    if a.wants("axe"):
        top = (right[0], right[1], right[2] + 0.7 * s)
        a.add(
            rod((right[0], right[1], right[2] - 0.3 * s), top, 0.025 * s, 8),
            "axe",
            WOODS,
            Tier.FIXED,
        )
        for side in (-1, 1):
            blade = face_prism(
                [(0.0, -0.12 * s), (0.22 * s, -0.2 * s), (0.22 * s, 0.2 * s), (0.0, 0.12 * s)],
                0.02 * s,
            )
            a.add(
                (blade if side > 0 else blade.mirror((1, 0, 0))).translate(
                    (top[0], top[1], top[2] - 0.12 * s)
                ),
                "axe",
                STEEL,
                Tier.FIXED,
            )
        a.add(sphere(0.04 * s, 12, top), "axe", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "minotaur",
    build_minotaur,
    2.3,
    description="a mythical monster with a man's muscular body and a bull's horned head",
    synonyms=("minotaurs", "bull man", "bull headed man", "half man half bull"),
    kinds=("labyrinth minotaur",),
    parts=(*FIGURE_PARTS, "muzzle", "nose", "nose ring", "horn", "ear", "axe"),
    aliases={
        **FIGURE_ALIASES,
        "horns": "horn",
        "snout": "muzzle",
        "ring": "nose ring",
        "fur": "body",
        "weapon": "axe",
    },
)
