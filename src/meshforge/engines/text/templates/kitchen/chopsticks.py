"""A pair of chopsticks lying side by side, tips resting on a small rest now and then."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, rod

#: bamboo, dark and red lacquer, steel
STICKS: tuple[RGB, ...] = (
    (215, 185, 125),
    (200, 165, 105),
    (35, 30, 30),
    (160, 35, 35),
    (200, 202, 206),
)
RESTS: tuple[RGB, ...] = ((245, 244, 238), (60, 100, 170), (90, 140, 110))


def build_chopsticks(a: Assembly) -> None:
    """A pair of chopsticks lying side by side, tips resting on a small rest now and then."""
    length = a.vary(0.23, 0.08)
    color = a.pick(STICKS)
    butt_r, tip_r = a.vary(0.0042, 0.1), 0.0017
    rest = a.maybe("rest", 0.5, "holder")
    tip_z = 0.014 if rest else tip_r
    banded = a.maybe("band", 0.4, "decorated")
    band_color = a.pick(RESTS)
    # the tips (at -X) closer together than the butts; without a rest to join them they meet
    # at the tips, as a pair laid down together does, so the model stays one body
    tip_y = 0.008 if rest else tip_r * 0.6
    for side in (-1, 1):
        butt = (length / 2, side * 0.014, butt_r)
        tip = (-length / 2, side * tip_y, tip_z)
        stick = rod(butt, tip, butt_r, 8, tip_r)  # eight sides: squarish, like lacquered sticks
        a.add(stick, "chopstick", color)
        if banded:
            along = tuple(b + (t - b) * 0.2 for b, t in zip(butt, tip, strict=True))
            band = rod(butt, (along[0], along[1], along[2]), butt_r * 1.06, 8, butt_r * 0.98)
            a.add(band, "band", band_color, Tier.SECONDARY)
    if rest:  # a little ceramic rest under the tips
        x = -length / 2 + length * 0.12
        block = capsule((x, -0.022, 0.006), (x, 0.022, 0.006), 0.006, 12)
        a.add(block, "rest", a.pick(RESTS), Tier.SECONDARY)
        a.add(box((0.01, 0.036, 0.004), (x, 0, 0.002)), "rest", a.pick(RESTS), Tier.SECONDARY)


TEMPLATE = Template(
    "chopsticks",
    build_chopsticks,
    0.02,
    description="a pair of thin sticks for eating east asian food",
    synonyms=("chopstick", "pair of chopsticks", "hashi", "wooden chopsticks"),
    parts=("chopstick", "band", "rest"),
    aliases={"stick": "chopstick", "sticks": "chopstick", "holder": "rest"},
)
