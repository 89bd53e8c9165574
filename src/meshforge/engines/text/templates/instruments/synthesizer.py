"""A synthesizer: a flat keyboard case with piano keys, a panel of knobs and a small screen."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, SCREEN_GLOW
from meshforge.engines.text.kit.instruments import keyboard
from meshforge.engines.text.kit.solids import box, cylinder, rounded_box

CASES = (BLACK_PLASTIC, (60, 62, 68), (200, 60, 45), (235, 235, 232), (120, 80, 50))
KNOBS = ((230, 230, 228), (210, 40, 40), (240, 180, 40), (35, 35, 38))


def build_synthesizer(a: Assembly) -> None:
    """A flat keyboard case with piano keys across the front and knobs and sliders behind."""
    width = a.vary(0.75, 0.2)
    depth, thick = a.vary(0.3, 0.08), a.vary(0.07, 0.12)
    case = a.pick(CASES)
    a.add(rounded_box((width, depth, thick), 0.012, 12, (0, 0, thick / 2)), "case", case)
    keys = width * 0.82
    key_depth = depth * 0.5
    front = -depth / 2 + 0.01
    keyboard(a, keys, key_depth, thick + 0.006, front)
    # cheeks either side of the keys, the panel raised behind them
    a.add(
        box((width, depth * 0.42, 0.02), (0, depth / 2 - depth * 0.21, thick + 0.005)),
        "panel",
        case,
        Tier.SECONDARY,
    )
    knob = a.pick(KNOBS)
    rows, cols = a.count("knob", 2, 1, 3), round(width / 0.06)
    panel_y = depth / 2 - depth * 0.21
    for row in range(min(rows, 3)):
        y = panel_y - depth * 0.12 + row * depth * 0.12
        for col in range(cols):
            x = -width * 0.42 + width * 0.55 * col / max(1, cols - 1)
            a.add(cylinder(0.009, 0.016, 12, (x, y, thick + 0.01)), "knob", knob, Tier.FIXED)
    a.add(
        box((width * 0.18, depth * 0.15, 0.004), (width * 0.3, panel_y, thick + 0.015)),
        "screen",
        SCREEN_GLOW,
        Tier.FIXED,
    )
    if a.maybe("wheel", 0.6, "pitch", "mod"):
        for dx in (0.0, 0.03):
            wheel = cylinder(0.018, 0.012, 16).rotate((0, 90, 0))
            a.add(
                wheel.translate((-width / 2 + 0.035 + dx, front + key_depth / 2, thick)),
                "wheel",
                BLACK_PLASTIC,
                Tier.FIXED,
            )


TEMPLATE = Template(
    "synthesizer",
    build_synthesizer,
    0.1,
    description="an electronic synthesizer keyboard with piano keys, knobs and sliders",
    synonyms=(
        "synth",
        "synthesiser",
        "keyboard synthesizer",
        "electronic keyboard",
        "electric keyboard",
        "musical keyboard",
        "keyboard instrument",
        "digital piano",
    ),
    kinds=("moog", "analog synth", "modular synth", "midi keyboard", "casio keyboard"),
    parts=("case", "key", "black key", "panel", "knob", "screen", "wheel"),
    aliases={"body": "case", "keys": "key", "dial": "knob", "knobs": "knob", "display": "screen"},
)
