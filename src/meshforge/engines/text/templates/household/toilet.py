"""A toilet: a white pedestal bowl with a seat and lid, and a cistern at the back."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, rounded_box, subtract

PORCELAIN: RGB = (245, 245, 242)
SEATS: tuple[RGB, ...] = ((245, 245, 242), (30, 30, 32), (150, 105, 65))
CHROME: RGB = (205, 208, 214)


def build_toilet(a: Assembly) -> None:
    """A toilet: a white pedestal bowl with a seat and lid, and a cistern at the back."""
    rim_z, bowl_l, bowl_w = a.vary(0.4, 0.05), a.vary(0.48, 0.06), a.vary(0.36, 0.06)
    seg = a.segments(bowl_w / 2)
    foot = ellipsoid((bowl_w * 0.3, bowl_l * 0.33, 0.01), seg, (0, 0.04, 0.0))
    waist = ellipsoid((bowl_w * 0.32, bowl_l * 0.36, 0.01), seg, (0, 0.02, rim_z * 0.45))
    top = ellipsoid((bowl_w / 2, bowl_l / 2, 0.01), seg, (0, -0.02, rim_z - 0.01))
    pedestal = Manifold.batch_hull([foot, waist]) + Manifold.batch_hull([waist, top])
    basin = ellipsoid((bowl_w * 0.4, bowl_l * 0.4, rim_z * 0.45), seg, (0, -0.03, rim_z))
    a.add(subtract(pedestal.trim_by_plane((0, 0, 1), 0.0), basin), "bowl", PORCELAIN)
    seat_color = a.pick(SEATS)
    ring = ellipsoid((bowl_w / 2, bowl_l / 2, 0.015), seg, (0, -0.02, rim_z + 0.012))
    hole = ellipsoid((bowl_w * 0.32, bowl_l * 0.3, 0.05), seg, (0, -0.04, rim_z + 0.012))
    a.add(subtract(ring, hole), "seat", seat_color, Tier.SECONDARY)
    back = bowl_l / 2 - 0.02
    if a.wants("lid"):
        lid = ellipsoid((bowl_w / 2 * 0.98, bowl_l / 2 * 0.98, 0.012), seg)
        if a.chance(0.5) or a.mentions("open", "up"):
            lid = lid.rotate((-78, 0, 0)).translate(
                (0, back - 0.03, rim_z + 0.02 + bowl_l / 2 * 0.95)
            )
        else:
            lid = lid.translate((0, -0.02, rim_z + 0.03))
        a.add(lid, "lid", seat_color, Tier.SECONDARY)
    tank_w, tank_h = bowl_w * a.between(1.0, 1.2), a.vary(0.38, 0.1)
    a.add(
        rounded_box((bowl_w * 0.6, 0.14, rim_z * 0.5), 0.02, 8, (0, back - 0.02, rim_z * 0.7)),
        "bowl",
        PORCELAIN,
    )
    if a.wants("tank"):
        tank = rounded_box(
            (tank_w, 0.2, tank_h),
            0.02,
            a.segments(0.03),
            (0, back + 0.07, rim_z - 0.05 + tank_h / 2),
        )
        a.add(tank, "tank", PORCELAIN)
        a.add(
            rounded_box(
                (tank_w + 0.02, 0.22, 0.03), 0.01, 8, (0, back + 0.07, rim_z - 0.05 + tank_h + 0.01)
            ),
            "tank",
            PORCELAIN,
        )
        a.add(
            cylinder(0.02, 0.01, 12, (0, back + 0.07, rim_z - 0.05 + tank_h + 0.02)),
            "flush",
            CHROME,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "toilet",
    build_toilet,
    0.78,
    description="a white porcelain toilet with a seat, a lid and a cistern",
    synonyms=("loo", "lavatory", "water closet", "wc", "commode", "flush toilet", "toilet bowl"),
    kinds=("porcelain throne",),
    not_claimed=("toilet paper", "toilet roll", "toilet brush"),
    parts=("bowl", "seat", "lid", "tank", "flush"),
    aliases={"cistern": "tank", "button": "flush", "cover": "lid"},
)
