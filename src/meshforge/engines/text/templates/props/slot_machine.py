"""A slot machine: a casino cabinet with three reels behind a window, a pull lever, a coin tray."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, slab, sphere, subtract
from meshforge.engines.text.kit.sweeps import front_disc

CABINETS: tuple[RGB, ...] = ((180, 30, 40), (200, 160, 50), (40, 60, 140), (40, 40, 45))
CHROME: RGB = (210, 212, 218)
REEL: RGB = (248, 246, 238)
SYMBOLS: tuple[RGB, ...] = ((220, 30, 40), (250, 200, 30), (40, 160, 60), (120, 50, 160))
KNOB: RGB = (220, 30, 40)


def build_slot_machine(a: Assembly) -> None:
    """A casino cabinet with three reels behind a window, a pull lever, a coin tray."""
    body = a.pick(CABINETS)
    width, depth, height = a.vary(0.55, 0.08), a.vary(0.5, 0.08), a.vary(1.0, 0.1)
    a.add(box((width * 0.9, depth * 0.9, 0.5), (0, 0, 0.25)), "stand", (40, 40, 45), Tier.FIXED)
    base = 0.5
    cabinet = slab((width, depth, height), 0.05, 12, (0, 0, base + height / 2))
    window_z = base + height * 0.6
    window = box((width * 0.8, depth * 0.5, height * 0.28), (0, -depth / 2, window_z))
    a.add(subtract(cabinet, window), "cabinet", body)
    reel_w = width * 0.8 / 3
    reel_r = height * 0.2
    for k in (-1, 0, 1):
        reel = cylinder(reel_r, reel_w * 0.92, 24).rotate((0, 90, 0))
        reel = reel.translate((k * reel_w - reel_w * 0.46, -depth * 0.05, window_z))
        a.add(reel, "reel", REEL, Tier.FIXED)
        symbol = front_disc(reel_r * 0.35, 0.02, 5, k * reel_w, window_z, -depth * 0.05 - reel_r)
        a.add(symbol, "symbol", a.pick(SYMBOLS), Tier.FIXED)
    top = box((width * 1.02, depth * 1.02, 0.04), (0, 0, base + height))
    a.add(top, "trim", CHROME, Tier.FIXED)
    a.add(
        sphere(width * 0.2, 16, (0, 0, base + height + 0.02)), "light", (250, 200, 40), Tier.FIXED
    )
    tray = subtract(
        box((width * 0.7, 0.14, 0.08), (0, -depth / 2 - 0.05, base + height * 0.12)),
        box((width * 0.62, 0.1, 0.08), (0, -depth / 2 - 0.06, base + height * 0.12 + 0.03)),
    )
    a.add(tray, "tray", CHROME, Tier.FIXED)
    if a.wants("lever"):
        x = width / 2
        pivot = (x + 0.06, 0, window_z - 0.05)
        a.add(
            cylinder(0.06, 0.08, 16).rotate((0, 90, 0)).translate((x - 0.01, 0, pivot[2])),
            "lever",
            CHROME,
            Tier.FIXED,
        )
        arm_top = (x + 0.08, -0.05, window_z + height * 0.4)
        a.add(rod(pivot, arm_top, 0.018, 10), "lever", CHROME, Tier.FIXED)
        a.add(sphere(0.05, 16, arm_top), "knob", KNOB, Tier.SECONDARY)


TEMPLATE = Template(
    "slot machine",
    build_slot_machine,
    1.6,
    description="a casino slot machine: a one-armed bandit cabinet with spinning reels and a lever",
    synonyms=("one armed bandit", "fruit machine", "slots machine"),
    kinds=("casino slot machine", "pokie machine"),
    parts=("cabinet", "stand", "reel", "symbol", "trim", "light", "tray", "lever", "knob"),
    aliases={"reels": "reel", "handle": "lever", "arm": "lever", "ball": "knob", "window": "reel"},
)
