"""A garden shed: board-clad walls, a gabled roof, double doors in the gable end, a window;
"garage" makes a wider one with an up-and-over door for a car."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, union
from meshforge.engines.text.kit.sweeps import face_prism
from meshforge.engines.text.kit.vehicles import GLASS

BOARDS: tuple[RGB, ...] = (
    (150, 105, 65),
    (120, 85, 55),
    (95, 120, 90),
    (200, 185, 150),
    (70, 95, 120),
    (160, 60, 50),
)
GARAGE_WALLS: tuple[RGB, ...] = ((225, 220, 210), (190, 175, 150), (165, 80, 60), (150, 150, 150))
ROOFS: tuple[RGB, ...] = ((60, 60, 65), (95, 70, 55), (45, 70, 55), (130, 60, 45))
TRIM: RGB = (240, 238, 230)
DOORS: tuple[RGB, ...] = ((240, 238, 230), (110, 75, 45), (60, 65, 72))


def build_shed(a: Assembly) -> None:
    """A garden shed, or a garage when the prompt says so."""
    garage = a.mentions("garage", "carport")
    if garage:
        width, depth, wall_h = a.vary(3.6, 0.06), a.vary(6.0, 0.08), a.vary(2.6, 0.05)
    else:
        width, depth, wall_h = a.vary(2.4, 0.12), a.vary(1.9, 0.12), a.vary(2.0, 0.06)
    walls = a.pick(GARAGE_WALLS if garage else BOARDS)
    a.add(box((width + 0.2, depth + 0.2, 0.12), (0, 0, 0.06)), "base", (150, 148, 142), Tier.FIXED)
    a.add(box((width, depth, wall_h), (0, 0, wall_h / 2 + 0.1)), "wall", walls)
    if not garage or a.chance(0.4):
        _cladding(a, width, depth, wall_h, walls)
    pitch = width * a.between(0.22, 0.34)
    top = wall_h + 0.1
    gable = face_prism([(-width / 2, 0), (width / 2, 0), (0, pitch)], depth).translate((0, 0, top))
    a.add(gable, "wall", walls)
    eave, thick = 0.2, 0.09
    roof = face_prism(
        [
            (-width / 2 - eave, -eave * pitch / (width / 2)),
            (0, pitch),
            (width / 2 + eave, -eave * pitch / (width / 2)),
            (width / 2 + eave, -eave * pitch / (width / 2) + thick * 1.6),
            (0, pitch + thick * 1.6),
            (-width / 2 - eave, -eave * pitch / (width / 2) + thick * 1.6),
        ],
        depth + 2 * eave,
    )
    a.add(roof.translate((0, 0, top - thick * 0.4)), "roof", ROOFS, Tier.SECONDARY)
    front = -depth / 2
    if garage:
        _up_and_over(a, width, wall_h, front)
    else:
        _double_doors(a, width, wall_h, front)
    if a.maybe("window", 0.85):
        x = width / 2
        y = front + depth * (0.5 if not garage else 0.7)
        frame = box((0.08, 0.8, 0.62), (x, y, wall_h * 0.62 + 0.1))
        a.add(frame, "trim", TRIM, Tier.FIXED)
        a.add(box((0.1, 0.66, 0.5), (x, y, wall_h * 0.62 + 0.1)), "window", GLASS, Tier.FIXED)
        a.add(box((0.12, 0.06, 0.5), (x, y, wall_h * 0.62 + 0.1)), "trim", TRIM, Tier.FIXED)


def _cladding(a: Assembly, width: float, depth: float, wall_h: float, color: RGB) -> None:
    """Overlapping horizontal boards round the walls: each course a ring a little proud."""
    course = 0.16
    rings = [
        box((width + 0.04, depth + 0.04, course - 0.02), (0, 0, 0.1 + course * (k + 0.5)))
        for k in range(int(wall_h / course))
    ]
    a.add(union(rings), "boards", color)


def _double_doors(a: Assembly, width: float, wall_h: float, front: float) -> None:
    """Two ledged doors under a trim frame, each with a diagonal brace, and a hasp."""
    door_w, door_h = min(1.4, width * 0.55), min(1.85, wall_h * 0.9)
    color = a.pick(DOORS)
    a.add(
        box((door_w + 0.14, 0.08, door_h + 0.08), (0, front - 0.02, 0.1 + (door_h + 0.08) / 2)),
        "trim",
        TRIM,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        leaf = box(
            (door_w / 2 - 0.02, 0.1, door_h), (sx * door_w / 4, front - 0.04, 0.1 + door_h / 2)
        )
        a.add(leaf, "door", color, Tier.SECONDARY)
        brace = box((0.08, 0.04, door_h * 0.95), (0, 0, 0)).rotate((0, sx * 22, 0))
        a.add(
            brace.translate((sx * door_w / 4, front - 0.1, 0.1 + door_h / 2)),
            "door",
            color,
            Tier.SECONDARY,
        )
    a.add(
        box((0.1, 0.06, 0.04), (0, front - 0.12, 0.1 + door_h * 0.55)),
        "handle",
        (40, 40, 44),
        Tier.FIXED,
    )


def _up_and_over(a: Assembly, width: float, wall_h: float, front: float) -> None:
    """A wide garage door of horizontal panels in a trim frame."""
    door_w, door_h = width * 0.78, wall_h * 0.82
    color = a.pick(DOORS)
    a.add(
        box((door_w + 0.2, 0.08, door_h + 0.1), (0, front - 0.02, 0.1 + (door_h + 0.1) / 2)),
        "trim",
        TRIM,
        Tier.FIXED,
    )
    panels = 5
    for k in range(panels):
        panel = box(
            (door_w, 0.1, door_h / panels - 0.03),
            (0, front - 0.05, 0.12 + door_h * (k + 0.5) / panels),
        )
        a.add(panel, "door", color, Tier.SECONDARY)
    a.add(
        box((0.3, 0.06, 0.05), (0, front - 0.12, 0.1 + door_h * 0.1)),
        "handle",
        (40, 40, 44),
        Tier.FIXED,
    )


TEMPLATE = Template(
    "shed",
    build_shed,
    3.0,
    description="a small wooden garden shed with a pitched roof and a double door",
    synonyms=("garden shed", "tool shed", "toolshed", "garage", "storage shed"),
    kinds=(
        "potting shed",
        "wooden shed",
        "woodshed",
        "wood shed",
        "bike shed",
        "backyard shed",
        "outbuilding",
        "lean to",
        "car garage",
        "detached garage",
        "lockup garage",
    ),
    not_claimed=("parking garage", "garage sale", "garage band"),
    parts=("base", "wall", "boards", "roof", "door", "trim", "window", "handle"),
    aliases={
        "siding": "boards",
        "cladding": "boards",
        "planks": "boards",
        "doors": "door",
        "garage door": "door",
        "frame": "trim",
        "floor": "base",
        "roofing": "roof",
    },
)
