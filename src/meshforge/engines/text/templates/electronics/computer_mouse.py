"""A computer mouse: a smooth shell with two buttons, a scroll wheel and maybe a cable."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, GADGETS
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, subtract
from meshforge.engines.text.kit.sweeps import tube


def build_computer_mouse(a: Assembly) -> None:
    """A computer mouse: a domed shell with two buttons split down the middle and a scroll wheel."""
    length, width, height = a.vary(0.11, 0.06), a.vary(0.062, 0.06), a.vary(0.038, 0.08)
    color = a.pick(GADGETS)
    seg = a.segments(width / 2)
    nose = ellipsoid((width * 0.45, length * 0.3, height * 0.6), seg, (0, -length * 0.2, 0.0))
    back = ellipsoid((width / 2, length * 0.32, height), seg, (0, length * 0.18, 0.0))
    shell = Manifold.batch_hull([nose, back]).trim_by_plane((0, 0, 1), 0.0)
    split = box((0.0025, length * 0.42, height * 2), (0, -length * 0.3, height))
    a.add(subtract(shell, split), "shell", color)
    wheel_y = -length * 0.22
    wheel_z = height * 0.62
    wheel = rod((-0.003, wheel_y, wheel_z), (0.003, wheel_y, wheel_z), 0.0075, 16)
    a.add(wheel, "wheel", (120, 120, 126) if color != (70, 72, 78) else BLACK_PLASTIC, Tier.FIXED)
    if a.maybe("cable", 0.4, "wired", "cord"):
        cord = tube(
            [
                (0, -length * 0.45, 0.008),
                (0, -length * 0.62, 0.006),
                (0.02, -length * 0.8, 0.005),
                (0.01, -length, 0.005),
            ],
            0.0025,
            8,
        )
        a.add(cord, "cable", BLACK_PLASTIC, Tier.FIXED)


TEMPLATE = Template(
    "computer mouse",
    build_computer_mouse,
    0.04,
    description="a computer mouse with two buttons and a scroll wheel",
    synonyms=(
        "pc mouse",
        "wireless mouse",
        "optical mouse",
        "gaming mouse",
    ),
    kinds=("trackball mouse",),
    parts=("shell", "wheel", "cable"),
    aliases={"cord": "cable", "wire": "cable", "scroll wheel": "wheel"},
)
