"""A tissue box: a printed cardboard box with an oval slot in the top and a tissue puffing out."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, subtract

PRINTS: tuple[RGB, ...] = (
    (150, 200, 230),
    (240, 190, 200),
    (170, 210, 160),
    (245, 240, 230),
    (200, 180, 225),
)
BANDS: tuple[RGB, ...] = ((60, 100, 170), (200, 80, 110), (60, 130, 80), (150, 120, 80))
TISSUE: RGB = (250, 250, 252)


def build_tissue_box(a: Assembly) -> None:
    """A tissue box: a printed cardboard box with an oval slot in the top and a tissue puffing
    out."""
    cube = a.mentions("cube", "square", "boutique") or a.chance(0.3)
    size = (0.12, 0.12, 0.13) if cube else (a.vary(0.24, 0.05), a.vary(0.12, 0.05), 0.09)
    height = size[2]
    slot_l = size[0] * (0.55 if cube else 0.6)
    slot = cylinder(0.5, 0.04, 24, (0, 0, height - 0.02)).scale((slot_l, 0.035, 1.0))
    body = subtract(box(size, (0, 0, height / 2)), slot)
    a.add(body, "box", a.pick(PRINTS))
    if a.maybe("band", 0.6, "striped"):  # a printed band round the sides
        band = box((size[0] + 0.002, size[1] + 0.002, height * 0.25), (0, 0, height * 0.45))
        a.add(band, "band", a.pick(BANDS), Tier.SECONDARY)
    if a.wants("tissue"):
        # a soft sheet pulled up through the slot: a thin peak, a second fold turned across it
        for turn, tall in ((8.0, 0.06), (-28.0, 0.04)):
            sheet = ellipsoid((slot_l * 0.36, 0.0035, tall), 16).rotate((6, 0, turn))
            a.add(sheet.translate((0, 0, height + tall * 0.4)), "tissue", TISSUE, Tier.FIXED)


TEMPLATE = Template(
    "tissue box",
    build_tissue_box,
    0.12,
    description="a small cardboard box of paper tissues with one pulled up through the slot",
    synonyms=(
        "box of tissues",
        "tissues",
        "kleenex",
        "kleenex box",
        "tissue",
        "facial tissues",
        "box of kleenex",
    ),
    parts=("box", "band", "tissue"),
    aliases={"stripe": "band", "paper": "tissue", "sheet": "tissue"},
)
