"""A mattress on its own: a thick quilted rectangle with piped edges, tufted buttons and a side
band."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid, rounded_box

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
    a.add(rounded_box((width, length, thick), 0.05, 12, (0, 0, thick / 2)), "mattress", ticking)
    if a.maybe("band", 0.9, "striped"):
        band = rounded_box(
            (width + 0.006, length + 0.006, thick * 0.45), 0.05, 12, (0, 0, thick / 2)
        )
        a.add(band, "band", a.pick(BANDS), Tier.SECONDARY)
    # piping round the top edge and a grid of tufting buttons in the quilted top
    a.add(box((width - 0.03, length - 0.03, 0.008), (0, 0, thick)), "mattress", ticking)
    # the quilted top swells a little above its piped edge
    top = rounded_box((width - 0.06, length - 0.06, 0.05), 0.025, 8, (0, 0, thick))
    a.add(top, "mattress", ticking)
    if a.maybe("buttons", 0.75, "tufted", "quilted"):
        columns, rows = max(2, round(width / 0.32)), 6
        for i in range(columns):
            for j in range(rows):
                x = (i - (columns - 1) / 2) * width / columns
                y = (j - (rows - 1) / 2) * length / rows
                a.add(
                    ellipsoid((0.018, 0.018, 0.008), 8, (x, y, thick + 0.004)),
                    "buttons",
                    ticking,
                    Tier.FIXED,
                )


TEMPLATE = Template(
    "mattress",
    build_mattress,
    0.25,
    description="a thick soft quilted pad that is slept on, lying on the floor",
    synonyms=("mattresses", "spring mattress", "foam mattress", "air mattress", "futon mattress"),
    parts=("mattress", "band", "buttons"),
    aliases={"button": "buttons", "tufts": "buttons", "stripe": "band", "border": "band"},
)
