"""A butterfly knife, half flipped: a clip-point blade up, two slotted handles swung apart."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL, STEEL, front_plate
from meshforge.engines.text.kit.solids import box, rod, subtract, union

HANDLES: tuple[RGB, ...] = (
    (200, 202, 208),
    (40, 40, 44),
    (110, 60, 160),
    (40, 120, 190),
    (210, 170, 60),
    (190, 40, 40),
)


def build_butterfly_knife(a: Assembly) -> None:
    """A butterfly knife, half flipped: a clip-point blade up, two slotted handles swung apart."""
    blade_len, width = a.vary(0.1, 0.1), a.vary(0.026, 0.1)
    handle_len = blade_len * a.between(1.15, 1.3)
    spread = a.between(18, 32)  # how far each handle has swung off the blade's line
    tang = box((width * 0.9, 0.004, 0.014), (0, 0, 0.0))
    # the blade from the front: a flat spine on the left, the edge sweeping up to a clip point
    outline = [
        (-width / 2, 0.006),
        (width / 2, 0.006),
        (width / 2, blade_len * 0.72),
        (width * 0.05, blade_len),
        (-width / 2 + width * 0.15, blade_len * 0.86),
        (-width / 2, blade_len * 0.78),
    ]
    blade = front_plate(outline, 0.003, 0.0, round_r=0.0008)
    a.add(union([blade, tang]), "blade", STEEL, Tier.SECONDARY)
    color = a.pick(HANDLES)
    latch = a.maybe("latch", 0.8)
    for sx in (-1, 1):
        pivot_x = sx * width * 0.32

        def swing(solid: Manifold, sx: int = sx, pivot_x: float = pivot_x) -> Manifold:
            """From the handle's own frame (hanging from its pivot) out to its side."""
            return solid.rotate((0, -sx * spread, 0)).translate((pivot_x, 0, 0.004))

        a.add(swing(_handle(handle_len, width * 0.8)), "handle", color)
        pin = rod((pivot_x, -0.0055, 0.0), (pivot_x, 0.0055, 0.0), 0.0022, 12)
        a.add(pin, "pin", DARK_STEEL, Tier.FIXED)
        if latch and sx > 0:
            # the latch hangs open from the end of one handle
            catch = box((0.005, 0.003, 0.024), (0.0, 0.0, -handle_len - 0.009))
            a.add(swing(catch), "latch", DARK_STEEL, Tier.FIXED)


def _handle(length: float, width: float) -> Manifold:
    """One handle hanging down from its pivot at the origin: a two-layer bar, slotted through."""
    outline = [
        (-width / 2, 0.006),
        (width / 2, 0.006),
        (width / 2, -length),
        (-width / 2, -length),
    ]
    bar = front_plate(outline, 0.009, 0.0, round_r=width * 0.3)
    slots = [
        box((width * 0.4, 0.004, length * 0.22), (0, -0.0046, -length * (0.2 + 0.27 * k)))
        for k in range(3)
    ]
    return subtract(bar, *slots)


TEMPLATE = Template(
    "butterfly knife",
    build_butterfly_knife,
    0.12,
    description="a balisong: a folding pocket knife whose blade swings out between two handles",
    synonyms=("balisong", "balisong knife"),
    kinds=("fan knife", "batangas knife", "flipping knife", "butterfly blade"),
    parts=("blade", "handle", "pin", "latch"),
    aliases={"handles": "handle", "pivot": "pin", "grip": "handle", "lock": "latch"},
)
