"""Furniture templates: chair, table, bench."""

from __future__ import annotations

import math

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import box, cylinder, rod, side_prism, slab, torus

WOODS: tuple[RGB, ...] = ((150, 100, 60), (110, 70, 40), (190, 150, 100), (205, 170, 120))
PAINTS: tuple[RGB, ...] = ((235, 233, 225), (45, 45, 50), (70, 110, 160), (160, 60, 50))
FABRICS: tuple[RGB, ...] = ((170, 50, 50), (60, 90, 150), (80, 130, 80), (200, 180, 140))
IRON: RGB = (45, 45, 48)


def build_chair(a: Assembly) -> None:
    """A four-legged chair with a back of slats, spindles or a panel; "stool" drops the back."""
    frame = a.pick(WOODS + PAINTS[:2])
    if a.mentions("stool"):
        _stool(a, frame)
        return
    seat_z, width, depth = a.vary(0.46, 0.08), a.vary(0.46, 0.1), a.vary(0.44, 0.1)
    back_h, leg = a.vary(0.45, 0.15), a.vary(0.04, 0.15)
    thick = 0.04
    round_legs = a.chance(0.4)
    a.add(slab((width, depth, thick), 0.02, a.segments(0.02), (0, 0, seat_z)), "seat", frame)
    x_leg, y_leg = width / 2 - leg / 2 - 0.01, depth / 2 - leg / 2 - 0.01
    for sx in (-1, 1):
        for sy in (-1, 1):
            top = seat_z if sy < 0 else seat_z + back_h
            if round_legs and sy < 0:
                solid = rod(
                    (sx * x_leg, sy * y_leg, 0),
                    (sx * x_leg, sy * y_leg, top),
                    leg * 0.45,
                    a.segments(leg),
                    leg * 0.6,
                )
            else:
                solid = box((leg, leg, top), (sx * x_leg, sy * y_leg, top / 2))
            a.add(solid, "leg" if sy < 0 else "back", frame)
    _chair_back(a, frame, width - 2 * leg, y_leg, seat_z, back_h, leg)
    if a.chance(0.5):
        for sx in (-1, 1):  # side stretchers stiffen the frame and read as "chair"
            a.add(
                box((leg * 0.6, 2 * y_leg, leg * 0.6), (sx * x_leg, 0, seat_z * 0.3)), "leg", frame
            )
    if a.maybe("arm", 0.2, "armchair"):
        for sx in (-1, 1):
            a.add(box((leg * 1.2, depth, 0.04), (sx * x_leg, 0, seat_z + 0.22)), "arm", frame)
            a.add(
                box((leg * 0.8, leg * 0.8, 0.22), (sx * x_leg, -y_leg, seat_z + 0.11)), "arm", frame
            )
    if a.maybe("cushion", 0.35, "padded", "upholstered"):
        pad = slab(
            (width - 0.03, depth - 0.05, 0.05),
            0.03,
            a.segments(0.03),
            (0, -0.01, seat_z + thick / 2 + 0.02),
        )
        a.add(pad, "cushion", a.pick(FABRICS), Tier.SECONDARY)


def _stool(a: Assembly, frame: RGB) -> None:
    """A round seat on three or four splayed legs joined by a ring."""
    height, radius = a.vary(0.6, 0.2), a.vary(0.17, 0.1)
    legs = a.count("leg", a.pick((3, 4)), 3, 6)
    a.add(cylinder(radius, 0.04, a.segments(radius), (0, 0, height - 0.04)), "seat", frame)
    for i in range(legs):
        angle = 2 * math.pi * i / legs
        top = (radius * 0.6 * math.cos(angle), radius * 0.6 * math.sin(angle), height - 0.02)
        foot = (radius * 1.05 * math.cos(angle), radius * 1.05 * math.sin(angle), 0.0)
        a.add(rod(foot, top, 0.018, a.segments(0.018)), "leg", frame)
    ring_z = height * 0.35
    ring_r = radius * (1.05 - 0.45 * ring_z / (height - 0.02)) - 0.005
    a.add(torus(ring_r, 0.01, a.segments(ring_r), (0, 0, ring_z)), "leg", frame)


def _chair_back(
    a: Assembly, frame: RGB, span: float, y: float, seat_z: float, back_h: float, leg: float
) -> None:
    """The back between the two rear posts."""
    style = a.pick(("slats", "panel", "spindles"))
    top_z = seat_z + back_h
    rail_h = 0.06
    a.add(box((span + 0.01, leg * 0.7, rail_h), (0, y, top_z - rail_h / 2 - 0.01)), "back", frame)
    if style == "panel":
        h = back_h * 0.5
        a.add(box((span + 0.01, leg * 0.5, h), (0, y, top_z - rail_h - h / 2)), "back", frame)
    elif style == "slats":
        for i in range(1, 3):
            z = top_z - rail_h - i * back_h * 0.22
            a.add(box((span + 0.01, leg * 0.5, 0.04), (0, y, z)), "back", frame)
    else:
        n = a.pick((3, 4, 5))
        low = seat_z + 0.02
        for i in range(n):
            x = -span / 2 + span * (i + 1) / (n + 1)
            a.add(
                box((0.02, 0.02, top_z - low - rail_h), (x, y, (low + top_z - rail_h) / 2)),
                "back",
                frame,
            )


def build_table(a: Assembly) -> None:
    """A table: rectangular on legs, or round on a pedestal or legs."""
    wood = a.pick(WOODS + PAINTS[:1])
    low = a.mentions("coffee", "side")
    height = a.vary(0.45 if low else 0.75, 0.06)
    thick = a.vary(0.04, 0.2)
    legs = a.count("leg", 4, 1, 8)
    round_top = a.mentions("round", "circular") or (
        not a.mentions("square", "rectangular") and (legs in (1, 3) or a.chance(0.3))
    )
    top_z = height - thick / 2
    leg = a.vary(0.055, 0.2)
    if round_top:
        radius = a.vary(0.5 if not low else 0.4, 0.15)
        a.add(cylinder(radius, thick, a.segments(radius), (0, 0, height - thick)), "top", wood)
        if legs == 1 or (a.count("leg", 0, 0, 8) == 0 and a.chance(0.5)):
            a.add(cylinder(0.06, height, a.segments(0.06), (0, 0, 0)), "leg", wood)
            a.add(
                cylinder(radius * 0.55, 0.04, a.segments(radius), (0, 0, 0), radius * 0.45),
                "leg",
                wood,
            )
            return
        for i in range(legs):
            angle = 2 * math.pi * (i + 0.5) / legs
            x, y = 0.7 * radius * math.cos(angle), 0.7 * radius * math.sin(angle)
            a.add(box((leg, leg, top_z), (x, y, top_z / 2)), "leg", wood)
        return
    length, depth = a.vary(1.3 if not low else 1.0, 0.15), a.vary(0.8 if not low else 0.55, 0.12)
    a.add(slab((length, depth, thick), 0.03, a.segments(0.03), (0, 0, top_z)), "top", wood)
    inset = leg / 2 + 0.04
    per_side = max(2, legs // 2)
    for i in range(per_side):
        x = -length / 2 + inset + (length - 2 * inset) * i / (per_side - 1)
        for sy in (-1, 1):
            a.add(box((leg, leg, top_z), (x, sy * (depth / 2 - inset), top_z / 2)), "leg", wood)
    if a.chance(0.6):  # an apron under the top makes it read as a table, not a plank on sticks
        apron_h = 0.08
        z = height - thick - apron_h / 2
        for sy in (-1, 1):
            a.add(
                box((length - 2 * inset, 0.02, apron_h), (0, sy * (depth / 2 - inset), z)),
                "top",
                wood,
            )


def build_bench(a: Assembly) -> None:
    """A park bench: wooden slats on two cast-iron side frames."""
    wood = a.pick(WOODS)
    length = a.vary(1.6, 0.2)
    seat_z, depth = a.vary(0.44, 0.06), a.vary(0.45, 0.1)
    has_back = a.wants("back")
    for i in range(4):
        y = -depth / 2 + 0.05 + i * (depth - 0.1) / 3
        a.add(slab((length, 0.085, 0.03), 0.01, 8, (0, y, seat_z)), "seat", wood)
    tilt = a.vary(12.0, 0.4)
    if has_back:
        for i in range(3):
            z = 0.14 + i * 0.13
            dy = math.tan(math.radians(tilt)) * z
            plank = slab((length, 0.025, 0.09), 0.01, 8).rotate((-tilt, 0, 0))
            a.add(plank.translate((0, depth / 2 + dy, seat_z + z)), "back", wood)
    back_top = seat_z + 0.48
    lean = math.tan(math.radians(tilt)) * 0.48 if has_back else 0.0
    outline = [
        (-depth / 2, 0.0),
        (-depth / 2 + 0.06, 0.0),
        (-depth / 2 + 0.06, seat_z - 0.05),
        (depth / 2 - 0.06, seat_z - 0.05),
        (depth / 2 - 0.06, 0.0),
        (depth / 2, 0.0),
        (depth / 2, seat_z + 0.02),
    ]
    if has_back:
        outline += [(depth / 2 + lean + 0.04, back_top), (depth / 2 + lean - 0.02, back_top)]
    outline += [(depth / 2 - 0.04, seat_z), (-depth / 2, seat_z)]
    for sx in (-1, 1):
        x = sx * (length / 2 - 0.15)
        a.add(side_prism(outline, 0.05, x), "frame", IRON, Tier.SECONDARY)


TEMPLATES = (
    Template(
        "chair",
        build_chair,
        0.9,
        synonyms=("armchair", "stool", "dining chair", "kitchen chair"),
        parts=("seat", "leg", "back", "arm", "cushion"),
        aliases={"armrest": "arm", "backrest": "back", "pad": "cushion", "pillow": "cushion"},
    ),
    Template(
        "table",
        build_table,
        0.75,
        synonyms=("desk", "dining table", "coffee table", "side table", "kitchen table"),
        parts=("top", "leg"),
        aliases={"tabletop": "top", "surface": "top"},
    ),
    Template(
        "bench",
        build_bench,
        0.9,
        synonyms=("park bench", "garden bench", "pew"),
        parts=("seat", "back", "frame"),
        aliases={"slat": "seat", "backrest": "back", "leg": "frame", "armrest": "frame"},
    ),
)
