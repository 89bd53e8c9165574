"""A sloth hanging under a branch by its long hooked arms, a pale masked face turned to us."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import HORN_DARK
from meshforge.engines.text.kit.primates import Primate, ape_head, limb
from meshforge.engines.text.kit.solids import Vec3, capsule, cylinder, ellipsoid, union

SLOTH = Primate(
    height=0.6,
    coats=((150, 125, 95), (135, 115, 90), (165, 140, 110)),
    face=(225, 210, 185),
    ears=0.0,
    muzzle=0.5,
)
BARK: RGB = (105, 75, 50)
MASK: RGB = (70, 50, 35)


def build_sloth(a: Assembly) -> None:
    """A sloth hanging under a branch by its long hooked arms, a pale masked face."""
    s = a.vary(1.0, 0.06)
    coat = a.pick(SLOTH.coats)
    bar_z = 0.95 * s
    if a.wants("branch"):
        # the branch it hangs from grows out of a short trunk standing at one end
        trunk = cylinder(
            0.07 * s, bar_z + 0.1 * s, a.segments(0.07 * s), (0.0, 0.45 * s, 0.0), 0.05 * s
        )
        bar = capsule(
            (0.0, 0.45 * s, bar_z),
            (0.0, -0.5 * s, bar_z + 0.05 * s),
            0.04 * s,
            a.segments(0.04 * s),
            0.03 * s,
        )
        a.add(union([trunk, bar]), "branch", BARK, Tier.FIXED)
    # the body hangs beneath, back down, head towards -Y and lifted to look at us
    body_z = bar_z - 0.3 * s
    a.add(
        ellipsoid((0.16 * s, 0.26 * s, 0.15 * s), a.segments(0.16 * s), (0.0, 0.02 * s, body_z)),
        "body",
        coat,
    )
    head_r = 0.09 * s
    head: Vec3 = (0.0, -0.3 * s, body_z + 0.02 * s)
    ape_head(a, SLOTH, head, head_r, coat)
    for side in (-1, 1):  # the dark stripe through each eye
        patch = ellipsoid(
            (head_r * 0.28, head_r * 0.1, head_r * 0.16),
            12,
            (side * head_r * 0.32, head[1] - head_r * 0.88, head[2] + head_r * 0.12),
        )
        a.add(patch, "mask", MASK, Tier.FIXED)
    claws = []
    for side in (-1, 1):
        for y_body, y_bar in ((-0.14, -0.3), (0.18, 0.3)):
            shoulder: Vec3 = (side * 0.12 * s, y_body * s, body_z + 0.04 * s)
            grip: Vec3 = (side * 0.03 * s, y_bar * s, bar_z + 0.005 * s)
            elbow: Vec3 = (side * 0.16 * s, (y_body + y_bar) * 0.5 * s, (body_z + bar_z) * 0.5)
            limb(a, [shoulder, elbow, grip], 0.035 * s, 0.028 * s, coat)
            for k in (-1, 0, 1):  # three long hooked claws over the top of the branch
                start: Vec3 = (grip[0], grip[1] + k * 0.012 * s, bar_z + 0.02 * s)
                claws.append(
                    capsule(
                        start,
                        (-side * 0.03 * s, start[1], bar_z + 0.03 * s),
                        0.006 * s,
                        8,
                        0.003 * s,
                    )
                )
    a.add(union(claws), "claw", HORN_DARK, Tier.FIXED)


TEMPLATE = Template(
    "sloth",
    build_sloth,
    1.0,
    description="a slow shaggy tree animal hanging upside down from a branch by its long claws",
    synonyms=("sloths", "three-toed sloth", "two-toed sloth", "three toed sloth"),
    kinds=("baby sloth",),
    not_claimed=("sloth bear",),
    parts=("body", "head", "face", "mask", "eye", "limb", "claw", "branch"),
    aliases={
        "fur": "body",
        "arm": "limb",
        "arms": "limb",
        "leg": "limb",
        "legs": "limb",
        "claws": "claw",
        "tree": "branch",
    },
)
