"""The character archetype: a plain standing person for a person or figure with no template.

"A nurse" or "a farmer" becomes a person in everyday clothes coloured by the prompt: no other
profession's costume (a chef's hat, a knight's armour) is borrowed.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import (
    FIGURE_ALIASES,
    FIGURE_PARTS,
    Outfit,
    build_figure,
)

CATEGORY = "characters"
TOPS = ((70, 110, 170), (180, 60, 60), (90, 140, 90), (220, 220, 215), (60, 60, 70))
BOTTOMS = ((50, 60, 90), (60, 55, 50), (120, 100, 80), (40, 40, 45))


def build_character(a: Assembly) -> None:
    """A person standing with arms down or waving, in a shirt and trousers or a dress."""
    dress = a.mentions("she", "woman", "girl", "dress", "lady", "queen") or a.chance(0.25)
    build_figure(
        a,
        Outfit(
            top=TOPS,
            bottom=BOTTOMS,
            dress=dress,
            pose=a.pick(("down", "down", "wave")),
            girth=a.vary(1.0, 0.1),
        ),
    )


TEMPLATE = Template(
    "character",
    build_character,
    1.75,
    description="a person of no particular kind in everyday clothes",
    parts=FIGURE_PARTS,
    aliases=FIGURE_ALIASES,
)
