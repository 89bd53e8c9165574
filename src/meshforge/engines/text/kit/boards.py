"""What whiteboards and chalkboards share: a framed writing panel on a wheeled stand or a wall."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import box, cylinder, rod


def framed_board(
    a: Assembly, surface: RGB, frame: RGB, tray: RGB, size: tuple[float, float]
) -> float:
    """A framed panel of ``size`` (width, height), on a stand or not; returns its bottom edge."""
    width, height = size
    standing = a.maybe("stand", 0.6, "easel", "mobile", "wheels", "standing")
    bottom = a.vary(0.85, 0.05) if standing else 0.04
    center_z = bottom + height / 2
    a.add(box((width, 0.02, height), (0, 0, center_z)), "board", surface)
    for z in (bottom, bottom + height):
        a.add(box((width + 0.05, 0.035, 0.025), (0, 0, z)), "frame", frame, Tier.SECONDARY)
    for x in (-width / 2, width / 2):
        a.add(box((0.025, 0.035, height + 0.05), (x, 0, center_z)), "frame", frame, Tier.SECONDARY)
    a.add(box((width * 0.6, 0.07, 0.012), (0, -0.045, bottom + 0.006)), "tray", tray, Tier.FIXED)
    if standing:
        for x in (-width / 2 - 0.03, width / 2 + 0.03):
            a.add(
                box((0.04, 0.04, center_z + 0.1), (x, 0, (center_z + 0.1) / 2)),
                "stand",
                frame,
                Tier.SECONDARY,
            )
            a.add(box((0.05, 0.6, 0.04), (x, 0, 0.08)), "stand", frame, Tier.SECONDARY)
            for y in (-0.27, 0.27):
                a.add(cylinder(0.03, 0.06, 10, (x, y, 0.0)), "stand", (35, 35, 38), Tier.FIXED)
    else:  # a wall board rests on two short feet so that it stands on its own
        for x in (-width * 0.35, width * 0.35):
            a.add(
                rod((x, -0.1, 0.0), (x, 0.1, 0.0), 0.02, 8).translate((0, 0, 0.02)),
                "stand",
                frame,
                Tier.SECONDARY,
            )
    return bottom
