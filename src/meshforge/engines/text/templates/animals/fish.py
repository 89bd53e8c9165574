"""A fish swimming towards the front: a deep narrow body, forked tail, fins and eyes."""

from __future__ import annotations

from manifold3d import Manifold, OpType

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import EYE
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, rod, side_prism, sphere

EYE_WHITE: RGB = (245, 245, 240)


FISH: tuple[RGB, ...] = (
    (245, 130, 30),
    (70, 130, 190),
    (240, 200, 50),
    (150, 160, 170),
    (200, 60, 90),
)

#: the colours of the game and food fish people name, so that a bass is not orange
KIND_COLORS: tuple[tuple[tuple[str, ...], RGB], ...] = (
    (("bass", "largemouth", "smallmouth", "walleye", "pike"), (105, 120, 65)),
    (("trout", "steelhead"), (150, 145, 120)),
    (("salmon", "sockeye", "chinook"), (185, 165, 160)),
    (("catfish",), (110, 100, 85)),
    (("tuna", "mackerel", "sardine", "herring", "cod"), (120, 135, 150)),
)


def build_fish(a: Assembly) -> None:
    """A fish swimming towards the front: a deep narrow body, forked tail, fins and eyes."""
    length, depth = a.vary(0.3, 0.1), a.vary(0.14, 0.15)
    width = depth * 0.38
    color = a.pick(FISH)
    if a.mentions("goldfish", "clownfish", "koi"):
        color = FISH[0]
    named = next((c for kinds, c in KIND_COLORS if a.mentions(*kinds)), None)
    if named is not None:
        # a game or food fish: its own colours, and longer and slimmer than a pet fish
        color, depth = named, depth * 0.72
        width = depth * 0.45
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
    fin_color: RGB = a.pick(FISH)
    if named is not None:
        fin_color = (int(named[0] * 0.8), int(named[1] * 0.8), int(named[2] * 0.8))
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
    if a.mentions("catfish"):
        _barbels(a, head, width, depth, color)
    if a.maybe("stripe", 0.4 if named is None else 0.0, "striped", "clownfish"):
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


def _barbels(
    a: Assembly, head: tuple[float, float, float], width: float, depth: float, color: RGB
) -> None:
    """A catfish's whiskers: two long barbels drooping back from the corners of its mouth."""
    mouth = (0.0, head[1] - depth * 0.2, head[2] - depth * 0.12)
    for side in (-1, 1):
        root = (side * width * 0.25, mouth[1], mouth[2])
        tip = (side * width * 1.6, mouth[1] + depth * 0.5, mouth[2] - depth * 0.3)
        a.add(rod(root, tip, depth * 0.025, 8, depth * 0.01), "whisker", color, Tier.FIXED)


TEMPLATE = Template(
    "fish",
    build_fish,
    0.2,
    description="an animal with fins and a tail that lives in water",
    synonyms=("goldfish", "clownfish", "koi", "trout", "salmon", "carp", "tropical fish"),
    kinds=(
        "piranha",
        "swordfish",
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
        "flounder",
        "halibut",
        "sunfish",
        "grouper",
        "snapper",
        "tilapia",
        "haddock",
        "bass",
        "largemouth bass",
        "smallmouth bass",
        "sea bass",
        "striped bass",
        "bass fish",
        "steelhead",
        "northern pike",
        "walleye",
        "bluegill",
        "crappie",
        "sturgeon",
        "bream",
        "koi fish",
        "sockeye salmon",
        "chinook salmon",
        "tetra",
        "cichlid",
        "discus fish",
    ),
    parts=("body", "tail", "fin", "eye", "stripe", "whisker"),
    aliases={"scale": "body", "band": "stripe"},
    kinds_in_wordnet=("fish",),
)
