"""A brownie: a thick square of dark fudgy chocolate cake with a crackled, shiny top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import golden_points
from meshforge.engines.text.kit.solids import ellipsoid, rounded_box, union
from meshforge.engines.text.kit.vegetables import lumps

FUDGE: tuple[RGB, ...] = ((75, 45, 30), (65, 40, 28), (85, 52, 35))
CRUST: RGB = (95, 60, 40)
WALNUT: RGB = (170, 130, 85)
BLONDIE: RGB = (200, 160, 95)


def build_brownie(a: Assembly) -> None:
    """A brownie: a thick square of dark fudgy cake with a crackled top."""
    side, thick = a.vary(0.06, 0.08), a.vary(0.028, 0.1)
    blondie = a.mentions("blondie")
    body = rounded_box((side, side * a.vary(1.0, 0.06), thick), thick * 0.12, 8, (0, 0, thick / 2))
    yaw = a.between(-20, 20)
    body = body.rotate((0, 0, yaw))
    a.add(body, "cake", BLONDIE if blondie else FUDGE)
    if a.wants("crust"):
        # the crackled crust: a thin lumpy skin over the top, a shade lighter and glossy
        skin = rounded_box((side * 0.94, side * 0.94, thick * 0.2), thick * 0.08, 8)
        skin = skin.refine(4).warp_batch(lumps(a, 0.05, 120.0))
        skin = skin.rotate((0, 0, yaw)).translate((0, 0, thick * 0.95))
        a.add(skin, "crust", BLONDIE if blondie else CRUST, Tier.SECONDARY)
    if a.maybe("nut", 0.3, "walnut", "walnuts", "nuts"):
        bits = [
            ellipsoid(
                (side * 0.06, side * 0.045, side * 0.03),
                10,
                (side * 0.6 * (fraction - 0.5), side * 0.35 * (angle / 3.2 - 1), thick * 1.05),
            )
            for angle, fraction in golden_points(7)
        ]
        a.add(union(bits).rotate((0, 0, yaw)), "nut", WALNUT, Tier.FIXED)


TEMPLATE = Template(
    "brownie",
    build_brownie,
    0.03,
    description="a thick square of dense dark chocolate cake with a crackled top",
    synonyms=("brownies", "chocolate brownie", "fudge brownie", "blondie"),
    kinds=("brownie square", "walnut brownie", "chocolate fudge"),
    parts=("cake", "crust", "nut"),
    aliases={"top": "crust", "nuts": "nut", "walnut": "nut", "walnuts": "nut", "chocolate": "cake"},
)
