"""A rifle shown in profile: a wooden stock, a steel action and a long barrel, often a scope."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, DARK_STEEL, WOODS, side_plate
from meshforge.engines.text.kit.solids import rod
from meshforge.engines.text.kit.sweeps import tube


def build_rifle(a: Assembly) -> None:
    """A rifle shown in profile: a wooden stock, a steel action and a long barrel, often a scope."""
    length = a.vary(1.1, 0.06)
    modern = a.mentions("assault", "sniper", "tactical", "black") or a.chance(0.25)
    wood = BLACK if modern else a.pick(WOODS)
    # drawn in the side view (y along the gun, z up) with the muzzle to -Y, stood on its edge
    # and turned so that its profile, which is what makes a gun read, faces a three-quarter view
    butt_y = length / 2
    grip_y = butt_y - length * 0.3
    stock = [
        (butt_y, 0.0),
        (butt_y, 0.16),
        (grip_y, 0.2),
        (grip_y - length * 0.05, 0.22),
        (-length * 0.12, 0.22),
        (-length * 0.15, 0.17),
        (grip_y - length * 0.06, 0.14),
        (grip_y - 0.02, 0.1),
        (butt_y - 0.12, 0.05),
    ]
    parts = [(side_plate(stock, 0.045, 0.0, round_r=0.012), "stock", wood, Tier.PRIMARY)]
    action_z = 0.235
    parts.append(
        (
            rod((0, grip_y + 0.02, action_z), (0, -length * 0.1, action_z), 0.022, 12),
            "action",
            DARK_STEEL,
            Tier.FIXED,
        )
    )
    parts.append(
        (
            rod((0, -length * 0.05, action_z), (0, -length / 2 - 0.05, action_z), 0.011, 12),
            "barrel",
            DARK_STEEL,
            Tier.FIXED,
        )
    )
    trigger = tube(
        [(0, grip_y - 0.03, 0.17), (0, grip_y - 0.05, 0.13), (0, grip_y - 0.02, 0.1)], 0.005, 8
    )
    parts.append((trigger, "trigger", DARK_STEEL, Tier.FIXED))
    if a.maybe("scope", 0.6 if not modern else 0.8, "sniper", "telescopic"):
        parts.append(
            (
                rod(
                    (0, grip_y - 0.02, action_z + 0.07),
                    (0, -length * 0.12, action_z + 0.07),
                    0.02,
                    12,
                ),
                "scope",
                BLACK,
                Tier.FIXED,
            )
        )
        for y in (grip_y - 0.08, -length * 0.05):
            parts.append(
                (
                    rod((0, y, action_z), (0, y, action_z + 0.06), 0.01, 8),
                    "scope",
                    BLACK,
                    Tier.FIXED,
                )
            )
    if modern:
        parts.append(
            (
                side_plate(
                    [(-0.02, 0.2), (0.06, 0.2), (0.08, 0.06), (0.0, 0.06)], 0.04, 0.0, round_r=0.005
                ),
                "magazine",
                BLACK,
                Tier.FIXED,
            )
        )
    turn = -a.between(40, 60)
    for solid, part, color, tier in parts:
        a.add(
            solid.rotate((0, 0, turn)),
            part,
            color,
            tier,
        )


TEMPLATE = Template(
    "rifle",
    build_rifle,
    0.06,
    description="a long hunting rifle with a wooden stock, a steel barrel and a telescopic sight",
    synonyms=(
        "rifles",
        "hunting rifle",
        "sniper rifle",
        "shotgun",
        "musket",
        "long gun",
        "assault rifle",
        "machine gun",
        "carbine",
    ),
    kinds=("winchester", "lever action rifle"),
    parts=("stock", "action", "barrel", "trigger", "scope", "magazine"),
    aliases={"sight": "scope", "butt": "stock", "mag": "magazine", "muzzle": "barrel"},
)
