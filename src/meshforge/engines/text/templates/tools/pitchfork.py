"""A pitchfork standing tines up: a long handle, a metal shank and two to four long tines."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL
from meshforge.engines.text.kit.solids import rod, union
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import HANDLE_WOODS


def build_pitchfork(a: Assembly) -> None:
    """A pitchfork standing tines up: a long handle, a metal shank and two to four long tines."""
    length = a.vary(1.25, 0.1)
    a.add(
        rod((0, 0, 0), (0, 0, length), 0.017, a.segments(0.017)),
        "handle",
        a.pick(HANDLE_WOODS),
        Tier.SECONDARY,
    )
    a.add(rod((0, 0, length - 0.08), (0, 0, length + 0.06), 0.021, 16, 0.017), "shank", DARK_STEEL)
    tines = a.count("tine", a.pick((3, 3, 4, 2)), 2, 5)
    span = a.vary(0.2, 0.12) * (tines - 1) / 3 + 0.04
    base = length + 0.05
    tine_len = a.vary(0.34, 0.12)
    bend = a.between(0.0, 0.05)
    yoke = [
        (-span / 2, 0.0, base + 0.06),
        (-span * 0.3, 0.0, base + 0.01),
        (span * 0.3, 0.0, base + 0.01),
        (span / 2, 0.0, base + 0.06),
    ]
    prongs = [tube(yoke, 0.009, 16)]
    for k in range(tines):
        x = -span / 2 + span * k / (tines - 1)
        # inner tines rise from the yoke's low middle, outer ones from its raised ends
        root_z = base + (0.01 if 0 < k < tines - 1 else 0.06)
        path = [
            (x, 0.0, root_z),
            (x, -bend * 0.3, base + 0.06 + tine_len * 0.5),
            (x, -bend, base + 0.06 + tine_len),
        ]
        prongs.append(tube(path, 0.0075, 12, 0.0015))
    a.add(union(prongs), "tine", DARK_STEEL)


TEMPLATE = Template(
    "pitchfork",
    build_pitchfork,
    1.6,
    description="a farm fork with a long wooden handle and long thin metal prongs for lifting hay",
    synonyms=("pitch fork", "hay fork", "hayfork", "garden fork", "digging fork"),
    kinds=("farm fork", "manure fork"),
    parts=("handle", "shank", "tine"),
    aliases={"prong": "tine", "teeth": "tine", "shaft": "handle", "head": "tine"},
)
