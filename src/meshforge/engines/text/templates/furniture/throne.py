"""A throne: a grand chair with a tall crested back, carved arms, a red cushion and gold trim."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import box, rounded_box, sphere
from meshforge.engines.text.kit.sweeps import face_prism

FRAMES: tuple[RGB, ...] = ((235, 185, 60), (110, 60, 30), (70, 70, 78), (240, 240, 235))
VELVETS: tuple[RGB, ...] = ((170, 25, 35), (60, 40, 130), (30, 90, 60))
GEMS: tuple[RGB, ...] = ((200, 20, 40), (40, 90, 220), (30, 170, 90))


def build_throne(a: Assembly) -> None:
    """A throne: a grand chair with a tall crested back, carved arms, a red cushion."""
    width, depth = a.vary(0.95, 0.08), a.vary(0.75, 0.08)
    seat_z = a.vary(0.55, 0.08)
    back_h = a.vary(1.9, 0.12)
    frame, velvet = a.pick(FRAMES), a.pick(VELVETS)
    trim = GOLD if frame != GOLD else (150, 30, 30)
    # a solid carved base rather than legs: thrones sit on a block
    a.add(box((width, depth, seat_z - 0.08), (0, 0, (seat_z - 0.08) / 2)), "base", frame)
    a.add(box((width + 0.06, depth + 0.06, 0.06), (0, 0, 0.03)), "base", trim, Tier.SECONDARY)
    a.add(
        rounded_box((width - 0.2, depth - 0.1, 0.12), 0.04, 12, (0, -0.03, seat_z - 0.02)),
        "cushion",
        velvet,
        Tier.SECONDARY,
    )
    half = width / 2
    crest = a.pick(("arch", "peak", "crown"))
    outline = [(-half, 0.0), (half, 0.0), (half, back_h * 0.85)]
    if crest == "arch":
        outline += [(half * 0.6, back_h * 0.95), (0.0, back_h), (-half * 0.6, back_h * 0.95)]
    elif crest == "peak":
        outline += [(half * 0.35, back_h * 0.9), (0.0, back_h * 1.05), (-half * 0.35, back_h * 0.9)]
    else:
        outline += [
            (half * 0.6, back_h * 0.97),
            (half * 0.3, back_h * 0.9),
            (0.0, back_h * 1.02),
            (-half * 0.3, back_h * 0.9),
            (-half * 0.6, back_h * 0.97),
        ]
    outline.append((-half, back_h * 0.85))
    back_y = depth / 2 - 0.06
    a.add(face_prism(outline, 0.12, back_y), "back", frame)
    panel = [(x * 0.78, z * 0.9 + seat_z * 0.35) for x, z in outline]
    a.add(face_prism(panel, 0.03, back_y - 0.07), "cushion", velvet, Tier.SECONDARY)
    for sx in (-1, 1):
        x = sx * (half - 0.06)
        arm = rounded_box((0.12, depth * 0.95, 0.08), 0.03, 12, (x, -0.02, seat_z + 0.28))
        a.add(arm, "arm", frame)
        a.add(box((0.1, depth * 0.85, 0.3), (x, 0.0, seat_z + 0.1)), "arm", frame)
        a.add(sphere(0.065, 16, (x, -depth / 2 + 0.02, seat_z + 0.33)), "trim", trim, Tier.FIXED)
        a.add(sphere(0.06, 16, (sx * half, back_y, back_h * 0.86)), "trim", trim, Tier.FIXED)
    top_z = back_h * (1.0 if crest == "arch" else 1.02 if crest == "crown" else 1.05)
    if a.maybe("gem", 0.7, "jewel", "jewelled", "jeweled"):
        gem = sphere(0.06, 16).scale((1.0, 0.6, 1.0)).translate((0, back_y - 0.09, back_h * 0.8))
        a.add(gem, "gem", a.pick(GEMS), Tier.FIXED)
    a.add(sphere(0.07, 16, (0, back_y, top_z)), "trim", trim, Tier.FIXED)


TEMPLATE = Template(
    "throne",
    build_throne,
    1.9,
    description="a king's grand ornate chair with a tall back, velvet cushion and gold trim",
    synonyms=("royal throne", "kings throne", "queens throne", "royal chair"),
    kinds=("iron throne", "golden throne", "stone throne", "dragon throne"),
    parts=("base", "cushion", "back", "arm", "trim", "gem"),
    aliases={
        "seat": "cushion",
        "velvet": "cushion",
        "gold": "trim",
        "jewel": "gem",
        "arms": "arm",
        "backrest": "back",
    },
)
