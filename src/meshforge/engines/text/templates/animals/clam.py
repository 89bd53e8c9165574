"""A clam or scallop: two ribbed fan-shaped shells hinged at the back and parted a little,
maybe with a pearl inside."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, ellipsoid, sphere, union

SHELLS: tuple[RGB, ...] = ((235, 215, 190), (225, 190, 160), (240, 200, 170), (200, 180, 165))
FLESH: RGB = (245, 215, 200)
PEARL: RGB = (246, 244, 236)
MUSSEL: RGB = (45, 50, 65)


def _ribbed(ribs: int, depth: float, hinge: Vec3) -> Callable[[np.ndarray], np.ndarray]:
    """A warp cutting radial ribs into a shell, fanning out from the ``hinge``."""

    def warp(points: np.ndarray) -> np.ndarray:
        dx, dy = points[:, 0] - hinge[0], points[:, 1] - hinge[1]
        angle = np.arctan2(dx, -dy)
        reach = np.clip(np.hypot(dx, dy) / 0.05, 0.0, 1.0)
        bump = 1 + depth * reach * np.cos(ribs * angle)
        moved: np.ndarray = points.copy()
        moved[:, 2] = hinge[2] + (points[:, 2] - hinge[2]) * bump
        return moved

    return warp


def _valve(width: float, depth: float, segments: int) -> Manifold:
    """One shell lying cup-down on the origin plane: a fan, round at the front (-Y), pinched
    to a hinge with two small ears at the back (+Y)."""
    dome = ellipsoid((width / 2, width * 0.47, depth), segments).trim_by_plane((0, 0, 1), 0.0)

    # draw the back in to a point: the fan narrows towards the hinge
    def pinch(points: np.ndarray) -> np.ndarray:
        t = np.clip(points[:, 1] / (width * 0.47), 0.0, 1.0)
        moved: np.ndarray = points.copy()
        moved[:, 0] *= 1 - 0.55 * t
        return moved

    dome = dome.refine(3).warp_batch(pinch)
    ears = ellipsoid((width * 0.24, width * 0.07, depth * 0.3), 16, (0, width * 0.42, 0.0))
    return union([dome, ears])


def build_clam(a: Assembly) -> None:
    """A clam or scallop: two ribbed fan shells hinged at the back, parted a little."""
    width, depth = a.vary(0.08, 0.08), a.vary(0.018, 0.1)
    segments = a.segments(width / 2)
    color = MUSSEL if a.mentions("mussel") else a.pick(SHELLS)
    hinge: Vec3 = (0.0, width * 0.47, 0.0)
    valve = _valve(width, depth, segments)
    ribs = 0 if a.mentions("smooth", "mussel") else a.pick((14, 16, 18))
    if ribs:
        valve = valve.warp_batch(_ribbed(ribs, 0.12, hinge))
    lower = valve.mirror((0, 0, 1)).translate((0, 0, depth))  # cup down, resting on the ground
    a.add(lower, "shell", color)
    gape = a.between(25, 45) if a.maybe("pearl", 0.4, "open", "oyster") else a.between(5, 12)
    # the upper valve, cup up, turned open about the hinge line across the back
    upper = valve.translate((0, -hinge[1], 0)).rotate((-gape, 0, 0)).translate((0, hinge[1], depth))
    a.add(upper, "shell", color)
    # (the two valves' ears overlap at the hinge, holding them together)
    a.add(
        ellipsoid((width * 0.38, width * 0.36, depth * 0.5), segments, (0, -width * 0.02, depth)),
        "flesh",
        FLESH,
        Tier.FIXED,
    )
    if a.wants("pearl") and gape > 20:
        r = width * 0.1
        a.add(
            sphere(r, a.segments(r), (0, -width * 0.05, depth + r * 0.9)),
            "pearl",
            PEARL,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "clam",
    build_clam,
    0.05,
    description="a seashell of two ribbed fan-shaped halves hinged together, maybe with a pearl",
    synonyms=("clams", "scallop", "scallops", "oyster", "oysters", "seashell", "sea shell"),
    kinds=(
        "clam shell",
        "scallop shell",
        "cockle",
        "mussel",
        "giant clam",
        "pearl oyster",
    ),
    parts=("shell", "flesh", "pearl"),
    aliases={"shells": "shell", "meat": "flesh", "inside": "flesh"},
)
