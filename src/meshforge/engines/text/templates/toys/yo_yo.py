"""A yo-yo standing on edge, facing the front: two rounded halves, the string to a loop."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WHITE, lathe_y
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import rod
from meshforge.engines.text.kit.sweeps import front_disc, hoop


def build_yo_yo(a: Assembly) -> None:
    """A yo-yo standing on edge, facing the front: two rounded halves, the string to a loop."""
    r = a.vary(0.028, 0.08)
    width = r * a.between(0.5, 0.7) / 2
    gap = r * 0.08
    seg = a.segments(r)
    color = a.pick(BRIGHTS)
    cap_color = a.pick([c for c in BRIGHTS if c != color])
    half = [
        (0.0, 0.0),
        (r * 0.3, 0.0),
        (r * 0.95, width * 0.25),
        (r, width * 0.6),
        (r * 0.85, width),
        (0.0, width),
    ]
    for side in (-1, 1):
        # each half turned about the Y axis, its flat inner face at the gap, its rim outside
        shell = lathe_y(half, seg, (0, -gap / 2, r))
        if side == 1:
            shell = shell.mirror((0.0, 1.0, 0.0))
        a.add(shell, "body", color)
        face_y = side * (gap / 2 + width)
        cap = front_disc(r * 0.45, 0.003, seg, 0, r, face_y)
        a.add(cap, "cap", cap_color, Tier.SECONDARY)
    a.add(rod((0, -gap, r), (0, gap, r), r * 0.18, 12), "axle", WHITE, Tier.FIXED)
    if a.wants("string"):
        length = a.vary(0.12, 0.15)
        a.add(rod((0, 0, r + r * 0.16), (0, 0, r + length), 0.0012, 6), "string", WHITE, Tier.FIXED)
        a.add(
            hoop(0.008, 0.0012, 16, (0, 0, 0))
            .rotate((90, 0, 0))
            .translate((0, 0, r + length + 0.007)),
            "string",
            WHITE,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "yo yo",
    build_yo_yo,
    0.06,
    description="a toy of two joined discs that spins up and down a string",
    synonyms=("yoyo", "yo-yo"),
    kinds=("butterfly yoyo",),
    parts=("body", "cap", "axle", "string"),
    aliases={"disc": "body", "logo": "cap", "hub": "cap"},
)
