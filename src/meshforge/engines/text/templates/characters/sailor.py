"""A sailor: a white sailor cap, a white middy top with a square navy collar, navy trousers."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.solids import box, cylinder

WHITE: RGB = (245, 245, 242)
NAVY: RGB = (35, 45, 85)
TIES: tuple[RGB, ...] = ((200, 40, 45), (30, 30, 35))


def build_sailor(a: Assembly) -> None:
    """A white top with a navy square collar and a neckerchief, navy trousers, a white cap."""
    f = build_figure(
        a, Outfit(top=(WHITE, NAVY), bottom=(NAVY, WHITE), pose=a.pick(("down", "wave")))
    )
    s, r = f.scale, f.head_r
    collar = a.color("collar", NAVY, Tier.SECONDARY)
    a.add(
        box((0.36 * s, 0.18 * s, 0.025 * s), (0, 0.06 * s, f.shoulder_z + 0.02 * s)),
        "collar",
        collar,
    )
    a.add(
        box((0.3 * s, 0.03 * s, 0.2 * s), (0, 0.12 * s, f.shoulder_z - 0.08 * s)), "collar", collar
    )
    a.add(
        box((0.08 * s, 0.04 * s, 0.09 * s), (0, f.chest_y, f.shoulder_z - 0.1 * s)),
        "neckerchief",
        a.pick(TIES),
        Tier.FIXED,
    )
    if a.wants("hat"):
        hx, hy, hz = f.head
        a.add(
            cylinder(r * 0.95, r * 0.35, a.segments(r), (hx, hy, hz + r * 0.45), r * 1.0),
            "hat",
            WHITE,
            Tier.FIXED,
        )
        a.add(
            cylinder(r * 1.0, r * 0.12, a.segments(r), (hx, hy, hz + r * 0.8)),
            "hat",
            WHITE,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "sailor",
    build_sailor,
    1.85,
    description="a sailor in a white sailor cap and a white uniform with a navy square collar",
    synonyms=("sailors", "seaman", "navy sailor", "seafarer", "deckhand", "mariner"),
    kinds=("sailor girl", "sailor boy"),
    parts=(*FIGURE_PARTS, "collar", "neckerchief", "hat"),
    aliases={**FIGURE_ALIASES, "cap": "hat", "scarf": "neckerchief", "tie": "neckerchief"},
)
