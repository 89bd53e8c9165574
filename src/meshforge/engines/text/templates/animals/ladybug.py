"""A ladybug: a red dome split down the middle, black spots, a black head, six legs."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.bugs import BLACK, add_legs, antennae, jointed_legs
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.solids import box, dome, ellipsoid, sphere

SHELLS: tuple[RGB, ...] = ((215, 30, 30), (230, 60, 30), (240, 170, 30))
WHITE: RGB = (245, 245, 240)


def build_ladybug(a: Assembly) -> None:
    """A ladybug: a red dome split down the middle, black spots, a black head, six legs."""
    size = a.vary(1.0, 0.08)
    red = a.pick(SHELLS)
    lift = 0.004 * size
    r = 0.02 * size
    shell = dome((r, r * 1.15, r * 0.85), a.segments(r * 0.6), (0, 0.002 * size, lift))
    a.add(shell, "shell", red)
    a.add(
        ellipsoid((r * 0.9, r * 1.05, r * 0.3), a.segments(r * 0.4), (0, 0.002 * size, lift)),
        "body",
        BLACK,
        Tier.FIXED,
    )
    if a.wants("spot"):
        count = a.count("spot", a.pick((5, 7, 9)), 2, 14)
        balls = [sphere(r * 0.17, 10, (0, -r * 0.55, lift + r * 0.7))]
        for k in range(count - 1):
            side = 1 if k % 2 else -1
            angle = math.radians(35 + 110 * (k // 2) / max(1, (count - 1) // 2))
            at = (
                side * r * 0.55 * math.sin(angle) + side * r * 0.1,
                -r * 0.9 * math.cos(angle) + r * 0.2,
                lift + r * 0.55,
            )
            balls.append(sphere(r * 0.2, 10, at))
        seam = box((r * 0.05, r * 2.4, r * 2), (0, r * 0.2, lift + r))
        a.add(skin_pattern(shell, [*balls, seam], 1.03), "spot", BLACK, Tier.SECONDARY)
    head = (0.0, -r * 1.15, lift + r * 0.25)
    a.add(
        ellipsoid((r * 0.5, r * 0.35, r * 0.35), a.segments(r * 0.5), head),
        "head",
        BLACK,
        Tier.FIXED,
    )
    for side in (-1, 1):
        a.add(
            sphere(r * 0.12, 10, (side * r * 0.3, head[1] - r * 0.12, head[2] + r * 0.15)),
            "eye",
            WHITE,
            Tier.FIXED,
        )
    a.add(antennae(head, r * 0.4, r * 0.45, r * 0.15, True), "antenna", BLACK, Tier.FIXED)
    add_legs(
        a,
        jointed_legs(
            (-r * 0.5, 0.0, r * 0.5),
            r * 0.7,
            lift + r * 0.1,
            r * 0.55,
            lift + r * 0.3,
            r * 0.06,
            0.5,
        ),
    )


TEMPLATE = Template(
    "ladybug",
    build_ladybug,
    0.025,
    description="a small round red beetle with black spots",
    synonyms=("ladybird", "lady bug", "lady beetle", "ladybird beetle"),
    parts=("shell", "body", "spot", "head", "eye", "antenna", "leg"),
    aliases={
        "dots": "spot",
        "wing case": "shell",
        "antennae": "antenna",
    },
)
