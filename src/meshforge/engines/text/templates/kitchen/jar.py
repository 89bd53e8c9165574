"""A jar: a wide-mouthed glass jar with a screw lid, filled or empty, now and then a cloth cap."""

from __future__ import annotations

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, lathe
from meshforge.engines.text.kit.tableware import GLASS

#: jam, honey, pickles, beans, nothing much
CONTENTS: tuple[RGB, ...] = (
    (170, 30, 50),
    (225, 160, 40),
    (110, 140, 50),
    (140, 80, 40),
    (240, 120, 40),
)
LIDS: tuple[RGB, ...] = (
    (200, 202, 206),
    (200, 165, 70),
    (220, 40, 40),
    (245, 245, 245),
    (40, 40, 44),
)
CLOTHS: tuple[RGB, ...] = ((200, 40, 40), (240, 235, 220), (60, 110, 170))


def build_jar(a: Assembly) -> None:
    """A jar: a wide-mouthed glass jar with a screw band and lid, filled or empty."""
    squat = a.mentions("jam", "honey", "baby") or a.chance(0.4)
    radius = a.vary(0.045 if squat else 0.042, 0.1)
    height = a.vary(0.1 if squat else 0.15, 0.1)
    neck = radius * a.between(0.68, 0.8)
    shoulder = height * 0.8
    outline = [(0.0, 0.0), (radius - 0.004, 0.0), (radius, 0.005), (radius, shoulder)]
    outline += [
        (radius * 0.95, shoulder + (height - shoulder) * 0.3),
        (neck, height * 0.9),
        (neck, height),
    ]
    filled = a.maybe("contents", 0.6, "filled", "full", "jam", "honey", "pickles", "pickled")
    if filled:
        # the contents show through the glass: the outline's lower part in their colour
        level = height * a.between(0.5, 0.8)
        below = [(r, z) for r, z in outline if z < level]
        radius_at = float(np.interp(level, [z for _, z in outline], [r for r, _ in outline]))
        a.add(
            lathe([*below, (radius_at, level), (0.0, level)], a.segments(radius)),
            "contents",
            a.pick(CONTENTS[:1] if a.mentions("jam") else CONTENTS),
            Tier.SECONDARY,
        )
        outline = [
            (0.0, level - 0.001),
            (radius_at, level - 0.001),
            *[(r, z) for r, z in outline if z > level],
        ]
    a.add(lathe([*outline, (0.0, height)], a.segments(radius)), "glass", GLASS)
    lid_color = a.pick(LIDS)
    band = cylinder(neck + 0.003, height * 0.1, a.segments(radius), (0, 0, height - 0.004))
    a.add(band, "lid", lid_color, Tier.SECONDARY)
    # a cloth cap tied over the lid, jam-style
    if a.maybe("cloth", 0.3 if a.mentions("jam") else 0.0, "gingham", "fabric"):
        cap = cylinder(
            neck * 1.35, 0.006, a.segments(radius), (0, 0, height + height * 0.1 - 0.006)
        )
        skirt = cylinder(
            neck * 1.25,
            height * 0.14,
            a.segments(radius),
            (0, 0, height - height * 0.05),
            neck * 1.12,
        )
        cloth = a.pick(CLOTHS)
        a.add(cap, "cloth", cloth, Tier.FIXED)
        a.add(skirt, "cloth", cloth, Tier.FIXED)


TEMPLATE = Template(
    "jar",
    build_jar,
    0.15,
    description="a wide-mouthed glass jar with a screw lid for keeping food",
    synonyms=(
        "mason jar",
        "jam jar",
        "glass jar",
        "pickle jar",
        "kilner jar",
        "preserving jar",
        "storage jar",
        "canning jar",
        "jar of jam",
        "jar of pickles",
    ),
    parts=("glass", "contents", "lid", "cloth"),
    aliases={
        "band": "lid",
        "cap": "lid",
        "jam": "contents",
        "pickles": "contents",
        "body": "glass",
    },
    priority=1,
)
