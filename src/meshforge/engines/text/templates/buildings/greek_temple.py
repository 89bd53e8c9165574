"""A classical temple: a stepped base, a ring of columns, an entablature and a gabled roof."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, union
from meshforge.engines.text.kit.sweeps import face_prism

MARBLES: tuple[RGB, ...] = ((238, 235, 225), (225, 220, 205), (210, 205, 195))


def build_greek_temple(a: Assembly) -> None:
    """A stepped base, a ring of columns, an entablature and a gabled roof."""
    stone = a.pick(MARBLES)
    front = a.count("column", a.pick((4, 6, 6, 8)), 4, 10)
    side = front + a.pick((1, 2, 3))
    spacing = a.vary(2.0, 0.06)
    w, d = (front - 1) * spacing + 1.6, (side - 1) * spacing + 1.6
    col_h = a.vary(6.5, 0.08)
    for k in range(3):
        a.add(
            box((w + 1.8 - k * 0.6, d + 1.8 - k * 0.6, 0.35), (0, 0, 0.175 + k * 0.35)),
            "base",
            stone,
        )
    floor = 1.05
    r = spacing * 0.22
    columns = []
    for i in range(front):
        for j in range(side):
            if 0 < i < front - 1 and 0 < j < side - 1:
                continue
            x, y = -w / 2 + 0.8 + i * spacing, -d / 2 + 0.8 + j * spacing
            columns.append(cylinder(r, col_h + 0.04, 16, (x, y, floor - 0.02), r * 0.82))
            columns.append(box((r * 2.4, r * 2.4, 0.22), (x, y, floor + col_h + 0.11)))
            columns.append(cylinder(r * 1.15, 0.22, 16, (x, y, floor - 0.02)))
    a.add(union(columns), "column", stone)
    top = floor + col_h + 0.22
    a.add(box((w + 0.4, d + 0.4, 1.04), (0, 0, top + 0.48)), "entablature", stone)
    a.add(box((w + 0.5, d + 0.5, 0.15), (0, 0, top + 0.95)), "entablature", stone)
    a.add(box((w * 0.7, d * 0.7, col_h + 0.3), (0, 0, floor + col_h / 2 + 0.1)), "wall", stone)
    pitch = w * 0.18
    gable = face_prism([(-w / 2 - 0.3, 0), (w / 2 + 0.3, 0), (0, pitch)], d + 0.5)
    a.add(gable.translate((0, 0, top + 1.0)), "roof", stone)


TEMPLATE = Template(
    "greek temple",
    build_greek_temple,
    10.0,
    description="an ancient greek or roman temple: marble columns under a low gabled roof",
    synonyms=("temple", "roman temple", "parthenon", "pantheon", "acropolis", "ancient temple"),
    kinds=("classical temple", "colonnade"),
    not_claimed=("temple run",),
    parts=("base", "column", "entablature", "wall", "roof"),
    aliases={
        "pillar": "column",
        "pillars": "column",
        "steps": "base",
        "pediment": "roof",
        "marble": "column",
    },
)
