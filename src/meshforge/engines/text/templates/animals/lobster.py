"""A lobster: a long armoured body, a plated tail ending in a fan, two big claws, long feelers."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.bugs import jointed_legs
from meshforge.engines.text.kit.crustaceans import (
    feelers,
    pincer,
    plated_tail,
    stalk_eyes,
    tail_fan,
)
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, union

SHELLS: tuple[RGB, ...] = ((205, 45, 35), (220, 70, 40), (190, 50, 40), (45, 60, 75))


def build_lobster(a: Assembly) -> None:
    """A lobster: a long armoured body, a plated tail ending in a fan, two big claws."""
    s = a.vary(1.0, 0.08)  # body 0.45 m from rostrum to tail fan
    shell = (205, 45, 35) if a.mentions("cooked", "boiled") else a.pick(SHELLS)
    z = 0.05 * s
    head: Vec3 = (0.0, -0.1 * s, z + 0.005 * s)
    carapace = ellipsoid((0.045 * s, 0.1 * s, 0.042 * s), a.segments(0.05 * s), (0, -0.04 * s, z))
    rostrum = ellipsoid((0.012 * s, 0.03 * s, 0.01 * s), 12, (0, -0.14 * s, z + 0.012 * s))
    a.add(union([carapace, rostrum]), "shell", shell)
    path: list[Vec3] = [
        (0.0, (0.06 + 0.035 * i) * s, z - 0.004 * s * i * i * 0.3) for i in range(7)
    ]
    a.add(plated_tail(path, 0.038 * s, 0.026 * s, 1.3), "tail", shell)
    end = path[-1]
    a.add(tail_fan(0.09 * s, 0.07 * s, 0.006 * s).translate((0, end[1], end[2])), "tail", shell)
    if a.wants("claw"):
        claws = [
            pincer(
                (side * 0.035 * s, -0.1 * s, z), 0.14 * s, side, 0.011 * s, 1.9 + 0.3 * (side > 0)
            )
            for side in (-1, 1)
        ]
        a.add(union(claws), "claw", shell)
    legs = jointed_legs(
        [-0.07 * s, -0.04 * s, -0.01 * s, 0.02 * s],
        0.035 * s,
        z - 0.01 * s,
        0.08 * s,
        z + 0.02 * s,
        0.005 * s,
        0.3,
    )
    a.add(legs, "leg", shell)
    if a.wants("antenna"):
        a.add(feelers(head, 0.04 * s, 0.3 * s, 0.12 * s, 0.02 * s), "antenna", shell)
    stalk_eyes(a, head, 0.04 * s)


TEMPLATE = Template(
    "lobster",
    build_lobster,
    0.12,
    description="a red shellfish with a long armoured tail and two big claws",
    synonyms=("lobsters", "crayfish", "crawfish", "rock lobster", "spiny lobster"),
    kinds=("maine lobster", "cooked lobster", "boiled lobster", "langoustine"),
    not_claimed=("lobster roll", "lobster bisque", "lobster pot", "lobster trap"),
    parts=("shell", "tail", "claw", "leg", "antenna", "eye"),
    aliases={
        "body": "shell",
        "carapace": "shell",
        "pincer": "claw",
        "pincers": "claw",
        "claws": "claw",
        "antennae": "antenna",
        "feelers": "antenna",
    },
)
