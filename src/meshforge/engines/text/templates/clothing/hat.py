"""A hat: a fedora, a top hat, a cowboy hat with curled brim, or a witch's hat; a band."""

from __future__ import annotations

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, lathe, subtract
from meshforge.engines.text.kit.sweeps import tube

FELTS: tuple[RGB, ...] = ((60, 45, 35), (40, 40, 44), (120, 90, 60), (150, 130, 100), (90, 30, 35))
BANDS: tuple[RGB, ...] = ((30, 30, 32), (140, 30, 35), (200, 170, 90))


def build_hat(a: Assembly) -> None:
    """A hat: a fedora, a top hat, a cowboy hat with curled brim, or a witch's hat; a band."""
    if a.mentions("top", "tophat", "magician", "stovepipe"):
        kind = "top"
    elif a.mentions("cowboy", "stetson", "western", "ranger"):
        kind = "cowboy"
    elif a.mentions("witch", "wizard", "pointed", "sorcerer", "halloween"):
        kind = "witch"
    elif a.mentions("fedora", "trilby", "panama", "detective", "indiana"):
        kind = "fedora"
    else:
        kind = a.pick(("fedora", "top", "cowboy", "witch"))
    r = a.vary(0.095, 0.05)
    felt = a.pick(FELTS) if kind != "witch" else a.pick((BLACK, (60, 30, 90), (30, 30, 60)))
    brim_r = r * {"fedora": 1.55, "top": 1.45, "cowboy": 1.9, "witch": 2.0}[kind]
    rings = [
        (0.0, 0.0),
        *[(r * 0.8 + (brim_r - r * 0.8) * k / 7, 0.0) for k in range(8)],
        (brim_r, 0.008),
        *[(r * 0.8 + (brim_r - r * 0.8) * k / 7, 0.008) for k in range(7, -1, -1)],
        (0.0, 0.008),
    ]
    brim = lathe(rings, a.segments(brim_r))
    if kind == "cowboy":
        brim = brim.warp_batch(lambda v: _curl(v, brim_r))
    elif kind == "fedora":
        brim = brim.warp_batch(lambda v: _droop(v, brim_r))
    a.add(brim, "brim", felt)
    seg = a.segments(r)
    if kind == "top":
        height = a.vary(0.16, 0.1)
        crown = cylinder(r * 0.95, height, seg, (0, 0, 0.004), top_radius=r * 1.02)
    elif kind == "witch":
        height = a.vary(0.3, 0.1)
        path = [
            (0.0, 0.0, 0.0),
            (0.0, 0.0, height * 0.55),
            (0.0, height * 0.12, height * 0.85),
            (0.0, height * 0.3, height * 0.95),
        ]
        crown = tube(path, r * 0.9, seg, r * 0.04)
        crown = crown ^ cylinder(1.0, 2.0, 8, (0, 0, 0.004))
    else:
        height = a.vary(0.11 if kind == "fedora" else 0.13, 0.1)
        dome = ellipsoid((r * 0.95, r * 1.05, height), seg, (0, 0, 0.0))
        crown = dome ^ cylinder(r * 2, height * 0.93, seg, (0, 0, 0.004))
        dent = ellipsoid((r * 0.25, r * 0.7, height * 0.25), seg // 2, (0, 0, height * 0.95))
        crown = subtract(crown, dent)
    a.add(crown, "crown", felt)
    if a.wants("band"):
        band_h = 0.022 if kind != "witch" else 0.03
        base_r = r * 0.95 if kind != "witch" else r * 0.9
        band = cylinder(
            base_r + 0.004,
            band_h,
            seg,
            (0, 0, 0.006),
            top_radius=base_r + (0.005 if kind == "top" else 0.0),
        )
        a.add(band, "band", a.pick(BANDS) if kind != "witch" else (120, 60, 160), Tier.SECONDARY)


def _curl(vertices: np.ndarray, brim_r: float) -> np.ndarray:
    """Raise a brim's sides (±X) in a curve and dip its front and back a little."""
    out = vertices.copy()
    x, y = out[:, 0] / brim_r, out[:, 1] / brim_r
    out[:, 2] += brim_r * (0.32 * np.abs(x) ** 3 - 0.06 * y**2)
    return out


def _droop(vertices: np.ndarray, brim_r: float) -> np.ndarray:
    """Turn the front (-Y) of a brim down and its back up, as a fedora's snap brim."""
    out = vertices.copy()
    y = out[:, 1] / brim_r
    reach = (out[:, 0] ** 2 + out[:, 1] ** 2) / brim_r**2
    out[:, 2] += brim_r * 0.12 * y * reach
    return out


TEMPLATE = Template(
    "hat",
    build_hat,
    0.15,
    description="a hat with a crown and a brim worn on the head",
    synonyms=(
        "top hat",
        "cowboy hat",
        "fedora",
        "witch hat",
        "wizard hat",
        "stetson",
        "trilby",
        "bowler hat",
        "sun hat",
    ),
    kinds=(
        "panama hat",
        "magician hat",
        "witches hat",
        "sombrero",
        "derby hat",
        "straw hat",
        "pointy hat",
    ),
    not_claimed=("hard hat", "hat box"),
    parts=("brim", "crown", "band"),
    aliases={"ribbon": "band", "hatband": "band", "top": "crown"},
)
