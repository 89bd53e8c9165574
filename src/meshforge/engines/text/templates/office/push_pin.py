"""A push pin lying on its side: a plastic grip with a flared head and a steel point."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import lathe

COLORS: tuple[RGB, ...] = (
    (220, 40, 45),
    (40, 90, 200),
    (250, 200, 40),
    (60, 160, 80),
    (240, 240, 235),
)
STEEL: RGB = (200, 204, 210)


def build_push_pin(a: Assembly) -> None:
    """A push pin standing on its head: the round grip below, the steel pin pointing up.

    Standing on the flat head is how a pin rests on a desk, and it shows the pin's point.
    A thumbtack ("drawing pin") is a flat disc with a short point instead.
    """
    scale = (5.0 if a.mentions("giant", "big", "large", "huge") else 1.0) * a.vary(1.0, 0.1)
    color = a.pick(COLORS)
    if a.mentions("thumbtack", "drawing", "tack"):
        disc = [
            (0.0, 0.0),
            (0.0055 * scale, 0.0),
            (0.0055 * scale, 0.0012 * scale),
            (0.0, 0.0016 * scale),
        ]
        a.add(lathe(disc, 32), "head", color)
        pin_base = 0.0014 * scale
        pin_len = 0.009 * scale
    else:
        grip = [
            (0.0, 0.0),
            (0.0055 * scale, 0.0),
            (0.0055 * scale, 0.002 * scale),
            (0.0028 * scale, 0.004 * scale),
            (0.0025 * scale, 0.01 * scale),
            (0.0038 * scale, 0.013 * scale),
            (0.0038 * scale, 0.0145 * scale),
            (0.0, 0.0145 * scale),
        ]
        a.add(lathe(grip, 32), "head", color)
        pin_base = 0.014 * scale
        pin_len = 0.01 * scale
    pin = [
        (0.0, pin_base),
        (0.0006 * scale, pin_base),
        (0.0006 * scale, pin_base + pin_len * 0.85),
        (0.0, pin_base + pin_len),
    ]
    a.add(lathe(pin, 12), "pin", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "push pin",
    build_push_pin,
    0.025,
    description="a push pin: a small pin with a coloured plastic head for a cork board",
    synonyms=("pushpin", "thumbtack", "thumb tack", "drawing pin", "map pin"),
    kinds=("corkboard pin", "notice board pin"),
    parts=("head", "pin"),
    aliases={"point": "pin", "needle": "pin", "grip": "head"},
)
