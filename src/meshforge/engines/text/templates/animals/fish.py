"""A fish swimming towards the front: a deep narrow body, forked tail, fins and eyes."""

from __future__ import annotations

from manifold3d import Manifold, OpType

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, side_prism, sphere

EYE_WHITE: RGB = (245, 245, 240)


FISH: tuple[RGB, ...] = (
    (245, 130, 30),
    (70, 130, 190),
    (240, 200, 50),
    (150, 160, 170),
    (200, 60, 90),
)


def build_fish(a: Assembly) -> None:
    """A fish swimming towards the front: a deep narrow body, forked tail, fins and eyes."""
    length, depth = a.vary(0.3, 0.1), a.vary(0.14, 0.15)
    width = depth * 0.38
    color = a.pick(FISH)
    if a.mentions("goldfish", "clownfish", "koi"):
        color = FISH[0]
    mid = depth / 2 + 0.02
    a.add(
        ellipsoid(
            (width / 2, length * 0.42, depth / 2), a.segments(depth / 2), (0, -length * 0.06, mid)
        ),
        "body",
        color,
    )
    tail_root = length * 0.3
    fork = [
        (tail_root - 0.01, mid + depth * 0.08),
        (tail_root - 0.01, mid - depth * 0.08),
        (length * 0.52, mid - depth * 0.45),
        (length * 0.45, mid),
        (length * 0.52, mid + depth * 0.45),
    ]
    fin_color = a.pick(FISH)
    a.add(side_prism(fork, width * 0.18), "tail", fin_color, Tier.SECONDARY)
    dorsal = [
        (-length * 0.15, mid + depth * 0.4),
        (length * 0.18, mid + depth * 0.3),
        (length * 0.05, mid + depth * 0.75),
    ]
    a.add(side_prism(dorsal, width * 0.15), "fin", fin_color, Tier.SECONDARY)
    belly = [
        (-length * 0.02, mid - depth * 0.4),
        (length * 0.15, mid - depth * 0.3),
        (length * 0.12, mid - depth * 0.62),
    ]
    a.add(side_prism(belly, width * 0.15), "fin", fin_color, Tier.SECONDARY)
    head = (0.0, -length * 0.3, mid + depth * 0.08)
    for side in (-1, 1):
        fin = ellipsoid(
            (width * 0.08, length * 0.1, depth * 0.12), a.segments(depth * 0.12)
        ).rotate((0, 0, side * 25))
        a.add(
            fin.translate((side * width * 0.45, -length * 0.12, mid - depth * 0.12)),
            "fin",
            fin_color,
            Tier.SECONDARY,
        )
        eye_at = (side * width * 0.34, head[1], head[2])
        a.add(sphere(depth * 0.09, a.segments(depth * 0.09), eye_at), "eye", EYE_WHITE, Tier.FIXED)
        pupil = (side * (width * 0.34 + depth * 0.055), head[1], head[2])
        a.add(sphere(depth * 0.05, a.segments(depth * 0.05), pupil), "eye", EYE, Tier.FIXED)
    if a.maybe("stripe", 0.4, "striped", "clownfish"):
        grown = ellipsoid(
            (width / 2 + 0.003, length * 0.42 + 0.003, depth / 2 + 0.003),
            a.segments(depth / 2),
            (0, -length * 0.06, mid),
        )
        for y in (-length * 0.22, length * 0.05):
            band = Manifold.batch_boolean(
                [
                    grown,
                    cylinder(1.0, length * 0.06, 8, (0, 0, 0))
                    .rotate((90, 0, 0))
                    .translate((0, y + length * 0.03, mid)),
                ],
                OpType.Intersect,
            )
            a.add(band, "stripe", (250, 250, 245), Tier.SECONDARY)


TEMPLATE = Template(
    "fish",
    build_fish,
    0.2,
    description="an animal with fins and a tail that lives in water",
    synonyms=("goldfish", "clownfish", "koi", "trout", "salmon", "carp", "tropical fish"),
    kinds=(
        "piranha",
        "swordfish",
        "seahorse",
        "cod",
        "mackerel",
        "herring",
        "sardine",
        "anchovy",
        "barracuda",
        "marlin",
        "sailfish",
        "angelfish",
        "pufferfish",
        "blowfish",
        "catfish",
        "guppy",
        "betta",
        "minnow",
        "eel",
        "stingray",
        "manta ray",
        "flounder",
        "halibut",
        "sunfish",
        "grouper",
        "snapper",
        "tilapia",
        "haddock",
    ),
    parts=("body", "tail", "fin", "eye", "stripe"),
    aliases={"scale": "body", "band": "stripe"},
)
