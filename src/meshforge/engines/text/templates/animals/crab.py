"""A crab: a wide flat shell on eight jointed legs, two big claws, eyes on stalks."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, rod, sphere, union

SHELLS: tuple[RGB, ...] = ((215, 70, 45), (230, 100, 50), (190, 55, 45), (200, 120, 60))


def _claw(a: Assembly, side: int, size: float, big: float) -> list[Manifold]:
    """An arm reaching forward to a pincer: a fat palm with a fixed and a moving finger."""
    shoulder: Vec3 = (side * 0.05 * size, -0.04 * size, 0.05 * size)
    elbow: Vec3 = (side * 0.1 * size, -0.09 * size, 0.06 * size)
    wrist: Vec3 = (side * 0.085 * size, -0.14 * size, 0.07 * size)
    r = 0.012 * size
    pieces = [capsule(shoulder, elbow, r, 12), capsule(elbow, wrist, r, 12)]
    palm = ellipsoid(
        (0.025 * size * big, 0.035 * size * big, 0.02 * size * big), a.segments(0.03 * size)
    )
    at = (wrist[0], wrist[1] - 0.02 * size * big, wrist[2])
    pieces.append(palm.translate(at))
    tip = at[1] - 0.055 * size * big
    pieces.append(
        capsule(
            (at[0] - side * 0.008 * size, at[1] - 0.02 * size, at[2] + 0.006 * size),
            (at[0] - side * 0.012 * size, tip, at[2] + 0.012 * size),
            r * 0.75 * big,
            10,
            r * 0.25,
        )
    )
    pieces.append(
        capsule(
            (at[0] + side * 0.01 * size, at[1] - 0.02 * size, at[2] - 0.004 * size),
            (at[0] + side * 0.004 * size, tip + 0.008 * size, at[2] - 0.008 * size),
            r * 0.7 * big,
            10,
            r * 0.25,
        )
    )
    return pieces


def build_crab(a: Assembly) -> None:
    """A crab: a wide flat shell on eight jointed legs, two big claws, eyes on stalks."""
    size = a.vary(1.0, 0.1)
    shell = a.pick(SHELLS)
    body = (0.0, 0.0, 0.055 * size)
    a.add(
        ellipsoid((0.085 * size, 0.06 * size, 0.032 * size), a.segments(0.08 * size), body),
        "shell",
        shell,
    )
    legs = []
    for side in (-1, 1):
        for k in range(4):
            y = (-0.022 + 0.018 * k) * size
            hip: Vec3 = (side * 0.06 * size, y, 0.05 * size)
            knee: Vec3 = (side * 0.13 * size, y + 0.01 * size * (k - 1.5), 0.075 * size)
            foot: Vec3 = (side * 0.17 * size, y + 0.02 * size * (k - 1.5), 0.004)
            legs += [
                capsule(hip, knee, 0.007 * size, 8),
                capsule(knee, foot, 0.006 * size, 8, 0.003 * size),
            ]
    a.add(union(legs), "leg", shell)
    if a.wants("claw"):
        for side in (-1, 1):
            big = 1.3 if a.mentions("fiddler") and side > 0 else 1.0
            a.add(union(_claw(a, side, size, big)), "claw", shell)
    for side in (-1, 1):
        stalk_top = (side * 0.02 * size, -0.055 * size, 0.1 * size)
        a.add(
            rod((side * 0.018 * size, -0.045 * size, 0.07 * size), stalk_top, 0.004 * size, 8),
            "shell",
            shell,
        )
        a.add(sphere(0.008 * size, 12, stalk_top), "eye", EYE, Tier.FIXED)


TEMPLATE = Template(
    "crab",
    build_crab,
    0.1,
    description="a sideways-walking sea creature with a hard shell and two big pincers",
    synonyms=("crabs", "hermit crab", "king crab"),
    kinds=("blue crab", "spider crab", "dungeness crab", "beach crab"),
    not_claimed=("crab cake", "crab cakes"),
    parts=("shell", "leg", "claw", "eye"),
    aliases={
        "pincer": "claw",
        "pincers": "claw",
        "body": "shell",
        "carapace": "shell",
    },
)
