"""A phone booth: a red British telephone box with a domed roof, glazed sides and a lit sign."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, slab, sphere, subtract
from meshforge.engines.text.kit.vehicles import GLASS

REDS: tuple[RGB, ...] = ((200, 25, 30), (185, 20, 25))
SIGN: RGB = (245, 245, 235)
PHONE: RGB = (30, 30, 34)


def build_phone_booth(a: Assembly) -> None:
    """A red telephone box: plinth, glazed box with glazing bars, sign band, domed roof, crown."""
    side, height = a.vary(0.95, 0.05), a.vary(2.5, 0.05)
    red = a.color("booth", REDS)
    a.add(slab((side + 0.12, side + 0.12, 0.14), 0.02, 8, (0, 0, 0.07)), "base", red)
    body_h = height - 0.55
    shell = box((side, side, body_h), (0, 0, 0.12 + body_h / 2))
    a.add(shell, "booth", red)
    # each face's glazing: small panes set proud of the red frame, the gaps between are bars
    pane_w, pane_h = side * 0.62, body_h * 0.62
    cols, rows = 3, 4
    cell_w, cell_h = pane_w / cols, pane_h / rows
    for col in range(cols):
        for row in range(rows):
            x = -pane_w / 2 + cell_w * (col + 0.5)
            z = 0.12 + body_h * 0.55 - pane_h / 2 + cell_h * (row + 0.5)
            pane = box((cell_w * 0.8, side + 0.02, cell_h * 0.84), (x, 0, z))
            for turn in (0, 90):
                a.add(pane.rotate((0, 0, turn)), "window", GLASS, Tier.FIXED)
    top = 0.12 + body_h
    a.add(box((side + 0.06, side + 0.06, 0.24), (0, 0, top + 0.12)), "booth", red)
    for turn in (0, 90, 180, 270):
        sign = box((side * 0.7, 0.02, 0.12), (0, -side / 2 - 0.03, top + 0.12))
        a.add(sign.rotate((0, 0, turn)), "sign", SIGN, Tier.FIXED)
    # the roof: a shallow cushion dome over the sign band, with a small crown on top
    roof = subtract(
        sphere(side * 0.75, a.segments(side), (0, 0, top + 0.24 - side * 0.6)),
        box((side * 2, side * 2, side * 2), (0, 0, top + 0.24 - side * 1.0)),
    )
    a.add(roof, "roof", red)
    a.add(cylinder(0.08, 0.08, 12, (0, 0, top + 0.24 + side * 0.1)), "roof", red)
    if a.wants("phone"):
        a.add(
            box((0.22, 0.14, 0.3), (0, side / 2 - 0.1, 0.12 + body_h * 0.55)),
            "phone",
            PHONE,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "phone booth",
    build_phone_booth,
    2.5,
    description="a red british telephone box, a tall glazed booth with a domed roof",
    synonyms=(
        "telephone booth",
        "phone box",
        "telephone box",
        "phonebooth",
        "call box",
        "red phone box",
        "telephone kiosk",
    ),
    kinds=("british phone booth", "london phone box"),
    parts=("base", "booth", "window", "sign", "roof", "phone"),
    aliases={"glass": "window", "body": "booth", "telephone": "phone", "dome": "roof"},
)
