"""A camping tent: a ridge tent, a dome tent or a teepee, by the prompt or the seed."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import arc_tube, cylinder, dome, rod, subtract
from meshforge.engines.text.kit.sweeps import face_prism

TENTS: tuple[RGB, ...] = (
    (230, 120, 30),
    (60, 120, 70),
    (40, 90, 170),
    (200, 40, 40),
    (235, 200, 60),
)


DOORWAY: RGB = (40, 38, 36)


POLE: RGB = (120, 90, 60)


CANVAS: RGB = (225, 210, 175)


def build_tent(a: Assembly) -> None:
    """A camping tent: a ridge tent, a dome tent or a teepee, by the prompt or the seed."""
    if a.mentions("teepee", "tipi", "wigwam"):
        _teepee(a)
        return
    dome_tent = a.mentions("dome") or (not a.mentions("ridge", "scout") and a.chance(0.5))
    color = a.pick(TENTS)
    if dome_tent:
        radius, height = a.vary(1.2, 0.1), a.vary(1.25, 0.1)
        a.add(dome((radius, radius * 1.1, height), a.segments(radius)), "canvas", color)
        for turn in (45, -45):
            hoop = arc_tube((0, 0, 0), radius, 0.03, a.segments(radius), 0.0, 180.0).scale(
                (1, 1, height / radius)
            )
            a.add(hoop.rotate((0, 0, turn)), "pole", (50, 50, 55), Tier.FIXED)
        door = dome((radius * 0.38, 0.3, height * 0.62), a.segments(radius))
        a.add(door.translate((0, -radius * 1.1 + 0.26, 0)), "door", DOORWAY, Tier.FIXED)
        return
    width, length, height = a.vary(1.8, 0.1), a.vary(2.3, 0.1), a.vary(1.4, 0.1)
    ridge = [(-width / 2, 0.0), (width / 2, 0.0), (0.0, height)]
    a.add(face_prism(ridge, length), "canvas", color)
    door = [(-width * 0.3, 0.0), (width * 0.3, 0.0), (0.0, height * 0.75)]
    a.add(face_prism(door, 0.06, -length / 2), "door", DOORWAY, Tier.FIXED)
    for sy in (-1, 1):
        y = sy * (length / 2 + 0.02)
        a.add(rod((0, y, 0), (0, y, height + 0.2), 0.025, 8), "pole", POLE, Tier.FIXED)
        peg = (0.0, y + sy * 0.7, 0.0)
        a.add(rod((0, y, height + 0.1), peg, 0.008, 6), "rope", (230, 225, 210), Tier.FIXED)
        a.add(rod(peg, (peg[0], peg[1], 0.08), 0.02, 6), "rope", (230, 225, 210), Tier.FIXED)
    if a.maybe("flysheet", 0.5):
        fly = [(-width / 2 - 0.12, 0.1), (width / 2 + 0.12, 0.1), (0.0, height + 0.08)]
        hollow = [(-width / 2 + 0.05, 0.0), (width / 2 - 0.05, 0.0), (0.0, height - 0.02)]
        sheet = subtract(face_prism(fly, length * 0.7), face_prism(hollow, length))
        a.add(sheet, "flysheet", a.pick(TENTS), Tier.SECONDARY)


def _teepee(a: Assembly) -> None:
    """A conical teepee of canvas on crossed poles, its door flap open at the front."""
    radius, height = a.vary(1.6, 0.1), a.vary(3.2, 0.1)
    a.add(
        cylinder(radius, height * 0.85, a.segments(radius), (0, 0, 0), radius * 0.15),
        "canvas",
        CANVAS,
    )
    for k in range(6):
        angle = 2 * math.pi * (k + 0.5) / 6
        foot = (radius * 0.9 * math.cos(angle), radius * 0.9 * math.sin(angle), 0.0)
        tip = (-foot[0] * 0.15, -foot[1] * 0.15, height)
        a.add(rod(foot, tip, 0.04, 8), "pole", POLE, Tier.FIXED)
    door = cylinder(radius * 0.45, height * 0.38, a.segments(radius), (0, 0, 0), 0.02)
    a.add(door.scale((1, 0.25, 1)).translate((0, -radius * 0.82, 0)), "door", DOORWAY, Tier.FIXED)
    for k in range(2):  # painted bands
        z = height * (0.2 + 0.12 * k)
        r = radius * (1 - 0.85 * z / (height * 0.85)) + 0.02
        band = cylinder(
            r, 0.1, a.segments(radius), (0, 0, z), r - 0.1 * radius * 0.85 / (height * 0.85)
        )
        a.add(band, "band", a.pick(TENTS), Tier.SECONDARY)


TEMPLATE = Template(
    "tent",
    build_tent,
    1.4,
    description="a shelter of fabric on poles for camping",
    synonyms=("camping tent", "dome tent", "teepee", "tipi", "wigwam", "pup tent"),
    kinds=("yurt", "marquee", "bivouac"),
    parts=("canvas", "door", "pole", "rope", "flysheet", "band"),
    aliases={
        "fabric": "canvas",
        "entrance": "door",
        "fly": "flysheet",
        "stake": "rope",
        "peg": "rope",
    },
)
