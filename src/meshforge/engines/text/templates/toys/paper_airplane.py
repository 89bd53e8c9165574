"""A paper airplane: a folded dart of two wings and a keel, creased down the middle."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box

PAPERS: tuple[RGB, ...] = ((248, 248, 245), (250, 240, 200), (200, 225, 245), (245, 200, 210))


def _sheet(points: list[tuple[float, float, float]], thick: float) -> Manifold:
    """A thin flat panel through ``points``: the hull of a small cube at each corner."""
    return Manifold.batch_hull([box((thick, thick, thick), p) for p in points])


def build_paper_airplane(a: Assembly) -> None:
    """A paper airplane: a folded dart of two wings and a keel, creased down the middle."""
    length = a.vary(0.28, 0.08)
    span = length * a.between(0.5, 0.7)
    keel = length * a.between(0.1, 0.15)
    dihedral = length * a.between(0.0, 0.05)
    paper = a.pick(PAPERS)
    t = 0.0015
    nose = (0.0, -length / 2, keel)
    tail = (0.0, length / 2, keel)
    for side in (-1, 1):
        wing_tip = (side * span / 2, length / 2, keel + dihedral)
        a.add(_sheet([nose, tail, wing_tip], t), "wing", paper)
    a.add(
        _sheet([nose, tail, (0.0, length / 2, 0.0), (0.0, length * 0.1, 0.0)], t * 1.5),
        "keel",
        paper,
        Tier.SECONDARY,
    )


TEMPLATE = Template(
    "paper airplane",
    build_paper_airplane,
    0.06,
    description="a sheet of paper folded into a dart shaped plane to throw",
    synonyms=(
        "paper plane",
        "paper aeroplane",
        "paper jet",
        "origami plane",
        "paper dart",
        "paper airplanes",
    ),
    kinds=("origami airplane",),
    parts=("wing", "keel"),
    aliases={"wings": "wing", "body": "keel", "paper": "wing"},
)
