"""A macaron: two smooth domed almond shells, each on a ruffled foot, sandwiching a filling."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, lathe

PASTELS: tuple[RGB, ...] = (
    (245, 170, 190),
    (180, 220, 170),
    (250, 225, 140),
    (200, 180, 230),
    (170, 210, 235),
    (235, 200, 165),
)
FILLINGS: tuple[RGB, ...] = ((250, 245, 235), (120, 75, 50), (245, 215, 220))


def _shell(radius: float, height: float, segments: int, upside_down: bool) -> Manifold:
    """One shell's outline: a flat base, a ruffled foot, then a smooth dome."""
    profile = [(0.0, 0.0), (radius * 0.96, 0.0)]
    # the foot: a short rough band just wider than the dome, a third of the shell's height
    foot = height * 0.3
    for k in range(1, 6):
        profile.append((radius * (1.0 + 0.02 * (k % 2)), foot * k / 5))
    for k in range(1, 11):
        angle = math.pi / 2 * k / 10
        profile.append((radius * 0.98 * math.cos(angle), foot + (height - foot) * math.sin(angle)))
    shell = lathe(profile, segments)
    return shell.mirror((0, 0, 1)) if upside_down else shell


def build_macaron(a: Assembly) -> None:
    """A macaron: two smooth domed shells on ruffled feet sandwiching a filling."""
    radius, shell_h = a.vary(0.021, 0.08), a.vary(0.0095, 0.1)
    filling_h = shell_h * a.between(0.45, 0.7)
    color = a.pick(PASTELS)
    segments = a.segments(radius)
    bottom = _shell(radius, shell_h, segments, upside_down=True).translate((0, 0, shell_h))
    a.add(bottom, "shell", color)
    a.add(
        cylinder(radius * 0.9, filling_h + 0.001, segments, (0, 0, shell_h - 0.0005)),
        "filling",
        a.pick(FILLINGS),
        Tier.SECONDARY,
    )
    top = _shell(radius, shell_h, segments, upside_down=False)
    a.add(top.translate((0, 0, shell_h + filling_h)), "shell", color)


TEMPLATE = Template(
    "macaron",
    build_macaron,
    0.025,
    description="a small round french almond meringue cookie sandwich in a pastel colour",
    synonyms=("macarons", "macaroon", "macaroons", "french macaron"),
    kinds=("macaron cookie", "pastel macaron"),
    parts=("shell", "filling"),
    aliases={"cookie": "shell", "cream": "filling", "ganache": "filling", "shells": "shell"},
)
