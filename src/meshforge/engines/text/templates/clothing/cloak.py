"""A hooded cloak standing as if worn by someone unseen: a long flared mantle, a hood, a clasp."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import GOLD, SILVER
from meshforge.engines.text.kit.solids import box, ellipsoid, lathe, subtract
from meshforge.engines.text.kit.sweeps import front_disc

CLOAKS: tuple[RGB, ...] = ((40, 40, 45), (120, 30, 35), (60, 80, 50), (90, 70, 50), (40, 50, 90))


def build_cloak(a: Assembly) -> None:
    """A flared mantle from the shoulders to the floor, open at the front, a hood and a clasp."""
    h = a.vary(1.5, 0.06)
    hem = a.vary(0.45, 0.12)
    color = a.pick(CLOAKS)
    outer = [(0.0, 0.0), (hem, 0.0), (0.3, h * 0.6), (0.22, h - 0.06), (0.09, h), (0.0, h)]
    mantle = lathe(outer, a.segments(hem)).scale((1.0, 0.7, 1.0))
    hollow = lathe(
        [(0.0, -0.01), (hem - 0.03, -0.01), (0.27, h * 0.6), (0.19, h - 0.08), (0.0, h - 0.06)],
        a.segments(hem),
    )
    # the front falls open below the chest: a narrow slit up from the hem
    slit = box((0.12, hem, h * 0.7), (0, -hem / 2, h * 0.35 - 0.01))
    a.add(subtract(mantle, hollow.scale((1.0, 0.66, 1.0)), slit), "cloak", color)
    hooded = not a.mentions("cape", "hoodless") and a.wants("hood")
    if hooded:
        hood = ellipsoid((0.15, 0.17, 0.19), a.segments(0.17), (0, 0.03, h + 0.1))
        opening = ellipsoid((0.11, 0.15, 0.15), a.segments(0.15), (0, -0.06, h + 0.08))
        a.add(subtract(hood, opening), "hood", color, Tier.SECONDARY)
    clasp = a.pick((GOLD, SILVER))
    a.add(front_disc(0.025, 0.014, 16, 0, h - 0.1, -0.2 * 0.7 - 0.005), "clasp", clasp, Tier.FIXED)


TEMPLATE = Template(
    "cloak",
    build_cloak,
    1.7,
    description="a long hooded cloak, a flowing mantle fastened at the neck with a clasp",
    synonyms=("cloaks", "hooded cloak", "cape", "capes", "travelling cloak", "traveling cloak"),
    kinds=("invisibility cloak", "elven cloak"),
    not_claimed=("cape cod", "cape town", "cape horn", "cape buffalo"),
    parts=("cloak", "hood", "clasp"),
    aliases={
        "cape": "cloak",
        "mantle": "cloak",
        "brooch": "clasp",
        "pin": "clasp",
        "body": "cloak",
    },
)
