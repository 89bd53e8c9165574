"""Rural shelter templates: barn, tent."""

from __future__ import annotations

import math

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import arc_tube, box, cylinder, dome, rod, subtract
from meshforge.engines.text.shapes import face_prism

BARN_REDS: tuple[RGB, ...] = ((165, 40, 35), (140, 35, 30), (185, 60, 40), (120, 85, 55))
BARN_ROOFS: tuple[RGB, ...] = ((70, 70, 75), (110, 110, 115), (60, 80, 70), (90, 45, 35))
TRIM: RGB = (245, 243, 235)
SILO: RGB = (200, 200, 205)
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


def _gambrel(width: float, wall: float, rise: float, grow: float) -> list[tuple[float, float]]:
    """The front outline of a gambrel (barn) roof, ``grow`` wider all round."""
    half = width / 2 + grow
    knee = half * 0.68
    return [
        (-half, wall - grow),
        (half, wall - grow),
        (knee, wall + rise * 0.62),
        (0.0, wall + rise + grow),
        (-knee, wall + rise * 0.62),
    ]


def build_barn(a: Assembly) -> None:
    """A red barn: gambrel roof, cross-braced doors in the gable end, a hayloft, maybe a silo."""
    width, depth = a.vary(8.0, 0.1), a.vary(11.0, 0.12)
    wall, rise = a.vary(3.6, 0.1), a.vary(3.4, 0.12)
    red, roof = a.pick(BARN_REDS), a.pick(BARN_ROOFS)
    a.add(box((width, depth, wall), (0, 0, wall / 2)), "wall", red)
    a.add(face_prism(_gambrel(width, wall, rise, 0.0), depth), "wall", red)
    shell = subtract(
        face_prism(_gambrel(width, wall, rise, 0.3), depth + 0.6),
        face_prism(_gambrel(width, wall, rise, 0.0), depth + 2.0).translate((0, 0, -0.02)),
    )
    a.add(shell, "roof", roof, Tier.SECONDARY)
    door_w, door_h = width * 0.42, wall * 0.85
    front = -depth / 2
    a.add(
        box((door_w + 0.3, 0.12, door_h + 0.15), (0, front, (door_h + 0.15) / 2)),
        "door",
        TRIM,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        leaf = box((door_w / 2 - 0.2, 0.16, door_h - 0.25), (sx * door_w / 4, front, door_h / 2))
        a.add(leaf, "door", red)
        diagonal = math.degrees(math.atan2(door_h - 0.3, door_w / 2 - 0.3))
        brace = box((math.hypot(door_w / 2 - 0.3, door_h - 0.3), 0.2, 0.18), (0, 0, 0)).rotate(
            (0, diagonal, 0)
        )
        a.add(brace.translate((sx * door_w / 4, front, door_h / 2)), "door", TRIM, Tier.FIXED)
    loft_z = wall + rise * 0.35
    a.add(box((1.6, 0.12, 1.6), (0, front, loft_z)), "door", TRIM, Tier.FIXED)
    a.add(box((1.25, 0.16, 1.25), (0, front, loft_z)), "door", red)
    for y in (-depth * 0.25, depth * 0.25):
        for sx in (-1, 1):
            a.add(
                box((0.14, 1.1, 1.1), (sx * width / 2, y, wall * 0.6)), "window", TRIM, Tier.FIXED
            )
            a.add(
                box((0.2, 0.8, 0.8), (sx * width / 2, y, wall * 0.6)),
                "window",
                (50, 45, 40),
                Tier.FIXED,
            )
    if a.maybe("cupola", 0.5):
        top = wall + rise
        a.add(box((1.0, 1.0, 1.2), (0, 0, top + 0.4)), "cupola", TRIM, Tier.FIXED)
        a.add(
            cylinder(0.9, 0.8, 4, (0, 0, top + 1.0), 0.0).rotate((0, 0, 45)),
            "cupola",
            roof,
            Tier.SECONDARY,
        )
    if a.maybe("silo", 0.4):
        silo_r, silo_h = a.vary(1.8, 0.1), wall + rise + a.vary(2.0, 0.3)
        at = (width / 2 + silo_r - 0.3, depth * 0.2, 0.0)
        a.add(cylinder(silo_r, silo_h, a.segments(silo_r), at), "silo", SILO, Tier.FIXED)
        a.add(
            dome((silo_r, silo_r, silo_r * 0.7), a.segments(silo_r), (at[0], at[1], silo_h)),
            "silo",
            roof,
            Tier.SECONDARY,
        )


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


TEMPLATES = (
    Template(
        "barn",
        build_barn,
        7.0,
        synonyms=("stable", "hayloft", "granary", "cowshed"),
        parts=("wall", "roof", "door", "window", "cupola", "silo"),
        aliases={"gate": "door", "loft": "door"},
    ),
    Template(
        "tent",
        build_tent,
        1.4,
        synonyms=("camping tent", "dome tent", "teepee", "tipi", "wigwam", "pup tent"),
        parts=("canvas", "door", "pole", "rope", "flysheet", "band"),
        aliases={
            "fabric": "canvas",
            "entrance": "door",
            "fly": "flysheet",
            "stake": "rope",
            "peg": "rope",
        },
    ),
)
