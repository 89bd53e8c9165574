"""A llama: a woolly body on slim legs, a long upright neck, banana-shaped ears, a short tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import ellipsoid, union

LLAMA = Beast(
    length=1.2,
    girth=0.3,
    leg=0.72,
    leg_r=0.055,
    head_r=0.12,
    muzzle=0.85,
    muzzle_r=0.52,
    neck=0.62,
    tilt=80,
    chest=1.0,
    ears="long",
    ear=0.95,
    tail="stub",
    coats=((240, 235, 225), (200, 160, 115), (120, 85, 60), (235, 215, 185), (90, 75, 65)),
    droop=0.1,
)
#: An alpaca: smaller and rounder, a fluffier face, shorter ears.
ALPACA = Beast(
    length=0.95,
    girth=0.3,
    leg=0.55,
    leg_r=0.06,
    head_r=0.12,
    muzzle=0.6,
    muzzle_r=0.55,
    neck=0.45,
    tilt=82,
    chest=1.0,
    ears="long",
    ear=0.6,
    tail="stub",
    coats=((245, 240, 230), (225, 200, 165), (170, 120, 80), (60, 50, 45)),
    droop=0.05,
)


def build_llama(a: Assembly) -> None:
    """A llama: a woolly body on slim legs, a long upright neck, banana ears, a short tail."""
    alpaca = a.mentions("alpaca")
    b = build_beast(a, ALPACA if alpaca else LLAMA)
    r = b.head_r
    hx, hy, hz = b.head
    # tufts of wool: a topknot between the ears and a fleecy bib down the front of the neck
    tufts = [
        ellipsoid(
            (r * 0.7, r * 0.6, r * (0.55 if alpaca else 0.4)),
            a.segments(r * 0.6),
            (hx, hy + r * 0.15, hz + r * 0.65),
        )
    ]
    for k in range(3):
        t = (k + 1) / 4
        x, y, z = (
            b.neck_root[0] + (hx - b.neck_root[0]) * t,
            b.neck_root[1] + (hy - b.neck_root[1]) * t,
            b.neck_root[2] + (hz - b.neck_root[2]) * t,
        )
        tufts.append(
            ellipsoid((r * 0.95, r * 0.8, r * 1.1), a.segments(r * 0.8), (x, y - r * 0.25, z))
        )
    a.add(union(tufts), "wool", b.coat)
    fleece = ellipsoid(
        (b.girth * 1.08, b.length * 0.45, b.girth * 0.7),
        a.segments(b.girth),
        (0, 0, b.z + b.girth * 0.3),
    )
    a.add(fleece, "wool", b.coat)


TEMPLATE = Template(
    "llama",
    build_llama,
    1.8,
    description="a woolly South American animal with a long upright neck and tall curved ears",
    synonyms=("llamas", "alpaca", "alpacas", "guanaco", "vicuna", "lama"),
    kinds=("baby llama", "baby alpaca", "cria"),
    parts=(*PARTS, "wool"),
    aliases={**ALIASES, "fleece": "wool"},
)
