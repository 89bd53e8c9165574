"""An ant: head, thorax and a big gaster on six thin legs, with elbowed antennae."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, sphere, union

BODIES: tuple[RGB, ...] = ((35, 30, 30), (150, 50, 30), (120, 70, 40))


def build_ant(a: Assembly) -> None:
    """An ant: head, thorax and a big gaster on six thin legs, with elbowed antennae.

    What tells it from a spider: three body segments in a row with a pinched waist (a knob
    between thorax and gaster), the head held out in front with jaws, long elbowed antennae,
    and six legs all from the narrow thorax, planted close rather than splayed.
    """
    k = a.vary(1.0, 0.08)  # every length below is in millimetres of a worker ant, times this
    mm = 0.001 * k
    skin = (160, 45, 30) if a.mentions("fire", "red") else a.pick(BODIES)
    z = 3.6 * mm
    thorax = ellipsoid((1.3 * mm, 3.0 * mm, 1.4 * mm), a.segments(1.5 * mm), (0, -2.0 * mm, z))
    node = sphere(0.8 * mm, 10, (0, 1.6 * mm, z + 0.3 * mm))
    waist = capsule((0, 0.6 * mm, z), (0, 2.6 * mm, z), 0.45 * mm, 8)
    gaster = ellipsoid(
        (2.2 * mm, 3.3 * mm, 2.0 * mm), a.segments(3.0 * mm), (0, 5.4 * mm, z + 0.5 * mm)
    )
    a.add(union([thorax, node, waist, gaster]), "body", skin)
    head: Vec3 = (0.0, -6.2 * mm, z + 0.6 * mm)
    neck = capsule((0, -4.6 * mm, z + 0.2 * mm), head, 0.5 * mm, 8)
    skull = ellipsoid((2.0 * mm, 1.8 * mm, 1.8 * mm), a.segments(2.0 * mm), head)
    a.add(union([neck, skull]), "head", skin)
    for side in (-1, 1):
        eye = (side * 1.55 * mm, head[1] - 0.3 * mm, head[2] + 0.5 * mm)
        a.add(sphere(0.45 * mm, 8, eye), "eye", EYE, Tier.FIXED)
        # jaws: two short curved pincers at the front of the head
        jaw_root = (side * 0.8 * mm, head[1] - 1.3 * mm, head[2] - 0.7 * mm)
        jaw_tip = (side * 0.15 * mm, head[1] - 2.4 * mm, head[2] - 0.9 * mm)
        a.add(capsule(jaw_root, jaw_tip, 0.3 * mm, 8, 0.15 * mm), "jaw", skin)
        # antennae: a long stalk up and forward, then bent out and down at the elbow
        root = (side * 0.7 * mm, head[1] - 1.0 * mm, head[2] + 1.0 * mm)
        elbow = (side * 1.6 * mm, head[1] - 2.2 * mm, head[2] + 3.6 * mm)
        tip = (side * 3.0 * mm, head[1] - 5.2 * mm, head[2] + 2.2 * mm)
        a.add(
            union(
                [capsule(root, elbow, 0.22 * mm, 8), capsule(elbow, tip, 0.22 * mm, 8, 0.3 * mm)]
            ),
            "antenna",
            skin,
        )
    # legs from the thorax: the front pair reaching forward, the hind pair back, the middle
    # out to the side; knees high, feet planted in a long narrow stance
    legs = []
    for hip_y, foot_y, foot_x in ((-3.4, -7.5, 3.2), (-2.2, -1.2, 4.6), (-1.0, 5.5, 3.8)):
        for side in (-1, 1):
            hip: Vec3 = (side * 0.9 * mm, hip_y * mm, z - 0.5 * mm)
            knee: Vec3 = (side * (foot_x * 0.6) * mm, (hip_y + foot_y) * 0.45 * mm, z + 1.6 * mm)
            foot: Vec3 = (side * foot_x * mm, foot_y * mm, 0.25 * mm)
            legs += [capsule(hip, knee, 0.32 * mm, 8, 0.26 * mm), capsule(knee, foot, 0.24 * mm, 8)]
    a.add(union(legs), "leg", skin)


TEMPLATE = Template(
    "ant",
    build_ant,
    0.015,
    description="a tiny six-legged insect that lives in a colony",
    synonyms=("ants", "fire ant", "red ant", "worker ant", "soldier ant"),
    kinds=("termite", "carpenter ant", "leafcutter ant", "queen ant"),
    not_claimed=("ant hill", "ant farm"),
    parts=("body", "head", "eye", "antenna", "leg", "jaw"),
    aliases={
        "antennae": "antenna",
        "abdomen": "body",
        "gaster": "body",
        "thorax": "body",
        "mandible": "jaw",
        "pincer": "jaw",
    },
)
