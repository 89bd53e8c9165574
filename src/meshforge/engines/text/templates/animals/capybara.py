"""A capybara: a big barrel of a rodent on short legs, a blunt square head and no tail."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.solids import rounded_box

CAPYBARA = Beast(
    length=0.7,
    girth=0.22,
    leg=0.12,
    leg_r=0.045,
    head_r=0.11,
    muzzle=1.5,
    muzzle_r=0.6,
    neck=0.0,
    tilt=12,
    chest=0.95,
    ears="round",
    ear=0.5,
    tail="none",
    coats=((150, 105, 65), (135, 95, 60), (165, 120, 75)),
    droop=0.25,
)


def build_capybara(a: Assembly) -> None:
    """A capybara: a barrel body, short legs, a big blunt head with a deep square muzzle."""
    b = build_beast(a, CAPYBARA)
    r = b.head_r
    # the head is a long block, as deep at the nose as at the ears: a rounded box over the
    # skull and muzzle, sloping down a little to the front
    block = rounded_box((r * 1.45, r * 2.5, r * 1.45), r * 0.5, a.segments(r))
    block = block.rotate((-12, 0, 0)).translate((0.0, b.head[1] - r * 0.75, b.head[2] - r * 0.2))
    a.add(block, "head", b.coat)


TEMPLATE = Template(
    "capybara",
    build_capybara,
    0.5,
    description="a large calm brown rodent with a barrel body, short legs and a blunt square head",
    synonyms=("capybaras", "capy", "capibara"),
    kinds=("baby capybara",),
    parts=PARTS,
    aliases=ALIASES,
)
