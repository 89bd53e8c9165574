"""A game controller: a winged pad with two thumbsticks, a D-pad and four face buttons."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, union

BODIES: tuple[RGB, ...] = ((35, 35, 38), (240, 240, 240), (60, 90, 170), (200, 40, 45))
FACE: tuple[RGB, ...] = ((80, 200, 90), (220, 50, 50), (60, 120, 230), (240, 200, 40))


def build_game_controller(a: Assembly) -> None:
    """A game controller: a winged pad with two thumbsticks, a D-pad and four face buttons."""
    width, depth, thick = a.vary(0.155, 0.06), a.vary(0.065, 0.08), a.vary(0.03, 0.08)
    color = a.pick(BODIES)
    centre = ellipsoid((width * 0.38, depth * 0.5, thick / 2), a.segments(depth), (0, 0, thick / 2))
    grips = [
        Manifold.batch_hull(
            [
                ellipsoid(
                    (depth * 0.32, depth * 0.35, thick * 0.55),
                    a.segments(depth),
                    (side * width * 0.3, 0, thick / 2),
                ),
                ellipsoid(
                    (depth * 0.28, depth * 0.3, thick * 0.5),
                    a.segments(depth),
                    (side * width * 0.42, depth * 0.55, thick * 0.45),
                ),
            ]
        )
        for side in (-1, 1)
    ]
    a.add(union([centre, *grips]), "body", color)
    top = thick
    for x, y in ((-width * 0.12, depth * 0.12), (width * 0.12, depth * 0.12)):
        a.add(
            cylinder(0.006, 0.012, 12, (x, y, top - 0.006)), "thumbstick", BLACK_PLASTIC, Tier.FIXED
        )
        a.add(
            cylinder(0.011, 0.004, 16, (x, y, top + 0.005)), "thumbstick", (60, 60, 64), Tier.FIXED
        )
    dx, dy = -width * 0.27, -depth * 0.05
    a.add(
        union(
            [
                box((0.022, 0.007, 0.006), (dx, dy, top - 0.002)),
                box((0.007, 0.022, 0.006), (dx, dy, top - 0.002)),
            ]
        ),
        "dpad",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    bx, by = width * 0.27, -depth * 0.05
    for (ox, oy), rgb in zip(((0, 0.009), (0.009, 0), (0, -0.009), (-0.009, 0)), FACE, strict=True):
        a.add(
            cylinder(0.0045, 0.006, 12, (bx + ox, by + oy, top - 0.004)), "button", rgb, Tier.FIXED
        )


TEMPLATE = Template(
    "game controller",
    build_game_controller,
    0.04,
    description="a handheld video game controller with thumbsticks and buttons",
    synonyms=(
        "gamepad",
        "controller",
        "joypad",
        "video game controller",
        "xbox controller",
        "playstation controller",
        "ps5 controller",
    ),
    kinds=("joystick", "console controller"),
    not_claimed=("air traffic controller", "flight controller"),
    parts=("body", "thumbstick", "dpad", "button"),
    aliases={"stick": "thumbstick", "d-pad": "dpad"},
)
