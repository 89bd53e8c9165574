"""A caramel pudding (flan): a wobbly pale custard turned out of its mould onto a plate, a
glossy brown caramel layer on its top running down its sides."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, sphere, union

CUSTARDS: tuple[RGB, ...] = ((250, 220, 130), (245, 210, 110), (250, 230, 160))
CARAMEL: RGB = (150, 75, 20)
PLATE: RGB = (245, 245, 240)


def build_pudding(a: Assembly) -> None:
    """A caramel pudding: a custard turned out onto a plate, caramel over its top."""
    r, height = a.vary(0.04, 0.08), a.vary(0.045, 0.08)
    z = 0.0
    if a.wants("plate"):
        a.add(
            cylinder(r * 2.0, 0.008, a.segments(r * 2), (0, 0, 0), r * 2.1),
            "plate",
            PLATE,
            Tier.SECONDARY,
        )
        z = 0.0075
    # a frustum, wider at the bottom where it stood at the mould's top, softly rounded
    body = cylinder(r * 1.15, height, a.segments(r), (0, 0, z), r * 0.85)
    a.add(body, "custard", CUSTARDS)
    top = cylinder(r * 0.87, height * 0.12, a.segments(r), (0, 0, z + height * 0.92), r * 0.84)
    drips = [
        sphere(r * 0.13, 10, (r * 0.9 * dx, r * 0.9 * dy, z + height * 0.88))
        for dx, dy in ((1, 0), (-0.7, 0.7), (0, -1), (0.6, 0.8), (-0.8, -0.6))
    ]
    a.add(union([top, *drips]), "caramel", CARAMEL, Tier.SECONDARY)
    if a.maybe("cream", 0.35, "whipped cream", "cherry"):
        a.add(sphere(r * 0.35, 16, (0, 0, z + height * 1.12)), "cream", (250, 248, 240), Tier.FIXED)


TEMPLATE = Template(
    "pudding",
    build_pudding,
    0.05,
    description="a wobbly custard pudding turned out on a plate with caramel on top",
    synonyms=("flan", "caramel pudding", "custard pudding", "creme caramel", "puddings"),
    kinds=("purin", "leche flan", "caramel custard"),
    not_claimed=("plum pudding", "yorkshire pudding", "rice pudding", "bread pudding"),
    parts=("plate", "custard", "caramel", "cream"),
    aliases={"sauce": "caramel", "syrup": "caramel", "top": "caramel", "dish": "plate"},
)
