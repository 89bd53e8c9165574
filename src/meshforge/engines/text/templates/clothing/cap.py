"""A baseball cap: a rounded six-panel crown, a curved visor out front, a button on top."""

from __future__ import annotations

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.apparel import skin
from meshforge.engines.text.kit.gear import SPORTY, WHITE, ellipse_points, top_plate
from meshforge.engines.text.kit.solids import box, dome, sphere, subtract


def build_cap(a: Assembly) -> None:
    """A baseball cap: a rounded six-panel crown, a curved visor out front, a button on top."""
    r = a.vary(0.095, 0.04)
    seg = a.segments(r)
    color = a.pick(SPORTY)
    crown = dome((r, r * 1.08, r * 1.0), seg, (0, 0, 0.0))
    hollow = dome((r * 0.93, r * 1.0, r * 0.93), seg, (0, 0, -0.001))
    a.add(subtract(crown, hollow), "crown", color)
    visor_len = r * a.between(0.75, 0.95)
    # a half ellipse from the crown's front edge outwards, reaching a little inside for a joint
    visor = top_plate(ellipse_points(r * 0.95, visor_len, 40, (0.0, -r * 0.95)), 0.006, 0.0)
    visor = visor ^ box(
        (r * 2, visor_len + r * 0.6, 0.1), (0, -r * 0.95 - visor_len / 2 + r * 0.3, 0)
    )
    backwards = a.mentions("backwards", "backward")
    bend = r * 0.25

    def curve(v: np.ndarray) -> np.ndarray:
        out = v.copy()
        out[:, 2] -= bend * (out[:, 0] / r) ** 2 + 0.15 * np.maximum(0.0, -out[:, 1] - r)
        return out

    # its back edge runs well into the crown's wall, so that the two are one piece
    visor = visor.warp_batch(curve).translate((0, 0, r * 0.12))
    if backwards:
        visor = visor.rotate((0, 0, 180))
    a.add(visor, "visor", a.pick((color, color, WHITE, (30, 30, 34))), Tier.SECONDARY)
    a.add(sphere(r * 0.09, 16, (0, 0, r * 0.99)), "button", color)
    if a.maybe("logo", 0.4, "badge", "emblem"):
        logo = box((r * 0.5, r, r * 0.35), (0, -r * 0.6, r * 0.45))
        a.add(skin(crown, logo, 0.0015), "logo", WHITE, Tier.FIXED)


TEMPLATE = Template(
    "cap",
    build_cap,
    0.12,
    description="a soft rounded hat with a stiff curved visor at the front",
    synonyms=(
        "baseball cap",
        "ball cap",
        "peaked cap",
        "snapback",
        "trucker cap",
        "trucker hat",
        "baseball hat",
    ),
    kinds=("dad hat", "visor cap", "flat cap"),
    not_claimed=("bottle cap", "ice cap"),
    parts=("crown", "visor", "button", "logo"),
    aliases={"peak": "visor", "bill": "visor", "brim": "visor", "badge": "logo"},
)
