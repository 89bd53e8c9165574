"""A skirt standing as if worn: a waistband and a flared, pleated or straight fall of cloth."""

from __future__ import annotations

import numpy as np
from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, CLOTHES, GOLD
from meshforge.engines.text.kit.solids import cylinder, sphere

SKIRTS: tuple[RGB, ...] = (
    *CLOTHES,
    (30, 30, 34),
    (200, 30, 45),
    (240, 160, 190),
    (95, 125, 175),
)
#: how far front to back a waist is, next to side to side
FLAT = 0.75


def build_skirt(a: Assembly) -> None:
    """A skirt standing as if worn: a waistband and a flared, pleated or straight fall of cloth."""
    if a.mentions("mini", "short"):
        length = a.vary(0.36, 0.08)
    elif a.mentions("maxi", "long", "ankle", "floor"):
        length = a.vary(0.9, 0.06)
    else:
        length = a.pick((0.42, 0.55, 0.62, 0.85)) * a.vary(1.0, 0.05)
    pencil = a.mentions("pencil", "tube", "straight")
    pleated = not pencil and (
        a.mentions("pleated", "pleats", "school", "tennis", "kilt") or a.chance(0.4)
    )
    waist_r = a.vary(0.16, 0.06)
    flare = 1.22 if pencil else a.between(1.5, 2.1) if not pleated else a.between(1.4, 1.7)
    hem_r = waist_r * flare + length * (0.0 if pencil else 0.12)
    color = a.pick(SKIRTS)
    band_h = 0.045
    fall = _fall(hem_r, waist_r, length, 14 if pleated else 0, a.segments(hem_r), pencil)
    a.add(fall, "skirt", color)
    waist_z = length
    band = cylinder(waist_r * 1.03, band_h, a.segments(waist_r), (0, 0, waist_z - band_h * 0.6))
    a.add(band.scale((1.0, FLAT, 1.0)), "waistband", color)
    # the dark inside of the waist, so that the skirt reads as open at the top
    top_z = waist_z + band_h * 0.4
    opening = cylinder(waist_r * 0.88, 0.006, a.segments(waist_r), (0, 0, top_z - 0.003))
    a.add(opening.scale((1.0, FLAT, 1.0)), "lining", (35, 35, 38), Tier.FIXED)
    if a.maybe("button", 0.35, "buttons", "buttoned"):
        y = -waist_r * 1.03 * FLAT
        a.add(
            sphere(0.011, 10, (0, y, waist_z - band_h * 0.1)),
            "button",
            a.pick((GOLD, BLACK)),
            Tier.FIXED,
        )


def _fall(
    hem_r: float, waist_r: float, length: float, pleats: int, segments: int, fitted: bool
) -> Manifold:
    """The cloth from hem to waist, curving out over the hips, folded or ``pleats`` pleated."""
    count = max(segments, pleats * 6)
    folds = pleats or 7
    column = Manifold.extrude(CrossSection.circle(1.0, count), length, n_divisions=10)

    def drape(vertices: np.ndarray) -> np.ndarray:
        angle = np.arctan2(vertices[:, 1], vertices[:, 0])
        down = 1.0 - vertices[:, 2] / length  # 0 at the waist, 1 at the hem
        # a fitted skirt rounds over the hips at once and then hangs straight
        if fitted:  # out over the hips at once, then narrowing a little to the hem
            radius = waist_r + (hem_r - waist_r) * np.minimum(1.0, down * 3.5) ** 0.5
            radius = radius - hem_r * 0.08 * down
        else:
            radius = waist_r + (hem_r - waist_r) * down**0.7
        if pleats:
            # a pleat is a sharp fold: |sin| gives crisp valleys between flat ridges
            fold = 0.06 * np.abs(np.sin(folds * angle / 2)) * np.minimum(1.0, down * 3)
        else:
            fold = (
                (0.008 if fitted else 0.035) * (1 + np.sin(folds * angle)) * down
            )  # soft folds, deeper towards the hem
        reach = radius * (1.0 - fold)
        out = vertices.copy()
        out[:, 0] = reach * np.cos(angle)
        out[:, 1] = reach * FLAT * np.sin(angle)
        return out

    return column.warp_batch(drape)


TEMPLATE = Template(
    "skirt",
    build_skirt,
    0.6,
    description="a skirt hanging from the waist: a waistband and a flared or pleated fall of cloth",
    synonyms=(
        "miniskirt",
        "mini skirt",
        "maxi skirt",
        "pencil skirt",
        "pleated skirt",
        "a-line skirt",
        "denim skirt",
        "school skirt",
        "tennis skirt",
        "kilt",
    ),
    parts=("skirt", "waistband", "button"),
    aliases={"waist": "waistband", "belt": "waistband", "hem": "skirt", "pleats": "skirt"},
)
