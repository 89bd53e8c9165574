"""A jukebox: a round-topped wooden cabinet ringed by glowing tubes, a record window above a
speaker grille, chrome trim."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, subtract, torus, union

WOODS: tuple[RGB, ...] = ((120, 70, 40), (150, 95, 55), (90, 50, 30), (170, 40, 40))
GLOWS: tuple[RGB, ...] = ((250, 170, 40), (240, 70, 90), (90, 200, 250), (120, 230, 120))
CHROME: RGB = (205, 208, 214)
GRILLE: RGB = (40, 38, 36)
WINDOW: RGB = (60, 80, 100)


def build_jukebox(a: Assembly) -> None:
    """A round-topped cabinet ringed by glowing tubes, a record window, a speaker grille."""
    width, depth = a.vary(0.9, 0.06), a.vary(0.6, 0.06)
    body_h = a.vary(1.05, 0.06)
    r = width / 2
    wood = a.pick(WOODS)
    front = -depth / 2
    a.add(box((width, depth, body_h), (0, 0, body_h / 2)), "cabinet", wood)
    # the arched top: half a disc across the cabinet's depth
    arch = rod((0, front, body_h), (0, -front, body_h), r, a.segments(r))
    arch = subtract(arch, box((width * 2, depth * 2, r * 2), (0, 0, body_h - r)))
    a.add(arch, "cabinet", wood)
    glow = a.pick(GLOWS)
    for inset in (0.0, 0.07):
        ring = torus(r - 0.02 - inset, 0.025, a.segments(r)).rotate((90, 0, 0))
        ring = subtract(ring, box((width * 2, 1.0, r * 2), (0, 0, -r)))
        a.add(ring.translate((0, front - 0.01, body_h)), "lights", glow, Tier.SECONDARY)
    for sx in (-1, 1):
        tube = rod(
            (sx * (r - 0.02), front - 0.01, 0.12),
            (sx * (r - 0.02), front - 0.01, body_h),
            0.025,
            10,
        )
        a.add(tube, "lights", glow, Tier.SECONDARY)
    window = box((width * 0.6, 0.04, body_h * 0.3), (0, front, body_h * 0.78))
    a.add(window, "window", WINDOW, Tier.FIXED)
    record = (
        cylinder(width * 0.18, 0.02, 24)
        .rotate((90, 0, 0))
        .translate((0, front - 0.01, body_h * 0.78))
    )
    a.add(record, "record", (25, 25, 28), Tier.FIXED)
    a.add(box((width * 0.66, 0.05, 0.05), (0, front, body_h * 0.6)), "trim", CHROME, Tier.FIXED)
    grille = [
        box((width * 0.6, 0.04, 0.025), (0, front, body_h * 0.2 + k * 0.05)) for k in range(6)
    ]
    a.add(
        box((width * 0.62, 0.03, body_h * 0.34), (0, front, body_h * 0.32)),
        "grille",
        GRILLE,
        Tier.FIXED,
    )
    a.add(union(grille), "trim", CHROME, Tier.FIXED)


TEMPLATE = Template(
    "jukebox",
    build_jukebox,
    1.5,
    description="a retro jukebox: a glowing round-topped cabinet that plays records for a coin",
    synonyms=("juke box", "record jukebox"),
    kinds=("wurlitzer", "retro jukebox", "diner jukebox", "coin operated jukebox"),
    parts=("cabinet", "lights", "window", "record", "grille", "trim"),
    aliases={
        "body": "cabinet",
        "neon": "lights",
        "tubes": "lights",
        "chrome": "trim",
        "speaker": "grille",
    },
)
