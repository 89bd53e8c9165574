"""A folded towel, or a small stack of them: soft-edged layers with a woven band near each end."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rounded_box

TOWELS: tuple[RGB, ...] = (
    (248, 248, 245),
    (120, 170, 215),
    (235, 160, 175),
    (150, 200, 160),
    (240, 215, 150),
    (60, 70, 110),
)

#: cotton terry: matte and woven
TERRY = MATERIALS["fabric"]


def build_towel(a: Assembly) -> None:
    """A folded towel: soft layers stacked by the folds, a woven band across near each end."""
    length, width = a.vary(0.3, 0.1), a.vary(0.2, 0.1)
    layers, layer_h = a.pick((3, 4)), a.vary(0.016, 0.15)
    color = a.pick(TOWELS)
    band_color = a.pick(tuple(c for c in TOWELS if c != color))
    banded = a.maybe("band", 0.7, "striped", "stripe")
    for k in range(layers):  # each fold a little shorter or longer, so the layers show
        z = k * layer_h * 0.9 + layer_h / 2
        size = (length * (1 - 0.015 * (k % 2)), width * (1 - 0.02 * ((k + 1) % 2)), layer_h)
        a.add(
            rounded_box(size, layer_h * 0.49, 20, (0.0, 0.0, z)),
            "towel",
            color,
            Tier.PRIMARY,
            TERRY,
        )
        if banded:  # the woven band: a shell just proud of the fold, across it near each end
            shell = rounded_box(
                (size[0] * 1.004, size[1] * 1.012, layer_h * 1.04), layer_h * 0.5, 20, (0, 0, z)
            )
            for sx in (-1, 1):
                window = box(
                    (length * 0.05, width * 1.2, layer_h * 1.2), (sx * length * 0.32, 0, z)
                )
                a.add(shell ^ window, "band", band_color, Tier.SECONDARY, TERRY)


TEMPLATE = Template(
    "towel",
    build_towel,
    0.06,
    description="a soft folded cotton towel for drying yourself",
    synonyms=(
        "bath towel",
        "hand towel",
        "folded towel",
        "beach towel",
        "tea towel",
        "dish towel",
        "washcloth",
        "flannel towel",
    ),
    not_claimed=("towel rack", "paper towel", "towel rail"),
    parts=("towel", "band"),
    aliases={"stripe": "band", "border": "band", "stripes": "band"},
)
