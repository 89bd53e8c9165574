"""A guitar pick standing on its edge: a rounded triangle of celluloid, point down, with a logo."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, WHITE, front_plate, smooth_loop
from meshforge.engines.text.kit.sweeps import front_disc

#: celluloid colours picks are sold in, tortoiseshell first
CELLULOIDS: tuple[RGB, ...] = (
    (120, 60, 25),
    (245, 160, 30),
    (205, 35, 40),
    (35, 85, 185),
    (30, 30, 34),
    (240, 240, 238),
    (120, 60, 160),
    (230, 210, 60),
)


def build_guitar_pick(a: Assembly) -> None:
    """A guitar pick standing on its edge: a rounded triangle of celluloid, point down."""
    width = a.vary(0.026, 0.1)
    height = width * a.between(1.05, 1.2)
    thick = a.vary(0.0012, 0.3)
    color = a.pick(CELLULOIDS)
    half = width / 2
    # a standard 351-ish shape: broad rounded shoulders tapering to a blunt point
    outline = smooth_loop(
        [
            (0.0, 0.0),
            (half * 0.55, height * 0.3),
            (half * 0.95, height * 0.72),
            (half * 0.7, height * 0.97),
            (0.0, height),
            (-half * 0.7, height * 0.97),
            (-half * 0.95, height * 0.72),
            (-half * 0.55, height * 0.3),
        ],
        6,
    )
    a.add(front_plate(outline, thick), "pick", color)
    if a.maybe("logo", 0.6, "printed", "print"):
        logo = front_disc(width * 0.16, thick * 1.6, 24, 0, height * 0.62)
        a.add(logo, "logo", BLACK if sum(color) > 450 else WHITE, Tier.SECONDARY)


TEMPLATE = Template(
    "guitar pick",
    build_guitar_pick,
    0.03,
    description="a small flat rounded triangle of plastic for plucking guitar strings",
    synonyms=("plectrum", "guitar plectrum", "pick for guitar", "flat pick"),
    parts=("pick", "logo"),
    aliases={"print": "logo"},
)
