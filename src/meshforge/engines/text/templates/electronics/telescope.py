"""A refracting telescope: a long tube tilted skywards on a mount atop a three-legged tripod."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL, WOODS
from meshforge.engines.text.kit.optics import (
    GLASS,
    OPTIC_BLACK,
    TUBE_FINISHES,
    along,
    barrel,
    plain_barrel,
)
from meshforge.engines.text.kit.solids import box, cylinder, rod, sphere, union


def build_telescope(a: Assembly) -> None:
    """A refracting telescope: a long tube tilted skywards on a mount atop a three-legged tripod."""
    head_z = a.vary(1.05, 0.1)
    tube_l, tube_r = a.vary(0.95, 0.12), a.vary(0.05, 0.12)
    tilt = a.between(22.0, 38.0)
    heading = a.between(-30.0, -15.0)  # the objective leans a little towards the viewer
    finish = a.pick(TUBE_FINISHES)
    legs = a.pick((*WOODS[:2], (200, 203, 208), OPTIC_BLACK))
    # the tripod: three legs splayed from a hub under the mount, a tray bracing them
    spread = head_z * 0.42
    hub = (0.0, 0.0, head_z - 0.06)
    feet = [
        (spread * math.cos(angle), spread * math.sin(angle), 0.0)
        for angle in (math.radians(90 + 120 * k) for k in range(3))
    ]
    a.add(union([rod(hub, foot, 0.016, 10) for foot in feet]), "tripod", legs, Tier.SECONDARY)
    if a.maybe("tray", 0.8, "accessory tray"):
        tray_z = head_z * 0.45
        reach = spread * (1 - tray_z / hub[2])
        a.add(
            cylinder(reach, 0.012, 3, (0, 0, tray_z)).rotate((0, 0, 90)),
            "tray",
            DARK_STEEL,
            Tier.FIXED,
        )
    # the mount: a head on the hub and a fork cradling the tube at its balance point
    mount = [
        cylinder(0.05, 0.08, 16, (0, 0, head_z - 0.09)),
        box((0.07, 0.09, 0.07), (0, 0, head_z + 0.02)),
    ]
    a.add(union(mount), "mount", DARK_STEEL, Tier.FIXED)
    centre = (0.0, 0.0, head_z + 0.05 + tube_r)
    back = along(centre, tilt, heading, -tube_l * 0.45)
    profile = [
        (0.0, 0.0),
        (tube_r * 0.8, 0.0),
        (tube_r * 0.8, tube_l * 0.06),
        (tube_r, tube_l * 0.08),
        (tube_r, tube_l * 0.82),
        (tube_r * 1.15, tube_l * 0.83),
        (tube_r * 1.15, tube_l),
        (0.0, tube_l),
    ]
    a.add(barrel(profile, a.segments(tube_r), back, tilt, heading), "tube", finish)
    rings = [
        plain_barrel(
            tube_r * 1.12,
            0.03,
            a.segments(tube_r),
            along(back, tilt, heading, tube_l * share),
            tilt,
            heading,
        )
        for share in (0.3, 0.6)
    ]
    a.add(union(rings), "ring", DARK_STEEL, Tier.FIXED)
    a.add(
        plain_barrel(
            tube_r * 1.05,
            0.004,
            a.segments(tube_r),
            along(back, tilt, heading, tube_l - 0.002),
            tilt,
            heading,
        ),
        "lens",
        GLASS,
        Tier.FIXED,
    )
    # the eyepiece: a focuser at the back, then a star diagonal turned up for the eye
    focus_end = along(back, tilt, heading, -0.09)
    focuser = [
        plain_barrel(tube_r * 0.45, 0.1, 16, focus_end, tilt, heading),
        sphere(tube_r * 0.5, 16, focus_end),
        plain_barrel(tube_r * 0.32, 0.09, 16, focus_end, tilt + 90, heading),
    ]
    a.add(union(focuser), "eyepiece", OPTIC_BLACK, Tier.FIXED)
    if a.maybe("finder", 0.8, "finderscope"):
        base = along(back, tilt, heading, tube_l * 0.12)
        lift = tube_r + 0.035
        start = (
            base[0] - lift * math.sin(math.radians(tilt)) * math.cos(math.radians(heading)),
            base[1] - lift * math.sin(math.radians(tilt)) * math.sin(math.radians(heading)),
            base[2] + lift * math.cos(math.radians(tilt)),
        )
        bracket = along(start, tilt, heading, tube_l * 0.12)
        finder = [
            plain_barrel(0.014, tube_l * 0.25, 12, start, tilt, heading),
            rod(bracket, along(base, tilt, heading, tube_l * 0.12), 0.006, 8),
        ]
        a.add(union(finder), "finder", OPTIC_BLACK, Tier.FIXED)


TEMPLATE = Template(
    "telescope",
    build_telescope,
    1.4,
    description="a long optical tube on a tripod, aimed at the sky to look at stars and planets",
    synonyms=(
        "refracting telescope",
        "refractor telescope",
        "reflecting telescope",
        "astronomical telescope",
        "stargazing telescope",
        "spotting scope",
    ),
    not_claimed=("radio telescope", "space telescope", "telescope fish"),
    parts=("tube", "lens", "ring", "eyepiece", "finder", "mount", "tripod", "tray"),
    aliases={
        "legs": "tripod",
        "leg": "tripod",
        "stand": "tripod",
        "objective": "lens",
        "finderscope": "finder",
        "scope": "tube",
        "barrel": "tube",
    },
)
