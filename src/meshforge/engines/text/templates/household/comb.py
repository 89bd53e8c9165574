"""A comb standing on its teeth: a spine over a row of teeth, coarse at one end and fine after."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, rounded_box, union

#: black, tortoiseshell, clear blue, pink, ivory plastics and a wooden comb
COMBS: tuple[RGB, ...] = (
    (30, 30, 32),
    (120, 70, 35),
    (120, 170, 220),
    (235, 150, 175),
    (240, 235, 220),
    (190, 145, 90),
)


def build_comb(a: Assembly) -> None:
    """A comb standing on its teeth: a spine over teeth, coarse at one end and fine at the other."""
    length, height = a.vary(0.17, 0.12), a.vary(0.035, 0.12)
    thick = 0.004
    color = a.pick(COMBS)
    spine_h = height * 0.3
    handled = a.mentions("tail", "handle") or a.chance(0.25)
    teeth_end = length / 2 - (length * 0.4 if handled else 0.004)
    spine = rounded_box((length, thick, spine_h), 0.0015, 8, (0, 0, height - spine_h / 2))
    a.add(spine, "spine", color)
    if handled:  # a tail comb: the spine runs on into a slim handle
        handle = capsule(
            (teeth_end, 0, height - spine_h / 2),
            (length / 2, 0, height - spine_h * 0.6),
            thick / 2,
            8,
        )
        a.add(handle, "spine", color)
    # coarse teeth over the first third, then fine ones
    teeth = []
    x, left = -length / 2 + 0.003, -length / 2 + 0.003
    coarse_end = left + (teeth_end - left) * 0.35
    while x < teeth_end:
        coarse = x < coarse_end
        width, pitch = (0.0016, 0.0042) if coarse else (0.0009, 0.0022)
        teeth.append(
            box((width, thick * 0.85, height - spine_h + 0.001), (x, 0, (height - spine_h) / 2))
        )
        x += pitch
    a.add(union(teeth), "teeth", color)


TEMPLATE = Template(
    "comb",
    build_comb,
    0.035,
    description="a thin plastic comb with a row of teeth for tidying hair",
    synonyms=("hair comb", "pocket comb", "tail comb", "fine tooth comb", "wide tooth comb"),
    parts=("spine", "teeth"),
    aliases={"tooth": "teeth", "handle": "spine", "back": "spine"},
)
