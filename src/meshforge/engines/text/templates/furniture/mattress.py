"""A mattress on its own: a thick quilted rectangle with piped edges, tufted buttons and a side
band."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, rounded_box, slab, subtract

TICKINGS: tuple[RGB, ...] = ((245, 244, 238), (235, 230, 220), (220, 228, 238), (240, 240, 245))
BANDS: tuple[RGB, ...] = ((70, 90, 130), (160, 160, 165), (120, 100, 80), (60, 62, 68))


def build_mattress(a: Assembly) -> None:
    """A mattress on its own: a thick quilted rectangle with piped edges, tufted buttons and a
    side band."""
    if a.mentions("single", "twin", "child", "kid", "cot", "crib"):
        width = a.vary(0.92, 0.04)
    elif a.mentions("king"):
        width = a.vary(1.8, 0.03)
    else:
        width = a.pick((0.92, 1.37, 1.52)) * a.vary(1.0, 0.03)
    length, thick = a.vary(1.95, 0.03), a.vary(0.28, 0.12)
    if a.mentions("air", "inflatable", "camping", "futon", "thin"):
        thick = 0.12
    ticking = a.pick(TICKINGS)
    band_color = a.pick(BANDS)
    a.add(rounded_box((width, length, thick), 0.04, 12, (0, 0, thick / 2)), "mattress", ticking)
    if a.maybe("band", 0.9, "striped"):
        band = rounded_box(
            (width + 0.008, length + 0.008, thick * 0.5), 0.04, 12, (0, 0, thick / 2)
        )
        a.add(band, "band", band_color, Tier.SECONDARY)
    # piping round the top and bottom edges, in the band's colour, outlines the slab
    for z in (thick - 0.02, 0.02):  # a rim just proud of the rounded edge at this height
        rim = subtract(
            slab((width + 0.01, length + 0.01, 0.016), 0.045, 12, (0, 0, z)),
            slab((width - 0.04, length - 0.04, 0.03), 0.03, 12, (0, 0, z)),
        )
        a.add(rim, "piping", band_color, Tier.FIXED)
    # the quilted top: a grid of swollen cells, the seams between them sunk, buttons at the joins
    columns = max(2, round(width / 0.3))
    rows = max(4, round(length / 0.3))
    cell_w, cell_l = (width - 0.05) / columns, (length - 0.05) / rows
    swell = 0.035 if not a.mentions("thin", "air", "futon") else 0.02
    for i in range(columns):
        for j in range(rows):
            x = (i - (columns - 1) / 2) * cell_w
            y = (j - (rows - 1) / 2) * cell_l
            cell = rounded_box(
                (cell_w - 0.014, cell_l - 0.014, swell * 2), swell * 0.9, 8, (x, y, thick - 0.01)
            )
            a.add(cell, "mattress", ticking)
    if a.maybe("buttons", 0.75, "tufted", "quilted"):
        for i in range(1, columns):
            for j in range(1, rows):
                x = (i - columns / 2) * cell_w
                y = (j - rows / 2) * cell_l
                button = ellipsoid((0.014, 0.014, 0.007), 8, (x, y, thick - 0.004))
                a.add(button, "buttons", band_color, Tier.FIXED)


TEMPLATE = Template(
    "mattress",
    build_mattress,
    0.25,
    description="a thick soft quilted pad that is slept on, lying on the floor",
    synonyms=("mattresses", "spring mattress", "foam mattress", "air mattress", "futon mattress"),
    parts=("mattress", "band", "piping", "buttons"),
    aliases={
        "button": "buttons",
        "tufts": "buttons",
        "stripe": "band",
        "border": "band",
        "trim": "piping",
    },
)
