"""A churro: a long star-ridged stick of fried dough rolled in cinnamon sugar, gently bent,
maybe with a cup of chocolate to dip it in."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CHOCOLATE
from meshforge.engines.text.kit.solids import cylinder, vessel
from meshforge.engines.text.kit.vegetables import lying

FRIED: tuple[RGB, ...] = ((200, 135, 65), (210, 150, 75), (190, 125, 60))
CUP: RGB = (245, 244, 238)


def build_churro(a: Assembly) -> None:
    """A churro: a long star-ridged stick of fried dough, bent a little, maybe with a dip."""
    length, radius = a.vary(0.2, 0.1), a.vary(0.011, 0.08)

    def radius_at(z: float) -> float:
        # round cut ends, the same girth all along between them
        end = min(z, length - z) / (radius * 1.2)
        return radius * min(1.0, 0.55 + 0.45 * end)

    ridges = a.pick((6, 7, 8))
    stick = lying(radius_at, length, max(ridges * 8, a.segments(radius)), ridges, 0.14, rise=0.0)
    yaw = a.between(-30, 30)
    a.add(stick.translate((0, 0, radius * 0.95)).rotate((0, 0, yaw)), "dough", FRIED)
    if a.maybe("dip", 0.35, "chocolate", "sauce"):
        # a cup of chocolate pressed against the churro's side, so that they are one piece
        r = length * 0.17
        at = (length * 0.1, -(r * 0.86 + radius * 0.4), 0.0)
        cup = vessel([(r * 0.85, 0.0), (r, r * 1.2)], 0.003, 0.004, a.segments(r)).translate(at)
        a.add(cup.rotate((0, 0, yaw)), "cup", CUP, Tier.SECONDARY)
        sauce = cylinder(r * 0.9, r * 1.0, a.segments(r), (at[0], at[1], 0.004))
        a.add(sauce.rotate((0, 0, yaw)), "dip", CHOCOLATE, Tier.FIXED)


TEMPLATE = Template(
    "churro",
    build_churro,
    0.03,
    description="a long ridged stick of fried dough coated in cinnamon sugar",
    synonyms=("churros", "spanish doughnut"),
    kinds=("churro stick", "churros con chocolate"),
    parts=("dough", "cup", "dip"),
    aliases={"sugar": "dough", "pastry": "dough", "chocolate": "dip", "sauce": "dip"},
)
