"""A kangaroo sitting up on its haunches: huge hind legs and feet, a thick tail, small arms."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.beasts import NOSE
from meshforge.engines.text.kit.creatures import CREAM, spindle
from meshforge.engines.text.kit.hats import wear_asked_hat
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, sphere
from meshforge.engines.text.kit.sweeps import tube

COATS: tuple[RGB, ...] = ((185, 120, 75), (170, 110, 70), (150, 130, 115), (195, 140, 90))


def build_kangaroo(a: Assembly) -> None:
    """A kangaroo sitting up on its haunches: huge hind legs and feet, a thick tail, small arms."""
    h = a.vary(1.0, 0.08)  # metres per unit: the animal stands about 1.3 m to its ear tips
    coat = a.pick(COATS)
    seg = a.segments(0.2 * h)
    hips = ellipsoid((0.2 * h, 0.22 * h, 0.25 * h), seg, (0, 0.06 * h, 0.42 * h))
    chest = ellipsoid((0.13 * h, 0.13 * h, 0.17 * h), seg, (0, -0.08 * h, 0.82 * h))
    a.add(Manifold.batch_hull([hips, chest]), "body", coat)
    if a.wants("pouch"):
        belly = ellipsoid((0.13 * h, 0.08 * h, 0.2 * h), seg, (0, -0.1 * h, 0.52 * h))
        a.add(belly.rotate((-10, 0, 0)), "pouch", CREAM, Tier.SECONDARY)
    leg_r = 0.045 * h
    for side in (-1, 1):
        x = side * 0.15 * h
        thigh = spindle((x, 0.08 * h, 0.5 * h), (x, -0.14 * h, 0.24 * h), 0.12 * h, seg, 0.7)
        a.add(thigh, "leg", coat)
        knee: Vec3 = (x, -0.14 * h, 0.24 * h)
        heel: Vec3 = (x, 0.16 * h, 0.05 * h)
        a.add(capsule(knee, heel, leg_r, a.segments(leg_r), leg_r * 0.8), "leg", coat)
        foot = ellipsoid((0.045 * h, 0.18 * h, 0.035 * h), a.segments(0.05 * h))
        a.add(foot.translate((x, 0.0, 0.035 * h)), "foot", coat)
        shoulder: Vec3 = (side * 0.1 * h, -0.14 * h, 0.88 * h)
        elbow: Vec3 = (side * 0.12 * h, -0.22 * h, 0.72 * h)
        paw: Vec3 = (side * 0.07 * h, -0.25 * h, 0.64 * h)
        a.add(tube([shoulder, elbow, paw], 0.028 * h, 12, 0.02 * h), "arm", coat)
    if a.wants("tail"):
        tail: list[Vec3] = [
            (0.0, 0.2 * h, 0.35 * h),
            (0.0, 0.45 * h, 0.12 * h),
            (0.0, 0.75 * h, 0.05 * h),
            (0.0, 0.95 * h, 0.04 * h),
        ]
        a.add(tube(tail, 0.08 * h, a.segments(0.08 * h), 0.025 * h), "tail", coat)
    head_r = 0.075 * h
    head: Vec3 = (0.0, -0.16 * h, 1.08 * h)
    a.add(capsule((0, -0.06 * h, 0.9 * h), head, 0.065 * h, a.segments(0.06 * h)), "body", coat)
    a.add(ellipsoid((head_r * 0.85, head_r, head_r * 0.9), a.segments(head_r), head), "head", coat)
    tip: Vec3 = (0.0, head[1] - head_r * 1.9, head[2] - head_r * 0.4)
    muzzle = capsule((0.0, head[1] - head_r * 0.3, head[2] - head_r * 0.1), tip, head_r * 0.55, 16)
    a.add(muzzle, "muzzle", coat, Tier.PRIMARY)
    a.add(
        sphere(head_r * 0.25, 12, (0.0, tip[1] - head_r * 0.3, tip[2] + head_r * 0.1)),
        "nose",
        NOSE,
        Tier.FIXED,
    )
    set_eyes(a, head, head_r, 45, 20, 0.16)
    if a.wants("ear"):
        for side in (-1, 1):
            ear = ellipsoid((head_r * 0.28, head_r * 0.12, head_r * 0.75), a.segments(head_r * 0.3))
            at = (side * head_r * 0.5, head[1] + head_r * 0.3, head[2] + head_r * 1.2)
            a.add(ear.rotate((-10, side * 18, 0)).translate(at), "ear", coat)
    wear_asked_hat(a, head, head_r)


TEMPLATE = Template(
    "kangaroo",
    build_kangaroo,
    1.3,
    description="an Australian animal on big hind legs with a long thick tail and a pouch",
    synonyms=("kangaroos", "roo", "wallaby", "red kangaroo", "grey kangaroo", "gray kangaroo"),
    kinds=("joey", "boxing kangaroo"),
    parts=("body", "head", "muzzle", "nose", "eye", "ear", "arm", "leg", "foot", "tail", "pouch"),
    aliases={
        "fur": "body",
        "coat": "body",
        "belly": "pouch",
        "snout": "muzzle",
        "feet": "foot",
        "paw": "arm",
    },
)
