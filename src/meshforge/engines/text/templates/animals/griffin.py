"""A griffin: an eagle's head, hooked beak and spread wings on a lion's body and tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import ellipsoid, on_sphere

FEATHERS: tuple[RGB, ...] = ((245, 242, 235), (150, 100, 60), (200, 170, 110))
WINGS: tuple[RGB, ...] = ((130, 85, 50), (110, 75, 45), (170, 130, 70))

LION_BODY = Beast(
    length=1.6,
    girth=0.3,
    leg=0.6,
    leg_r=0.085,
    head_r=0.2,
    muzzle=0.0,
    neck=0.25,
    tilt=55,
    ears="pointy",
    ear=0.7,
    tail="tuft",
    tail_len=0.65,
    coats=((205, 160, 90), (195, 145, 80)),
    accent=(120, 80, 40),
)


def build_griffin(a: Assembly) -> None:
    """A griffin: an eagle's head, hooked beak and spread wings on a lion's body and tail."""
    b = build_beast(a, LION_BODY)
    feathers = a.pick(FEATHERS)
    r = b.head_r
    # a feathered ruff over the lion's head and neck, then the eagle's face on it
    ruff = ellipsoid((r * 1.15, r * 1.2, r * 1.25), a.segments(r))
    a.add(
        ruff.translate((0, b.head[1] + r * 0.25, b.head[2] - r * 0.1)),
        "head",
        feathers,
        Tier.SECONDARY,
    )
    a.add(
        ellipsoid(
            (r * 0.95, r * 1.1, r * 1.3),
            a.segments(r),
            (0, b.neck_root[1] - r * 0.3, b.neck_root[2] + r * 0.3),
        ),
        "head",
        feathers,
        Tier.SECONDARY,
    )
    birds.hooked_beak(
        a, on_sphere(b.head, r * 1.05, 0, -5, r * 0.35), r * 0.32, r * 1.3, birds.BEAK_YELLOW
    )
    if a.wants("wing"):
        shoulder = (b.girth * 0.55, -b.length * 0.25, b.z + b.girth * 0.6)
        birds.spread_wings(
            a, shoulder, b.length * 0.95, b.length * 0.38, a.pick(WINGS), a.between(35, 55), 6
        )


TEMPLATE = Template(
    "griffin",
    build_griffin,
    2.0,
    description="a mythical beast with the head and wings of an eagle and the body of a lion",
    synonyms=("gryphon", "griffon"),
    kinds=("hippogriff", "hippogryph", "griffin statue"),
    parts=(*PARTS, "wing"),
    aliases={**ALIASES, "beak": "muzzle", "feathers": "head"},
)
