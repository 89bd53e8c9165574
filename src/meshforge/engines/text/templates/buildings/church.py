"""A village church: a gabled nave, a front tower with a spire and cross, arched windows."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import DARK_DOOR
from meshforge.engines.text.kit.solids import box, cylinder, rod, union
from meshforge.engines.text.kit.sweeps import face_prism

STONES: tuple[RGB, ...] = ((235, 232, 222), (190, 185, 170), (160, 155, 145))


CHURCH_ROOFS: tuple[RGB, ...] = ((70, 72, 80), (150, 60, 45), (80, 110, 90))


STAINED: RGB = (60, 90, 160)


GOLD: RGB = (220, 180, 60)


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
    a.add(door.translate((0, front - tower_w / 2, 0)), "door", DARK_DOOR, Tier.FIXED)
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


TEMPLATE = Template(
    "church",
    build_church,
    18.0,
    description="a building with a steeple where people worship",
    synonyms=("chapel", "cathedral", "village church", "abbey"),
    kinds=("basilica", "kirk", "minster"),
    parts=("wall", "roof", "tower", "spire", "cross", "door", "window", "clock"),
    aliases={"steeple": "spire", "belfry": "tower"},
)
