"""A beetle: a long glossy shell split down the back, a shield behind the head, six legs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.bugs import BLACK, antennae, jointed_legs
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.solids import Vec3, box, capsule, dome, ellipsoid, union

SHELLS: tuple[RGB, ...] = ((30, 30, 34), (25, 90, 60), (90, 55, 35), (35, 60, 120), (20, 20, 22))


def build_beetle(a: Assembly) -> None:
    """A beetle: a long glossy shell split down the back, a shield behind the head, six legs."""
    s = a.vary(1.0, 0.1)  # a big beetle, 5 cm long
    shell_color = a.pick(SHELLS)
    r = 0.012 * s
    lift = 0.005 * s
    back: Vec3 = (0.0, r * 0.5, lift)
    shell = dome((r, r * 1.7, r * 0.9), a.segments(r), back)
    a.add(shell, "shell", shell_color)
    seam = box((r * 0.06, r * 4, r * 2), (0.0, r * 0.5, lift + r))
    a.add(skin_pattern(shell, [seam], 1.02), "seam", BLACK, Tier.FIXED)
    a.add(ellipsoid((r * 0.85, r * 1.6, r * 0.35), a.segments(r), back), "body", BLACK, Tier.FIXED)
    shield = ellipsoid(
        (r * 0.8, r * 0.5, r * 0.5), a.segments(r * 0.8), (0.0, -r * 1.35, lift + r * 0.15)
    )
    a.add(shield, "shell", shell_color)
    head: Vec3 = (0.0, -r * 1.95, lift + r * 0.05)
    a.add(ellipsoid((r * 0.45, r * 0.35, r * 0.32), a.segments(r * 0.5), head), "head", shell_color)
    if a.maybe("horn", 0.35, "rhino", "rhinoceros", "hercules"):
        horn = capsule(
            (0.0, head[1] - r * 0.2, head[2]),
            (0.0, head[1] - r * 1.3, head[2] + r * 1.1),
            r * 0.18,
            10,
            r * 0.06,
        )
        a.add(horn, "horn", shell_color)
    elif a.maybe("jaw", 0.3, "stag", "mandible"):
        jaws = [
            capsule(
                (side * r * 0.25, head[1] - r * 0.2, head[2]),
                (side * r * 0.5, head[1] - r * 1.3, head[2] + r * 0.2),
                r * 0.1,
                8,
                r * 0.05,
            )
            for side in (-1, 1)
        ]
        a.add(union(jaws), "jaw", shell_color)
    a.add(antennae(head, r * 0.45, r * 0.8, r * 0.35, False), "antenna", BLACK, Tier.FIXED)
    legs = jointed_legs(
        (-r * 1.3, -r * 0.5, r * 0.4),
        r * 0.6,
        lift + r * 0.1,
        r * 0.85,
        lift + r * 0.45,
        r * 0.08,
        0.6,
    )
    a.add(legs, "leg", BLACK, Tier.FIXED)


TEMPLATE = Template(
    "beetle",
    build_beetle,
    0.02,
    description="an insect with a hard shiny oval shell, six legs and short antennae",
    synonyms=(
        "beetles",
        "scarab",
        "scarab beetle",
        "stag beetle",
        "rhino beetle",
        "rhinoceros beetle",
        "dung beetle",
    ),
    kinds=("june bug", "hercules beetle", "jewel beetle"),
    not_claimed=("volkswagen beetle", "vw beetle", "beetle car"),
    parts=("shell", "seam", "body", "head", "horn", "jaw", "antenna", "leg"),
    aliases={
        "wing": "shell",
        "wings": "shell",
        "carapace": "shell",
        "antennae": "antenna",
        "mandible": "jaw",
        "legs": "leg",
    },
    kinds_in_wordnet=("beetle",),
)
