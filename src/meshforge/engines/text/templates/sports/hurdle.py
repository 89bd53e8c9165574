"""A track hurdle: a striped crossbar on two uprights, each on an L-shaped foot."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod

METAL: RGB = (200, 202, 208)
BARS: tuple[RGB, ...] = ((245, 245, 240), (250, 200, 30))
STRIPES: tuple[RGB, ...] = ((30, 30, 34), (220, 40, 35))


def build_hurdle(a: Assembly) -> None:
    """A striped crossbar on two uprights, each on an L-shaped foot."""
    width, height = a.vary(1.18, 0.03), a.vary(0.9, 0.12)
    bar_h = 0.07
    for sx in (-1, 1):
        x = sx * (width / 2 - 0.02)
        a.add(rod((x, 0, 0.02), (x, 0, height), 0.018, 10), "upright", METAL)
        a.add(box((0.04, 0.7, 0.04), (x, 0.33, 0.02)), "foot", METAL)
    a.add(box((width, 0.02, bar_h), (0, -0.02, height - bar_h / 2)), "bar", BARS, Tier.SECONDARY)
    stripe = a.pick(STRIPES)
    for k in range(5):
        x = -width / 2 + width * (k + 0.5) / 5
        a.add(
            box((width * 0.1, 0.024, bar_h * 0.98), (x, -0.02, height - bar_h / 2)),
            "stripe",
            stripe,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "hurdle",
    build_hurdle,
    0.9,
    description="a track and field hurdle: a striped crossbar on two legs that runners jump over",
    synonyms=("hurdles", "track hurdle", "athletics hurdle"),
    parts=("upright", "foot", "bar", "stripe"),
    aliases={"legs": "upright", "crossbar": "bar", "board": "bar", "stripes": "stripe"},
)
