"""A toy-brick minifigure: a studded cylinder head, a tapered torso, C-hands, block legs."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import (
    box,
    capsule,
    cylinder,
    dome,
    prism,
    rounded_box,
    subtract,
    torus,
)

YELLOW: RGB = (250, 205, 30)
INK: RGB = (25, 25, 28)
HAIRS: tuple[RGB, ...] = ((90, 55, 30), (30, 28, 26), (120, 75, 35), (150, 60, 30))
#: shirts in the set's bright colours, never the skin's yellow
TORSOS: tuple[RGB, ...] = tuple(
    c for c in BRIGHTS if not (c[0] > 200 and c[1] > 170 and c[2] < 120)
)
LEGS: tuple[RGB, ...] = ((40, 60, 140), (30, 30, 34), (120, 120, 125), (90, 60, 40))
MM = 0.001  #: drawn in millimetres, a real minifigure's size, then scaled to metres


def build_lego_minifigure(a: Assembly) -> None:
    """A toy-brick minifigure: a studded cylinder head, a tapered torso, C-hands, block legs."""
    torso_color, leg_color = a.pick(TORSOS), a.pick(LEGS)
    parts: list[tuple[Manifold, str, RGB, Tier]] = []
    for sx in (-1, 1):
        leg = box((7.4, 8.0, 11.0), (sx * 3.9, 0.4, 5.5))
        foot = box((7.4, 2.0, 3.0), (sx * 3.9, -4.2, 1.5))
        parts.append((leg + foot, "legs", leg_color, Tier.SECONDARY))
    parts.append((box((15.6, 8.0, 3.2), (0, 0.4, 12.5)), "hips", leg_color, Tier.SECONDARY))
    top = 14.0
    # the torso's trapezoid, seen from the front, pushed 8 mm deep
    outline = [(-7.8, top), (7.8, top), (6.0, top + 12.0), (-6.0, top + 12.0)]
    torso = prism(outline, 8.0).rotate((90, 0, 0)).translate((0, 4.4, 0))
    parts.append((torso, "torso", torso_color, Tier.PRIMARY))
    neck = cylinder(3.0, 1.4, 16, (0, 0.4, top + 11.8))
    parts.append((neck, "head", YELLOW, Tier.FIXED))
    for sx in (-1, 1):
        shoulder = (sx * 6.6, 0.4, top + 10.0)
        elbow = (sx * 8.8, -2.2, top + 3.5)
        parts.append((capsule(shoulder, elbow, 2.7, 16, 2.4), "arms", torso_color, Tier.PRIMARY))
        wrist = (sx * 9.0, -3.6, top + 2.0)
        parts.append((capsule(elbow, wrist, 1.4, 12), "hands", YELLOW, Tier.FIXED))
        hand = subtract(torus(2.0, 1.0, 20), box((2.0, 4.0, 4.0), (2.4, 0, 0)))
        hand = hand.rotate((0, 0, -90)).translate((sx * 9.2, -5.0, top + 1.2))
        parts.append((hand, "hands", YELLOW, Tier.FIXED))
    head_z = top + 13.0
    head = rounded_box((9.6, 9.6, 8.6), 2.0, 16, (0, 0.4, head_z + 4.3))
    head = head ^ cylinder(4.8, 8.6, 24, (0, 0.4, head_z))
    parts.extend(_face(head_z))
    if a.maybe("hair", 0.5, "hat", "helmet"):
        # a cap of hair over the crown, its fringe above the eyes, falling to the nape behind
        hair = dome((5.9, 5.9, 3.8), 32, (0, 0.4, head_z + 6.3))
        back = cylinder(5.4, 5.2, 32, (0, 0.4, head_z + 1.5)) ^ box(
            (12.0, 6.0, 6.0), (0, 3.4, head_z + 4.0)
        )
        hair = hair + back
        hair_color = a.pick(HAIRS) if not a.mentions("helmet", "police", "knight") else INK
        parts.append((hair, "hair", hair_color, Tier.FIXED))
        head = head - hair  # no facet of the head pokes through the hair
    else:
        stud = cylinder(2.4, 1.8, 16, (0, 0.4, head_z + 8.4))
        parts.append((stud, "head", YELLOW, Tier.FIXED))
    parts.append((head, "head", YELLOW, Tier.FIXED))
    # moulds differ a little in size from set to set
    size = MM * a.vary(1.0, 0.05)
    for solid, part, color, tier in parts:
        a.add(solid.scale((size, size, size)), part, color, tier)


def _face(head_z: float) -> list[tuple[Manifold, str, RGB, Tier]]:
    """Two dot eyes and a smile printed (here: raised a hair) on the front of the head."""
    face: list[tuple[Manifold, str, RGB, Tier]] = []
    front = 0.4 - 4.8
    for sx in (-1, 1):
        eye = (
            cylinder(0.7, 0.6, 10)
            .rotate((90, 0, 0))
            .translate((sx * 1.7, front + 0.5, head_z + 5.2))
        )
        face.append((eye, "face", INK, Tier.FIXED))
    smile = subtract(torus(2.0, 0.35, 24), box((6.0, 6.0, 2.0), (0, 2.7, 0)))
    smile = smile.rotate((90, 0, 0)).translate((0, front + 0.1, head_z + 3.8))
    face.append((smile, "face", INK, Tier.FIXED))
    return face


TEMPLATE = Template(
    "lego minifigure",
    build_lego_minifigure,
    0.045,
    description="a small yellow-headed toy figure for plastic building brick sets",
    synonyms=("minifigure", "minifig", "lego figure", "lego man", "lego person"),
    kinds=(
        "lego figurine",
        "lego guy",
        "lego character",
        "lego minifig",
        "lego people",
        "brick figure",
        "lego astronaut",
        "lego policeman",
    ),
    parts=("head", "hair", "face", "torso", "arms", "hands", "hips", "legs"),
    aliases={
        "body": "torso",
        "shirt": "torso",
        "chest": "torso",
        "arm": "arms",
        "hand": "hands",
        "leg": "legs",
        "trousers": "legs",
        "pants": "legs",
        "hat": "hair",
        "helmet": "hair",
        "eyes": "face",
        "smile": "face",
    },
)
