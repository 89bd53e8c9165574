"""A roll of paper towel standing on end, maybe on a holder: a tall paper ring round a core."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, lathe, sphere, union

PAPERS: tuple[RGB, ...] = ((250, 250, 246), (250, 246, 232), (248, 248, 244))
CARDBOARD: RGB = (190, 150, 100)
HOLDERS: tuple[RGB, ...] = ((190, 192, 198), (150, 100, 60), (35, 35, 38))


def build_paper_towel_roll(a: Assembly) -> None:
    """A paper towel roll standing on end; a stand with a centre post; sheet lines; a loose end."""
    height, outer = a.vary(0.28, 0.06), a.vary(0.065, 0.1)
    core_r = 0.021
    paper = a.pick(PAPERS)
    lift = 0.0
    if a.maybe("holder", 0.55, "holder", "stand", "dispenser"):
        base_r, lift = outer * 1.25, 0.012
        color = a.pick(HOLDERS)
        post = cylinder(0.008, height + 0.02, 16, (0, 0, lift - 0.001))
        knob = sphere(0.013, 16, (0, 0, height + lift + 0.022))
        a.add(
            union([cylinder(base_r, lift, a.segments(base_r)), post, knob]),
            "holder",
            color,
            Tier.SECONDARY,
        )
    # the core lies round the post and is sunk into the base's top, so everything is one body
    ring = [
        (core_r, lift - 0.0005),
        (outer, lift - 0.0005),
        (outer, lift + height),
        (core_r, lift + height),
    ]
    a.add(lathe(ring, a.segments(outer)), "paper", paper)
    core = [
        (core_r - 0.0025, lift - 0.0004),
        (core_r + 0.0006, lift - 0.0004),
        (core_r + 0.0006, lift + height + 0.0004),
        (core_r - 0.0025, lift + height + 0.0004),
    ]
    a.add(lathe(core, a.segments(core_r)), "core", CARDBOARD, Tier.FIXED)
    if lift > 0.0:
        # the post passes through the core: a spacer ring ties them, as the core's hole would
        a.add(
            cylinder(core_r - 0.002, 0.006, 16, (0, 0, lift + height - 0.004)),
            "core",
            CARDBOARD,
            Tier.FIXED,
        )
    if a.maybe("sheet", 0.7, "unrolled", "loose", "sheet"):  # the loose end peeling off the front
        length = a.vary(0.1, 0.3)
        mid = lift + height / 2
        flap = box((length, 0.0015, height * 0.98), (length / 2 - 0.002, 0.0, mid))
        # a perforation line between two sheets, a faint groove down the flap
        groove = box((0.0012, 0.003, height * 0.9), (length * 0.6, 0.0, mid))
        turn = (0, 0, -18)
        a.add(flap.rotate(turn).translate((0.0, -outer + 0.0006, 0.0)), "sheet", paper, Tier.FIXED)
        a.add(
            groove.rotate(turn).translate((0.0, -outer + 0.0006, 0.0)),
            "sheet",
            (225, 225, 220),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "paper towel roll",
    build_paper_towel_roll,
    0.28,
    description="a tall roll of white kitchen paper towel on a cardboard tube, maybe on a stand",
    synonyms=(
        "paper towel",
        "paper towels",
        "kitchen roll",
        "kitchen paper",
        "paper towel holder",
    ),
    kinds=(
        "kitchen towel roll",
        "paper towel stand",
        "kitchen roll holder",
        "paper towel dispenser",
    ),
    parts=("paper", "core", "holder", "sheet"),
    aliases={"stand": "holder", "tube": "core", "flap": "sheet", "roll": "paper"},
)
