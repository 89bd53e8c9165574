"""An abacus: a wooden frame on feet with rows of coloured beads threaded on wires."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, union
from meshforge.engines.text.kit.tools import STEEL

BEADS: tuple[RGB, ...] = (
    (210, 40, 40),
    (240, 150, 30),
    (245, 210, 40),
    (60, 160, 70),
    (40, 100, 200),
    (130, 70, 170),
)


def build_abacus(a: Assembly) -> None:
    """An abacus: a wooden frame on feet with rows of coloured beads threaded on wires."""
    rows = a.count("row", a.pick((5, 10, 10)), 3, 12)
    beads = 10
    width, pitch = a.vary(0.3, 0.08), 0.024
    height = rows * pitch + 0.03
    wood = a.pick(WOODS)
    bead_r = 0.0105
    for x in (-width / 2, width / 2):  # the uprights run down into splayed feet
        a.add(box((0.018, 0.03, height + 0.03), (x, 0, (height + 0.03) / 2)), "frame", wood)
        a.add(box((0.022, 0.08, 0.015), (x, 0, 0.0075)), "frame", wood)
    for z in (0.02, height + 0.02):
        a.add(box((width + 0.018, 0.03, 0.014), (0, 0, z)), "frame", wood)
    for i in range(rows):
        z = 0.02 + 0.015 + (i + 0.5) * pitch
        a.add(rod((-width / 2, 0, z), (width / 2, 0, z), 0.0018, 6), "wires", STEEL, Tier.FIXED)
        # some beads pushed to the left, the rest to the right: a number being counted
        left = int(a.between(0, beads + 1))
        centres = [-width / 2 + 0.02 + k * bead_r * 1.7 for k in range(left)]
        centres += [width / 2 - 0.02 - k * bead_r * 1.7 for k in range(beads - left)]
        row = union([ellipsoid((bead_r * 0.85, bead_r, bead_r), 10, (x, 0, z)) for x in centres])
        a.add(row, "beads", BEADS[i % len(BEADS)], Tier.FIXED)


TEMPLATE = Template(
    "abacus",
    build_abacus,
    0.3,
    description="a wooden counting frame with rows of coloured beads that slide along wires",
    synonyms=("counting frame", "abacuses", "abaci", "bead counter", "soroban"),
    parts=("frame", "beads", "wires"),
    aliases={"bead": "beads", "wire": "wires", "rods": "wires", "rows": "row"},
)
