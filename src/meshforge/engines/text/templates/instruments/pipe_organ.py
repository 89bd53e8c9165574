"""A pipe organ: a wooden case with a fan of tall metal pipes and a console of keyboards."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import GOLD, SILVER
from meshforge.engines.text.kit.instruments import keyboard
from meshforge.engines.text.kit.solids import box, cylinder, union

CASES = ((95, 55, 30), (70, 40, 25), (130, 85, 45), (235, 230, 215))


def build_pipe_organ(a: Assembly) -> None:
    """A tall case, a rank of pipes longest in the middle, a console with two keyboards in front."""
    w, d = a.vary(1.6, 0.1), a.vary(0.7, 0.08)
    h = a.vary(2.6, 0.1)
    wood = a.pick(CASES)
    a.add(box((w, d, h * 0.45), (0, 0, h * 0.225)), "case", wood)
    count = a.count("pipe", 11, 5, 21)
    pitch = w * 0.9 / count
    metal = a.pick((SILVER, GOLD))
    pipes = []
    for k in range(count):
        x = -w * 0.45 + pitch * (k + 0.5)
        middle = 1.0 - abs(k - (count - 1) / 2) / ((count - 1) / 2 + 0.5)
        length = h * (0.25 + 0.3 * middle)
        r = pitch * 0.42
        pipes.append(cylinder(r, length, 16, (x, -d * 0.25, h * 0.45 - 0.01)))
        pipes.append(cylinder(r, 0.06, 16, (x, -d * 0.25, h * 0.45 - 0.05), r * 0.3))
    a.add(union(pipes), "pipe", metal, Tier.SECONDARY)
    a.add(box((w, d * 0.6, 0.06), (0, d * 0.1, h * 0.45 + 0.02)), "case", wood)
    # the console juts out of the case's front: two stepped tiers, each carrying a keyboard
    front = -d / 2
    for k in range(2):
        depth = 0.5 - 0.12 * k
        top = 0.76 + 0.08 * k
        tier = box((w * 0.6, depth + 0.02, top), (0, front - depth / 2 + 0.01, top / 2))
        a.add(tier, "console", wood)
        keyboard(a, w * 0.5, 0.11, top + 0.019, front - depth)
    a.add(box((w * 0.6, 0.2, 0.3), (0, front - 0.09, 0.98)), "console", wood)


TEMPLATE = Template(
    "pipe organ",
    build_pipe_organ,
    2.6,
    description="a church pipe organ with rows of tall metal pipes above a keyboard console",
    synonyms=("church organ", "organ", "pipe organs", "cathedral organ"),
    kinds=("theatre organ",),
    not_claimed=("mouth organ", "organ grinder", "barrel organ"),
    parts=("case", "pipe", "console", "key", "black key"),
    aliases={"pipes": "pipe", "keys": "key", "keyboard": "key", "body": "case"},
)
