"""An origami crane: a folded paper bird, diamond body, flat wings spread, neck and tail up."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import union
from meshforge.engines.text.kit.sweeps import face_prism

PAPERS: tuple[RGB, ...] = (
    (230, 60, 60),
    (250, 250, 245),
    (240, 180, 40),
    (70, 140, 210),
    (230, 120, 170),
)


def build_paper_crane(a: Assembly) -> None:
    """A diamond body, flat wings spread, neck and tail raised, a folded head."""
    paper = a.pick(PAPERS)
    size = a.vary(0.1, 0.1)
    sheet = size * 0.02
    body_h = size * 0.35
    # the body: a thin diamond seen from the side, along X
    body = face_prism(
        [(-size * 0.3, body_h), (0, 0.0), (size * 0.3, body_h), (0, body_h * 1.25)], size * 0.12
    )
    a.add(body, "body", paper)
    # the neck and the tail: slim triangles rising from the body's ends
    lift = a.vary(0.55, 0.1)
    neck = face_prism(
        [
            (-size * 0.05, body_h * 0.8),
            (size * 0.08, body_h * 0.9),
            (size * 0.62, body_h + size * lift),
        ],
        sheet * 1.5,
    )
    tail = face_prism(
        [
            (-size * 0.08, body_h * 0.9),
            (size * 0.05, body_h * 0.8),
            (-size * 0.62, body_h + size * lift),
        ],
        sheet * 1.5,
    )
    tip_x, tip_z = size * 0.62, body_h + size * lift
    head = face_prism(
        [
            (tip_x - size * 0.12, tip_z - size * 0.08),
            (tip_x + size * 0.03, tip_z + size * 0.04),
            (tip_x + size * 0.14, tip_z - size * 0.1),
        ],
        sheet * 2.2,
    )
    a.add(union([neck, tail, head]), "neck", paper)
    # the wings: flat triangles out to either side, tipped up a little
    spread = a.vary(12.0, 0.4)
    wings = []
    for side in (-1, 1):
        wing = face_prism([(-size * 0.22, 0), (size * 0.22, 0), (0, size * 0.55)], sheet, 0).rotate(
            (side * (90 - spread), 0, 0)
        )
        wings.append(wing.translate((0, 0, body_h * 1.05)))
    a.add(union(wings), "wing", paper)


TEMPLATE = Template(
    "paper crane",
    build_paper_crane,
    0.08,
    description="an origami crane: a paper bird folded with pointed wings, a tall neck and tail",
    synonyms=("origami crane", "origami bird", "paper cranes", "orizuru"),
    kinds=("folded paper crane", "senbazuru"),
    parts=("body", "neck", "wing"),
    aliases={"wings": "wing", "tail": "neck", "head": "neck", "paper": "body"},
)
