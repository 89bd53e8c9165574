"""A dress as if on a dress form: a fitted bodice on shoulder straps and a flared skirt."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import lathe
from meshforge.engines.text.kit.sweeps import hoop, tube

DRESSES: tuple[RGB, ...] = (
    (200, 30, 45),
    (30, 30, 34),
    (60, 100, 190),
    (240, 160, 190),
    (245, 245, 240),
    (80, 150, 110),
    (250, 210, 90),
)


def build_dress(a: Assembly) -> None:
    """A dress as if on a dress form: a fitted bodice on shoulder straps and a flared skirt."""
    color = a.pick(DRESSES)
    long = a.mentions("long", "gown", "evening", "wedding", "maxi", "ball") or a.chance(0.35)
    hem_z = 0.0
    waist_z = a.vary(0.72 if long else 0.5, 0.05)
    bust_z = waist_z + 0.22
    hem_r = a.vary(0.42 if long else 0.3, 0.12)
    flat = 0.72  # the body is deeper side to side than front to back
    skirt = lathe(
        [
            (0.0, hem_z),
            (hem_r, hem_z),
            (hem_r * 0.93, hem_z + 0.03),
            (0.16, waist_z - 0.05),
            (0.13, waist_z + 0.02),
            (0.0, waist_z + 0.02),
        ],
        a.segments(hem_r),
    )
    a.add(skirt.scale((1.0, flat + 0.1, 1.0)), "skirt", color)
    bodice = lathe(
        [
            (0.0, waist_z - 0.02),
            (0.13, waist_z - 0.02),
            (0.15, waist_z + 0.1),
            (0.16, bust_z),
            (0.14, bust_z + 0.06),
            (0.0, bust_z + 0.06),
        ],
        a.segments(0.16),
    )
    a.add(bodice.scale((1.0, flat, 1.0)), "bodice", color)
    if a.maybe("sash", 0.5, "belt", "bow"):
        band = hoop(0.135, 0.018, a.segments(0.14), (0, 0, waist_z)).scale((1.0, flat, 1.0))
        a.add(band, "sash", a.pick(((245, 245, 240), (30, 30, 34), (230, 190, 80))), Tier.SECONDARY)
    if a.wants("strap"):
        for side in (-1, 1):
            # over the shoulder, from the front of the bodice to its back
            x = side * 0.09
            arc = [
                (x, -0.075 * flat * 1.4, bust_z + 0.03),
                (x * 1.1, 0.0, bust_z + 0.17),
                (x, 0.075 * flat * 1.4, bust_z + 0.03),
            ]
            a.add(tube(arc, 0.012, 8), "strap", color)


TEMPLATE = Template(
    "dress",
    build_dress,
    1.1,
    description="a woman's dress with a fitted bodice, shoulder straps and a flared skirt",
    synonyms=(
        "gown",
        "evening dress",
        "ball gown",
        "wedding dress",
        "sundress",
        "summer dress",
        "cocktail dress",
        "frock",
        "party dress",
    ),
    kinds=("maxi dress", "little black dress"),
    not_claimed=("dress shoe", "dress shirt"),
    parts=("skirt", "bodice", "sash", "strap"),
    aliases={"top": "bodice", "belt": "sash", "bow": "sash", "straps": "strap", "hem": "skirt"},
)
