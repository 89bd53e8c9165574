"""A bar of soap: a soft-edged block with a pressed oval on top, a few bubbles now and then."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, rounded_box, sphere

#: white, cream, rose, lavender, mint, honey
SOAPS: tuple[RGB, ...] = (
    (248, 246, 240),
    (245, 232, 200),
    (240, 180, 190),
    (200, 180, 225),
    (180, 225, 200),
    (235, 190, 110),
)
BUBBLE: RGB = (240, 246, 250)


def build_bar_of_soap(a: Assembly) -> None:
    """A bar of soap: a soft-edged block with a pressed oval on top, a few bubbles now and then."""
    length, width, height = a.vary(0.09, 0.1), a.vary(0.058, 0.1), a.vary(0.028, 0.15)
    color = a.pick(SOAPS)
    a.add(
        rounded_box((length, width, height), height * 0.45, 36, (0, 0, height / 2)), "body", color
    )
    # the maker's stamp: a raised oval on the top face
    stamp = ellipsoid((length * 0.3, width * 0.28, height * 0.12), 24, (0, 0, height - 0.001))
    a.add(stamp, "stamp", color)  # the same soap as the bar, unless named
    if a.maybe("bubble", 0.35, "foam", "lather", "bubbles"):
        for x, y, r in ((-0.3, 0.2, 0.008), (-0.18, 0.28, 0.005), (0.25, -0.25, 0.006)):
            at = (x * length, y * width, height - r * 0.4)
            a.add(sphere(r, 12, at), "bubble", BUBBLE, Tier.FIXED)


TEMPLATE = Template(
    "bar of soap",
    build_bar_of_soap,
    0.03,
    description="a small smooth bar of soap for washing your hands",
    synonyms=("soap", "soap bar", "hand soap", "bar soap", "cake of soap", "soaps"),
    parts=("body", "stamp", "bubble"),
    aliases={"bar": "body", "logo": "stamp", "foam": "bubble", "lather": "bubble"},
)
