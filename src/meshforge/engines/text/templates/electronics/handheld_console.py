"""A handheld game console: a screen between a d-pad and buttons, or a tall brick, stood up."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, SCREEN, cased_box, front_panel
from meshforge.engines.text.kit.solids import box, rod

SHELLS = ((200, 200, 195), (35, 35, 38), (215, 45, 45), (60, 120, 200), (150, 90, 190))
JOYCONS = ((230, 60, 50), (40, 170, 220), (35, 35, 38), (230, 200, 40))
BUTTONS = ((150, 30, 80), (35, 35, 38), (210, 40, 40))


def _controls(a: Assembly, x: float, z: float, front: float, button: tuple[int, int, int]) -> None:
    """A cross-shaped d-pad at ``-x`` and two round buttons at ``+x``, at height ``z``."""
    for size in ((0.024, 0.008), (0.008, 0.024)):
        pad = box((size[0], 0.006, size[1]), (-x, front - 0.002, z))
        a.add(pad, "d-pad", BLACK_PLASTIC, Tier.FIXED)
    for dx, dz in ((-0.008, -0.005), (0.008, 0.006)):
        a.add(
            rod((x + dx, front + 0.002, z + dz), (x + dx, front - 0.005, z + dz), 0.0055, 12),
            "button",
            button,
            Tier.FIXED,
        )


def build_handheld_console(a: Assembly) -> None:
    """Stood on its edge, facing the front: a screen, a d-pad to the left, buttons to the right."""
    wide = a.mentions("switch", "wide", "landscape", "psp") or (
        not a.mentions("boy", "brick") and a.chance(0.5)
    )
    thick = a.vary(0.022, 0.15)
    button = a.pick(BUTTONS)
    front = -thick / 2
    if wide:
        w, h = a.vary(0.17, 0.1), a.vary(0.1, 0.08)
        body = a.pick(SHELLS[1:2] + SHELLS[:1])
        a.add(box((w, thick, h), (0, 0, h / 2)), "body", body)
        front_panel(a, w * 0.95, h * 0.88, (0, h / 2), front, "screen", SCREEN)
        grip = a.pick(JOYCONS)
        for side in (-1, 1):
            pad = box((0.04, thick * 1.1, h), (side * (w / 2 + 0.018), 0, h / 2))
            a.add(pad, "grip", grip if side < 0 else a.pick(JOYCONS), Tier.SECONDARY)
        _controls(a, w / 2 + 0.018, h * 0.55, front * 1.1, BLACK_PLASTIC)
        return
    w, h = a.vary(0.09, 0.08), a.vary(0.15, 0.08)
    cased_box(a, (w, thick, h), 0.006, "body", SHELLS)
    a.add(box((w * 0.82, 0.004, h * 0.42), (0, front, h * 0.7)), "bezel", (90, 90, 100), Tier.FIXED)
    front_panel(
        a,
        w * 0.55,
        h * 0.3,
        (0, h * 0.7),
        front - 0.001,
        "screen",
        (150, 170, 80) if a.chance(0.5) else SCREEN,
    )
    _controls(a, w * 0.25, h * 0.3, front, button)
    for k in range(2):  # start and select
        a.add(
            box((0.012, 0.005, 0.004), (-0.008 + 0.016 * k, front - 0.001, h * 0.15)),
            "button",
            (120, 120, 125),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "handheld console",
    build_handheld_console,
    0.15,
    description="a handheld video game console with a screen, a d-pad and buttons",
    synonyms=(
        "handheld game console",
        "handheld console",
        "game boy",
        "gameboy",
        "nintendo switch",
        "handheld game",
        "portable console",
        "psp",
    ),
    kinds=("game boy color", "steam deck", "nintendo ds"),
    parts=("body", "bezel", "screen", "d-pad", "button", "grip"),
    aliases={
        "case": "body",
        "shell": "body",
        "dpad": "d-pad",
        "joycon": "grip",
        "display": "screen",
    },
)
