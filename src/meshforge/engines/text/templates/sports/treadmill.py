"""A treadmill: a long low deck with a running belt, two uprights, handrails and a console."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, slab

FRAMES: tuple[RGB, ...] = ((40, 40, 45), (190, 192, 198), (70, 72, 80))
BELT: RGB = (25, 25, 28)
SCREEN: RGB = (60, 140, 200)
ACCENTS: tuple[RGB, ...] = ((220, 60, 40), (60, 140, 220), (240, 160, 30))


def build_treadmill(a: Assembly) -> None:
    """A long low deck with a running belt, two uprights, handrails and a console."""
    frame, accent = a.pick(FRAMES), a.pick(ACCENTS)
    length, width = a.vary(1.8, 0.06), a.vary(0.8, 0.06)
    deck_h = a.vary(0.2, 0.1)
    back = length / 2  # the console end, far from the viewer; the belt runs towards -Y
    deck = slab((width, length, deck_h), 0.05, 12, (0, 0, deck_h / 2))
    a.add(deck, "deck", frame)
    a.add(box((width * 0.72, length * 0.92, 0.02), (0, -0.04, deck_h)), "belt", BELT, Tier.FIXED)
    motor = slab((width, 0.3, deck_h * 1.6), 0.06, 12, (0, back - 0.1, deck_h * 0.8))
    a.add(motor, "motor", accent, Tier.SECONDARY)
    post_h = a.vary(1.3, 0.05)
    console_y = back - 0.05
    for sx in (-1, 1):
        x = sx * (width / 2 - 0.04)
        a.add(rod((x, back - 0.15, deck_h), (x, console_y, post_h), 0.035, 12), "upright", frame)
        rail = rod((x, console_y, post_h - 0.22), (x, console_y - 0.5, post_h - 0.22), 0.022, 10)
        a.add(rail, "handrail", frame)
        grip = cylinder(0.026, 0.18, 10).rotate((90, 0, 0))
        a.add(grip.translate((x, console_y - 0.3, post_h - 0.22)), "grip", BELT, Tier.FIXED)
    console = box((width * 0.95, 0.22, 0.28)).rotate((25, 0, 0))
    a.add(console.translate((0, console_y, post_h)), "console", frame)
    screen = box((width * 0.5, 0.15, 0.02), (0, 0, 0.145)).rotate((25, 0, 0))
    a.add(screen.translate((0, console_y, post_h)), "screen", SCREEN, Tier.FIXED)


TEMPLATE = Template(
    "treadmill",
    build_treadmill,
    1.4,
    description="a treadmill: a gym running machine with a moving belt, handrails and a console",
    synonyms=("running machine", "treadmills"),
    kinds=("walking treadmill", "gym treadmill"),
    parts=("deck", "belt", "motor", "upright", "handrail", "grip", "console", "screen"),
    aliases={"display": "screen", "rails": "handrail", "handles": "handrail", "posts": "upright"},
)
