"""A crane, the wading bird: a slim body high on stilt legs, a long neck and a dagger beak."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit import birds
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, sphere
from meshforge.engines.text.kit.sweeps import tube

# plumage, wing tips and tail, beak, legs for each wader people name
WADERS: dict[str, tuple[RGB, RGB, RGB, RGB]] = {
    "crane": ((175, 178, 182), (60, 60, 64), (70, 70, 72), (55, 55, 58)),
    "heron": ((140, 150, 165), (55, 60, 70), (220, 170, 60), (200, 160, 90)),
    "egret": ((246, 246, 242), (238, 238, 232), (235, 190, 50), (35, 35, 38)),
    "stork": ((244, 244, 240), (30, 30, 32), (215, 60, 45), (215, 80, 60)),
}
CROWN: RGB = (205, 35, 40)


def _kind(a: Assembly) -> str:
    """The wader the prompt names, else a seeded one (a crane most often)."""
    for kind in WADERS:
        if a.mentions(kind, kind + "s"):
            return kind
    if a.mentions("ibis", "spoonbill", "bittern"):
        return "heron"
    return a.pick(("crane", "crane", "heron", "egret", "stork"))


def build_crane(a: Assembly) -> None:
    """A crane, the wading bird: a slim body high on stilt legs, a long neck and a dagger beak."""
    size = a.vary(1.0, 0.06)
    kind = _kind(a)
    plumage, dark, beak, leg = WADERS[kind]
    core: Vec3 = (0.0, 0.02 * size, 0.8 * size)
    birds.body(a, core, (0.1 * size, 0.21 * size, 0.1 * size), 10, plumage)
    birds.folded_wings(
        a,
        (0.0, 0.05 * size, 0.83 * size),
        (0.04 * size, 0.18 * size, 0.07 * size),
        8,
        0.065 * size,
        plumage,
    )
    # the long drooping tertials a crane or stork carries over its tail, dark on most
    bustle = ellipsoid((0.07 * size, 0.12 * size, 0.05 * size), a.segments(0.07 * size))
    a.add(
        bustle.rotate((-25, 0, 0)).translate((0, 0.2 * size, 0.78 * size)),
        "tail",
        dark,
        Tier.SECONDARY,
    )
    r = 0.022 * size
    # a heron folds its neck into an S; cranes and storks hold it up straighter
    fold = 0.07 if kind in ("heron", "egret") else 0.02
    head: Vec3 = (0.0, -0.2 * size, 1.3 * size * a.vary(1.0, 0.03))
    neck: list[Vec3] = [
        (0.0, -0.15 * size, 0.84 * size),
        (0.0, -0.2 * size, 0.95 * size),
        (0.0, (-0.2 + fold * 1.2) * size, 1.07 * size),
        (0.0, (-0.19 + fold * 0.3) * size, 1.2 * size),
        head,
    ]
    a.add(tube(neck, r * 1.5, a.segments(r), r * 1.05), "neck", plumage)
    head_r = r * 1.55
    birds.head(a, head, head_r, plumage, eye_yaw=65, eye=0.16)
    if kind == "crane" and a.maybe("crown", 0.9):
        a.add(
            sphere(
                head_r * 0.55,
                a.segments(head_r),
                (0, head[1] - head_r * 0.1, head[2] + head_r * 0.6),
            ),
            "crown",
            CROWN,
            Tier.FIXED,
        )
    length = (0.2 if kind == "stork" else 0.17) * size
    birds.cone_beak(
        a, (0.0, head[1] - head_r * 0.6, head[2] - head_r * 0.1), head_r * 0.42, length, 0.12, beak
    )
    birds.legs(a, (0.0, 0.04 * size, 0.76 * size), 0.04 * size, 0.009 * size, leg, 0.06 * size)


TEMPLATE = Template(
    "crane",
    build_crane,
    1.3,
    description="a tall grey wading bird with long thin legs, a long neck and a pointed beak",
    synonyms=("crane bird", "heron", "egret", "stork", "cranes", "herons"),
    kinds=(
        "whooping crane",
        "sandhill crane",
        "crowned crane",
        "great egret",
        "little egret",
        "ibis",
        "spoonbill",
        "bittern",
        "wading bird",
    ),
    not_claimed=(
        "construction crane",
        "tower crane",
        "crane truck",
        "mobile crane",
        "crane machine",
        "claw crane",
        "crane game",
        "paper crane",
        "origami crane",
        "gantry crane",
        "crane arm",
        "crane hook",
        "crane kick",
        "crane fly",
        "crane lorry",
    ),
    parts=(*birds.PARTS, "neck", "crown"),
    aliases={**birds.ALIASES, "crest": "crown"},
    # "a crane" alone is the bird; the construction crane (templates/vehicles) claims the word
    # too, at the lower priority, and keeps "tower crane", "mobile crane" and the like
    priority=1,
)
