"""A crowbar: a hexagonal steel bar with a curled claw at one end and a flat chisel tip at the
other."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import PAINTED, STEEL


def build_crowbar(a: Assembly) -> None:
    """A crowbar: a hexagonal steel bar with a curled claw at one end and a flat chisel tip at the
    other."""
    length = a.vary(0.75, 0.15)
    r = a.vary(0.013, 0.1)
    paint: RGB = a.pick((*PAINTED, STEEL))
    # it lies on the floor along X, the hook curling up at the right-hand end
    a.add(rod((-length / 2, 0, r), (length / 2 - 0.03, 0, r), r, 6), "bar", paint)
    hook_r = a.vary(0.05, 0.15)
    cx, cz = length / 2 - 0.03, r + hook_r
    curl = [
        (cx + hook_r * math.sin(t), 0.0, cz - hook_r * math.cos(t))
        for t in [k * math.pi * 1.15 / 8 for k in range(9)]
    ]
    a.add(tube([(cx - 0.02, 0.0, r), *curl], r, 10, r * 0.55), "hook", paint)
    claw = box((0.03, r * 2.2, r * 0.6)).rotate((0, 40, 0))
    a.add(claw.translate(curl[-1]), "claw", STEEL, Tier.FIXED)
    tip = rod((-length / 2 + 0.002, 0, r), (-length / 2 - 0.05, 0, r * 1.6), r, 6, r * 0.3)
    a.add(tip.scale((1.0, 1.6, 1.0)), "tip", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "crowbar",
    build_crowbar,
    0.1,
    description="a heavy steel bar with a curved claw end used to pry things open",
    synonyms=("crow bar", "pry bar", "prybar", "wrecking bar", "jimmy bar"),
    kinds=("gooseneck bar", "nail puller", "pinch bar"),
    parts=("bar", "hook", "claw", "tip"),
    aliases={"shaft": "bar", "curl": "hook", "chisel": "tip"},
)
