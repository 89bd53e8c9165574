"""A person in everyday clothes: man or woman, child or adult, young or old, by the prompt's words.

The words of the prompt decide what they can ("a little girl", "an old man"); the seed decides
the rest: build, hair, clothes, a dress or trousers, the pose.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.costume import GREY_HAIRS, TOPS, TROUSERS, belt, bun, long_hair
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    HAIRS,
    Figure,
    Outfit,
    beard,
    brimmed_hat,
    build_figure,
)
from meshforge.engines.text.kit.gear import BLACK
from meshforge.engines.text.kit.solids import box, capsule, rod, torus

FEMALE = ("woman", "girl", "lady", "mother", "mom", "mum", "grandmother", "grandma", "granny")
MALE = ("man", "boy", "guy", "gentleman", "father", "dad", "grandfather", "grandpa", "businessman")
CHILD = ("boy", "girl", "child", "kid", "toddler", "little", "young", "schoolgirl", "schoolboy")
OLD = ("old", "elderly", "grandmother", "grandma", "granny", "grandfather", "grandpa", "senior")
SUIT = ("businessman", "businesswoman", "suit", "office", "business")
CANE: RGB = (110, 70, 40)
BELTS: tuple[RGB, ...] = ((60, 40, 28), (30, 28, 28), (120, 80, 45))
BUCKLE: RGB = (200, 190, 150)
SUITS: tuple[RGB, ...] = ((35, 40, 55), (60, 62, 68), (30, 30, 33))


def build_person(a: Assembly) -> None:
    """A person: build, hair, clothes and pose from the prompt's words, the rest from the seed."""
    female = a.mentions(*FEMALE) or (not a.mentions(*MALE) and a.chance(0.5))
    child, old = a.mentions(*CHILD), a.mentions(*OLD) and not a.mentions("young")
    hair: RGB = a.pick(GREY_HAIRS) if old else a.pick(HAIRS)
    suit = a.mentions(*SUIT)
    # a person reads as one in shirt and trousers; a dress only when the prompt asks for one
    dress = a.mentions("dress", "skirt", "gown")
    top: RGB = a.pick(SUITS) if suit else a.pick(TOPS)
    if dress:
        # a dress is one garment: the colour the prompt gives it ("in a red dress") is the top's
        top = a.color("leg", top, Tier.SECONDARY)
    pose = "wave" if a.mentions("waving", "wave", "hello") else a.pick(("down", "down", "wave"))
    f = build_figure(
        a,
        Outfit(
            top=top,
            bottom=top if dress or suit else a.pick(TROUSERS),
            hair=hair,
            dress=dress,
            coat=0.25 if suit else 0.0,
            pose="down" if old else pose,
            girth=a.vary(0.88 if female else 1.0, 0.08) * (0.9 if child else 1.0),
            height=a.vary(0.68, 0.08) if child else a.vary(0.97 if female else 1.0, 0.03),
            head_size=1.25 if child else 1.0,
        ),
    )
    if not dress and not suit and a.maybe("belt", 0.7):
        # the torso's girth, read back from how far its front stands out
        belt(a, f, a.pick(BELTS), BUCKLE, -f.chest_y / (0.12 * f.scale))
    if a.wants("collar"):
        _collar(a, f)
    if female and a.wants("hair"):
        if old:
            bun(a, f, hair)
        elif a.chance(0.8):
            long_hair(a, f, hair, a.between(0.5, 1.3))
        else:
            bun(a, f, hair)
    if old and not female and a.maybe("beard", 0.5):
        beard(a, f, hair, 0.5)
    if suit and a.wants("tie"):
        _tie(a, f)
    if a.maybe("glasses", 0.6 if old else 0.15, "spectacles", "sunglasses"):
        _glasses(a, f)
    if a.maybe("hat", 0.1, "cap"):
        brimmed_hat(a, f, 1.5, f.head_r * 0.8, a.pick(SUITS))
    if old and a.maybe("cane", 0.6, "walking stick"):
        hand = f.hands[0]
        a.add(
            rod((hand[0], hand[1] - 0.06, 0.0), hand, 0.015 * f.scale, 8), "cane", CANE, Tier.FIXED
        )
        a.add(
            capsule(hand, (hand[0], hand[1] - 0.09, hand[2]), 0.018 * f.scale, 8),
            "cane",
            CANE,
            Tier.FIXED,
        )


def _collar(a: Assembly, f: Figure) -> None:
    """A shirt collar round the neck: two flat tabs folded down at the front."""
    s = f.scale
    z = f.shoulder_z + 0.06 * s
    for side in (-1, 1):
        tab = box((0.07 * s, 0.012 * s, 0.05 * s)).rotate((0, side * 35, side * 20))
        a.add(
            tab.translate((side * 0.04 * s, f.chest_y * 0.55, z)), "collar", f.top, Tier.SECONDARY
        )


def _tie(a: Assembly, f: Figure) -> None:
    """A necktie down the shirt front."""
    s = f.scale
    knot = (0.0, f.chest_y - 0.005, f.shoulder_z + 0.02 * s)
    tip = (0.0, f.chest_y - 0.01, f.shoulder_z - 0.3 * s)
    a.add(
        capsule(knot, tip, 0.025 * s, 8, 0.035 * s),
        "tie",
        a.pick(((170, 30, 40), (40, 70, 150))),
        Tier.FIXED,
    )


def _glasses(a: Assembly, f: Figure) -> None:
    """Two round lenses and a bridge in front of the eyes."""
    hx, hy, hz = f.head
    r = f.head_r
    for side in (-1, 1):
        ring = torus(r * 0.22, r * 0.04, 16).rotate((90, 0, 0))
        a.add(
            ring.translate((hx + side * r * 0.42, hy - r * 0.92, hz + r * 0.12)),
            "glasses",
            BLACK,
            Tier.FIXED,
        )
    bridge = rod(
        (hx - r * 0.2, hy - r * 0.95, hz + r * 0.12),
        (hx + r * 0.2, hy - r * 0.95, hz + r * 0.12),
        r * 0.04,
        8,
    )
    a.add(bridge, "glasses", BLACK, Tier.FIXED)


TEMPLATE = Template(
    "person",
    build_person,
    1.8,
    description="a person, a man or a woman, standing in everyday clothes",
    synonyms=(
        "man",
        "woman",
        "boy",
        "girl",
        "child",
        "kid",
        "human",
        "lady",
        "guy",
        "gentleman",
        "human figure",
        "human being",
        "teenager",
        "toddler",
        "grandmother",
        "grandfather",
        "businessman",
        "businesswoman",
        "grandma",
        "grandpa",
        "granny",
    ),
    kinds=("schoolgirl", "schoolboy", "pedestrian", "villager"),
    not_claimed=(
        "gingerbread man",
        "straw man",
        "pac man",
        "man of war",
        "iron man",
        "spider man",
        "boy band",
    ),
    parts=(*FIGURE_PARTS, "beard", "tie", "glasses", "hat", "cane", "belt", "buckle", "collar"),
    aliases={
        **FIGURE_ALIASES,
        "dress": "leg",
        "skirt": "leg",
        "jeans": "leg",
        "suit": "body",
        "necktie": "tie",
        "spectacles": "glasses",
        "sunglasses": "glasses",
        "walking stick": "cane",
    },
)
