"""Hand tool templates: hammer, screwdriver, wrench, axe, shovel, saw.

Tools stand upright, working end at the top (as the sword does), so that the front view shows
their whole outline.
"""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    around_z,
    box,
    capsule,
    cylinder,
    ellipsoid,
    lathe,
    rod,
    subtract,
    union,
)
from meshforge.engines.text.shapes import face_prism

HANDLE_WOODS: tuple[RGB, ...] = ((190, 145, 90), (160, 110, 65), (210, 170, 115))
STEEL: RGB = (190, 195, 202)
DARK_STEEL: RGB = (75, 78, 85)
PLASTICS: tuple[RGB, ...] = ((210, 40, 40), (245, 190, 30), (40, 90, 190), (50, 150, 70))
RUBBER: RGB = (35, 35, 38)
PAINTED: tuple[RGB, ...] = ((190, 40, 35), (60, 62, 68), (230, 120, 30), (45, 110, 60))


def build_hammer(a: Assembly) -> None:
    """A claw hammer standing on its handle; "sledge" and "mallet" change the head."""
    kind = "claw"
    if a.mentions("sledge", "sledgehammer"):
        kind = "sledge"
    elif a.mentions("mallet", "gavel"):
        kind = "mallet"
    length = a.vary(0.8 if kind == "sledge" else 0.32, 0.1)
    radius = 0.016 if kind == "sledge" else 0.013
    wood = a.pick(HANDLE_WOODS)
    a.add(rod((0, 0, 0), (0, 0, length), radius * 1.1, a.segments(radius), radius), "handle", wood)
    if a.maybe("grip", 0.4, "rubber"):
        sleeve = capsule(
            (0, 0, radius * 1.3), (0, 0, length * 0.38), radius * 1.3, a.segments(radius)
        )
        a.add(sleeve, "grip", a.pick((RUBBER, *PLASTICS[:3])), Tier.SECONDARY)
    top = length + radius * 0.5
    if kind == "mallet":
        head_r = a.vary(0.035, 0.1)
        mallet = rod((-0.065, 0, top), (0.065, 0, top), head_r, a.segments(head_r))
        a.add(mallet, "head", a.pick((*HANDLE_WOODS[:2], RUBBER)))
        return
    if kind == "sledge":
        head = box((a.vary(0.2, 0.1), 0.065, 0.065), (0, 0, top))
        a.add(head, "head", DARK_STEEL)
        return
    face_r = a.vary(0.017, 0.1)
    eye = box((0.036, 0.03, 0.05), (0, 0, top))
    face = rod((0, 0, top), (0.06, 0, top), face_r, a.segments(face_r), face_r * 1.15)
    a.add(union([eye, face]), "head", DARK_STEEL)
    if a.chance(0.7):  # a split, curved claw for pulling nails
        claw = face_prism(
            [
                (0.0, top + 0.016),
                (-0.04, top + 0.013),
                (-0.068, top - 0.004),
                (-0.085, top - 0.032),
                (-0.076, top - 0.03),
                (-0.056, top - 0.012),
                (-0.03, top - 0.005),
                (0.0, top - 0.012),
            ],
            0.024,
        )
        slot = box((0.07, 0.006, 0.08), (-0.075, 0, top - 0.02))
        a.add(subtract(claw, slot), "head", DARK_STEEL)
    else:  # ball peen
        neck = rod((0, 0, top), (-0.045, 0, top), 0.009, a.segments(0.01))
        ball = ellipsoid((0.015, 0.015, 0.015), a.segments(0.015), (-0.05, 0, top))
        a.add(union([neck, ball]), "head", DARK_STEEL)


def build_screwdriver(a: Assembly) -> None:
    """A screwdriver standing on its fluted handle, flat or cross tip at the top."""
    handle_h, handle_r = a.vary(0.1, 0.1), a.vary(0.016, 0.1)
    shaft_len, shaft_r = a.vary(0.12, 0.25), 0.0035
    color = a.pick(PLASTICS)
    profile = [
        (0.0, 0.0),
        (handle_r * 0.85, 0.0),
        (handle_r, handle_h * 0.12),
        (handle_r, handle_h * 0.8),
        (handle_r * 0.6, handle_h),
        (0.0, handle_h),
    ]
    a.add(lathe(profile, a.segments(handle_r)), "handle", color)
    rib = capsule(
        (handle_r * 0.95, 0, handle_h * 0.15), (handle_r * 0.95, 0, handle_h * 0.78), 0.0025, 8
    )
    a.add(around_z(rib, 6), "handle", color)
    if a.maybe("band", 0.5):
        band = cylinder(
            handle_r * 1.02, handle_h * 0.12, a.segments(handle_r), (0, 0, handle_h * 0.3)
        )
        a.add(band, "band", (30, 30, 32), Tier.SECONDARY)
    ferrule = cylinder(shaft_r * 2.2, 0.012, 12, (0, 0, handle_h - 0.004))
    a.add(ferrule, "shaft", STEEL, Tier.FIXED)
    tip_z = handle_h + shaft_len
    a.add(rod((0, 0, handle_h - 0.01), (0, 0, tip_z), shaft_r, 12), "shaft", STEEL, Tier.FIXED)
    if a.mentions("phillips", "cross") or (not a.mentions("flat", "flathead") and a.chance(0.5)):
        tip = cylinder(shaft_r, 0.01, 12, (0, 0, tip_z - 0.001), shaft_r * 0.2)
    else:
        tip = Manifold.batch_hull(
            [
                cylinder(shaft_r, 0.001, 12, (0, 0, tip_z - 0.001)),
                box((shaft_r * 2.4, shaft_r * 0.5, 0.001), (0, 0, tip_z + 0.012)),
            ]
        )
    a.add(tip, "shaft", STEEL, Tier.FIXED)


def build_wrench(a: Assembly) -> None:
    """A combination spanner standing upright: an open jaw at the top, a ring at the bottom."""
    length, thick = a.vary(0.2, 0.15), 0.007
    jaw_r, ring_r = length * 0.11, length * 0.09
    width = length * 0.085
    seg = a.segments(jaw_r)
    shaft = Manifold.batch_hull(
        [
            rod((0, -thick / 2, ring_r), (0, thick / 2, ring_r), width * 0.6, 12),
            rod((0, -thick / 2, length - jaw_r), (0, thick / 2, length - jaw_r), width * 0.5, 12),
        ]
    )
    jaw = rod((0, -thick * 0.6, length - jaw_r), (0, thick * 0.6, length - jaw_r), jaw_r, seg)
    slot = box((jaw_r * 0.95, 0.05, jaw_r * 2), (0, 0, jaw_r)).rotate((0, a.between(10, 20), 0))
    jaw = subtract(jaw, slot.translate((0, 0, length - jaw_r * 1.1)))
    ring = rod((0, -thick * 0.6, ring_r), (0, thick * 0.6, ring_r), ring_r, seg)
    hole = cylinder(ring_r * 0.55, 0.05, 6).rotate((90, 0, 0)).translate((0, 0.025, ring_r))
    ring = subtract(ring, hole)
    a.add(subtract(shaft, hole), "body", STEEL)
    a.add(jaw, "body", STEEL)
    a.add(ring, "body", STEEL)
    if a.maybe("grip", 0.3, "rubber"):
        sleeve = Manifold.batch_hull(
            [
                rod((0, -thick, length * 0.35), (0, thick, length * 0.35), width * 0.65, 12),
                rod((0, -thick, length * 0.62), (0, thick, length * 0.62), width * 0.6, 12),
            ]
        )
        a.add(sleeve, "grip", a.pick(PLASTICS), Tier.SECONDARY)


def build_axe(a: Assembly) -> None:
    """An axe standing on its handle: a wedge head, a bright edge; "double" adds a second bit."""
    length = a.vary(0.4 if a.mentions("hatchet") else 0.72, 0.1)
    handle_r = length * 0.024
    a.add(
        rod((0, 0, 0), (0, 0, length + 0.01), handle_r * 1.1, a.segments(handle_r), handle_r),
        "handle",
        a.pick(HANDLE_WOODS),
        Tier.SECONDARY,
    )
    a.add(
        ellipsoid((handle_r * 1.4, handle_r * 1.2, handle_r * 1.6), a.segments(handle_r)),
        "handle",
        a.pick(HANDLE_WOODS),
        Tier.SECONDARY,
    )
    scale = length / 0.72
    head_z = length - 0.04 * scale
    head_color = a.pick(PAINTED)
    eye = box((0.05 * scale, 0.036 * scale, 0.07 * scale), (0, 0, head_z))
    a.add(eye, "head", head_color)
    sides = (1, -1) if a.mentions("double", "battle", "viking", "labrys") else (1,)
    reach, drop = a.vary(0.15, 0.1) * scale, a.vary(0.19, 0.12) * scale
    for side in sides:
        cheek = box((0.01 * scale, 0.03 * scale, 0.065 * scale), (side * 0.03 * scale, 0, head_z))
        bit = box((0.004, 0.005 * scale, drop * 0.85), (side * reach * 0.92, 0, head_z - 0.015))
        # the bright edge straddles the bit's thin end, so the two always overlap
        a.add(Manifold.batch_hull([cheek, bit]), "head", head_color)
        edge_x = side * (reach * 0.92 + 0.004)
        edge = box((0.012 * scale, 0.0045 * scale, drop), (edge_x, 0, head_z - 0.015))
        a.add(edge, "edge", STEEL, Tier.FIXED)
    if len(sides) == 1:
        poll = box((0.03 * scale, 0.034 * scale, 0.05 * scale), (-0.035 * scale, 0, head_z))
        a.add(poll, "head", head_color)


def build_shovel(a: Assembly) -> None:
    """A spade standing on its blade: a pointed steel blade, a long shaft and a D-grip."""
    height, blade_w = a.vary(1.05, 0.1), a.vary(0.23, 0.1)
    blade_h = blade_w * a.vary(1.25, 0.1)
    pointed = not a.mentions("spade", "flat") and a.chance(0.7)
    if pointed:  # sides bulge out from a rounded point
        steps = [i / 8 for i in range(9)]
        right = [(blade_w / 2 * math.sin(t * math.pi / 2), blade_h * 0.5 * t) for t in steps]
        sides = right[::-1] + [(-x, z) for x, z in right[1:]]
    else:
        sides = [(blade_w / 2, 0.02), (blade_w / 2 - 0.01, 0.0)]
        sides += [(-x, z) for x, z in reversed(sides)]
    outline = [(-blade_w / 2, blade_h), (blade_w / 2, blade_h), *sides]
    blade_color = a.pick((*PAINTED, STEEL))
    a.add(face_prism(outline, 0.006), "blade", blade_color)
    step = rod((-blade_w / 2, 0, blade_h), (blade_w / 2, 0, blade_h), 0.008, 12)
    socket = cylinder(0.024, blade_h * 0.55, a.segments(0.024), (0, 0, blade_h * 0.7), 0.019)
    a.add(step + socket, "blade", blade_color)
    grip_z = height - 0.12
    a.add(
        rod((0, 0, blade_h), (0, 0, grip_z + 0.01), 0.017, a.segments(0.017)),
        "shaft",
        a.pick(HANDLE_WOODS),
        Tier.SECONDARY,
    )
    spread = 0.055
    grip_color = a.pick((RUBBER, *PLASTICS[:2], HANDLE_WOODS[0]))
    for side in (-1, 1):
        arm = capsule((0, 0, grip_z), (side * spread, 0, grip_z + 0.1), 0.012, 12)
        a.add(arm, "grip", grip_color, Tier.FIXED)
    bar = capsule((-spread, 0, grip_z + 0.1), (spread, 0, grip_z + 0.1), 0.016, 12)
    a.add(bar, "grip", grip_color, Tier.FIXED)


def build_saw(a: Assembly) -> None:
    """A hand saw standing on its teeth: a tapered steel blade and a wooden closed handle."""
    length, heel = a.vary(0.5, 0.12), a.vary(0.12, 0.1)
    toe, tooth = heel * 0.55, 0.008
    teeth = [
        (-length / 2 + i * tooth + (tooth / 2 if k else 0), 0.0 if k else tooth * 0.8)
        for i in range(round(length / tooth))
        for k in (0, 1)
    ]
    outline = [*teeth, (length / 2, tooth), (length / 2, heel), (-length / 2, toe)]
    a.add(face_prism(outline, 0.002), "blade", STEEL)
    grip = [
        (length / 2 - 0.03, tooth * 0.6 + 0.01),
        (length / 2 + 0.1, 0.0),
        (length / 2 + 0.13, heel * 0.55),
        (length / 2 + 0.1, heel + 0.05),
        (length / 2 - 0.03, heel + 0.025),
    ]
    hole = [
        (length / 2 + 0.02, heel * 0.35),
        (length / 2 + 0.085, heel * 0.2),
        (length / 2 + 0.095, heel * 0.7),
        (length / 2 + 0.025, heel * 0.8),
    ]
    handle = subtract(face_prism(grip, 0.022), face_prism(hole, 0.05))
    a.add(handle, "handle", a.pick(HANDLE_WOODS + PLASTICS[:1]), Tier.SECONDARY)
    for z in (heel * 0.55, heel * 0.9):  # brass screws through the handle
        rivet = rod((length / 2 + 0.0, -0.013, z), (length / 2 + 0.0, 0.013, z), 0.006, 12)
        a.add(rivet, "screw", (200, 165, 70), Tier.FIXED)


TEMPLATES = (
    Template(
        "hammer",
        build_hammer,
        0.35,
        synonyms=("claw hammer", "sledgehammer", "gavel", "ball peen hammer"),
        parts=("handle", "head", "grip"),
        aliases={"shaft": "handle", "claw": "head"},
    ),
    Template(
        "screwdriver",
        build_screwdriver,
        0.22,
        synonyms=("screw driver", "phillips screwdriver", "flathead screwdriver"),
        parts=("handle", "shaft", "band"),
        aliases={"tip": "shaft", "blade": "shaft", "grip": "handle"},
    ),
    Template(
        "wrench",
        build_wrench,
        0.2,
        synonyms=("spanner", "monkey wrench", "pipe wrench"),
        parts=("body", "grip"),
        aliases={"handle": "grip", "jaw": "body"},
    ),
    Template(
        "axe",
        build_axe,
        0.75,
        synonyms=("ax", "hatchet", "battle axe", "battleaxe", "tomahawk", "woodcutter axe"),
        parts=("handle", "head", "edge"),
        aliases={"blade": "head", "haft": "handle", "shaft": "handle"},
    ),
    Template(
        "shovel",
        build_shovel,
        1.05,
        synonyms=("spade", "garden spade", "trowel"),
        parts=("blade", "shaft", "grip"),
        aliases={"handle": "shaft", "scoop": "blade"},
    ),
    Template(
        "saw",
        build_saw,
        0.6,
        synonyms=("handsaw", "hand saw", "hacksaw", "woodsaw"),
        parts=("blade", "handle", "screw"),
        aliases={"teeth": "blade", "tooth": "blade", "grip": "handle"},
    ),
)
