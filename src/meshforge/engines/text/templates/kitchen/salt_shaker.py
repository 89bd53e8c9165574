"""A salt or pepper shaker: a small turned glass or ceramic body with a domed, holed metal cap."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, dome, sphere
from meshforge.engines.text.kit.tableware import CERAMICS, STEEL, turned_body

SALT: RGB = (250, 250, 248)
PEPPER: RGB = (45, 40, 38)


def build_salt_shaker(a: Assembly) -> None:
    """A salt or pepper shaker: a turned glass or ceramic body with a domed, holed metal cap."""
    radius, height = a.vary(0.022, 0.12), a.vary(0.08, 0.15)
    pepper = a.mentions("pepper")
    glass = a.chance(0.5) and not a.mentions("ceramic", "porcelain")
    shape = a.pick(([1.0, 0.9, 0.85, 0.9], [0.8, 1.0, 0.95, 0.75], [1.0, 1.0, 1.0, 1.0]))
    # glass shows what is inside: white salt or dark pepper
    body_color = (PEPPER if pepper else SALT) if glass else a.pick(CERAMICS)
    neck = height * 0.8
    turned_body(a, [radius * s for s in shape], neck, body_color)
    cap_r = radius * shape[-1] * 1.02
    a.add(
        cylinder(cap_r, height * 0.1, a.segments(cap_r), (0, 0, neck - 0.002)),
        "cap",
        STEEL,
        Tier.SECONDARY,
    )
    top = neck + height * 0.1 - 0.002
    a.add(
        dome((cap_r, cap_r, cap_r * 0.45), a.segments(cap_r), (0, 0, top)),
        "cap",
        STEEL,
        Tier.SECONDARY,
    )
    holes = 5 if not pepper else 3
    for k in range(holes):
        x = (k - (holes - 1) / 2) * cap_r * 0.3
        a.add(sphere(cap_r * 0.07, 8, (x, 0, top + cap_r * 0.42)), "hole", (30, 30, 33), Tier.FIXED)


TEMPLATE = Template(
    "salt shaker",
    build_salt_shaker,
    0.09,
    description="a small table shaker with holes in its cap for sprinkling salt or pepper",
    synonyms=(
        "pepper shaker",
        "salt cellar",
        "salt pot",
        "salt and pepper shaker",
        "salt and pepper",
        "cruet",
    ),
    kinds=("salt mill", "pepper pot", "glass salt shaker"),
    parts=("body", "cap", "hole"),
    aliases={"lid": "cap", "top": "cap", "holes": "hole"},
)
