"""Larger furniture templates: bed, sofa, bookshelf, wardrobe."""

from __future__ import annotations

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.furniture import FABRICS, PAINTS, WOODS
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import box, capsule, cylinder, rod, rounded_box, sphere

LINEN: tuple[RGB, ...] = ((245, 244, 238), (235, 230, 220), (220, 228, 238))
BLANKETS: tuple[RGB, ...] = (
    (70, 110, 160),
    (180, 70, 70),
    (90, 140, 110),
    (230, 200, 140),
    (120, 90, 150),
)
BOOKS: tuple[RGB, ...] = (
    (170, 40, 40),
    (40, 70, 130),
    (50, 110, 70),
    (210, 170, 60),
    (235, 230, 215),
    (90, 60, 40),
    (40, 40, 45),
    (200, 110, 50),
)
METAL: RGB = (190, 190, 196)
LEG_DARK: RGB = (60, 45, 35)


def build_bed(a: Assembly) -> None:
    """A bed: frame on legs, mattress, pillows, a blanket over the foot end and a headboard."""
    if a.mentions("double", "queen", "king"):
        width = a.vary(1.7 if a.mentions("king") else 1.5, 0.05)
    elif a.mentions("single", "twin", "child", "kid"):
        width = a.vary(0.95, 0.05)
    else:
        width = a.pick((0.95, 1.45, 1.6)) * a.vary(1.0, 0.04)
    length, wood = a.vary(2.05, 0.04), a.pick(WOODS + PAINTS[:2])
    frame_top = a.vary(0.38, 0.1)
    a.add(box((width + 0.06, length, 0.18), (0, 0, frame_top - 0.09)), "frame", wood)
    for sx in (-1, 1):
        for sy in (-1, 1):
            leg = box(
                (0.07, 0.07, frame_top - 0.1),
                (sx * width / 2, sy * (length / 2 - 0.05), (frame_top - 0.1) / 2),
            )
            a.add(leg, "leg", wood)
    mattress_top = frame_top + 0.2
    a.add(
        rounded_box(
            (width, length - 0.06, 0.24), 0.05, a.segments(0.05), (0, -0.02, mattress_top - 0.12)
        ),
        "mattress",
        a.pick(LINEN),
        Tier.FIXED,
    )
    head_h = a.vary(1.0, 0.12)
    a.add(box((width + 0.1, 0.07, head_h), (0, length / 2, head_h / 2)), "headboard", wood)
    if a.chance(0.5):  # a padded panel on the headboard
        pad = rounded_box(
            (width - 0.05, 0.06, head_h * 0.4),
            0.03,
            a.segments(0.03),
            (0, length / 2 - 0.04, head_h * 0.72),
        )
        a.add(pad, "headboard", a.pick(FABRICS), Tier.SECONDARY)
    if a.maybe("footboard", 0.5):
        foot_h = frame_top + a.between(0.02, 0.1)  # below the mattress, which shows over it
        a.add(box((width + 0.1, 0.06, foot_h), (0, -length / 2, foot_h / 2)), "footboard", wood)
    pillows = a.count("pillow", 1 if width < 1.2 else 2, 0, 3)
    pillow_w = min(0.65, (width - 0.1) / max(pillows, 1) - 0.04)
    for i in range(pillows):
        x = (i - (pillows - 1) / 2) * (pillow_w + 0.04)
        pillow = rounded_box((pillow_w, 0.38, 0.14), 0.06, a.segments(0.06), (0, 0, 0))
        a.add(
            pillow.rotate((-12, 0, 0)).translate((x, length / 2 - 0.28, mattress_top + 0.05)),
            "pillow",
            a.pick(LINEN),
            Tier.FIXED,
        )
    if a.wants("blanket"):
        cover = length * a.between(0.55, 0.7)
        y = -length / 2 + cover / 2 - 0.01
        a.add(
            rounded_box(
                (width + 0.05, cover, 0.28), 0.03, a.segments(0.03), (0, y, mattress_top - 0.1)
            ),
            "blanket",
            a.pick(BLANKETS),
            Tier.SECONDARY,
        )
        fold = rounded_box(
            (width + 0.07, 0.16, 0.06),
            0.03,
            a.segments(0.03),
            (0, y + cover / 2 - 0.08, mattress_top + 0.035),
        )
        a.add(fold, "blanket", a.pick(LINEN), Tier.FIXED)


def build_sofa(a: Assembly) -> None:
    """A sofa: a base on short legs, seat and back cushions, two arms; "loveseat" seats two."""
    seats = 2 if a.mentions("loveseat") else a.count("seat", a.pick((2, 3, 3)), 1, 5)
    arm_w, depth = a.vary(0.2, 0.15), a.vary(0.9, 0.08)
    width = seats * a.vary(0.62, 0.06) + 2 * arm_w
    fabric = a.pick((*FABRICS, (120, 120, 125), (60, 60, 70)))
    leg_h, base_top = 0.1, a.vary(0.36, 0.06)
    a.add(
        rounded_box(
            (width, depth, base_top - leg_h), 0.04, a.segments(0.04), (0, 0, (base_top + leg_h) / 2)
        ),
        "body",
        fabric,
    )
    for sx in (-1, 1):
        for sy in (-1, 1):
            leg = cylinder(
                0.025,
                leg_h + 0.02,
                12,
                (sx * (width / 2 - 0.08), sy * (depth / 2 - 0.08), 0),
                0.018,
            )
            a.add(leg, "leg", a.pick((LEG_DARK, *WOODS[:2])), Tier.FIXED)
    back_t = 0.22
    back_top = base_top + a.vary(0.5, 0.1)
    a.add(
        rounded_box(
            (width, back_t, back_top - leg_h),
            0.06,
            a.segments(0.06),
            (0, depth / 2 - back_t / 2, (back_top + leg_h) / 2),
        ),
        "back",
        fabric,
    )
    round_arms = a.chance(0.5)
    arm_top = base_top + a.vary(0.24, 0.15)
    for sx in (-1, 1):
        x = sx * (width / 2 - arm_w / 2)
        a.add(
            rounded_box(
                (arm_w, depth, arm_top - leg_h),
                0.05,
                a.segments(0.05),
                (x, 0, (arm_top + leg_h) / 2),
            ),
            "arm",
            fabric,
        )
        if round_arms:  # a rolled arm
            roll = capsule(
                (x, -depth / 2 + arm_w * 0.55, arm_top),
                (x, depth / 2 - 0.05, arm_top),
                arm_w * 0.55,
                a.segments(arm_w),
            )
            a.add(roll, "arm", fabric)
    inner = width - 2 * arm_w
    cushion_w = inner / seats
    seat_d = depth - back_t
    for i in range(seats):
        x = -inner / 2 + cushion_w * (i + 0.5)
        seat = rounded_box(
            (cushion_w - 0.01, seat_d + 0.02, 0.16),
            0.05,
            a.segments(0.05),
            (x, -back_t / 2 + 0.01, base_top + 0.07),
        )
        a.add(seat, "cushion", fabric)
        back = rounded_box(
            (cushion_w - 0.01, 0.16, back_top - base_top - 0.05), 0.06, a.segments(0.06), (0, 0, 0)
        )
        a.add(
            back.rotate((-8, 0, 0)).translate(
                (x, depth / 2 - back_t - 0.05, (back_top + base_top) / 2 + 0.06)
            ),
            "cushion",
            fabric,
        )
    if a.maybe("pillow", 0.5, "throw"):
        for sx in (-1, 1):
            pillow = rounded_box((0.4, 0.14, 0.4), 0.07, a.segments(0.07), (0, 0, 0)).rotate(
                (-15, sx * 10, 0)
            )
            a.add(
                pillow.translate(
                    (sx * (inner / 2 - 0.22), depth / 2 - back_t - 0.15, base_top + 0.3)
                ),
                "pillow",
                a.pick(BLANKETS),
                Tier.SECONDARY,
            )


def build_bookshelf(a: Assembly) -> None:
    """An open bookcase: sides, top, plinth and back panel, with rows of books on its shelves."""
    width, depth, height = a.vary(0.9, 0.15), a.vary(0.3, 0.1), a.vary(1.8, 0.15)
    shelves = a.count("shelf", a.pick((4, 5)), 2, 7)
    wood, board = a.pick(WOODS + PAINTS[:2]), 0.025
    plinth = 0.08
    for sx in (-1, 1):
        a.add(
            box((board, depth, height), (sx * (width / 2 - board / 2), 0, height / 2)),
            "frame",
            wood,
        )
    a.add(box((width + 0.02, depth + 0.02, board), (0, 0, height - board / 2)), "frame", wood)
    a.add(box((width, depth, plinth), (0, 0, plinth / 2)), "frame", wood)
    a.add(box((width, 0.012, height), (0, depth / 2 - 0.006, height / 2)), "frame", wood)
    gap = (height - plinth - board) / shelves
    inner = width - 2 * board
    for level in range(shelves):
        floor = plinth + level * gap
        if level:
            a.add(box((inner + 0.004, depth, board), (0, 0, floor)), "shelf", wood)
        if a.wants("book"):
            top = floor + board / 2 if level else plinth
            _books(a, inner, depth, top, gap - board)


def _books(a: Assembly, inner: float, depth: float, floor: float, room: float) -> None:
    """A row of books standing on one shelf, left to right, with a gap or a leaning one."""
    x, end = -inner / 2 + 0.01, inner / 2 - a.between(0.02, 0.25)
    while x < end - 0.03:
        thick = a.between(0.02, 0.05)
        tall = room * a.between(0.6, 0.88)
        deep = depth * a.between(0.65, 0.85)
        book = box(
            (thick, deep, tall),
            (x + thick / 2, -depth / 2 + deep / 2 + 0.01, floor + tall / 2 - 0.003),
        )
        a.add(book, "book", a.pick(BOOKS), Tier.FIXED)
        x += thick + (a.between(0.04, 0.12) if a.chance(0.08) else 0.0)


def build_wardrobe(a: Assembly) -> None:
    """A wardrobe: a tall cabinet on feet with a cornice, two or three doors and handles."""
    doors = a.count("door", a.pick((2, 2, 3)), 1, 4)
    width, depth = a.vary(0.5, 0.1) * doors, a.vary(0.6, 0.08)
    height, wood = a.vary(1.95, 0.08), a.pick(WOODS + PAINTS[:2])
    foot = 0.1
    a.add(box((width, depth, height - foot), (0, 0, (height + foot) / 2)), "body", wood)
    a.add(box((width + 0.06, depth + 0.04, 0.07), (0, 0, height - 0.035)), "body", wood)
    a.add(box((width + 0.03, depth + 0.02, 0.05), (0, 0, foot + 0.025)), "body", wood)
    for sx in (-1, 1):
        for sy in (-1, 1):
            at = (sx * (width / 2 - 0.06), sy * (depth / 2 - 0.06), 0.0)
            a.add(cylinder(0.04, foot + 0.01, 12, at, 0.03), "leg", wood)
    drawer_h = 0.22 if a.maybe("drawer", 0.4) else 0.0
    door_w, door_low, door_top = width / doors, foot + 0.05 + drawer_h, height - 0.07
    door_h = door_top - door_low - 0.02
    accent = a.pick(WOODS + PAINTS)
    for i in range(doors):
        x = -width / 2 + door_w * (i + 0.5)
        z = door_low + 0.01 + door_h / 2
        a.add(box((door_w - 0.012, 0.02, door_h), (x, -depth / 2, z)), "door", wood)
        panel = box((door_w - 0.12, 0.03, door_h - 0.16), (x, -depth / 2 - 0.002, z))
        a.add(panel, "panel", accent, Tier.SECONDARY)
        handle_x = x + (door_w / 2 - 0.05) * (1 if i % 2 == 0 else -1) * (-1 if doors > 1 else 1)
        handle = rod(
            (handle_x, -depth / 2 - 0.035, z - 0.1),
            (handle_x, -depth / 2 - 0.035, z + 0.1),
            0.008,
            8,
        )
        a.add(handle, "handle", METAL, Tier.FIXED)
        for dz in (-0.1, 0.1):
            post = rod(
                (handle_x, -depth / 2 - 0.005, z + dz),
                (handle_x, -depth / 2 - 0.04, z + dz),
                0.006,
                8,
            )
            a.add(post, "handle", METAL, Tier.FIXED)
    if drawer_h:
        z = foot + 0.05 + drawer_h / 2
        a.add(box((width - 0.012, 0.02, drawer_h - 0.015), (0, -depth / 2, z)), "drawer", wood)
        for sx in (-1, 1):
            a.add(
                sphere(0.02, 12, (sx * width * 0.25, -depth / 2 - 0.015, z)),
                "handle",
                METAL,
                Tier.FIXED,
            )


TEMPLATES = (
    Template(
        "bed",
        build_bed,
        1.0,
        synonyms=("double bed", "single bed", "king size bed", "queen bed", "cot", "bunk"),
        parts=("frame", "leg", "mattress", "headboard", "footboard", "pillow", "blanket"),
        aliases={"duvet": "blanket", "quilt": "blanket", "sheet": "mattress", "cushion": "pillow"},
    ),
    Template(
        "sofa",
        build_sofa,
        0.85,
        synonyms=("couch", "settee", "loveseat", "divan", "chesterfield"),
        parts=("body", "leg", "back", "arm", "cushion", "seat", "pillow"),
        aliases={"armrest": "arm", "backrest": "back"},
    ),
    Template(
        "bookshelf",
        build_bookshelf,
        1.8,
        synonyms=("bookcase", "book shelf", "shelving unit", "shelf", "book case"),
        parts=("frame", "shelf", "book"),
        aliases={"side": "frame", "plank": "shelf"},
    ),
    Template(
        "wardrobe",
        build_wardrobe,
        1.95,
        synonyms=("armoire", "closet", "cupboard", "cabinet", "dresser"),
        parts=("body", "door", "panel", "handle", "drawer", "leg"),
        aliases={"knob": "handle", "foot": "leg"},
    ),
)
