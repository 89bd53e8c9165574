"""What appliances and electronics share: cased bodies, knobs, buttons, screens and finishes."""

from __future__ import annotations

from collections.abc import Sequence

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import Vec3, rod, rounded_box, slab

#: white goods and small-appliance shells
WHITE_GOODS: tuple[RGB, ...] = ((240, 240, 238), (235, 235, 230), (200, 203, 208))
#: kettles, toasters and mixers: retro pastels, chrome and black
SMALL_APPLIANCES: tuple[RGB, ...] = (
    (200, 203, 208),
    (40, 40, 44),
    (200, 45, 45),
    (150, 205, 195),
    (245, 235, 215),
)
#: phones, laptops and gadgets: space grey, silver, black, white
GADGETS: tuple[RGB, ...] = ((70, 72, 78), (200, 202, 206), (30, 30, 33), (235, 235, 235))
SCREEN: RGB = (25, 35, 50)
SCREEN_GLOW: RGB = (60, 110, 170)
BLACK_PLASTIC: RGB = (35, 35, 38)
CHROME: RGB = (205, 208, 214)
BUTTON_RED: RGB = (210, 40, 40)
LIGHT_GREEN: RGB = (80, 220, 120)


def cased_box(
    a: Assembly,
    size: Vec3,
    radius: float,
    part: str,
    color: RGB | Sequence[RGB],
    base_z: float = 0.0,
) -> Manifold:
    """A box with rounded edges standing on ``base_z``, added as ``part``; returned for cutting."""
    body = rounded_box(size, radius, a.segments(radius * 4), (0.0, 0.0, base_z + size[2] / 2))
    a.add(body, part, color)
    return body


def front_panel(
    a: Assembly,
    width: float,
    height: float,
    center_xz: tuple[float, float],
    front_y: float,
    part: str,
    color: RGB,
    depth: float = 0.004,
    radius: float = 0.004,
    tier: Tier = Tier.FIXED,
) -> None:
    """A flat panel (a screen, a door, a display) half sunk in the front face at ``front_y``."""
    # slab rounds the edges in its own XY plane; turned upright they show on the front
    panel = slab((width, height, depth * 2), radius, 8).rotate((90, 0, 0))
    a.add(panel.translate((center_xz[0], front_y, center_xz[1])), part, color, tier)


def front_knob(
    a: Assembly,
    radius: float,
    depth: float,
    x: float,
    z: float,
    front_y: float,
    color: RGB,
    part: str = "knob",
) -> None:
    """A round knob or button sticking out of the front face at (``x``, ``front_y``, ``z``)."""
    knob = rod((x, front_y + 0.002, z), (x, front_y - depth, z), radius, a.segments(radius))
    a.add(knob, part, color, Tier.FIXED)
