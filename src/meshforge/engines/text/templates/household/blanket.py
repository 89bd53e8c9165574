"""A blanket, folded: a soft thick rectangle of layered folds, often a stack, edged and checked."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import BLANKETS
from meshforge.engines.text.kit.solids import box, capsule, rounded_box


def build_blanket(a: Assembly) -> None:
    """A blanket, folded: a soft thick rectangle of layered folds, often a stack, edged and
    checked."""
    width, depth = a.vary(0.5, 0.1), a.vary(0.36, 0.1)
    layers = a.count("fold", a.pick((3, 4, 5)), 2, 8)
    layer_h = a.vary(0.022, 0.15)
    color = a.pick(BLANKETS)
    trim = a.pick(BLANKETS)
    for k in range(layers):
        # each fold sits a little askew of the one below, as soft cloth does
        dx, dy = a.between(-0.006, 0.006), a.between(-0.006, 0.006)
        fold = rounded_box(
            (width, depth, layer_h), layer_h * 0.45, 8, (dx, dy, (k + 0.5) * layer_h * 0.92)
        )
        a.add(fold, "blanket", color)
    # the folded edges show as soft rolls down the front
    roll_r = layers * layer_h * 0.46
    roll = capsule((-width / 2 + roll_r, 0, 0), (width / 2 - roll_r, 0, 0), roll_r, 16)
    a.add(
        roll.scale((1.0, 0.5, 1.0)).translate((0, -depth / 2 + roll_r * 0.3, roll_r)),
        "blanket",
        color,
    )
    if a.maybe("stripe", 0.6, "striped", "checked", "plaid", "tartan"):
        for x in (-width * 0.3, width * 0.3):
            band = box(
                (0.04, depth + 0.004, layers * layer_h * 0.9), (x, 0, layers * layer_h * 0.46)
            )
            a.add(band, "stripe", trim, Tier.SECONDARY)


TEMPLATE = Template(
    "blanket",
    build_blanket,
    0.1,
    description="a thick soft woollen blanket folded into a neat square",
    synonyms=(
        "folded blanket",
        "blankets",
        "throw blanket",
        "wool blanket",
        "fleece blanket",
        "quilt",
        "duvet",
        "comforter",
        "picnic blanket",
    ),
    parts=("blanket", "stripe"),
    aliases={"folds": "fold", "stripes": "stripe", "band": "stripe", "edge": "stripe"},
)
