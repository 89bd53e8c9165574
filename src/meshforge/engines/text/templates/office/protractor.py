"""A protractor: a clear half disc with a hollow middle, degree ticks round the curved edge."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, subtract, union

CLEARS = ((215, 232, 238), (240, 240, 236), (250, 220, 120), (180, 210, 240))
TICKS = (30, 30, 33)


def build_protractor(a: Assembly) -> None:
    """Lying flat: a half disc with a half-round window, ticks every ten degrees on the rim."""
    r = a.vary(0.075, 0.15)
    t = 0.002
    full = a.mentions("full", "circle", "360")
    disc = cylinder(r, t, a.segments(r))
    window = cylinder(r * 0.55, t * 3, a.segments(r), (0, 0, -t))
    shape = subtract(disc, window)
    if not full:
        shape = subtract(shape, box((r * 3, r * 1.5, t * 4), (0, -r * 0.75 - 0.006, 0)))
        shape = union([shape, box((r * 2, 0.008, t), (0, -0.002, t / 2))])
    a.add(shape, "body", a.pick(CLEARS))
    span = 360 if full else 180
    ticks = [
        box((r * (0.16 if k % 3 == 0 else 0.09), 0.0012, t * 0.6), (0, 0, 0))
        .translate((r * 0.9, 0, t))
        .rotate((0, 0, k * 10))
        for k in range(span // 10 + (0 if full else 1))
    ]
    a.add(union(ticks), "ticks", TICKS, Tier.FIXED)


TEMPLATE = Template(
    "protractor",
    build_protractor,
    0.004,
    description="a protractor, a clear plastic half circle marked in degrees for measuring angles",
    synonyms=("protractors", "angle measurer"),
    kinds=("school protractor",),
    parts=("body", "ticks"),
    aliases={"markings": "ticks", "scale": "ticks", "marks": "ticks"},
)
