"""An upright arcade cabinet: a lit marquee, a sloped screen, joystick, buttons, coin door."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import (
    BLACK_PLASTIC,
    BUTTON_RED,
    CHROME,
    SCREEN_GLOW,
    front_panel,
)
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import cylinder, rod, side_prism, sphere, union

CABINETS = ((30, 30, 33), (200, 35, 40), (40, 70, 170), (235, 190, 40), (120, 60, 160))


def build_arcade_machine(a: Assembly) -> None:
    """An upright arcade cabinet: a lit marquee, a sloped screen, joystick, buttons, coin door."""
    width, height = a.vary(0.7, 0.08), a.vary(1.8, 0.05)
    back, front = 0.4, -0.3
    panel_y, panel_z = front - a.vary(0.2, 0.15), height * 0.55
    screen_top = (front + 0.15, height * 0.83)
    screen_low = (front + 0.05, height * 0.59)
    side = [
        (front, 0.0),
        (back, 0.0),
        (back, height),
        (front, height),
        (front, height * 0.86),
        screen_top,
        screen_low,
        (panel_y, panel_z),
        (panel_y, panel_z - 0.08),
        (front, panel_z - 0.14),
    ]
    a.add(side_prism(side, width), "cabinet", CABINETS)
    # the screen, a thin slab lying on the sloped face between its top and bottom
    (ty, tz), (ly, lz) = screen_top, screen_low
    inset = 0.03
    screen = [
        (ty - 0.012, tz - inset),
        (ly - 0.012 + 0.004, lz + inset),
        (ly + 0.02, lz + inset),
        (ty + 0.02, tz - inset),
    ]
    a.add(side_prism(screen, width * 0.78), "screen", SCREEN_GLOW, Tier.FIXED)
    front_panel(
        a,
        width * 0.9,
        height * 0.1,
        (0, height * 0.93),
        front,
        "marquee",
        a.pick(BRIGHTS),
        tier=Tier.SECONDARY,
    )
    # the control deck: a joystick with a ball top and a row of round buttons
    deck_y = (panel_y + screen_low[0]) / 2
    deck_z = (panel_z + screen_low[1]) / 2
    stick_x = -width * 0.2
    a.add(
        rod((stick_x, deck_y, deck_z - 0.02), (stick_x, deck_y, deck_z + 0.1), 0.01, 10),
        "joystick",
        BLACK_PLASTIC,
        Tier.FIXED,
    )
    a.add(sphere(0.03, 14, (stick_x, deck_y, deck_z + 0.11)), "joystick", BUTTON_RED, Tier.FIXED)
    colors = a.pick((BUTTON_RED, (40, 90, 200), (245, 200, 30), (60, 170, 80)))
    buttons = [
        cylinder(0.02, 0.05, 14, (width * (0.02 + 0.1 * k), deck_y + 0.02 * (k % 2), deck_z - 0.02))
        for k in range(a.count("button", 3, 1, 6))
    ]
    a.add(union(buttons), "button", colors, Tier.FIXED)
    # the coin door below the deck
    front_panel(
        a,
        width * 0.35,
        height * 0.14,
        (0, height * 0.3),
        front,
        "coin door",
        BLACK_PLASTIC,
        depth=0.008,
    )
    for x in (-0.04, 0.04):
        front_panel(a, 0.02, 0.04, (x, height * 0.32), front - 0.008, "coin door", CHROME)


TEMPLATE = Template(
    "arcade machine",
    build_arcade_machine,
    1.8,
    description="an upright coin-operated video game cabinet with a screen, joystick and buttons",
    synonyms=(
        "arcade cabinet",
        "arcade game",
        "arcade game machine",
        "arcade",
        "coin-op",
        "retro arcade machine",
    ),
    parts=("cabinet", "screen", "marquee", "joystick", "button", "coin door"),
    aliases={
        "body": "cabinet",
        "case": "cabinet",
        "stick": "joystick",
        "buttons": "button",
        "sign": "marquee",
        "display": "screen",
        "door": "coin door",
    },
)
