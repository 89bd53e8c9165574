"""A muffin tin: a flat metal tray with a grid of round cup wells, maybe a muffin in each."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, dome, slab, subtract, union, vessel

METALS: tuple[RGB, ...] = ((185, 188, 194), (60, 60, 66), (185, 188, 194))
LINERS: tuple[RGB, ...] = ((240, 240, 235), (230, 120, 150), (120, 180, 230), (250, 210, 90))
MUFFIN: RGB = (170, 110, 60)


def build_muffin_tin(a: Assembly) -> None:
    """A muffin tin: a tray with 6 or 12 cup wells in a grid, cupcakes when the prompt asks."""
    columns, rows = a.pick(((3, 2), (4, 3), (4, 3), (6, 2)))
    cup_r, cup_h = a.vary(0.034, 0.08), a.vary(0.03, 0.12)
    pitch = cup_r * 2.25
    width, depth = columns * pitch + cup_r * 0.6, rows * pitch + cup_r * 0.6
    sheet = 0.004
    color = a.pick(METALS)
    seg = a.segments(cup_r)
    centres = [
        ((i - (columns - 1) / 2) * pitch, (j - (rows - 1) / 2) * pitch)
        for i in range(columns)
        for j in range(rows)
    ]
    plate = slab((width, depth, sheet), cup_r * 0.4, 12, (0, 0, cup_h - sheet / 2))
    holes = [cylinder(cup_r * 0.99, sheet * 3, seg, (x, y, cup_h - sheet * 2)) for x, y in centres]
    outline = [(cup_r * 0.78, 0.0), (cup_r, cup_h)]
    wells = [vessel(outline, sheet * 0.8, sheet, seg).translate((x, y, 0)) for x, y in centres]
    # a raised lip round the tray's edge stiffens it
    lip = subtract(
        slab((width, depth, sheet * 2.5), cup_r * 0.4, 12, (0, 0, cup_h + sheet * 0.75)),
        slab(
            (width - sheet * 4, depth - sheet * 4, sheet * 4),
            cup_r * 0.35,
            12,
            (0, 0, cup_h + sheet * 0.75),
        ),
    )
    a.add(union([subtract(plate, *holes), *wells, lip]), "tin", color, material=MATERIALS["metal"])
    # "muffin" names the tin itself: cakes only when named again ("a muffin tin with muffins")
    named = sum(a.prompt.words.count(word) for word in ("muffin", "cupcake")) > 1
    if a.wants("muffin") and (named or a.mentions("baked", "full", "filled", "batter")):
        count = min(a.count("muffin", len(centres), 1, len(centres)), len(centres))
        liner = a.pick(LINERS)
        for x, y in centres[:count]:
            cake = cylinder(cup_r * 0.76, cup_h * 0.95, seg, (x, y, sheet * 0.8), cup_r * 0.96)
            a.add(cake, "liner", liner, Tier.FIXED)
            top = dome((cup_r * 1.05, cup_r * 1.05, cup_r * 0.7), seg, (x, y, cup_h * 0.95))
            a.add(top, "muffin", MUFFIN, Tier.SECONDARY)


TEMPLATE = Template(
    "muffin tin",
    build_muffin_tin,
    0.035,
    description="a muffin tin: a metal baking tray with a grid of round cups for muffins",
    synonyms=(
        "muffin pan",
        "muffin tray",
        "cupcake tin",
        "cupcake pan",
        "cupcake tray",
        "bun tin",
        "muffin baking tray",
    ),
    kinds=(
        "cupcake baking tray",
        "mini muffin tin",
        "yorkshire pudding tin",
        "patty tin",
        "muffin mould",
        "muffin mold",
    ),
    parts=("tin", "muffin", "liner"),
    aliases={
        "tray": "tin",
        "pan": "tin",
        "cupcake": "muffin",
        "cupcakes": "muffin",
        "muffins": "muffin",
        "case": "liner",
        "cases": "liner",
    },
)
