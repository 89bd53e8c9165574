"""A miner: a hard hat with a head lamp, grimy overalls, boots and a pickaxe on the shoulder."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.gear import DARK_STEEL, LEATHERS, WOODS
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.sweeps import front_disc
from meshforge.engines.text.kit.workwear import hard_hat

OVERALLS: tuple[RGB, ...] = ((60, 70, 95), (95, 85, 70), (70, 70, 74), (200, 110, 40))
HATS: tuple[RGB, ...] = ((245, 200, 30), (240, 240, 236), (60, 62, 68))
LAMP: RGB = (255, 240, 180)


def build_miner(a: Assembly) -> None:
    """A hard hat with a lamp on its front, overalls, heavy boots and a pickaxe held up."""
    f = build_figure(
        a, Outfit(top=OVERALLS, bottom=OVERALLS, shoes=LEATHERS, pose="hold", girth=1.05)
    )
    s = f.scale
    if a.wants("hat"):
        spot = hard_hat(a, f, HATS)
        a.add(
            front_disc(
                f.head_r * 0.22, f.head_r * 0.25, 16, spot[0], spot[2] - f.head_r * 0.15, spot[1]
            ),
            "lamp",
            LAMP,
            Tier.FIXED,
        )
    right, _left = f.hands
    if a.wants("pickaxe"):
        top = (right[0], right[1] + 0.05 * s, right[2] + 0.55 * s)
        a.add(
            rod((right[0], right[1], right[2] - 0.15 * s), top, 0.016 * s, 8),
            "pickaxe",
            WOODS,
            Tier.FIXED,
        )
        head = box((0.04 * s, 0.5 * s, 0.04 * s), top)
        a.add(head, "pickaxe", DARK_STEEL, Tier.FIXED)


TEMPLATE = Template(
    "miner",
    build_miner,
    1.9,
    description="a coal miner in a hard hat with a head lamp, overalls and a pickaxe",
    synonyms=("miners", "coal miner", "gold miner", "mine worker", "prospector"),
    kinds=("mineworker",),
    parts=(*FIGURE_PARTS, "hat", "lamp", "pickaxe"),
    aliases={
        **FIGURE_ALIASES,
        "hard hat": "hat",
        "helmet": "hat",
        "light": "lamp",
        "pick": "pickaxe",
        "overalls": "body",
    },
)
