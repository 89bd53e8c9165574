"""A trombone lying level: a long flared bell section beside a U-shaped slide, a mouthpiece."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SILVER, lathe_x
from meshforge.engines.text.kit.instruments import BRASS_LACQUER
from meshforge.engines.text.kit.solids import cylinder, rod
from meshforge.engines.text.kit.sweeps import tube


def build_trombone(a: Assembly) -> None:
    """A trombone lying level: a flared bell section beside a U-shaped slide, a mouthpiece."""
    length = a.vary(1.1, 0.06)
    r = 0.007
    z = 0.12
    gap = 0.09
    brass = a.pick((BRASS_LACQUER, BRASS_LACQUER, SILVER))
    bell_r = a.vary(0.105, 0.06)
    bell_len = length * 0.38
    profile = [(0.0, 0.0), (r * 1.3, 0.0)]
    for k in range(1, 9):
        t = k / 8
        profile.append((r * 1.3 + (bell_r - r * 1.3) * t**3.5, bell_len * t))
    profile += [(bell_r - 0.002, bell_len), (0.0, bell_len - 0.01)]
    bell = lathe_x(profile, a.segments(bell_r)).mirror((1.0, 0.0, 0.0)).translate((0.0, 0, z + gap))
    a.add(bell, "bell", brass)
    back = length * 0.35
    # the bell's tube runs back, bends round (the tuning slide) and forward into the slide
    a.add(
        tube(
            [
                (-0.002, 0, z + gap),
                (back * 0.8, 0, z + gap),
                (back, 0, z + gap * 0.5),
                (back * 0.8, 0, z),
                (length * 0.25, 0, z),
            ],
            r,
            16,
        ),
        "tubing",
        brass,
    )
    slide_end = -length * a.between(0.55, 0.65)
    for dy in (-0.012, 0.012):
        a.add(rod((length * 0.26, dy, z), (slide_end, dy, z), r * 0.9, 12), "slide", brass)
    a.add(
        tube([(slide_end, -0.012, z), (slide_end - 0.03, 0, z), (slide_end, 0.012, z)], r, 12),
        "slide",
        brass,
    )
    a.add(rod((length * 0.25, -0.014, z), (length * 0.25, 0.014, z), r, 8), "slide", brass)
    a.add(
        rod((length * 0.05, -0.02, z), (length * 0.05, 0.02, z + gap * 0.02), r * 0.6, 8),
        "slide",
        brass,
    )
    a.add(
        rod((length * 0.3, 0.014, z), (length * 0.3, 0.014, z + gap), r * 0.6, 8), "tubing", brass
    )
    a.add(
        cylinder(r * 1.6, length * 0.05, 12, (0, 0, 0))
        .rotate((0, 90, 0))
        .translate((length * 0.26, 0.012, z)),
        "mouthpiece",
        SILVER,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "trombone",
    build_trombone,
    0.25,
    description="a brass instrument with a long sliding tube and a flared bell",
    synonyms=("trombones", "slide trombone", "tenor trombone", "bass trombone", "sackbut"),
    parts=("bell", "tubing", "slide", "mouthpiece"),
    aliases={"horn": "bell", "tube": "tubing", "brass": "tubing"},
)
