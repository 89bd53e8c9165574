"""A bench vise: a cast-iron body with two square jaws, a screw with a sliding T-bar and a swivel
base."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, sphere
from meshforge.engines.text.kit.tools import STEEL

CASTS: tuple[RGB, ...] = ((40, 80, 160), (60, 62, 68), (200, 60, 40), (50, 110, 70))


def build_vise(a: Assembly) -> None:
    """A bench vise: a cast-iron body with two square jaws, a screw with a sliding T-bar and a
    swivel base."""
    size = a.vary(0.2, 0.12)
    cast = a.pick(CASTS)
    a.add(cylinder(size * 0.45, size * 0.08, a.segments(size * 0.45)), "base", cast)
    a.add(box((size * 0.5, size * 0.9, size * 0.25), (0, size * 0.1, size * 0.2)), "body", cast)
    a.add(box((size * 0.55, size * 0.2, size * 0.35), (0, size * 0.45, size * 0.42)), "jaw", cast)
    open_gap = size * a.between(0.05, 0.25)
    front_y = size * 0.35 - open_gap
    a.add(
        box((size * 0.55, size * 0.2, size * 0.35), (0, front_y - size * 0.1, size * 0.42)),
        "jaw",
        cast,
    )
    a.add(
        box(
            (size * 0.3, front_y + size * 0.1, size * 0.12),
            (0, front_y / 2 - size * 0.05, size * 0.25),
        ),
        "body",
        cast,
    )
    for y in (size * 0.345, front_y + 0.003):
        a.add(
            box((size * 0.56, 0.008, size * 0.1), (0, y, size * 0.54)),
            "jaw plate",
            STEEL,
            Tier.FIXED,
        )
    screw_z = size * 0.3
    tip = front_y - size * 0.45
    a.add(
        rod((0, front_y - size * 0.19, screw_z), (0, tip, screw_z), size * 0.04, 12),
        "screw",
        STEEL,
        Tier.FIXED,
    )
    bar = size * a.between(0.2, 0.35)
    a.add(
        rod((-bar, tip, screw_z), (bar, tip, screw_z), size * 0.025, 10),
        "handle",
        STEEL,
        Tier.FIXED,
    )
    for sx in (-1, 1):
        a.add(sphere(size * 0.04, 10, (sx * bar, tip, screw_z)), "handle", STEEL, Tier.FIXED)
    a.add(box((size * 0.4, size * 0.2, size * 0.1), (0, size * 0.62, size * 0.5)), "anvil", cast)


TEMPLATE = Template(
    "vise",
    build_vise,
    0.18,
    description="a workbench clamp with two iron jaws closed by a screw handle",
    synonyms=(
        "vice",
        "bench vise",
        "bench vice",
        "workbench vise",
        "engineers vise",
        "woodworking vise",
    ),
    kinds=("machinist vise", "pipe vise"),
    parts=("base", "body", "jaw", "jaw plate", "screw", "handle", "anvil"),
    aliases={"jaws": "jaw", "lever": "handle", "bar": "handle"},
)
