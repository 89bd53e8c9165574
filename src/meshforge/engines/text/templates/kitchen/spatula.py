"""A spatula: a wide flat slotted turner blade bent up onto a long handle."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, rod, slab, subtract
from meshforge.engines.text.kit.tableware import HANDLES, STEEL

BLADES: tuple[RGB, ...] = (STEEL, (35, 35, 38), (200, 60, 50), (70, 140, 200))


def build_spatula(a: Assembly) -> None:
    """A spatula: a wide flat slotted turner blade bent up onto a long handle."""
    blade_l, blade_w = a.vary(0.1, 0.12), a.vary(0.075, 0.12)
    handle_l = a.vary(0.2, 0.1)
    blade_color = a.pick(BLADES)
    handle = a.pick(HANDLES)
    # lying along X: the blade flat on the counter, the neck rising to the handle
    blade = slab((blade_l, blade_w, 0.003), 0.012, 12, (-blade_l / 2, 0, 0.0015))
    if a.chance(0.6):
        slots = [
            box((blade_l * 0.6, 0.006, 0.02), (-blade_l * 0.55, (k - 1) * blade_w * 0.25, 0))
            for k in range(3)
        ]
        blade = subtract(blade, *slots)
    a.add(blade, "blade", blade_color, Tier.SECONDARY)
    rise = 0.025
    neck = Manifold.batch_hull(
        [
            box((0.01, blade_w * 0.3, 0.003), (-0.005, 0, 0.0015)),
            box((0.006, 0.012, 0.004), (0.04, 0, rise)),
        ]
    )
    a.add(neck, "blade", blade_color, Tier.SECONDARY)
    a.add(rod((0.035, 0, rise), (0.06, 0, rise + 0.004), 0.005, 10), "handle", handle)
    a.add(
        capsule((0.055, 0, rise + 0.004), (0.055 + handle_l, 0, rise + 0.02), 0.01, 16, 0.012),
        "handle",
        handle,
    )


TEMPLATE = Template(
    "spatula",
    build_spatula,
    0.04,
    description="a kitchen turner with a wide flat blade for flipping pancakes and burgers",
    synonyms=(
        "turner",
        "fish slice",
        "flipper",
        "pancake turner",
        "egg flipper",
        "kitchen spatula",
    ),
    kinds=("slotted spatula", "burger flipper", "grill spatula"),
    parts=("blade", "handle"),
    aliases={"head": "blade", "grip": "handle"},
)
