"""A toothbrush: a long slim plastic handle with a rubber grip and a head of bristle tufts."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import capsule, cylinder, rounded_box

BRISTLES: tuple[RGB, ...] = ((245, 245, 245), (120, 190, 240), (245, 245, 245))


def build_toothbrush(a: Assembly) -> None:
    """A toothbrush: a long slim plastic handle with a rubber grip and a head of bristle tufts."""
    length = a.vary(0.19, 0.06)
    color = a.pick(BRIGHTS)
    # lying on its back along X, bristles up, head at -X
    r = 0.006
    a.add(
        capsule((-length * 0.28, 0, r), (length / 2, 0, r * 1.6), r, 12, r * 1.4), "handle", color
    )
    head = rounded_box((length * 0.16, 0.013, 0.006), 0.003, 8, (-length * 0.38, 0, r * 0.9))
    a.add(head, "head", color)
    if a.wants("grip"):
        a.add(
            capsule(
                (length * 0.05, 0, r * 1.3), (length * 0.3, 0, r * 1.45), r * 1.12, 12, r * 1.45
            ),
            "grip",
            a.pick((*BRISTLES[1:2], (245, 245, 245))),
            Tier.SECONDARY,
        )
    bristle = a.pick(BRISTLES)
    for i in range(6):
        for j in (-1, 0, 1):
            x = -length * 0.45 + i * length * 0.026
            a.add(
                cylinder(0.0022, 0.011, 6, (x, j * 0.0038, r * 0.9)), "bristle", bristle, Tier.FIXED
            )


TEMPLATE = Template(
    "toothbrush",
    build_toothbrush,
    0.02,
    description="a small brush with a long handle for brushing your teeth",
    synonyms=("tooth brush", "electric toothbrush", "manual toothbrush", "kids toothbrush"),
    kinds=("bamboo toothbrush", "travel toothbrush"),
    parts=("handle", "head", "grip", "bristle"),
    aliases={"bristles": "bristle", "brush": "bristle"},
)
