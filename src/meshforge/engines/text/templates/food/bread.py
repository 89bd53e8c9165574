"""A loaf of bread: a domed, scored crust on a squared base; "baguette" gives the long stick."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CRUSTS
from meshforge.engines.text.kit.solids import box, capsule, ellipsoid, rounded_box, subtract


def build_bread(a: Assembly) -> None:
    """A loaf of bread: a domed, scored crust on a squared base; "baguette" gives the long stick."""
    crust = a.pick(CRUSTS)
    if a.mentions("baguette", "french", "stick"):
        length, r = a.vary(0.55, 0.1), a.vary(0.03, 0.1)
        body = capsule((-length / 2, 0, r), (length / 2, 0, r), r, a.segments(r)).scale(
            (1, 1, 0.85)
        )
        cuts = [
            box((length * 0.1, r * 0.5, r * 0.3), (x * length * 0.17, 0, r * 1.72)).rotate(
                (0, 0, 30)
            )
            for x in (-2, -1, 0, 1, 2)
        ]
        a.add(subtract(body, *cuts), "crust", crust)
        return
    length, width, height = a.vary(0.26, 0.1), a.vary(0.12, 0.1), a.vary(0.1, 0.12)
    base = rounded_box(
        (length, width, height * 0.55), 0.015, a.segments(0.02), (0, 0, height * 0.275)
    )
    top = ellipsoid(
        (length / 2 * 0.98, width / 2 * 1.02, height * 0.5), a.segments(width), (0, 0, height * 0.5)
    )
    loaf = Manifold.batch_hull([base, top.trim_by_plane((0, 0, 1), height * 0.5)])
    slashes = a.pick((1, 3, 4)) if a.wants("scoring") else 0
    cuts = []
    for k in range(slashes):
        x = (k - (slashes - 1) / 2) * length * 0.22
        angle = 0 if slashes == 1 else 55
        size = (length * 0.7, 0.012, 0.04) if slashes == 1 else (0.012, width * 0.75, 0.04)
        cuts.append(
            box(size, (x, 0, height + 0.012)).rotate((0, 0, angle))
            if slashes == 1
            else box(size, (0, 0, 0)).rotate((0, 0, angle)).translate((x, 0, height + 0.012))
        )
    a.add(subtract(loaf, *cuts) if cuts else loaf, "crust", crust)


TEMPLATE = Template(
    "bread",
    build_bread,
    0.1,
    description="a baked loaf of bread with a golden scored crust",
    synonyms=("loaf", "loaf of bread", "bread loaf", "baguette", "sourdough"),
    kinds=(
        "french bread",
        "brioche",
        "sandwich loaf",
        "rye bread",
        "bloomer",
        "ciabatta",
        "focaccia",
        "banana bread",
        "bread roll",
        "rye loaf",
    ),
    parts=("crust", "scoring"),
    aliases={"loaf": "crust", "cut": "scoring", "slash": "scoring"},
)
