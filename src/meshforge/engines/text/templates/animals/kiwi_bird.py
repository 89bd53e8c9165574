"""A kiwi bird: a round wingless brown body, small head, very long thin beak, stout legs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.solids import Vec3, ellipsoid
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.vegetables import lumps

BROWNS: tuple[RGB, ...] = ((125, 95, 65), (110, 85, 60), (140, 110, 75))
BEAK: RGB = (215, 195, 160)
LEG: RGB = (185, 170, 140)


def build_kiwi_bird(a: Assembly) -> None:
    """A kiwi bird: a round wingless brown body, small head, very long thin beak, stout legs."""
    size = a.vary(1.0, 0.08)
    brown = a.pick(BROWNS)
    rear: Vec3 = (0.0, 0.03 * size, 0.2 * size)
    # a pear-shaped lump of shaggy feathers, no wings or tail to see
    body = ellipsoid((0.11 * size, 0.15 * size, 0.11 * size), a.segments(0.12 * size))
    body = body.warp_batch(lumps(a, 0.04, 70.0)).rotate((12, 0, 0)).translate(rear)
    a.add(body, "body", brown)
    head_r = 0.048 * size
    head: Vec3 = (0.0, -0.13 * size, 0.25 * size)
    neck = ellipsoid((0.06 * size, 0.07 * size, 0.065 * size), a.segments(0.06 * size))
    a.add(neck.translate((0.0, -0.09 * size, 0.23 * size)), "body", brown)
    birds.head(a, head, head_r, brown, eye_yaw=70, eye=0.1)
    # the long probing beak, curving a little down towards the ground
    root: Vec3 = (0.0, head[1] - head_r * 0.75, head[2] - head_r * 0.2)
    path: list[Vec3] = [
        root,
        (0.0, root[1] - 0.06 * size, root[2] - 0.03 * size),
        (0.0, root[1] - 0.12 * size, root[2] - 0.08 * size),
        (0.0, root[1] - 0.16 * size, root[2] - 0.14 * size),
    ]
    a.add(
        tube(path, head_r * 0.2, a.segments(head_r * 0.2), head_r * 0.08), "beak", BEAK, Tier.FIXED
    )
    birds.legs(a, (0.0, 0.04 * size, 0.12 * size), 0.045 * size, 0.013 * size, LEG, 0.04 * size)


TEMPLATE = Template(
    "kiwi bird",
    build_kiwi_bird,
    0.3,
    description="a round flightless brown bird from New Zealand with a long thin beak",
    synonyms=("kiwi birds", "flightless kiwi"),
    kinds=("little spotted kiwi", "great spotted kiwi", "kiwi chick"),
    parts=birds.PARTS,
    aliases=birds.ALIASES,
)
