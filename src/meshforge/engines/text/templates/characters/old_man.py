"""An old man stooping on a cane: white hair, glasses, a cardigan; an old woman with a bun on
request."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import GREY_HAIRS, bun
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    Outfit,
    beard,
    build_figure,
)
from meshforge.engines.text.kit.solids import capsule, rod
from meshforge.engines.text.kit.sweeps import hoop

CARDIGANS: tuple[RGB, ...] = (
    (120, 90, 70),
    (90, 100, 80),
    (140, 60, 50),
    (110, 110, 120),
    (200, 190, 160),
)
SLACKS: tuple[RGB, ...] = ((80, 75, 70), (120, 110, 95), (60, 60, 70))
DRESSES: tuple[RGB, ...] = ((120, 80, 130), (70, 90, 130), (140, 70, 80))
CANE: RGB = (95, 60, 35)
FRAME: RGB = (60, 55, 50)


def build_old_man(a: Assembly) -> None:
    """An old man stooping on a cane: white hair, glasses and a cardigan."""
    woman = a.mentions("woman", "lady", "grandmother", "granny", "grandma")
    hair = a.pick(GREY_HAIRS)
    f = build_figure(
        a,
        Outfit(
            top=CARDIGANS,
            bottom=DRESSES if woman else SLACKS,
            hair=hair,
            dress=woman,
            pose="hold",
            girth=a.vary(1.05, 0.05),
            height=0.95,
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    if woman:
        bun(a, f, hair)
    elif a.maybe("beard", 0.4, "bearded"):
        beard(a, f, hair, 0.6)
    if a.maybe("glasses", 0.7, "spectacles"):
        for side in (-1, 1):
            lens = hoop(r * 0.24, r * 0.04, 16).rotate((90, 0, 0))
            a.add(
                lens.translate((hx + side * r * 0.32, hy - r * 0.93, hz + r * 0.1)),
                "glasses",
                FRAME,
                Tier.FIXED,
            )
        a.add(
            rod(
                (hx - r * 0.1, hy - r * 0.95, hz + r * 0.1),
                (hx + r * 0.1, hy - r * 0.95, hz + r * 0.1),
                r * 0.03,
                6,
            ),
            "glasses",
            FRAME,
            Tier.FIXED,
        )
    right, _left = f.hands
    if a.wants("cane"):
        top = (right[0], right[1], right[2] + 0.02 * s)
        a.add(
            rod(top, (right[0] - 0.02 * s, right[1] - 0.12 * s, 0.0), 0.014 * s, 8),
            "cane",
            CANE,
            Tier.FIXED,
        )
        a.add(
            capsule(top, (right[0] + 0.09 * s, right[1], right[2] + 0.04 * s), 0.016 * s, 8),
            "cane",
            CANE,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "old man",
    build_old_man,
    1.65,
    description="an elderly grey-haired man with glasses in a cardigan, leaning on a walking cane",
    synonyms=(
        "old woman",
        "elderly man",
        "elderly woman",
        "old lady",
        "old person",
        "elderly person",
        "senior citizen",
        "pensioner",
        "old guy",
        "elderly lady",
    ),
    kinds=("old grandpa", "old granny", "old timer", "retiree"),
    parts=(*FIGURE_PARTS, "glasses", "cane", "beard"),
    aliases={
        **FIGURE_ALIASES,
        "walking stick": "cane",
        "stick": "cane",
        "cardigan": "body",
        "spectacles": "glasses",
    },
)
