"""Landmark building templates: skyscraper, windmill (or wind turbine), church."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    around_z,
    box,
    cylinder,
    dome,
    ellipsoid,
    rod,
    subtract,
    union,
)
from meshforge.engines.text.shapes import face_prism

GLASSES: tuple[RGB, ...] = ((60, 95, 130), (40, 50, 62), (110, 150, 165), (70, 110, 150))
MULLIONS: tuple[RGB, ...] = ((205, 205, 210), (235, 233, 225), (70, 70, 75), (180, 170, 150))
MILL_WALLS: tuple[RGB, ...] = ((245, 243, 235), (150, 75, 55), (120, 95, 70), (200, 195, 185))
MILL_CAPS: tuple[RGB, ...] = ((70, 70, 75), (60, 90, 70), (150, 120, 70))
SAIL: RGB = (240, 236, 225)
WOOD: RGB = (120, 85, 55)
DOOR: RGB = (95, 60, 35)
STONES: tuple[RGB, ...] = ((235, 232, 222), (190, 185, 170), (160, 155, 145))
CHURCH_ROOFS: tuple[RGB, ...] = ((70, 72, 80), (150, 60, 45), (80, 110, 90))
STAINED: RGB = (60, 90, 160)
GOLD: RGB = (220, 180, 60)


def build_skyscraper(a: Assembly) -> None:
    """A glass tower in setback tiers, ribbed with mullions and banded, topped by a spire."""
    width, height = a.vary(30.0, 0.12), a.vary(160.0, 0.2)
    tiers = a.count("tier", a.pick((1, 2, 3)), 1, 4)
    glass, frame = a.pick(GLASSES), a.pick(MULLIONS)
    base = 0.0
    side = width
    for tier in range(tiers):
        share = (0.55, 0.3, 0.15, 0.1)[tier] if tiers > 1 else 1.0
        top = base + height * share * (1.0 if tiers == 1 else 1.05 - 0.05 * tier)
        tall = top - base
        glass_box = box((side, side, tall - 0.4), (0, 0, base + tall / 2))
        a.add(glass_box, "glass", glass, Tier.FIXED)
        ribs = max(3, round(side / 5))
        face = union(
            [
                box(
                    (0.5, 0.5, tall),
                    (-side / 2 + side * (i + 0.5) / ribs, -side / 2, base + tall / 2),
                )
                for i in range(ribs)
            ]
        )
        floors = max(2, round(tall / 16))
        rings = [
            subtract(
                box((side + 0.6, side + 0.6, 1.2), (0, 0, z)),
                box((side - 1, side - 1, 3), (0, 0, z)),
            )
            for z in (base + tall * (k + 1) / floors - 0.6 for k in range(floors))
        ]
        # The core (roof and floor) joins the mullions so that this part outranks the glass in
        # area: seam vertices then take the glass colour and the panes stay glass, not frame.
        core = box((side - 0.2, side - 0.2, tall + 1.0), (0, 0, base + tall / 2 - 0.5))
        a.add(union([core, around_z(face, 4), *rings]), "frame", frame)
        base, side = top, side * a.between(0.65, 0.8)
    a.add(box((width + 2, width + 2, 6), (0, 0, 3)), "lobby", frame)
    a.add(box((width * 0.4, 0.6, 4.5), (0, -width / 2 - 1, 2.25)), "door", (35, 35, 40), Tier.FIXED)
    if a.wants("spire"):
        spire_h = height * a.between(0.1, 0.22)
        a.add(cylinder(side * 0.15, 4, 16, (0, 0, base)), "spire", frame)
        a.add(rod((0, 0, base), (0, 0, base + spire_h), 0.8, 12, 0.15), "spire", frame)


def build_windmill(a: Assembly) -> None:
    """A Dutch windmill: an eight-sided tower, a cap and four lattice sails; "wind turbine"."""
    if a.mentions("turbine", "wind turbine", "windturbine"):
        _turbine(a)
        return
    height, base_r = a.vary(9.0, 0.1), a.vary(3.0, 0.1)
    top_r = base_r * a.vary(0.62, 0.1)
    wall = a.pick(MILL_WALLS)
    a.add(cylinder(base_r, height, 8, (0, 0, 0), top_r).rotate((0, 0, 22.5)), "tower", wall)
    cap_color = a.pick(MILL_CAPS)
    a.add(
        dome((top_r * 1.15, top_r * 1.3, top_r * 1.1), a.segments(top_r), (0, 0, height - 0.1)),
        "cap",
        cap_color,
        Tier.SECONDARY,
    )
    hub = (0.0, -top_r * 1.35, height + top_r * 0.25)
    a.add(rod((0, 0, hub[2]), hub, 0.35, 12), "sail", WOOD, Tier.FIXED)
    a.add(
        rod((0, hub[1] + 0.2, hub[2]), (0, hub[1] - 0.4, hub[2]), 0.55, 12),
        "sail",
        WOOD,
        Tier.FIXED,
    )
    reach = height * a.vary(0.85, 0.08)
    spar = box((0.3, 0.3, reach), (0, 0, reach / 2))
    lattice = box((reach * 0.2, 0.15, reach * 0.78), (reach * 0.12, 0.1, reach * 0.58))
    bars = union(
        [
            box((reach * 0.22, 0.25, 0.12), (reach * 0.12, 0.0, reach * (0.2 + 0.08 * k)))
            for k in range(10)
        ]
    )
    arm = union([spar, lattice, bars])
    tilt = a.between(0, 90)
    sails = union([arm.rotate((0, tilt + 90 * k, 0)) for k in range(4)])
    a.add(sails.translate((0, hub[1] - 0.3, hub[2])), "sail", SAIL, Tier.SECONDARY)
    a.add(box((1.3, 0.5, 2.2), (0, -base_r * 0.9, 1.1)), "door", DOOR, Tier.FIXED)
    if a.maybe("gallery", 0.6):
        z = height * 0.42
        r = base_r + (top_r - base_r) * 0.42
        a.add(
            cylinder(r + 1.1, 0.25, 8, (0, 0, z)).rotate((0, 0, 22.5)), "gallery", WOOD, Tier.FIXED
        )
    for k in range(2):
        z = height * (0.3 + 0.3 * k)
        r = base_r + (top_r - base_r) * z / height
        a.add(box((0.9, 0.5, 1.1), (0, -r * 0.93, z + 1.5)), "window", (50, 60, 75), Tier.FIXED)


def _turbine(a: Assembly) -> None:
    """A three-bladed wind turbine on a tapering white mast."""
    height = a.vary(80.0, 0.1)
    white = (240, 240, 240)
    a.add(cylinder(2.2, height, a.segments(2.2), (0, 0, 0), 1.4), "tower", white)
    nacelle = box((3.2, 9.0, 3.4), (0, 1.8, height + 1.2))
    a.add(nacelle, "cap", white)
    hub = (0.0, -3.2, height + 1.2)
    a.add(ellipsoid((1.8, 2.4, 1.8), 24, hub), "cap", white)
    blade = Manifold.batch_hull(
        [box((3.6, 0.6, 0.1), (0, 0, 1.0)), box((1.0, 0.3, 0.1), (0, 0, height * 0.5))]
    )
    turn = a.between(0, 120)
    blades = union([blade.rotate((0, turn + 120 * k, 0)) for k in range(3)])
    a.add(blades.translate(hub), "sail", white)


def build_church(a: Assembly) -> None:
    """A village church: a gabled nave, a front tower with a spire and cross, arched windows."""
    width, length = a.vary(9.0, 0.1), a.vary(18.0, 0.12)
    wall_h, pitch = a.vary(7.0, 0.1), a.vary(0.7, 0.15)
    stone, roof = a.pick(STONES), a.pick(CHURCH_ROOFS)
    a.add(box((width, length, wall_h), (0, 0, wall_h / 2)), "wall", stone)
    gable = [
        (-width / 2 - 0.4, wall_h - 0.1),
        (width / 2 + 0.4, wall_h - 0.1),
        (0.0, wall_h + width * pitch),
    ]
    a.add(face_prism(gable, length + 0.6), "roof", roof, Tier.SECONDARY)
    tower_w = width * a.vary(0.45, 0.1)
    tower_h = wall_h + width * pitch + a.vary(4.0, 0.2)
    front = -length / 2 - tower_w / 2 + 0.5
    a.add(box((tower_w, tower_w, tower_h), (0, front, tower_h / 2)), "tower", stone)
    spire_h = tower_w * a.vary(2.2, 0.15)
    spire = cylinder(tower_w * 0.72, spire_h, 4, (0, 0, 0), 0.05).rotate((0, 0, 45))
    a.add(spire.translate((0, front, tower_h)), "spire", roof, Tier.SECONDARY)
    top = tower_h + spire_h
    a.add(box((0.2, 0.2, 2.2), (0, front, top + 0.9)), "cross", GOLD, Tier.FIXED)
    a.add(box((1.2, 0.2, 0.2), (0, front, top + 1.3)), "cross", GOLD, Tier.FIXED)
    door_w = tower_w * 0.4
    door = union(
        [box((door_w, 0.4, 2.6), (0, 0, 1.3)), rod((0, -0.2, 2.6), (0, 0.2, 2.6), door_w / 2, 16)]
    )
    a.add(door.translate((0, front - tower_w / 2, 0)), "door", DOOR, Tier.FIXED)
    clock = rod(
        (0, front - tower_w / 2 - 0.1, tower_h - 1.6),
        (0, front - tower_w / 2 + 0.1, tower_h - 1.6),
        tower_w * 0.25,
        24,
    )
    a.add(clock, "clock", (245, 240, 225), Tier.FIXED)
    windows = a.count("window", 4, 2, 7)
    for k in range(windows):
        y = -length / 2 + length * (k + 0.75) / (windows + 0.5)
        for sx in (-1, 1):
            pane = union(
                [box((0.3, 1.1, 2.4), (0, 0, 0)), rod((-0.15, 0, 1.2), (0.15, 0, 1.2), 0.55, 12)]
            )
            a.add(pane.translate((sx * width / 2, y, wall_h * 0.45)), "window", STAINED, Tier.FIXED)
    rose = rod(
        (0, length / 2 - 0.1, wall_h + 0.5), (0, length / 2 + 0.1, wall_h + 0.5), width * 0.15, 24
    )
    a.add(rose, "window", STAINED, Tier.FIXED)


TEMPLATES = (
    Template(
        "skyscraper",
        build_skyscraper,
        160.0,
        synonyms=("office tower", "tower block", "office building"),
        parts=("glass", "frame", "lobby", "door", "spire", "tier"),
        aliases={"window": "glass", "antenna": "spire", "mullion": "frame"},
    ),
    Template(
        "windmill",
        build_windmill,
        12.0,
        synonyms=("wind mill", "wind turbine", "dutch windmill", "mill"),
        parts=("tower", "cap", "sail", "door", "gallery", "window"),
        aliases={"blade": "sail", "roof": "cap", "balcony": "gallery"},
    ),
    Template(
        "church",
        build_church,
        18.0,
        synonyms=("chapel", "cathedral", "village church", "abbey"),
        parts=("wall", "roof", "tower", "spire", "cross", "door", "window", "clock"),
        aliases={"steeple": "spire", "belfry": "tower"},
    ),
)
