"""A cricket bat lying face up: a flat willow blade with a ridged back and a bound round handle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, capsule, rounded_box, union

WILLOW: RGB = (232, 205, 150)
GRIPS: tuple[RGB, ...] = ((30, 30, 34), (200, 40, 45), (40, 80, 170), (40, 130, 70))
STICKERS: tuple[RGB, ...] = ((40, 40, 44), (200, 40, 45), (30, 80, 170))


def build_cricket_bat(a: Assembly) -> None:
    """A cricket bat lying on its face: the blade's spine up, the handle at +X with its grip."""
    blade_l, blade_w = a.vary(0.56, 0.06), a.vary(0.108, 0.04)
    thick = a.vary(0.045, 0.1)
    handle_l = a.vary(0.3, 0.08)
    # the blade's back swells into a spine: a flat plate under a narrower, thicker ridge
    plate = rounded_box((blade_l, blade_w, thick * 0.5), 0.008, 12, (0, 0, thick * 0.25))
    spine = rounded_box(
        (blade_l * 0.8, blade_w * 0.5, thick * 0.7), 0.02, 12, (-blade_l * 0.05, 0, thick * 0.4)
    )
    a.add(union([plate, spine]), "blade", WILLOW)
    start: Vec3 = (blade_l / 2 - 0.02, 0.0, thick * 0.35)
    end: Vec3 = (blade_l / 2 + handle_l, 0.0, thick * 0.35)
    a.add(
        capsule(start, (blade_l / 2 + handle_l * 0.3, 0, thick * 0.35), 0.016, 16), "handle", WILLOW
    )
    grip_start: Vec3 = (blade_l / 2 + handle_l * 0.25, 0.0, thick * 0.35)
    a.add(capsule(grip_start, end, 0.0185, 16), "grip", a.pick(GRIPS), Tier.SECONDARY)
    if a.maybe("sticker", 0.7, "sticker", "logo"):
        label = rounded_box(
            (blade_l * 0.22, blade_w * 0.42, 0.004), 0.005, 8, (blade_l * 0.22, 0, thick * 0.74)
        )
        a.add(label, "sticker", a.pick(STICKERS), Tier.FIXED)


TEMPLATE = Template(
    "cricket bat",
    build_cricket_bat,
    0.05,
    description="a cricket bat: a flat wooden willow blade with a round taped handle",
    synonyms=("cricket paddle", "willow bat"),
    kinds=("english willow bat", "kashmir willow bat"),
    parts=("blade", "handle", "grip", "sticker"),
    aliases={"tape": "grip", "logo": "sticker", "label": "sticker"},
)
