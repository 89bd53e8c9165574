"""A USB stick lying flat: a small plastic body with a lanyard hole and a metal USB-A plug."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, GADGETS, LIGHT_GREEN
from meshforge.engines.text.kit.gear import WHITE
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, cylinder, rounded_box, subtract
from meshforge.engines.text.kit.tools import STEEL

#: turned about Z so that the three-quarter view sees the plug's mouth
TURN_DEG = 25.0


def build_usb_stick(a: Assembly) -> None:
    """A USB stick lying flat: a small plastic body with a lanyard hole and a metal USB-A plug."""
    length, width, thick = a.vary(0.045, 0.12), a.vary(0.019, 0.08), a.vary(0.009, 0.1)
    body_color = a.pick((*GADGETS, *BRIGHTS[:3]))
    body = rounded_box((length, width, thick), thick * 0.45, 16, (0, 0, thick / 2))
    if a.maybe("hole", 0.6, "lanyard", "keyring"):
        hole = cylinder(thick * 0.35, thick * 2, 12, (-length / 2 + thick * 0.6, 0, -thick / 2))
        body = subtract(body, hole)
    a.add(body.rotate((0, 0, TURN_DEG)), "body", body_color)
    # the USB-A plug: a steel shell, open at its mouth, a plastic tongue inside, two windows on top
    plug_l, plug_w, plug_h = 0.012, 0.012, 0.0045
    plug_x = length / 2 + plug_l / 2 - 0.002
    z = thick / 2
    shell = subtract(
        box((plug_l, plug_w, plug_h), (plug_x, 0, z)),
        box((plug_l, plug_w - 0.001, plug_h - 0.001), (plug_x + 0.002, 0, z)),
    )
    for y in (-0.0025, 0.0025):
        window = box((0.0025, 0.002, 0.002), (plug_x + plug_l * 0.2, y, z + plug_h / 2))
        shell = subtract(shell, window)
    a.add(shell.rotate((0, 0, TURN_DEG)), "plug", STEEL, Tier.FIXED)
    tongue = box((plug_l - 0.001, plug_w - 0.002, 0.0018), (plug_x - 0.0005, 0, z + 0.0008))
    a.add(
        tongue.rotate((0, 0, TURN_DEG)),
        "tongue",
        a.pick((WHITE, BLACK_PLASTIC, (40, 90, 200))),
        Tier.FIXED,
    )
    if a.maybe("light", 0.5, "led"):
        led = box((0.003, 0.0015, 0.0012), (length * 0.3, 0, thick - 0.0003))
        a.add(led.rotate((0, 0, TURN_DEG)), "light", LIGHT_GREEN, Tier.FIXED)


TEMPLATE = Template(
    "usb stick",
    build_usb_stick,
    0.01,
    description="a small USB flash drive with a metal plug, for carrying computer files",
    synonyms=(
        "usb drive",
        "flash drive",
        "usb flash drive",
        "thumb drive",
        "pen drive",
        "memory stick",
        "usb key",
        "usb memory stick",
        "jump drive",
        "usb",
    ),
    parts=("body", "plug", "tongue", "light", "hole"),
    aliases={"case": "body", "connector": "plug", "led": "light", "cap": "body"},
)
