"""A scuba tank standing up: a tall domed steel cylinder with a valve, a regulator and a hose."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, lathe, rod, sphere
from meshforge.engines.text.kit.sweeps import hoop, tube
from meshforge.engines.text.kit.tools import RUBBER, STEEL

PAINTS = ((235, 200, 40), (200, 200, 205), (230, 90, 30), (40, 40, 44), (60, 110, 190))
BRASS = (200, 160, 70)


def build_scuba_tank(a: Assembly) -> None:
    """A tall cylinder with a domed shoulder and rounded foot, a valve and regulator on top."""
    r = a.vary(0.09, 0.08)
    h = a.vary(0.62, 0.1)
    paint = a.pick(PAINTS)
    profile = [(0.0, 0.0), (r * 0.7, 0.0), (r, r * 0.3), (r, h - r * 0.8)]
    profile += [(r * 0.75, h - r * 0.25), (r * 0.3, h), (0.0, h)]
    a.add(lathe(profile, a.segments(r)), "cylinder", paint)
    if a.maybe("band", 0.7, "strap", "harness"):
        for z in (h * 0.35, h * 0.6):
            a.add(hoop(r, 0.008, a.segments(r), (0, 0, z)), "band", RUBBER, Tier.FIXED)
    neck = h - 0.004
    a.add(cylinder(r * 0.28, 0.04, 16, (0, 0, neck)), "valve", BRASS, Tier.FIXED)
    a.add(rod((0, 0, neck + 0.03), (0, -0.05, neck + 0.03), 0.014, 12), "valve", BRASS, Tier.FIXED)
    a.add(rod((0, 0, neck + 0.035), (0, 0, neck + 0.065), 0.02, 16), "valve", RUBBER, Tier.FIXED)
    if a.wants("regulator"):
        reg = (0.0, -0.06, neck + 0.03)
        a.add(sphere(0.025, 16, reg), "regulator", STEEL, Tier.FIXED)
        hose = [
            reg,
            (r * 0.6, -0.11, neck - 0.02),
            (r * 1.3, -0.04, h * 0.75),
            (r * 1.05, -0.02, h * 0.55),
        ]
        a.add(tube(hose, 0.007, 10), "hose", RUBBER, Tier.FIXED)
        a.add(sphere(0.022, 14, hose[-1]), "hose", RUBBER, Tier.FIXED)


TEMPLATE = Template(
    "scuba tank",
    build_scuba_tank,
    0.7,
    description="a scuba diving tank, a tall steel cylinder of compressed air with a valve on top",
    synonyms=(
        "diving tank",
        "dive tank",
        "air tank",
        "oxygen tank",
        "scuba cylinder",
        "diving cylinder",
        "oxygen cylinder",
    ),
    kinds=("gas cylinder", "compressed air tank", "aqualung"),
    parts=("cylinder", "band", "valve", "regulator", "hose"),
    aliases={"body": "cylinder", "tank": "cylinder", "strap": "band", "gauge": "regulator"},
)
