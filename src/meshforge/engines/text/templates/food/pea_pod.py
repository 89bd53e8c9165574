"""A pea pod: a long curved green pod split open along its seam, a row of round peas inside."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, sphere
from meshforge.engines.text.kit.vegetables import bent

PODS: tuple[RGB, ...] = ((100, 170, 60), (85, 155, 50), (115, 180, 70))
PEA: RGB = (130, 195, 80)
STALK: RGB = (90, 130, 50)


def build_pea_pod(a: Assembly) -> None:
    """A pea pod lying on its back, its halves parted to show five to eight peas in a row."""
    length = a.vary(0.09, 0.08)
    r = length * 0.13
    seg = a.segments(r)
    pod_color = a.color("pod", PODS)
    peas = a.count("pea", a.pick((5, 6, 7)), 2, 10)
    pea_r = min(r * 0.75, length * 0.8 / peas / 2 * 1.12)  # each pea presses on the next
    opened = a.maybe("pea", 0.85, "open", "peas")
    shell = ellipsoid((length / 2, r, r * 0.7), seg, (0.0, 0.0, r * 0.7))
    if opened:
        # the two halves: the shell hollowed, its top cut away along the seam
        inner = ellipsoid((length / 2 * 0.93, r * 0.82, r * 0.6), seg, (0.0, 0.0, r * 0.75))
        shell = shell - inner - box((length * 1.2, r * 1.0, r), (0.0, 0.0, r * 1.45))
    shell = bent(shell, length * 0.08, length / 2)  # along X, ends lifted
    a.add(shell, "pod", pod_color)
    # the little stalk and calyx at one end
    end = length / 2
    rise = length * 0.08
    stalk = rod(
        (end * 0.9, 0.0, r * 0.7 + rise * 0.8), (end * 1.15, 0.0, r * 1.0 + rise), r * 0.12, 8
    )
    a.add(stalk, "stalk", STALK, Tier.FIXED)
    if opened:
        row = []
        for k in range(peas):
            x = -length * 0.4 + length * 0.8 * (k + 0.5) / peas
            lift = rise * (2 * x / length) ** 2  # follow the pod's bend
            # the pod narrows to its ends: smaller peas there, resting on the hollow's floor
            depth = math.sqrt(max(0.0, 1.0 - (x / (length * 0.465)) ** 2))
            size = pea_r * (0.6 + 0.4 * depth)
            floor = r * 0.75 - r * 0.6 * depth
            row.append(sphere(size, a.segments(size), (x, 0.0, floor + size * 0.8 + lift)))
        a.add(_chain(row), "pea", PEA, Tier.SECONDARY)


def _chain(row: list[Manifold]) -> Manifold:
    """Peas in a row, each touching the next (one piece)."""
    solid = row[0]
    for pea in row[1:]:
        solid = solid + pea
    return solid


TEMPLATE = Template(
    "pea pod",
    build_pea_pod,
    0.03,
    description="a long green pea pod split open to show a row of round green peas",
    synonyms=("peapod", "pea pods", "peas in a pod", "pea", "peas", "snap pea", "sugar snap pea"),
    kinds=("snow pea", "garden pea", "mangetout", "sugar snap", "green peas", "sweet pea pod"),
    not_claimed=("sweet pea", "chick pea", "pea coat", "pea soup", "pea shooter"),
    parts=("pod", "pea", "stalk"),
    aliases={"peas": "pea", "shell": "pod", "stem": "stalk"},
)
