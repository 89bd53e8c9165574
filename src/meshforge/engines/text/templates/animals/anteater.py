"""An anteater: a long thin tube of a snout, a shaggy body and a huge fanned tail."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.beasts import ALIASES, PARTS, Beast, build_beast
from meshforge.engines.text.kit.creatures import skin_pattern, spindle
from meshforge.engines.text.kit.solids import Vec3, box, capsule

ANTEATER = Beast(
    length=0.9,
    girth=0.2,
    leg=0.3,
    leg_r=0.05,
    head_r=0.07,
    muzzle=0.0,
    neck=0.12,
    tilt=-5,
    chest=0.95,
    ears="round",
    ear=0.35,
    tail="none",
    coats=((120, 105, 90), (140, 125, 105), (105, 95, 85)),
    socks=(60, 55, 50),
)
BAND: RGB = (30, 28, 28)
EDGE: RGB = (235, 230, 220)


def build_anteater(a: Assembly) -> None:
    """An anteater: a long tube snout, a dark shoulder band and a tall bushy tail."""
    b = build_beast(a, ANTEATER)
    r = b.head_r
    # the snout: a long thin tube tapering to a small nose, drooping a little
    reach = r * a.between(4.0, 5.0)
    tip: Vec3 = (0.0, b.head[1] - reach, b.head[2] - reach * 0.3)
    a.add(capsule(b.head, tip, r * 0.65, a.segments(r), r * 0.22), "muzzle", b.coat)
    if a.wants("stripe"):
        # the black band, edged in pale, from the throat back over the shoulder
        slant = box((b.girth * 3, b.girth * 0.45, b.girth * 3), (0, -b.length * 0.2, b.z))
        slant = slant.rotate((40, 0, 0)).translate((0, 0, 0))
        edge = box((b.girth * 3, b.girth * 0.75, b.girth * 3), (0, -b.length * 0.2, b.z)).rotate(
            (40, 0, 0)
        )
        a.add(skin_pattern(b.body, [edge], 1.02), "stripe", EDGE, Tier.FIXED)
        a.add(skin_pattern(b.body, [slant], 1.04), "stripe", BAND, Tier.FIXED)
    if a.wants("tail"):
        # a great flag of a tail, flattened side to side, held out low behind
        base: Vec3 = (0.0, b.length * 0.42, b.z)
        rise = math.radians(a.between(5, 25))
        span = b.length * 0.8
        end: Vec3 = (0.0, base[1] + span * math.cos(rise), base[2] + span * math.sin(rise))
        a.add(spindle(base, end, b.girth * 0.9, a.segments(b.girth), 0.35), "tail", b.coat)


TEMPLATE = Template(
    "anteater",
    build_anteater,
    0.6,
    description="a shaggy animal with a very long thin tube snout and a huge bushy tail",
    synonyms=("anteaters", "ant eater", "ant bear"),
    kinds=("giant anteater", "tamandua", "silky anteater", "baby anteater"),
    parts=(*PARTS, "stripe"),
    aliases={**ALIASES, "band": "stripe"},
)
