"""A dressable standing person for the profession and character templates.

``build_figure`` makes the body (shoes, legs, hips, torso, arms, hands, neck, head with eyes and
optional hair) from an ``Outfit`` and returns where its head, hands and shoulders went, so that
a template adds what makes the character read: a chef's toque, a pirate's hat and cutlass, an
astronaut's helmet and pack. Same frame as ``solids``: Z up, metres, facing -Y; the figure's
right hand is on -X.
"""

from __future__ import annotations

from dataclasses import dataclass

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.hats import wear_asked_hat
from meshforge.engines.text.kit.solids import (
    Vec3,
    capsule,
    cylinder,
    dome,
    lathe,
    on_sphere,
    rounded_box,
    sink_depth,
    sphere,
)

SKINS: tuple[RGB, ...] = ((240, 200, 170), (225, 180, 140), (190, 140, 100), (140, 95, 65))
HAIRS: tuple[RGB, ...] = ((45, 30, 20), (90, 55, 30), (200, 160, 90), (25, 22, 20), (150, 60, 30))
SHOES: RGB = (35, 30, 30)
EYES: RGB = (25, 25, 28)

#: Part words of every figure; a template adds its own (hat, sword, ...).
FIGURE_PARTS = ("head", "eye", "hand", "arm", "body", "leg", "foot", "hair")
FIGURE_ALIASES = {
    "face": "head",
    "skin": "head",
    "shirt": "body",
    "torso": "body",
    "coat": "body",
    "jacket": "body",
    "top": "body",
    "uniform": "body",
    "sleeve": "arm",
    "pants": "leg",
    "trousers": "leg",
    "shoe": "foot",
    "boot": "foot",
    "feet": "foot",
    "hands": "hand",
    "glove": "hand",
}


@dataclass(frozen=True)
class Outfit:
    """What the figure wears and how it stands."""

    top: RGB | tuple[RGB, ...]  #: shirt, sleeves and coat
    bottom: RGB | tuple[RGB, ...]  #: trousers (or the skirt of a dress)
    shoes: RGB | tuple[RGB, ...] = SHOES
    skin: RGB | tuple[RGB, ...] = SKINS
    hair: RGB | tuple[RGB, ...] | None = HAIRS  #: None: bald, or a hat covers it
    coat: float = 0.0  #: a coat's skirt reaching this far down the legs (0..1)
    dress: bool = False  #: a floor-length skirt over the legs
    pose: str = "down"  #: "down", "hold" (forearms forward), "forward" (arms out) or "wave"
    girth: float = 1.0  #: width of torso and limbs
    bulky: bool = False  #: spacesuit-thick limbs
    glove: RGB | tuple[RGB, ...] | None = None  #: gloves instead of bare hands
    height: float = 1.0  #: scale of the whole figure (a child is about 0.7)
    head_size: float = 1.0  #: head radius against an adult's (children's heads are larger)
    legs: bool = True  #: False: no legs or shoes, the template adds what it stands on (a tail)


@dataclass(frozen=True)
class Figure:
    """Where the built figure put things, scaled."""

    scale: float
    head: Vec3
    head_r: float
    hands: tuple[Vec3, Vec3]  #: right (-X), left (+X)
    shoulder_z: float
    waist_z: float
    chest_y: float  #: the front face of the torso
    top: RGB  #: the colours it was given, for matching accessories
    skin: RGB


def build_figure(a: Assembly, o: Outfit) -> Figure:
    """Shoes, legs, torso, arms, hands, neck, head with eyes and hair; returns the anchors."""
    s = a.vary(1.0, 0.05) * o.height
    g = o.girth * a.vary(1.0, 0.06) * (1.3 if o.bulky else 1.0)
    top, skin = a.color("body", o.top), a.color("head", o.skin, Tier.FIXED)
    bottom = a.color("leg", o.bottom, Tier.SECONDARY)
    hip_z, shoulder_z = 0.92 * s, 1.42 * s
    leg_r, arm_r = 0.07 * s * g, 0.055 * s * g
    # legs and shoes (hidden under a dress, which stands in for them)
    for side in (-1, 1):
        x = side * 0.1 * s * g
        if not o.legs:
            continue
        if not o.dress:
            a.add(capsule((x, 0, hip_z), (x, 0, 0.1 * s), leg_r, a.segments(leg_r)), "leg", bottom)
        shoe = rounded_box(
            (0.12 * s * g, 0.25 * s, 0.1 * s),
            0.035 * s,
            a.segments(0.035),
            (x, -0.04 * s, 0.05 * s),
        )
        a.add(shoe, "foot", o.shoes, Tier.FIXED)
    waist = 0.18 * s * g
    if o.dress:
        skirt = lathe(
            [
                (0.0, 0.02 * s),
                (0.36 * s, 0.02 * s),
                (0.3 * s, 0.3 * s),
                (waist, hip_z + 0.1 * s),
                (0.0, hip_z + 0.1 * s),
            ],
            a.segments(0.36 * s),
        )
        a.add(skirt.scale((1.0, 0.85, 1.0)), "leg", bottom, Tier.SECONDARY)
    torso = rounded_box(
        (0.4 * s * g, 0.24 * s * g, shoulder_z - hip_z + 0.1 * s),
        0.09 * s,
        a.segments(0.09),
        (0, 0, (hip_z + shoulder_z) / 2),
    )
    a.add(torso, "body", top)
    if o.coat > 0:
        low = hip_z - o.coat * (hip_z - 0.15 * s)
        skirt = lathe(
            [
                (0.0, low),
                (0.27 * s * g, low),
                (0.21 * s * g, hip_z + 0.1 * s),
                (0.0, hip_z + 0.1 * s),
            ],
            a.segments(0.27),
        )
        a.add(skirt.scale((1.0, 0.7, 1.0)), "body", top)
    hands = []
    for side in (-1, 1):
        shoulder = (side * 0.22 * s * g, 0.0, shoulder_z - 0.03 * s)
        if o.pose == "forward":
            elbow = (side * 0.2 * s * g, -0.28 * s, shoulder_z - 0.05 * s)
            hand = (side * 0.18 * s * g, -0.55 * s, shoulder_z - 0.06 * s)
        elif o.pose == "hold" or (o.pose == "wave" and side == 1):
            elbow = (side * 0.27 * s * g, 0.02 * s, shoulder_z - 0.28 * s)
            hand = (side * 0.28 * s * g, -0.24 * s, shoulder_z - 0.36 * s)
        elif o.pose == "wave":
            elbow = (side * 0.42 * s, 0.0, shoulder_z - 0.05 * s)
            hand = (side * 0.46 * s, -0.02 * s, shoulder_z + 0.25 * s)
        else:
            elbow = (side * 0.28 * s * g, 0.0, shoulder_z - 0.27 * s)
            hand = (side * 0.3 * s * g, -0.04 * s, hip_z + 0.02 * s)
        a.add(sphere(arm_r * 1.25, a.segments(arm_r), shoulder), "arm", top)
        a.add(capsule(shoulder, elbow, arm_r, a.segments(arm_r)), "arm", top)
        a.add(capsule(elbow, hand, arm_r, a.segments(arm_r), arm_r * 0.9), "arm", top)
        palm = sphere(arm_r * 1.05, a.segments(arm_r), hand)
        if o.glove is None:
            a.add(palm, "hand", skin, Tier.FIXED)
        else:
            a.add(palm, "hand", o.glove, Tier.FIXED)
        hands.append(hand)
    neck_top = shoulder_z + 0.1 * s
    a.add(
        cylinder(0.05 * s, 0.14 * s, a.segments(0.05), (0, 0, shoulder_z - 0.02 * s)),
        "head",
        skin,
        Tier.FIXED,
    )
    head_r = 0.125 * s * o.head_size
    head = (0.0, 0.0, neck_top + head_r * 0.85)
    a.add(sphere(head_r, a.segments(head_r), head), "head", skin, Tier.FIXED)
    set_face(a, head, head_r)
    if o.hair is not None and a.wants("hair"):
        # wide enough that the head's facets never poke through the cap's (patchy hair)
        cap = dome((head_r * 1.1, head_r * 1.1, head_r * 1.06), a.segments(head_r))
        a.add(
            cap.rotate((-18, 0, 0)).translate((head[0], head[1] + head_r * 0.05, head[2])),
            "hair",
            o.hair,
            Tier.FIXED,
        )
    # the hat the prompt names ("a man in a top hat") replaces the character's own headwear
    wear_asked_hat(a, head, head_r)
    right, left = hands
    return Figure(s, head, head_r, (right, left), shoulder_z, hip_z, -0.12 * s * g, top, skin)


def set_face(a: Assembly, head: Vec3, head_r: float, color: RGB = EYES) -> None:
    """Two dark eyes on the front of a round head."""
    size = head_r * 0.11
    depth = sink_depth(head_r, a.segments(head_r), size)
    for side in (-1, 1):
        spot = on_sphere(head, head_r, side * 28, 8, depth)
        a.add(sphere(size, a.segments(size), spot), "eye", color, Tier.FIXED)


def brimmed_hat(
    a: Assembly,
    f: Figure,
    brim: float,
    crown_h: float,
    color: RGB | tuple[RGB, ...],
    part: str = "hat",
) -> None:
    """A round brim with a crown on top of the head (cowboy, witch and chef hats build on it)."""
    base = f.head[2] + f.head_r * 0.55
    r = f.head_r
    a.add(
        cylinder(r * brim, r * 0.1, a.segments(r * brim), (f.head[0], f.head[1], base)),
        part,
        color,
        Tier.FIXED,
    )
    a.add(
        cylinder(r * 0.95, crown_h, a.segments(r), (f.head[0], f.head[1], base), r * 0.85),
        part,
        color,
        Tier.FIXED,
    )


def beard(a: Assembly, f: Figure, color: RGB | tuple[RGB, ...], length: float = 1.0) -> None:
    """A full beard hanging from the chin."""
    r = f.head_r
    chin = (f.head[0], f.head[1] - r * 0.55, f.head[2] - r * 0.45)
    tip = (f.head[0], f.head[1] - r * 0.75, f.head[2] - r * (0.9 + 0.8 * length))
    a.add(capsule(chin, tip, r * 0.6, a.segments(r * 0.6), r * 0.25), "beard", color, Tier.FIXED)
