"""A baby stroller: a deep tub under a folding hood on a tube frame, four wheels, a push bar."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, CHROME
from meshforge.engines.text.kit.machine_kit import wheel
from meshforge.engines.text.kit.solids import ellipsoid, rod, rounded_box, subtract

#: navy, grey, black, red, sage and cream fabrics
FABRICS: tuple[RGB, ...] = (
    (40, 55, 95),
    (120, 124, 130),
    (35, 35, 38),
    (170, 40, 45),
    (130, 160, 130),
    (225, 215, 195),
)
FRAMES: tuple[RGB, ...] = (CHROME, BLACK_PLASTIC, (200, 202, 206))


def build_stroller(a: Assembly) -> None:
    """A baby stroller: a deep tub under a folding hood on a tube frame, four wheels, a push bar."""
    fabric = a.pick(FABRICS)
    frame = a.pick(FRAMES)
    track, base = a.vary(0.5, 0.08), a.vary(0.7, 0.08)  # wheel spacing across and along
    front_r, rear_r = a.vary(0.09, 0.1), a.vary(0.13, 0.1)
    tub_w, tub_l, tub_h = track * 0.8, base * 0.95, a.vary(0.26, 0.1)
    tub_low = a.vary(0.48, 0.08)
    tub_y = 0.0
    outer = rounded_box((tub_w, tub_l, tub_h), 0.07, 16, (0, tub_y, tub_low + tub_h / 2))
    inner = rounded_box(
        (tub_w - 0.04, tub_l - 0.04, tub_h), 0.05, 16, (0, tub_y, tub_low + tub_h / 2 + 0.04)
    )
    a.add(subtract(outer, inner), "body", fabric)
    rim = tub_low + tub_h
    if a.wants("hood"):  # the hood: a shell over the back half of the tub, open to the front
        center = (0.0, tub_y + tub_l * 0.05, rim - 0.05)  # low enough to meet the walls
        radii = (tub_w / 2 + 0.01, tub_l * 0.45, tub_h * 1.2)
        shell = subtract(
            ellipsoid(radii, 32, center),
            ellipsoid((radii[0] - 0.015, radii[1] - 0.015, radii[2] - 0.015), 32, center),
        )
        hood = shell.trim_by_plane((0, 0, 1), center[2]).trim_by_plane((0, 1, 0), center[1])
        a.add(hood, "hood", a.pick((fabric, fabric, *FABRICS[:3])))
    for sx in (-1, 1):
        x = sx * track / 2
        wheel(a, (x, -base / 2, front_r), front_r, 0.04, CHROME)
        wheel(a, (x, base / 2, rear_r), rear_r, 0.045, CHROME)
        side = sx * (tub_w / 2 - 0.02)
        # the tubes end in the hubs' inner faces: run through a wheel, they would cost seams
        axle = x - sx * 0.03
        front, rear = (axle, -base / 2, front_r), (axle, base / 2, rear_r)
        tubes = (
            (front, (side, base * 0.25, tub_low + 0.02), 0.012),  # an X under the tub
            (rear, (side, -base * 0.25, tub_low + 0.02), 0.012),
            (front, rear, 0.01),
            (rear, (x * 0.9, base / 2 + 0.25, 1.05), 0.013),  # up to the push bar
        )
        for start, end, radius in tubes:
            a.add(rod(start, end, radius, 10), "frame", frame, Tier.FIXED)
    bar = rod(
        (-track * 0.45 - 0.02, base / 2 + 0.25, 1.05),
        (track * 0.45 + 0.02, base / 2 + 0.25, 1.05),
        0.018,
        12,
    )
    a.add(bar, "handle", BLACK_PLASTIC, Tier.FIXED)


TEMPLATE = Template(
    "stroller",
    build_stroller,
    1.05,
    description="a baby's pram on four wheels with a hood and a bar to push it",
    synonyms=(
        "pram",
        "pushchair",
        "baby stroller",
        "baby carriage",
        "buggy",
        "perambulator",
        "baby buggy",
        "push chair",
        "pushcart for a baby",
    ),
    not_claimed=("dune buggy", "beach buggy", "golf buggy"),
    parts=("body", "hood", "wheel", "hubcap", "frame", "handle"),
    aliases={
        "canopy": "hood",
        "seat": "body",
        "wheels": "wheel",
        "bar": "handle",
        "bassinet": "body",
    },
)
