"""A sun visor: a wide curved peak on a headband, with no crown."""

from __future__ import annotations

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SPORTY, WHITE, ellipse_points, top_plate
from meshforge.engines.text.kit.solids import box, cylinder, subtract


def build_sun_visor(a: Assembly) -> None:
    """A wide curved peak on an open-topped headband."""
    r = a.vary(0.095, 0.04)
    band_h = a.vary(0.045, 0.12)
    color = a.pick((*SPORTY, WHITE))
    band = subtract(
        cylinder(r, band_h, a.segments(r)),
        cylinder(r - 0.004, band_h * 3, a.segments(r), (0, 0, -band_h)),
    ).scale((0.9, 1.05, 1.0))
    a.add(band, "band", color)
    peak = r * a.between(0.8, 1.0)
    visor = top_plate(ellipse_points(r * 0.95, peak, 40, (0.0, -r * 0.9)), 0.005, 0.0)
    visor = visor ^ box((r * 2.2, peak + r * 0.6, 0.1), (0, -r * 0.9 - peak / 2 + r * 0.25, 0))
    bend = r * 0.2

    def curve(v: np.ndarray) -> np.ndarray:
        out = v.copy()
        out[:, 2] -= bend * (out[:, 0] / r) ** 2 + 0.12 * np.maximum(0.0, -out[:, 1] - r)
        return out

    trim = a.pick((color, color, WHITE, (30, 30, 34)))
    a.add(visor.warp_batch(curve).translate((0, 0, band_h * 0.55)), "visor", trim, Tier.SECONDARY)
    if a.maybe("strap", 0.5, "buckle", "velcro"):
        a.add(
            box((0.05, 0.008, band_h * 0.6), (0, r * 1.03, band_h / 2)), "strap", trim, Tier.FIXED
        )


TEMPLATE = Template(
    "sun visor",
    build_sun_visor,
    0.06,
    description="a sun visor, a headband with a wide peak shading the eyes and no crown",
    synonyms=("visor hat", "tennis visor", "golf visor", "sun visors"),
    kinds=("sunvisor",),
    not_claimed=("car sun visor",),
    parts=("band", "visor", "strap"),
    aliases={"peak": "visor", "brim": "visor", "headband": "band"},
)
