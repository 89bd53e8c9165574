"""An empty phone case standing up: a thin hollow shell with raised lips and a camera cut-out."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rounded_box, subtract
from meshforge.engines.text.kit.sweeps import front_disc

CASES: tuple[RGB, ...] = (
    (30, 30, 34),
    (230, 90, 130),
    (60, 110, 180),
    (215, 232, 238),
    (240, 170, 60),
    (120, 170, 120),
)


def build_phone_case(a: Assembly) -> None:
    """An empty phone case standing up: a thin hollow shell, raised lips and a camera hole."""
    width, height, depth = a.vary(0.078, 0.06), a.vary(0.158, 0.06), a.vary(0.012, 0.1)
    wall = 0.0016
    radius = width * 0.14
    center = (0.0, 0.0, height / 2)
    shell = rounded_box((width, depth, height), radius, a.segments(radius * 3), center)
    inside = rounded_box((width - 2 * wall, depth, height - 2 * wall), radius * 0.85, 16, center)
    # open at the front: the inner body pushed forward cuts the whole front face away, leaving
    # a lip as wide as the radius all round
    lip = radius * 0.55
    window = box((width - 2 * lip, depth, height - 2 * lip), (0, -depth / 2, height / 2))
    cam_x, cam_z = -width / 2 + 0.022, height - 0.022
    camera = rounded_box((0.03, depth, 0.03), 0.008, 12, (cam_x, depth / 2, cam_z))
    hollow = subtract(shell, inside.translate((0, -wall, 0)), window, camera)
    a.add(hollow, "case", CASES)
    if a.maybe("buttons", 0.8):
        for z in (height * 0.7, height * 0.6):
            bump = box((0.002, depth * 0.4, 0.012), (width / 2 + 0.0003, 0, z))
            a.add(bump, "buttons", a.color("case", CASES), Tier.FIXED)
    if a.maybe("logo", 0.4, "pattern", "print"):
        logo = front_disc(0.01, 0.001, 24, 0.0, height * 0.55, depth / 2 + 0.0002)
        a.add(logo, "logo", (245, 245, 240), Tier.SECONDARY)


TEMPLATE = Template(
    "phone case",
    build_phone_case,
    0.16,
    description="an empty protective phone case: a thin plastic shell with a hole for the camera",
    synonyms=(
        "phone cover",
        "mobile phone case",
        "cell phone case",
        "cellphone case",
        "iphone case",
        "smartphone case",
        "mobile case",
        "phone shell",
    ),
    parts=("case", "buttons", "logo"),
    aliases={
        "shell": "case",
        "cover": "case",
        "button": "buttons",
        "print": "logo",
        "pattern": "logo",
    },
)
