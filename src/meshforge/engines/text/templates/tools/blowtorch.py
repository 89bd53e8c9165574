"""A blowtorch: a gas canister standing up, a valve head and a bent burner tube with a flame."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS
from meshforge.engines.text.kit.solids import cylinder, dome, rod, sphere
from meshforge.engines.text.kit.tools import RUBBER, STEEL

CANS = ((40, 90, 190), (200, 40, 35), (235, 190, 40), (50, 140, 70))
FLAME = ((250, 150, 40), (80, 150, 255))


def build_blowtorch(a: Assembly) -> None:
    """A canister, a brass valve with a knob, a burner tube angled up and forward, a flame."""
    r, h = a.vary(0.035, 0.1), a.vary(0.17, 0.1)
    a.add(cylinder(r, h, a.segments(r)), "canister", a.pick(CANS))
    a.add(dome((r, r, r * 0.5), a.segments(r), (0, 0, h - 0.002)), "canister", a.pick(CANS))
    top = h + r * 0.45
    a.add(cylinder(r * 0.45, 0.035, 16, (0, 0, top - 0.004)), "valve", BRASS, Tier.FIXED)
    head = (0.0, 0.0, top + 0.025)
    a.add(rod((0, 0, head[2]), (r * 1.1, 0, head[2]), 0.008, 10), "valve", BRASS, Tier.FIXED)
    a.add(sphere(0.013, 12, (r * 1.1, 0, head[2])), "knob", RUBBER, Tier.FIXED)
    length = a.vary(0.13, 0.15)
    tip = (0.0, -length, head[2] + length * 0.45)
    a.add(rod(head, tip, 0.008, 12, 0.011), "burner", STEEL, Tier.FIXED)
    if a.maybe("flame", 0.6, "lit", "burning", "fire"):
        flame = cylinder(0.01, 0.06, 12, (0, 0, 0), 0.0).rotate((114, 0, 0))
        a.add(flame.translate(tip), "flame", a.pick(FLAME), Tier.FIXED)


TEMPLATE = Template(
    "blowtorch",
    build_blowtorch,
    0.26,
    description="a blowtorch, a gas canister with a burner nozzle that shoots a hot flame",
    synonyms=(
        "blow torch",
        "blowlamp",
        "propane torch",
        "butane torch",
        "gas torch",
        "welding torch",
    ),
    kinds=("kitchen torch", "creme brulee torch"),
    parts=("canister", "valve", "knob", "burner", "flame"),
    aliases={"tank": "canister", "can": "canister", "nozzle": "burner", "tube": "burner"},
)
