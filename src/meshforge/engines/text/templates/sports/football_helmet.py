"""An American football helmet: a glossy shell, a centre stripe, a barred face mask."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SPORTY, WHITE
from meshforge.engines.text.kit.solids import Vec3, box, ellipsoid, subtract
from meshforge.engines.text.kit.sweeps import front_disc, tube

MASKS: tuple[RGB, ...] = ((235, 235, 232), (30, 30, 34), (120, 122, 128), (215, 175, 70))
PAD: RGB = (35, 35, 38)


def build_football_helmet(a: Assembly) -> None:
    """An American football helmet: a glossy shell, a centre stripe, a barred face mask."""
    r = a.vary(0.13, 0.05)
    seg = a.segments(r)
    centre: Vec3 = (0.0, r * 0.1, r * 1.0)
    shell_color = a.pick(SPORTY)
    radii = (r * 0.92, r * 1.08, r)
    shell = ellipsoid(radii, seg, centre)
    # open below, and open at the face: the jaw guards reach down and forward each side
    floor = box((r * 3, r * 3, r), (0, 0, r * 0.25 - r * 0.5))
    face = box((r * 1.1, r * 1.5, r * 0.9), (0, centre[1] - r * 0.95, r * 0.7))
    back_cut = box((r * 3, r * 1.2, r * 0.55), (0, centre[1] + r * 0.7, r * 0.27))
    a.add(subtract(shell, floor, face, back_cut), "shell", shell_color)
    # the padded lining, dark inside the face opening
    inner = ellipsoid((radii[0] * 0.9, radii[1] * 0.9, radii[2] * 0.9), seg, centre)
    a.add(subtract(inner, floor), "padding", PAD, Tier.FIXED)
    if a.maybe("stripe", 0.7, "striped"):
        band = box((r * 0.16, r * 3, r * 3), centre) ^ ellipsoid(
            (radii[0] * 1.02, radii[1] * 1.02, radii[2] * 1.02), seg, centre
        )
        band = subtract(band, floor, face, back_cut)
        stripe = a.pick([c for c in (*SPORTY, WHITE) if c != shell_color])
        a.add(band, "stripe", stripe, Tier.SECONDARY)
    for side in (-1, 1):
        ear = front_disc(r * 0.08, r * 0.08, 16, 0, 0).rotate((0, 0, 90))
        a.add(
            # on the shell's flank where it is at height 0.62 r (narrower than at its middle)
            ear.translate((side * radii[0] * 0.9, centre[1] - r * 0.05, r * 0.62)),
            "ear hole",
            PAD,
            Tier.FIXED,
        )
    if a.wants("face mask"):
        _face_mask(a, r, centre)


def _face_mask(a: Assembly, r: float, centre: Vec3) -> None:
    """Curved bars across the face, joined by two uprights, fixed to the jaw guards."""
    mask = a.pick(MASKS)
    bar_r = r * 0.035
    reach = r * 1.12  # the bars stand off in front of the face
    for z in (r * 0.36, r * 0.58, r * 0.8):
        arc = [
            (reach * 0.82 * math.sin(t), centre[1] - reach * math.cos(t) * 0.95, z)
            for t in (-1.15, -0.6, 0.0, 0.6, 1.15)
        ]
        # each end runs back into the jaw guard beside the face opening, so the mask is held
        # by the shell at any tessellation, not just touching it
        arc = [(-r * 0.62, centre[1] - r * 0.15, z), *arc, (r * 0.62, centre[1] - r * 0.15, z)]
        a.add(tube(arc, bar_r, 10), "face mask", mask, Tier.FIXED)
    for side in (-1, 1):
        x = side * reach * 0.82 * math.sin(0.45)
        y = centre[1] - reach * math.cos(0.45) * 0.95
        upright = [(x, y, r * 0.36), (x * 1.02, y - r * 0.02, r * 0.6), (x, y, r * 0.86)]
        a.add(tube(upright, bar_r, 10), "face mask", mask, Tier.FIXED)


TEMPLATE = Template(
    "football helmet",
    build_football_helmet,
    0.3,
    description="an American football player's helmet with a hard shell and a barred face mask",
    synonyms=(
        "american football helmet",
        "gridiron helmet",
        "nfl helmet",
        "footballer helmet",
        "college football helmet",
    ),
    parts=("shell", "stripe", "face mask", "padding", "ear hole"),
    aliases={
        "mask": "face mask",
        "facemask": "face mask",
        "cage": "face mask",
        "bars": "face mask",
        "lining": "padding",
    },
)
