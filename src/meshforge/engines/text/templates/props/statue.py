"""A statue: a carved figure standing on a stepped plinth, all of one stone (or bronze)."""

from __future__ import annotations

from dataclasses import replace

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.solids import box, rod, slab

STONES: tuple[RGB, ...] = ((200, 198, 190), (175, 172, 165), (225, 222, 212), (150, 148, 142))
STONE = MATERIALS["stone"]


def build_statue(a: Assembly) -> None:
    """A figure in a cloak-like coat on a stepped plinth, raising an arm or holding a sword."""
    stone = a.color("statue", STONES)
    surface = a.material("statue", Tier.PRIMARY, STONE)
    plinth_stone = a.color("plinth", (stone,), Tier.FIXED)
    width, height = a.vary(0.8, 0.1), a.vary(0.9, 0.15)
    a.add(
        slab((width * 1.25, width * 1.25, 0.15), 0.02, 8, (0, 0, 0.075)),
        "plinth",
        plinth_stone,
        Tier.FIXED,
        surface,
    )
    a.add(
        box((width, width, height - 0.26), (0, 0, 0.15 + (height - 0.3) / 2)),
        "plinth",
        plinth_stone,
        Tier.FIXED,
        surface,
    )
    a.add(
        slab((width * 1.12, width * 1.12, 0.15), 0.02, 8, (0, 0, height - 0.075)),
        "plinth",
        plinth_stone,
        Tier.FIXED,
        surface,
    )
    first = len(a.parts)
    pose = a.pick(("wave", "down", "hold"))
    f = build_figure(
        a,
        Outfit(
            top=(stone,),
            bottom=(stone,),
            shoes=(stone,),
            skin=(stone,),
            hair=(stone,),
            coat=0.8,
            pose=pose,
        ),
    )
    if pose == "hold" and a.wants("sword"):
        right = f.hands[0]
        a.add(
            rod(
                (right[0], right[1], right[2] - 0.15),
                (right[0], right[1] - 0.05, right[2] + 0.9 * f.scale),
                0.025,
                8,
            ),
            "sword",
            stone,
        )
        a.add(
            box((0.22 * f.scale, 0.04, 0.04), (right[0], right[1] - 0.01, right[2] + 0.08)),
            "sword",
            stone,
        )
    # carved: every piece of the figure is the one stone, eyes included, its feet sunk a
    # little into the plinth so that the two are one piece
    a.parts[first:] = [
        replace(
            part, solid=part.solid.translate((0, 0, height - 0.02)), rgb=stone, material=surface
        )
        for part in a.parts[first:]
    ]


TEMPLATE = Template(
    "statue",
    build_statue,
    2.8,
    description="a carved stone statue of a person standing on a plinth, as in a park or museum",
    synonyms=(
        "statues",
        "sculpture of a man",
        "monument",
        "effigy",
    ),
    kinds=("greek statue", "roman statue", "memorial statue"),
    not_claimed=("statue of liberty",),
    parts=(*FIGURE_PARTS, "statue", "plinth", "sword"),
    aliases={
        **FIGURE_ALIASES,
        "pedestal": "plinth",
        "base": "plinth",
        "plaque": "plinth",
        "figure": "statue",
    },
)
