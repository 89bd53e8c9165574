"""A wood chisel: a flat steel blade with a bevelled edge, a ferrule and a turned handle."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, rod
from meshforge.engines.text.kit.tools import HANDLE_WOODS, PLASTICS, STEEL


def build_chisel(a: Assembly) -> None:
    """A wood chisel: a flat steel blade with a bevelled edge, a ferrule and a turned handle."""
    blade_l, blade_w = a.vary(0.14, 0.12), a.vary(0.022, 0.2)
    handle_l = a.vary(0.12, 0.1)
    handle = a.pick(HANDLE_WOODS + PLASTICS[:2])
    r = 0.016
    # lying along X, resting on the handle's round and the blade's flat
    z = r
    blade = Manifold.batch_hull(
        [
            box((0.01, blade_w * 0.7, 0.008), (0, 0, z - r * 0.7)),
            box((0.004, blade_w, 0.005), (-blade_l + 0.005, 0, 0.0035)),
        ]
    )
    a.add(blade, "blade", STEEL, Tier.FIXED)
    bevel = Manifold.batch_hull(
        [
            box((0.004, blade_w, 0.005), (-blade_l + 0.005, 0, 0.0035)),
            box((0.001, blade_w, 0.001), (-blade_l - 0.012, 0, 0.001)),
        ]
    )
    a.add(bevel, "blade", STEEL, Tier.FIXED)
    a.add(rod((0.0, 0, z - r * 0.5), (0.03, 0, z), 0.006, 10), "blade", STEEL, Tier.FIXED)
    a.add(rod((0.025, 0, z), (0.04, 0, z), r * 0.75, 16), "ferrule", (190, 160, 80), Tier.FIXED)
    a.add(capsule((0.04, 0, z), (0.04 + handle_l, 0, z), r * 0.8, 16, r), "handle", handle)


TEMPLATE = Template(
    "chisel",
    build_chisel,
    0.04,
    description="a woodworking hand tool with a sharp flat steel blade and a handle",
    synonyms=("wood chisel", "carving chisel", "bench chisel", "cold chisel", "stone chisel"),
    kinds=("mortise chisel", "gouge", "firmer chisel"),
    parts=("blade", "ferrule", "handle"),
    aliases={"edge": "blade", "grip": "handle", "collar": "ferrule"},
)
