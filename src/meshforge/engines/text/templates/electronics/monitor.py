"""A computer monitor: a thin wide screen on a neck and a flat foot."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, SCREEN, SCREEN_GLOW, front_panel
from meshforge.engines.text.kit.solids import box, rounded_box, slab


def build_monitor(a: Assembly) -> None:
    """A computer monitor: a thin wide screen on a neck and a flat foot."""
    width = a.vary(0.56, 0.12)
    height = width * a.pick((0.56, 0.6, 0.42))
    thick = 0.03
    lift = a.vary(0.12, 0.15)
    color = a.pick((BLACK_PLASTIC, (200, 202, 206), (240, 240, 240)))
    a.add(rounded_box((width, thick, height), 0.006, 8, (0, 0, lift + height / 2)), "frame", color)
    a.add(
        rounded_box(
            (width * 0.4, 0.04, height * 0.4), 0.01, 8, (0, thick / 2 + 0.01, lift + height / 2)
        ),
        "frame",
        color,
    )
    front_panel(
        a,
        width * 0.96,
        height * 0.93,
        (0, lift + height * 0.51),
        -thick / 2,
        "screen",
        a.pick((SCREEN, SCREEN_GLOW)),
        0.002,
        0.002,
    )
    if a.wants("stand"):
        a.add(
            box(
                (0.05, 0.025, lift + height * 0.4), (0, thick / 2 + 0.03, (lift + height * 0.4) / 2)
            ),
            "stand",
            color,
        )
        a.add(
            slab((width * 0.4, 0.2, 0.012), 0.03, 8, (0, thick / 2 + 0.02, 0.006)), "stand", color
        )


TEMPLATE = Template(
    "monitor",
    build_monitor,
    0.45,
    description="a flat computer monitor display on a stand",
    synonyms=(
        "computer monitor",
        "computer screen",
        "pc monitor",
        "display monitor",
        "lcd monitor",
        "desktop computer",
    ),
    kinds=("gaming monitor", "ultrawide monitor", "imac"),
    not_claimed=("baby monitor", "heart monitor"),
    parts=("frame", "screen", "stand"),
    aliases={"display": "screen", "bezel": "frame", "foot": "stand", "base": "stand"},
)
