"""A power strip lying flat: a long block of sockets with a lit switch at one end and a cable."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BUTTON_RED, WHITE_GOODS, cased_box
from meshforge.engines.text.kit.solids import box, cylinder, rounded_box, union
from meshforge.engines.text.kit.sweeps import tube

SOCKET_HOLES = (30, 30, 32)


def build_power_strip(a: Assembly) -> None:
    """A power strip lying flat: a long block of sockets, a lit switch at one end and a cable."""
    sockets = a.count("socket", a.pick((3, 4, 5, 6)), 2, 8)
    pitch, width, height = a.vary(0.048, 0.05), a.vary(0.058, 0.08), a.vary(0.036, 0.1)
    length = pitch * sockets + 0.06
    cased_box(a, (length, width, height), 0.008, "body", WHITE_GOODS)
    faces, holes = [], []
    for k in range(sockets):
        x = -length / 2 + 0.02 + pitch * (k + 0.5)
        faces.append(cylinder(0.017, 0.0015, 24, (x, 0, height - 0.0005)))
        # two round pins side by side (European); a third above for earth
        for dx, dy in ((-0.0095, 0.0), (0.0095, 0.0), (0.0, 0.011)):
            holes.append(cylinder(0.0022, 0.0012, 8, (x + dx, dy, height + 0.0005)))
    a.add(union(faces), "socket", a.color("body", WHITE_GOODS), Tier.FIXED)
    a.add(union(holes), "holes", SOCKET_HOLES, Tier.FIXED)
    if a.wants("switch"):
        switch = rounded_box((0.02, 0.026, 0.012), 0.003, 8, (length / 2 - 0.018, 0, height))
        a.add(switch, "switch", BUTTON_RED, Tier.SECONDARY)
    if a.wants("cable"):
        z = height * 0.5
        x0 = -length / 2
        cord = tube(
            [
                (x0 + 0.01, 0, z),
                (x0 - 0.05, 0.0, z * 0.6),
                (x0 - 0.1, 0.04, 0.005),
                (x0 - 0.14, 0.1, 0.005),
            ],
            0.0045,
            10,
        )
        a.add(cord, "cable", a.color("body", WHITE_GOODS), Tier.FIXED)
        a.add(box((0.008, 0.012, 0.012), (x0 - 0.002, 0, z)), "cable", (40, 40, 44), Tier.FIXED)


TEMPLATE = Template(
    "power strip",
    build_power_strip,
    0.04,
    description="a power strip: a long block with a row of plug sockets, a switch and a cable",
    synonyms=(
        "extension lead",
        "extension cord",
        "extension cable",
        "power bar",
        "powerstrip",
        "multi plug",
        "multiplug",
        "surge protector",
        "power board",
        "socket strip",
        "gang socket",
    ),
    parts=("body", "socket", "holes", "switch", "cable"),
    aliases={
        "sockets": "socket",
        "outlet": "socket",
        "outlets": "socket",
        "cord": "cable",
        "lead": "cable",
    },
)
