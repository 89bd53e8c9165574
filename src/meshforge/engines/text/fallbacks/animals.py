"""The animal archetype: the generic body plan of the prompt's class, in its colours and size.

An animal no template knows ("a kangaroo", "a wasp-like moth") becomes the plain body of its
class: a four-legged mammal, a perching bird, a fish, a six-legged bug, a low reptile with a
long tail, or a soft sea creature with tentacles. The class comes from the matcher: a known
everyday animal's kind ("kangaroo" is filed as a mammal), else the body plan of the nearest
animal templates (``PLANS``). None of them is a neighbour's own template.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds, bugs, saurians, sea_life
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.archetypes import leaning
from meshforge.engines.text.kit.quadruped import Species, build_quadruped
from meshforge.engines.text.kit.solids import capsule, ellipsoid, sphere

CATEGORY = "animals"

#: Body plan → the animal templates that have it, and words that say it ("a sea bird").
PLANS: dict[str, tuple[str, ...]] = {
    "mammal": (
        "bear",
        "camel",
        "cat",
        "cow",
        "deer",
        "dog",
        "elephant",
        "fox",
        "giraffe",
        "goat",
        "hippo",
        "horse",
        "leopard",
        "lion",
        "mouse",
        "panda",
        "pig",
        "rabbit",
        "raccoon",
        "rhino",
        "sheep",
        "tiger",
        "wolf",
        "zebra",
        "unicorn",
        "mammal",
    ),
    "bird": (
        "bird",
        "chicken",
        "eagle",
        "flamingo",
        "owl",
        "parrot",
        "penguin",
        "phoenix",
        "duck",
        "feathered",
        "beak",
        "wings",
    ),
    "fish": ("fish", "shark", "dolphin", "whale", "fin", "fins"),
    "bug": (
        "ant",
        "bee",
        "butterfly",
        "dragonfly",
        "ladybug",
        "spider",
        "crab",
        "insect",
        "bug",
    ),
    "reptile": (
        "crocodile",
        "lizard",
        "snake",
        "turtle",
        "frog",
        "dragon",
        "brontosaurus",
        "stegosaurus",
        "t rex",
        "triceratops",
        "reptile",
        "scaly",
    ),
    "mollusc": ("octopus", "jellyfish", "starfish", "tentacle", "tentacles"),
}

COATS: tuple[RGB, ...] = ((150, 110, 75), (120, 115, 110), (200, 170, 120), (90, 70, 55))
FEATHERS: tuple[RGB, ...] = ((110, 90, 70), (70, 110, 170), (220, 200, 80), (60, 60, 65))
SCALES: tuple[RGB, ...] = ((90, 130, 70), (120, 110, 70), (70, 100, 90))
SEA: tuple[RGB, ...] = ((230, 120, 90), (150, 90, 170), (240, 170, 80), (90, 150, 200))
BUG: tuple[RGB, ...] = ((40, 40, 45), (150, 90, 40), (60, 110, 60), (170, 40, 35))
BEAK: RGB = (235, 170, 50)

MAMMAL = Species(
    body_length=0.6,
    body_radius=0.15,
    leg_length=0.32,
    leg_radius=0.05,
    neck_length=0.14,
    neck_tilt_deg=40,
    head_radius=0.11,
    snout_length=0.7,
    ears="pointy",
    tail="long",
    coats=COATS,
    accent=(60, 45, 35),
)


def build_animal(a: Assembly) -> None:
    """The body plan of the prompt's animal class, coloured by the prompt."""
    plan = leaning(a, PLANS, "mammal", cues=True)
    {
        "mammal": _mammal,
        "bird": _bird,
        "fish": _fish,
        "bug": _bug,
        "reptile": _reptile,
        "mollusc": _mollusc,
    }[plan](a)


def _mammal(a: Assembly) -> None:
    """Four legs, a body, neck, head with snout and ears, and a tail."""
    build_quadruped(a, MAMMAL)


def _bird(a: Assembly) -> None:
    """A perching bird: egg body, round head, cone beak, folded wings, fanned tail, two legs."""
    s = a.vary(0.25, 0.1)
    color = a.color("body", FEATHERS)
    birds.body(a, (0.0, 0.0, s * 0.55), (s * 0.26, s * 0.42, s * 0.28), -20, color)
    head = (0.0, -s * 0.32, s * 0.9)
    birds.head(a, head, s * 0.18, color)
    birds.cone_beak(a, (0.0, head[1] - s * 0.15, head[2]), s * 0.06, s * 0.16, 0.15, BEAK)
    birds.folded_wings(
        a, (0.0, s * 0.05, s * 0.6), (s * 0.06, s * 0.32, s * 0.18), -20, s * 0.22, color
    )
    birds.fan_tail(a, (0.0, s * 0.3, s * 0.5), s * 0.3, s * 0.22, 25, color)
    birds.legs(a, (0.0, 0.0, s * 0.35), s * 0.08, s * 0.02, BEAK, s * 0.08)


def _fish(a: Assembly) -> None:
    """A streamlined body on its belly line, a forked tail, a back fin and side fins."""
    length = a.vary(0.5, 0.15)
    radius = length * a.between(0.14, 0.2)
    z = radius * 1.05
    color = a.color("body", SEA)
    body = sea_life.streamlined(
        length, radius, [(0.15, 0.8), (0.4, 1.0), (0.75, 0.55), (0.95, 0.18)], a.segments(radius)
    )
    a.add(body.scale((0.7, 1.0, 1.0)).translate((0.0, 0.0, z)), "body", color)
    tail = sea_life.fin(
        [
            (0.0, 0.0),
            (length * 0.25, radius * 1.2),
            (length * 0.18, 0.0),
            (length * 0.25, -radius * 1.2),
        ],
        radius * 0.12,
        (0.0, length * 0.42, z),
    )
    a.add(tail, "tail", color, Tier.SECONDARY)
    back = sea_life.fin(
        [(-length * 0.12, 0.0), (length * 0.05, radius * 0.9), (length * 0.12, 0.0)],
        radius * 0.1,
        (0.0, 0.0, z + radius * 0.6),
    )
    a.add(back, "fin", color, Tier.SECONDARY)
    for side in (-1, 1):
        fin = sea_life.flipper(
            radius * 0.9,
            radius * 0.6,
            radius * 0.08,
            side,
            (side * radius * 0.55, -length * 0.12, z - radius * 0.3),
            25,
        )
        a.add(fin, "fin", color, Tier.SECONDARY)
    sea_life.sea_eyes(
        a, (0.0, -length * 0.3, z + radius * 0.15), radius * 0.55, 55, 10, radius * 0.12
    )


def _bug(a: Assembly) -> None:
    """Head, thorax and abdomen in a row, six jointed legs and two feelers."""
    s = a.vary(0.12, 0.15)
    color = a.color("body", BUG)
    z = s * 0.35
    a.add(
        ellipsoid((s * 0.32, s * 0.5, s * 0.28), a.segments(s * 0.4), (0.0, s * 0.45, z + 0.01)),
        "body",
        color,
    )
    a.add(
        ellipsoid((s * 0.24, s * 0.26, s * 0.2), a.segments(s * 0.3), (0.0, -s * 0.1, z)),
        "body",
        color,
    )
    head = (0.0, -s * 0.45, z + s * 0.02)
    a.add(sphere(s * 0.17, a.segments(s * 0.2), head), "head", color)
    set_eyes(a, head, s * 0.17, 45, 15, 0.3)
    legs = bugs.jointed_legs(
        (-s * 0.25, -s * 0.1, s * 0.05), s * 0.15, z, s * 0.6, z + s * 0.25, s * 0.03
    )
    bugs.add_legs(a, legs)
    a.add(
        bugs.antennae(head, s * 0.17, s * 0.4, s * 0.15, False), "antenna", bugs.BLACK, Tier.FIXED
    )


def _reptile(a: Assembly) -> None:
    """A long low body on four sprawled legs, a snouted head and a tapering tail."""
    s = a.vary(0.8, 0.12)
    color = a.color("body", SCALES)
    r, z = s * 0.09, s * 0.1
    a.add(ellipsoid((r * 1.3, s * 0.3, r), a.segments(r), (0.0, 0.0, z + r * 0.3)), "body", color)
    saurians.snout_head(a, (0.0, -s * 0.32, z + r * 0.5), s * 0.14, r * 0.8, r * 0.6, color)
    saurians.sprawl_legs(a, (-s * 0.18, s * 0.18), r, z, s * 0.12, r * 0.35, color)
    saurians.tail(a, (0.0, s * 0.26, z + r * 0.2), s * 0.45, r * 0.7, z * 0.6, color, 0.3)


def _mollusc(a: Assembly) -> None:
    """A soft domed mantle with eyes over a ring of curling tentacles."""
    s = a.vary(0.35, 0.12)
    color = a.color("body", SEA)
    center = (0.0, 0.0, s * 0.55)
    a.add(ellipsoid((s * 0.32, s * 0.32, s * 0.42), a.segments(s * 0.3), center), "body", color)
    sea_life.sea_eyes(a, center, s * 0.32, 30, -5, s * 0.05)
    count = a.count("tentacle", 8, 4, 12)
    for k in range(count):
        arm = sea_life.tentacle(
            a,
            (0.0, 0.0, s * 0.3),
            360 * k / count + a.between(-8, 8),
            s * 0.5,
            s * 0.06,
            a.between(0.2, 0.5),
            s * 0.25,
        )
        a.add(arm, "tentacle", color)
    a.add(
        capsule((0.0, 0.0, s * 0.3), (0.0, 0.0, s * 0.05), s * 0.12, a.segments(s * 0.1)),
        "body",
        color,
    )


TEMPLATE = Template(
    "animal",
    build_animal,
    0.5,
    description="an animal of no particular kind, built as the body plan of its class",
    parts=(
        "body",
        "head",
        "leg",
        "tail",
        "eye",
        "ear",
        "snout",
        "nose",
        "wing",
        "beak",
        "fin",
        "antenna",
        "tentacle",
    ),
    aliases={"fur": "body", "feathers": "body", "scales": "body", "legs": "leg", "paw": "leg"},
)
