"""A greenhouse: a glass house on a low brick wall, with a pitched glazed roof, frames and plants
inside."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import GREENS
from meshforge.engines.text.kit.solids import box, side_prism, sphere, subtract

GLASS: RGB = (190, 220, 230)
FRAMES: tuple[RGB, ...] = ((245, 245, 240), (60, 110, 70), (200, 203, 208))
BRICK: RGB = (165, 80, 60)


def build_greenhouse(a: Assembly) -> None:
    """A greenhouse: a glass house on a low brick wall, with a pitched glazed roof, frames and
    plants inside."""
    length, width = a.vary(4.0, 0.15), a.vary(2.6, 0.1)
    wall_h, eaves = a.vary(0.6, 0.15), a.vary(2.0, 0.08)
    ridge = eaves + width * a.between(0.3, 0.4)
    frame = a.pick(FRAMES)
    a.add(box((length, width, wall_h), (0, 0, wall_h / 2)), "wall", BRICK, Tier.SECONDARY)
    # the glazed body: a house-shaped prism along X
    outline = [
        (-width / 2, wall_h),
        (width / 2, wall_h),
        (width / 2, eaves),
        (0.0, ridge),
        (-width / 2, eaves),
    ]
    a.add(side_prism(outline, length - 0.04), "glass", GLASS, Tier.FIXED)
    bays = max(3, round(length / 0.8))
    post = 0.06
    for k in range(bays + 1):
        x = -length / 2 + 0.03 + (length - 0.06) * k / bays
        rib = [
            (-width / 2 - 0.03, wall_h),
            (width / 2 + 0.03, wall_h),
            (width / 2 + 0.03, eaves + 0.03),
            (0.0, ridge + 0.05),
            (-width / 2 - 0.03, eaves + 0.03),
        ]
        inner = [
            (-width / 2 + post, wall_h),
            (width / 2 - post, wall_h),
            (width / 2 - post, eaves - 0.02),
            (0.0, ridge - 0.08),
            (-width / 2 + post, eaves - 0.02),
        ]
        a.add(subtract(side_prism(rib, post, x), side_prism(inner, post * 2, x)), "frame", frame)
    for sy in (-1, 1):
        a.add(box((length, post, post), (0, sy * (width / 2 + 0.01), eaves)), "frame", frame)
        a.add(
            box((length, post, post), (0, sy * (width / 2 + 0.01), wall_h + post / 2)),
            "frame",
            frame,
        )
    a.add(box((length + 0.02, post, post), (0, 0, ridge + 0.02)), "frame", frame)
    # a door in the front gable end
    door_w = width * 0.35
    a.add(
        box((0.04, door_w, eaves - 0.05), (-length / 2 - 0.01, 0, (eaves - 0.05) / 2)),
        "door",
        frame,
    )
    a.add(
        box((0.05, door_w - 0.12, eaves - 0.25), (-length / 2 - 0.02, 0, (eaves - 0.05) / 2)),
        "door",
        GLASS,
        Tier.FIXED,
    )
    if a.wants("plant"):
        for k in range(bays):
            x = -length / 2 + (length) * (k + 0.5) / bays
            for sy in (-1, 1):
                spot = (x, sy * width * 0.3, wall_h + 0.2)
                a.add(sphere(0.22, 12, spot), "plant", a.pick(GREENS), Tier.FIXED)


TEMPLATE = Template(
    "greenhouse",
    build_greenhouse,
    2.8,
    description="a glass garden house with a pitched glass roof for growing plants",
    synonyms=("green house", "glasshouse", "glass house", "hothouse", "conservatory", "orangery"),
    kinds=("victorian greenhouse", "garden greenhouse", "polytunnel"),
    parts=("wall", "glass", "frame", "door", "plant"),
    aliases={
        "panes": "glass",
        "windows": "glass",
        "roof": "glass",
        "plants": "plant",
        "frames": "frame",
    },
)
