"""A hard hat: a glossy safety helmet with a raised centre ridge and a short peaked brim."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.apparel import skin
from meshforge.engines.text.kit.solids import box, cylinder, dome

SHELLS: tuple[RGB, ...] = (
    (245, 200, 30),
    (240, 240, 235),
    (230, 110, 30),
    (40, 90, 180),
    (200, 40, 40),
)
BADGE: RGB = (35, 90, 170)


def build_hard_hat(a: Assembly) -> None:
    """A hard hat: a glossy safety helmet with a raised centre ridge and a short peaked brim."""
    r = a.vary(0.13, 0.06)
    h = r * a.between(0.8, 0.95)
    shell = a.pick(SHELLS)
    brim_z = 0.01
    crown = dome((r, r * 1.15, h), a.segments(r), (0, 0, brim_z))
    a.add(crown, "shell", shell)
    ridge = dome((r * 0.18, r * 1.2, h * 1.08), a.segments(r), (0, 0, brim_z))
    a.add(ridge, "shell", shell)
    brim = cylinder(r * 1.12, 0.012, a.segments(r), (0, 0, brim_z - 0.004)).scale((1.0, 1.18, 1.0))
    peak = cylinder(r * 1.0, 0.012, a.segments(r), (0, -r * 0.35, brim_z - 0.004)).scale(
        (1.0, 1.2, 1.0)
    )
    a.add(brim + peak, "brim", shell)
    if a.maybe("logo", 0.5, "badge"):
        # a badge on the front, laid on the shell's own curve
        badge = box((r * 0.4, r * 2, h * 0.25), (0, -r, brim_z + h * 0.4))
        a.add(skin(crown, badge, 0.003), "logo", BADGE, Tier.FIXED)


TEMPLATE = Template(
    "hard hat",
    build_hard_hat,
    0.14,
    description="a yellow plastic safety helmet worn by builders on a construction site",
    synonyms=(
        "hardhat",
        "safety helmet",
        "construction helmet",
        "builder's hat",
        "construction hat",
        "hard hats",
    ),
    kinds=("safety hat", "mining helmet"),
    parts=("shell", "brim", "logo"),
    aliases={"peak": "brim", "visor": "brim", "badge": "logo"},
)
