"""A wrapped candy: a round sweet in shiny paper, twisted shut at both ends into pleated fans."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import skin_pattern
from meshforge.engines.text.kit.food import CANDY
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, mirrored_x, union
from meshforge.engines.text.kit.vegetables import fluted

WHITE: RGB = (250, 250, 245)


def build_candy(a: Assembly) -> None:
    """A wrapped candy: a round sweet in shiny paper, twisted shut at both ends into fans."""
    length, radius = a.vary(0.035, 0.1), a.vary(0.013, 0.1)
    wrapper = a.pick(CANDY)
    body = ellipsoid((length / 2, radius, radius * 0.9), a.segments(radius))
    twist = radius * 0.25
    # each end: a short twisted neck, then a flared pleated fan of paper
    neck = (
        cylinder(twist, radius * 0.5, 10)
        .rotate((0, 90, 0))
        .translate((length / 2 - radius * 0.2, 0, 0))
    )
    fan = fluted(cylinder(twist, radius * 1.0, 24, top_radius=radius * 0.95), 9, 0.12)
    fan = fan.scale((1.0, 1.0, 1.0)).rotate((0, 90, 0)).translate((length / 2 + radius * 0.2, 0, 0))
    ends = mirrored_x(union([neck, fan.scale((1.0, 1.0, 0.35))]))
    lift = (0.0, 0.0, radius * 0.9)
    yaw = a.between(-30, 30)
    a.add(union([body, ends]).rotate((0, 0, yaw)).translate(lift), "wrapper", wrapper)
    if a.maybe("stripe", 0.5, "striped", "peppermint"):
        bands = [
            box((length * 0.08, radius * 3, radius * 3), (x * length, 0, 0))
            for x in (-0.25, 0.0, 0.25)
        ]
        stripes = skin_pattern(body, bands, 1.03)
        a.add(stripes.rotate((0, 0, yaw)).translate(lift), "stripe", WHITE, Tier.SECONDARY)


TEMPLATE = Template(
    "candy",
    build_candy,
    0.025,
    description="a round sweet in a shiny twisted wrapper, like a toffee or a bonbon",
    synonyms=(
        "sweets",
        "candies",
        "wrapped candy",
        "wrapped sweet",
        "toffee",
        "bonbon",
        "hard candy",
        "boiled sweet",
        "piece of candy",
        "mint candy",
    ),
    kinds=("butterscotch", "peppermint candy"),
    not_claimed=(
        "candy cane",
        "cotton candy",
        "candy jar",
        "candy corn",
        "candy bar",
        "candy apple",
    ),
    parts=("wrapper", "stripe"),
    aliases={"paper": "wrapper", "wrapping": "wrapper", "stripes": "stripe", "candy": "wrapper"},
)
