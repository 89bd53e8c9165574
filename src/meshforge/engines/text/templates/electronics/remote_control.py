"""A TV remote control: a long slim rounded bar with a power button, a d-pad and rows of keys."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, BUTTON_RED, GADGETS
from meshforge.engines.text.kit.solids import cylinder, rounded_box, torus


def build_remote_control(a: Assembly) -> None:
    """A TV remote control: a long slim rounded bar with a power button and keys."""
    length, width, thick = a.vary(0.19, 0.1), a.vary(0.05, 0.1), a.vary(0.022, 0.12)
    color = a.pick((*GADGETS[::2], BLACK_PLASTIC))
    keys = (200, 202, 206) if color in (BLACK_PLASTIC, GADGETS[2]) else BLACK_PLASTIC
    a.add(rounded_box((width, length, thick), thick * 0.45, 16, (0, 0, thick / 2)), "body", color)
    top = thick - 0.001
    a.add(
        cylinder(0.006, 0.003, 10, (width * 0.25, -length * 0.4, top)),
        "power button",
        BUTTON_RED,
        Tier.FIXED,
    )
    pad_y = -length * 0.2
    a.add(torus(0.012, 0.003, 16, (0, pad_y, top + 0.001)), "button", keys, Tier.FIXED)
    a.add(cylinder(0.006, 0.003, 12, (0, pad_y, top)), "button", keys, Tier.FIXED)
    rows = a.pick((3, 4))
    for r in range(rows):
        for c in (-1, 0, 1):
            spot = (c * width * 0.27, length * 0.02 + r * length * 0.09, top)
            a.add(cylinder(0.0045, 0.003, 8, spot), "button", keys, Tier.FIXED)


TEMPLATE = Template(
    "remote control",
    build_remote_control,
    0.03,
    description="a handheld television remote with rows of buttons",
    synonyms=("remote", "tv remote", "television remote", "remote controller", "clicker"),
    kinds=("universal remote", "tv controller"),
    not_claimed=("remote control car", "remote controlled car"),
    parts=("body", "power button", "button"),
    aliases={"buttons": "button", "keys": "button", "power": "power button", "case": "body"},
)
