"""A drop earring shown hanging: a wire hook, a small bead and a teardrop or cut stone below."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.jewellery import GEM_COLORS, METALS, PEARL, cut_gem
from meshforge.engines.text.kit.solids import ellipsoid, sphere
from meshforge.engines.text.kit.sweeps import hoop, tube


def build_earring(a: Assembly) -> None:
    """A drop earring hanging: a fine wire hook, a small bead and a teardrop or a stone below."""
    drop = a.vary(0.012, 0.15)
    metal = a.color("hook", METALS)
    base = drop * 2.6
    # a shepherd's hook: up from the bead, over the top and down the back
    hook = tube(
        [
            (0.0, 0.0, base),
            (0.0, 0.0, base + 0.012),
            (0.003, 0.0, base + 0.019),
            (0.009, 0.0, base + 0.019),
            (0.012, 0.0, base + 0.012),
            (0.012, 0.0, base + 0.004),
        ],
        0.0007,
        8,
    )
    a.add(hook, "hook", metal, Tier.FIXED)
    a.add(sphere(0.0022, 12, (0, 0, base)), "bead", metal, Tier.FIXED)
    a.add(
        hoop(0.0018, 0.0006, 12).rotate((90, 0, 0)).translate((0, 0, base - 0.003)),
        "bead",
        metal,
        Tier.FIXED,
    )
    top = base - 0.0045
    if a.mentions("pearl") or a.chance(0.3):
        a.add(sphere(drop * 0.55, 20, (0, 0, top - drop * 0.45)), "drop", PEARL, Tier.SECONDARY)
    elif a.chance(0.5):
        teardrop = ellipsoid((drop * 0.5, drop * 0.25, drop), 20, (0, 0, top - drop * 0.85))
        a.add(teardrop, "drop", GEM_COLORS, Tier.SECONDARY)
    else:
        gem = cut_gem(drop * 0.6, (0, 0, top - drop * 0.45), facing_front=True)
        a.add(gem, "drop", GEM_COLORS, Tier.SECONDARY)


TEMPLATE = Template(
    "earring",
    build_earring,
    0.045,
    description="an earring: a small jewel hanging from a fine wire hook worn in the ear",
    synonyms=(
        "earrings",
        "drop earring",
        "dangle earring",
        "pair of earrings",
        "ear ring",
        "eardrop",
    ),
    parts=("hook", "bead", "drop"),
    aliases={"gem": "drop", "stone": "drop", "pearl": "drop", "jewel": "drop", "wire": "hook"},
)
