"""A potion bottle: a round glass flask with a narrow neck, a cork, and glowing liquid inside."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, lathe, sphere, torus
from meshforge.engines.text.kit.tableware import smooth_outline

LIQUIDS: tuple[RGB, ...] = (
    (200, 30, 60),
    (60, 200, 90),
    (70, 110, 230),
    (170, 60, 200),
    (250, 180, 30),
)
GLASS: RGB = (205, 225, 235)
CORK: RGB = (175, 130, 85)
STRING: RGB = (200, 180, 130)


def build_potion_bottle(a: Assembly) -> None:
    """A round glass flask with a narrow neck, a cork, and coloured liquid inside."""
    shape = a.pick(("round", "round", "tall", "heart"))
    r = a.vary(0.055, 0.1)
    neck_r = r * a.between(0.28, 0.36)
    if shape == "tall":
        radii, h = [r * 0.8, r * 0.9, r * 0.9, r * 0.8, neck_r], a.vary(0.2, 0.08)
    else:
        radii, h = [r * 0.5, r, r * 1.05, r * 0.6, neck_r], r * 2.2
    body = smooth_outline(radii, h)
    neck_h = r * a.between(0.8, 1.3)
    top = h + neck_h
    glass = lathe([(0.0, 0.0), *body, (neck_r, top), (0.0, top)], a.segments(r))
    a.add(glass, "bottle", GLASS, Tier.SECONDARY)
    level = h * a.between(0.55, 0.8)
    liquid_profile = [
        (0.0, 0.004),
        *[(rr * 1.04, z) for rr, z in body if 0.004 < z < level],
        (0.0, level),
    ]
    if len(liquid_profile) > 3:
        a.add(lathe(liquid_profile, a.segments(r)), "liquid", LIQUIDS)
    a.add(
        cylinder(neck_r * 1.3, neck_r * 0.5, a.segments(neck_r), (0, 0, top - neck_r * 0.2)),
        "bottle",
        GLASS,
        Tier.SECONDARY,
    )
    if a.wants("cork"):
        a.add(
            cylinder(
                neck_r * 0.95,
                neck_r * 1.6,
                a.segments(neck_r),
                (0, 0, top - neck_r * 0.5),
                neck_r * 1.15,
            ),
            "cork",
            CORK,
            Tier.FIXED,
        )
    if a.wants("string"):
        a.add(
            torus(neck_r * 1.05, neck_r * 0.15, a.segments(neck_r), (0, 0, h + neck_h * 0.3)),
            "string",
            STRING,
            Tier.FIXED,
        )
    if shape == "heart":
        a.add(sphere(r * 0.16, 12, (0, -r * 1.0, h * 0.5)), "liquid", LIQUIDS)


TEMPLATE = Template(
    "potion bottle",
    build_potion_bottle,
    0.2,
    description="a magic potion in a round glass flask with a cork stopper and coloured liquid",
    synonyms=("potion", "elixir", "magic potion", "health potion", "mana potion", "love potion"),
    kinds=("poison bottle", "alchemy flask"),
    parts=("bottle", "liquid", "cork", "string"),
    aliases={
        "glass": "bottle",
        "flask": "bottle",
        "stopper": "cork",
        "potion": "liquid",
        "twine": "string",
    },
)
