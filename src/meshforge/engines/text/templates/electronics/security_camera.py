"""A CCTV bullet camera on its wall bracket: a round base plate, a jointed arm, a hooded body."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, LIGHT_GREEN, WHITE_GOODS
from meshforge.engines.text.kit.solids import box, capsule, cylinder, rod, sphere
from meshforge.engines.text.kit.sweeps import front_disc

LENS = (20, 24, 32)


def build_security_camera(a: Assembly) -> None:
    """A CCTV bullet camera on its wall bracket: a base plate, a jointed arm, a hooded body."""
    length, radius = a.vary(0.17, 0.1), a.vary(0.035, 0.1)
    shell = a.color("body", WHITE_GOODS)
    # the wall plate stands at the back (+Y), the camera looks forward (-Y) and a little down
    plate_z = 0.09
    a.add(rod((0, 0.07, plate_z), (0, 0.082, plate_z), 0.045, a.segments(0.045)), "mount", shell)
    a.add(capsule((0, 0.07, plate_z), (0, 0.02, plate_z + 0.03), 0.01, 16), "mount", shell)
    joint = (0.0, 0.02, plate_z + 0.035)
    a.add(sphere(0.016, 16, joint), "mount", shell)
    tilt = a.between(10, 20)
    body_z = joint[2] + radius * 0.9
    body = capsule((0, length * 0.45, 0), (0, -length * 0.5, 0), radius, a.segments(radius))
    hood = box((radius * 2.3, length * 1.1, 0.004), (0, -length * 0.12, radius * 0.97))
    lens = front_disc(
        radius * 0.72, 0.01, a.segments(radius), 0.0, 0.0, -length * 0.5 - radius * 0.85
    )
    ring = front_disc(
        radius * 0.9, 0.006, a.segments(radius), 0.0, 0.0, -length * 0.5 - radius * 0.7
    )
    for solid, part, color, tier in (
        (body, "body", shell, Tier.PRIMARY),
        (hood, "hood", shell, Tier.SECONDARY),
        (ring, "lens", BLACK_PLASTIC, Tier.FIXED),
        (lens, "lens", LENS, Tier.FIXED),
    ):
        placed = solid.rotate((tilt, 0, 0)).translate((0, joint[1] - 0.02, body_z))
        a.add(placed, part, color, tier)
    if a.maybe("light", 0.6, "led"):
        led = cylinder(0.003, 0.004, 8, (radius * 0.55, 0, 0)).rotate((90, 0, 0))
        led = led.translate((0, -length * 0.5 - radius * 0.96, 0)).rotate((tilt, 0, 0))
        a.add(led.translate((0, joint[1] - 0.02, body_z)), "light", LIGHT_GREEN, Tier.FIXED)


TEMPLATE = Template(
    "security camera",
    build_security_camera,
    0.17,
    description="a CCTV security camera: a white bullet camera with a hood on a wall bracket",
    synonyms=(
        "cctv camera",
        "cctv",
        "surveillance camera",
        "bullet camera",
        "ip camera",
        "spy camera",
        "closed circuit camera",
    ),
    parts=("body", "hood", "lens", "mount", "light"),
    aliases={"bracket": "mount", "arm": "mount", "visor": "hood", "shade": "hood", "led": "light"},
)
