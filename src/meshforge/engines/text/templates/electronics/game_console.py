"""A games console: a sleek box standing on end or lying flat, with a light strip."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, front_knob
from meshforge.engines.text.kit.solids import box, ellipsoid, rounded_box, sphere
from meshforge.engines.text.kit.sweeps import tube

SHELLS: tuple[RGB, ...] = ((30, 30, 33), (240, 240, 238), (45, 48, 52))
GLOWS: tuple[RGB, ...] = ((60, 140, 250), (80, 230, 110), (250, 250, 250))


def build_game_console(a: Assembly) -> None:
    """A games console: a sleek box standing on end or lying flat, with a light strip and a
    controller."""
    shell = a.pick(SHELLS)
    glow = a.pick(GLOWS)
    long_side, thick, deep = a.vary(0.36, 0.1), a.vary(0.09, 0.15), a.vary(0.26, 0.1)
    upright = a.chance(0.5) and not a.mentions("flat", "lying")
    if upright:
        size = (thick, deep, long_side)
        a.add(
            box((thick * 1.6, deep * 0.7, 0.015), (0, 0, 0.0075)),
            "stand",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
        base = 0.012
    else:
        size = (long_side, deep, thick)
        base = 0.0
    body = rounded_box(size, 0.012, 12, (0, 0, base + size[2] / 2))
    a.add(body, "body", shell)
    front = -deep / 2
    # a glowing seam down the front and a disc slot
    if upright:
        strip = box((0.006, 0.006, long_side * 0.85), (0, front, base + long_side / 2))
        slot = box((0.004, 0.006, long_side * 0.4), (-thick * 0.3, front, base + long_side * 0.6))
    else:
        strip = box((long_side * 0.85, 0.006, 0.006), (0, front, thick * 0.5))
        slot = box((long_side * 0.4, 0.006, 0.004), (-long_side * 0.15, front, thick * 0.75))
    a.add(strip, "light", glow, Tier.FIXED)
    a.add(slot, "slot", BLACK_PLASTIC, Tier.FIXED)
    front_knob(
        a,
        0.006,
        0.004,
        thick * 0.25 if upright else long_side * 0.38,
        base + 0.03,
        front,
        glow,
        "button",
    )
    if a.maybe("controller", 0.6, "gamepad"):
        cx, cy = (thick / 2 + 0.1, front - 0.06) if upright else (0.0, front - 0.1)
        pad = Manifold.batch_hull(
            [
                ellipsoid((0.04, 0.035, 0.018), 16, (cx + sx * 0.045, cy + 0.012, 0.02))
                for sx in (-1, 1)
            ]
            + [
                ellipsoid((0.03, 0.035, 0.016), 16, (cx + sx * 0.055, cy - 0.025, 0.018))
                for sx in (-1, 1)
            ]
        )
        a.add(pad, "controller", shell, Tier.SECONDARY)
        for sx in (-1, 1):
            a.add(
                sphere(0.009, 10, (cx + sx * 0.035, cy, 0.038)),
                "controller",
                BLACK_PLASTIC,
                Tier.FIXED,
            )
        # its cable runs along the floor into the console, so the two are one piece
        back_x = 0.0 if upright else cx
        cable = [
            (cx, cy + 0.04, 0.015),
            (cx * 0.6 + back_x * 0.4, cy + 0.08, 0.006),
            (back_x, -deep * 0.3, 0.01),
        ]
        a.add(tube(cable, 0.004, 8), "cable", BLACK_PLASTIC, Tier.FIXED)


TEMPLATE = Template(
    "game console",
    build_game_console,
    0.35,
    description="a video game console box that plugs into a television, with a controller",
    synonyms=(
        "games console",
        "gaming console",
        "video game console",
        "playstation",
        "xbox",
        "ps5",
        "ps4",
    ),
    kinds=("xbox series x", "gamecube", "sega genesis", "retro console", "home console"),
    parts=("body", "stand", "light", "slot", "button", "controller", "cable"),
    aliases={"case": "body", "shell": "body", "gamepad": "controller", "led": "light"},
)
