"""A machete held point up: a long broad blade widening towards its tip, a riveted grip."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL, STEEL, front_plate
from meshforge.engines.text.kit.solids import rounded_box
from meshforge.engines.text.kit.sweeps import front_disc
from meshforge.engines.text.kit.tools import HANDLE_WOODS, RUBBER


def build_machete(a: Assembly) -> None:
    """A long flat blade with a straight back and a belly swelling to a clipped tip, a grip."""
    length, grip = a.vary(0.45, 0.12), a.vary(0.13, 0.1)
    w = a.vary(0.05, 0.12)
    base = grip
    # the edge on the right (+X), the straight spine on the left
    outline = [
        (-w * 0.45, base),
        (w * 0.4, base),
        (w * 0.55, base + length * 0.6),
        (w * 0.45, base + length * 0.9),
        (0.0, base + length),
        (-w * 0.45, base + length * 0.93),
    ]
    a.add(front_plate(outline, 0.004), "blade", a.pick((STEEL, STEEL, DARK_STEEL)))
    handle = a.pick((*HANDLE_WOODS, RUBBER))
    a.add(
        rounded_box((w * 0.75, 0.022, grip + 0.01), 0.008, 12, (-w * 0.05, 0, grip / 2)),
        "grip",
        handle,
        Tier.SECONDARY,
    )
    for k in range(2):
        a.add(
            front_disc(0.004, 0.026, 10, -w * 0.05, grip * (0.3 + 0.4 * k)),
            "rivet",
            STEEL,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "machete",
    build_machete,
    0.58,
    description="a machete, a long broad single-edged chopping blade for clearing jungle",
    synonyms=("machetes", "bush knife", "jungle knife", "panga", "cutlass machete"),
    kinds=("kukri", "bolo knife"),
    parts=("blade", "grip", "rivet"),
    aliases={"handle": "grip", "edge": "blade", "rivets": "rivet"},
)
