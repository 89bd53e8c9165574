"""A milk carton: a tall square paper carton with a gabled top and a sealed fin along its
ridge, a coloured band round it and a screw cap on one slope."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, side_prism

PAPER: RGB = (245, 245, 240)
BANDS: tuple[RGB, ...] = ((40, 110, 200), (220, 50, 50), (60, 160, 80), (250, 190, 40))


def build_milk_carton(a: Assembly) -> None:
    """A milk carton: a tall square carton with a gabled top, a ridge fin and a band."""
    side, height = a.vary(0.07, 0.08), a.vary(0.19, 0.1)
    a.add(box((side, side, height), (0, 0, height / 2)), "carton", PAPER)
    roof = side * 0.45
    gable = side_prism([(-side / 2, 0.0), (side / 2, 0.0), (0.0, roof)], side)
    a.add(gable.translate((0, 0, height - 0.0005)), "carton", PAPER)
    fin = box((side, side * 0.02 + 0.002, side * 0.12), (0, 0, height + roof + side * 0.03))
    a.add(fin, "carton", PAPER)
    band = a.pick(BANDS)
    if a.wants("band"):
        a.add(
            box((side * 1.01, side * 1.01, height * 0.35), (0, 0, height * 0.45)),
            "band",
            band,
            Tier.SECONDARY,
        )
    if a.maybe("cap", 0.5):
        # on the front slope, square to it
        cap = cylinder(side * 0.13, side * 0.12, 16).rotate((42, 0, 0))
        a.add(cap.translate((0, -side * 0.24, height + roof * 0.48)), "cap", band, Tier.FIXED)


TEMPLATE = Template(
    "milk carton",
    build_milk_carton,
    0.26,
    description="a tall square paper carton of milk with a gabled top",
    synonyms=("carton of milk", "milk carton box", "juice carton", "carton of juice"),
    kinds=("milk box", "gable top carton", "orange juice carton"),
    parts=("carton", "band", "cap"),
    aliases={"label": "band", "box": "carton", "lid": "cap", "spout": "cap"},
)
