"""A rolling pin lying down: a long turned wooden barrel with a handle at each end."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WOODS, lathe_x


def build_rolling_pin(a: Assembly) -> None:
    """A rolling pin lying down: a long turned wooden barrel with a handle at each end."""
    barrel_l, r = a.vary(0.26, 0.1), a.vary(0.03, 0.1)
    handle_l = a.vary(0.08, 0.1) if a.wants("handle") else 0.0
    french = a.mentions("french", "tapered") or (handle_l > 0 and a.chance(0.2))
    edge = r * (0.6 if french else 0.92)
    barrel = [
        (0.0, 0.0),
        (edge, 0.0),
        (r, barrel_l * 0.25),
        (r, barrel_l * 0.75),
        (edge, barrel_l),
        (0.0, barrel_l),
    ]
    a.add(lathe_x(barrel, a.segments(r), (-barrel_l / 2, 0, r)), "barrel", WOODS)
    if handle_l > 0 and not french:
        for side in (-1, 1):
            knob = [
                (0.0, 0.0),
                (r * 0.3, 0.0),
                (r * 0.28, handle_l * 0.3),
                (r * 0.45, handle_l * 0.85),
                (r * 0.3, handle_l),
                (0.0, handle_l),
            ]
            start = (barrel_l / 2 - 0.003, 0, r) if side == 1 else (-barrel_l / 2 + 0.003, 0, r)
            solid = lathe_x(knob, a.segments(r * 0.5), (0, 0, 0))
            if side == -1:
                solid = solid.mirror((1, 0, 0))
            a.add(solid.translate(start), "handle", WOODS, Tier.SECONDARY)


TEMPLATE = Template(
    "rolling pin",
    build_rolling_pin,
    0.06,
    description="a wooden rolling pin for rolling out dough, with a handle at each end",
    synonyms=("rolling-pin", "french rolling pin", "pastry roller", "dough roller"),
    kinds=("baking pin",),
    parts=("barrel", "handle"),
    aliases={"roller": "barrel", "body": "barrel", "handles": "handle"},
)
