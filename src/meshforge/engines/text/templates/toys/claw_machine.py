"""A claw machine: a tall glass cabinet full of plush prizes, a claw hanging from the top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, rod, slab, sphere, union

CABINETS: tuple[RGB, ...] = ((230, 80, 150), (60, 120, 220), (240, 180, 30), (200, 40, 45))
GLASS: RGB = (170, 205, 225)
CHROME: RGB = (205, 208, 215)


def build_claw_machine(a: Assembly) -> None:
    """A tall glass-walled cabinet full of plush prizes, a claw hanging from a gantry."""
    body = a.pick(CABINETS)
    width, depth = a.vary(0.85, 0.06), a.vary(0.85, 0.06)
    base_h, glass_h = a.vary(0.85, 0.05), a.vary(0.9, 0.08)
    a.add(slab((width, depth, base_h), 0.04, 12, (0, 0, base_h / 2)), "cabinet", body)
    posts = [
        box(
            (0.05, 0.05, glass_h + 0.04),
            (sx * (width / 2 - 0.03), sy * (depth / 2 - 0.03), base_h + glass_h / 2),
        )
        for sx in (-1, 1)
        for sy in (-1, 1)
    ]
    a.add(union(posts), "cabinet", body)
    top_z = base_h + glass_h
    a.add(slab((width, depth, 0.25), 0.04, 12, (0, 0, top_z + 0.125)), "cabinet", body)
    a.add(
        box((width * 0.8, 0.03, 0.16), (0, -depth / 2, top_z + 0.13)),
        "sign",
        (250, 240, 200),
        Tier.FIXED,
    )
    # only the back pane: an opaque front pane would hide the prizes
    back = box((width - 0.05, 0.008, glass_h), (0, depth / 2 - 0.02, base_h + glass_h / 2))
    a.add(back, "glass", GLASS, Tier.FIXED)
    # the prize pile seen through the glass: plush balls heaped on the floor
    prizes = [
        sphere(
            a.between(0.07, 0.1),
            12,
            (
                a.between(-0.3, 0.3) * width,
                a.between(-0.3, 0.3) * depth,
                base_h + a.between(0.0, 0.05),
            ),
        )
        for _ in range(a.count("prize", 10, 3, 20))
    ]
    a.add(union(prizes), "prize", BRIGHTS, Tier.FIXED)
    claw_x = a.between(-0.15, 0.15) * width
    claw_z = top_z - glass_h * a.between(0.3, 0.5)
    a.add(rod((claw_x, 0, top_z + 0.05), (claw_x, 0, claw_z), 0.006, 6), "claw", CHROME, Tier.FIXED)
    a.add(sphere(0.04, 12, (claw_x, 0, claw_z)), "claw", CHROME, Tier.FIXED)
    for turn in (0, 120, 240):
        finger = rod((0, 0, 0), (0.07, 0, -0.09), 0.008, 6).rotate((0, 0, turn))
        a.add(finger.translate((claw_x, 0, claw_z)), "claw", CHROME, Tier.FIXED)
    panel = box((width * 0.9, 0.2, 0.06), (0, -depth / 2 - 0.06, base_h - 0.05))
    a.add(panel, "panel", body)
    a.add(
        rod(
            (-width * 0.2, -depth / 2 - 0.08, base_h - 0.04),
            (-width * 0.2, -depth / 2 - 0.08, base_h + 0.1),
            0.012,
            8,
        ),
        "joystick",
        CHROME,
        Tier.FIXED,
    )
    a.add(
        sphere(0.03, 12, (-width * 0.2, -depth / 2 - 0.08, base_h + 0.1)),
        "joystick",
        (220, 40, 40),
        Tier.FIXED,
    )
    a.add(
        rod(
            (width * 0.15, -depth / 2 - 0.08, base_h - 0.04),
            (width * 0.15, -depth / 2 - 0.08, base_h + 0.005),
            0.03,
            16,
        ),
        "button",
        (240, 200, 40),
        Tier.FIXED,
    )


TEMPLATE = Template(
    "claw machine",
    build_claw_machine,
    2.0,
    description="an arcade claw game: a glass box full of stuffed toy prizes and a grabbing claw",
    synonyms=("claw crane", "crane game", "crane machine", "claw game", "prize machine"),
    kinds=("ufo catcher", "toy grabber"),
    parts=("cabinet", "sign", "glass", "prize", "claw", "panel", "joystick", "button"),
    aliases={"prizes": "prize", "toys": "prize", "plushies": "prize", "window": "glass"},
)
