"""An envelope: a flat paper rectangle with a triangular flap and, maybe, a stamp and a wax seal."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, prism

PAPERS: tuple[RGB, ...] = ((245, 243, 235), (235, 215, 170), (250, 250, 250), (240, 225, 200))
STAMPS: tuple[RGB, ...] = ((200, 50, 50), (60, 110, 180), (70, 150, 80))
WAX: RGB = (170, 25, 30)


def build_envelope(a: Assembly) -> None:
    """An envelope: a flat paper rectangle with a triangular flap and, maybe, a stamp and a wax
    seal."""
    width, height = a.vary(0.22, 0.1), a.vary(0.11, 0.1)
    thick = 0.003
    paper = a.pick(PAPERS)
    # it lies flat, back up, so that the flap shows
    a.add(box((width, height, thick), (0, 0, thick / 2)), "body", paper)
    flap_depth = height * a.between(0.5, 0.6)
    flap = prism(
        [(-width / 2, height / 2), (width / 2, height / 2), (0, height / 2 - flap_depth)],
        0.0015,
        (0, 0, thick - 0.0005),
    )
    a.add(flap, "flap", paper, Tier.SECONDARY)
    for sx in (-1, 1):
        fold = prism(
            [(sx * width / 2, -height / 2), (sx * width / 2, height / 2), (sx * width * 0.12, 0)],
            0.001,
            (0, 0, thick - 0.0005),
        )
        a.add(fold, "body", paper)
    if a.maybe("seal", 0.5, "wax", "sealed"):
        a.add(
            cylinder(0.014, 0.004, 16, (0, height / 2 - flap_depth + 0.012, thick + 0.0005)),
            "seal",
            WAX,
            Tier.FIXED,
        )
    if a.maybe("stamp", 0.4, "postage"):
        a.add(
            box((0.025, 0.03, 0.001), (width / 2 - 0.022, height / 2 - 0.025, thick + 0.0009)),
            "stamp",
            a.pick(STAMPS),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "envelope",
    build_envelope,
    0.02,
    description="a flat paper envelope for posting a letter, with a folded flap",
    synonyms=("letter", "mail envelope", "paper envelope", "sealed envelope", "letter envelope"),
    kinds=("love letter", "airmail envelope", "manila envelope", "invitation envelope"),
    not_claimed=("letter opener", "letter box", "letter tray"),
    parts=("body", "flap", "seal", "stamp"),
    aliases={"paper": "body", "wax": "seal", "wax seal": "seal", "postage": "stamp"},
)
