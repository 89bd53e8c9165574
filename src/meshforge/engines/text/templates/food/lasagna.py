"""A slice of lasagna on a plate: flat pasta sheets stacked with red meat sauce and white
sauce between them, under a top of melted, browned cheese."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, rounded_box, sphere, union

PASTA: RGB = (240, 210, 140)
SAUCE: tuple[RGB, ...] = ((175, 50, 35), (160, 45, 30), (190, 70, 40))
CHEESE: RGB = (245, 205, 110)
CRUST: RGB = (190, 120, 50)
PLATE: RGB = (245, 245, 240)


def build_lasagna(a: Assembly) -> None:
    """A slice of lasagna: pasta sheets and sauce in layers, melted cheese on top, on a plate."""
    width, depth = a.vary(0.09, 0.08), a.vary(0.1, 0.08)
    layers = a.pick((3, 4))
    pasta, sauce = 0.004, a.vary(0.008, 0.1)
    z = 0.0
    if a.wants("plate"):
        a.add(
            cylinder(0.13, 0.01, a.segments(0.13), (0, 0, 0), 0.11), "plate", PLATE, Tier.SECONDARY
        )
        z = 0.009
    sheets, fillings = [], []
    for _ in range(layers):
        sheets.append(rounded_box((width, depth, pasta), 0.0015, 6, (0, 0, z + pasta / 2)))
        z += pasta - 0.0005
        # the sauce bulges out a little past the sheets' edges
        fillings.append(
            rounded_box((width * 1.01, depth * 1.01, sauce), 0.003, 8, (0, 0, z + sauce / 2))
        )
        z += sauce - 0.0005
    a.add(union(sheets), "pasta", PASTA)
    a.add(union(fillings), "sauce", SAUCE, Tier.SECONDARY)
    top = rounded_box((width * 1.02, depth * 1.02, 0.006), 0.0025, 8, (0, 0, z + 0.002))
    a.add(top, "cheese", CHEESE, Tier.FIXED)
    if a.wants("crust"):
        spots = [
            sphere(
                0.006 * a.between(0.7, 1.3),
                8,
                (width * a.between(-0.4, 0.4), depth * a.between(-0.4, 0.4), z + 0.004),
            )
            for _ in range(9)
        ]
        a.add(union(spots), "crust", CRUST, Tier.FIXED)


TEMPLATE = Template(
    "lasagna",
    build_lasagna,
    0.06,
    description="a slice of baked pasta layered with meat sauce and melted cheese",
    synonyms=("lasagne", "lasagna slice", "slice of lasagna", "piece of lasagna"),
    kinds=("beef lasagna", "vegetable lasagna"),
    parts=("plate", "pasta", "sauce", "cheese", "crust"),
    aliases={
        "layers": "pasta",
        "noodles": "pasta",
        "sheets": "pasta",
        "topping": "cheese",
        "dish": "plate",
    },
)
