"""A gas mask facing the front: a rubber face piece, two round eye lenses, a filter canister."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import lathe_y
from meshforge.engines.text.kit.solids import ellipsoid, subtract
from meshforge.engines.text.kit.sweeps import front_disc
from meshforge.engines.text.kit.tools import RUBBER

RUBBERS = (RUBBER, (75, 85, 60), (60, 62, 68))
LENS = (150, 175, 190)
FILTERS = ((90, 100, 70), (60, 62, 68), (150, 120, 70))


def build_gas_mask(a: Assembly) -> None:
    """A domed face piece, two round lenses in rims, a round filter screwed on at the mouth."""
    w, h = a.vary(0.16, 0.08), a.vary(0.2, 0.08)
    rubber = a.pick(RUBBERS)
    face = ellipsoid((w / 2, 0.08, h / 2), a.segments(w / 2), (0, 0, h / 2))
    back = ellipsoid((w / 2 - 0.008, 0.075, h / 2 - 0.008), a.segments(w / 2), (0, 0.012, h / 2))
    a.add(subtract(face, back), "mask", rubber)
    eye_z = h * 0.64
    for side in (-1, 1):
        x = side * w * 0.22
        a.add(front_disc(0.026, 0.018, 24, x, eye_z, -0.06), "rim", (60, 60, 64), Tier.FIXED)
        a.add(front_disc(0.021, 0.02, 24, x, eye_z, -0.062), "lens", LENS, Tier.FIXED)
    filt = lathe_y([(0.0, 0.0), (0.035, 0.0), (0.04, 0.05), (0.0, 0.05)], 24, (0, -0.06, h * 0.28))
    a.add(filt, "filter", a.pick(FILTERS), Tier.SECONDARY)


TEMPLATE = Template(
    "gas mask",
    build_gas_mask,
    0.2,
    description="a gas mask, a rubber face mask with two round eye lenses and a filter canister",
    synonyms=("gas masks", "gasmask", "respirator mask", "military gas mask"),
    kinds=("soviet gas mask",),
    parts=("mask", "rim", "lens", "filter"),
    aliases={"eye": "lens", "eyes": "lens", "canister": "filter", "face": "mask"},
)
