"""A jigsaw puzzle piece standing on its edge: a square of card with round tabs and blanks."""

from __future__ import annotations

from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import side_prism

CARD: RGB = (215, 200, 170)


def build_jigsaw_piece(a: Assembly) -> None:
    """A jigsaw puzzle piece standing on its edge: a square of card with round tabs and blanks."""
    side = a.vary(0.05, 0.4)  # a giant piece is as likely to be asked for as a real one
    thick = side * 0.05
    # each side sticks out (a tab) or in (a blank); a piece has at least one of each
    tabs = [a.chance(0.5) for _ in range(4)]
    if all(tabs) or not any(tabs):
        tabs[a.pick((0, 1, 2, 3))] = not tabs[0]
    outline = _outline(side, tabs, a.segments(side * 0.2))
    piece = _stand(outline, thick)
    a.add(piece, "piece", CARD, Tier.FIXED)
    # the printed picture on the front: the same outline, a hair proud
    picture = _stand(outline.offset(-side * 0.01, circular_segments=16), thick * 0.3)
    a.add(picture.translate((0, -thick * 0.5, 0)), "picture", a.pick(BRIGHTS))


def _outline(side: float, tabs: list[bool], segments: int) -> CrossSection:
    """A square with a round knob out of (tab) or into (blank) the middle of each side."""
    half = side / 2
    shape = CrossSection.square((side, side), True)
    knob_r = side * 0.16
    # (x, y) of each side's middle, going round: right, top, left, bottom
    for (x, y), tab in zip(((half, 0), (0, half), (-half, 0), (0, -half)), tabs, strict=True):
        reach = 1.0 + (0.75 if tab else -0.75) * knob_r / half
        knob = CrossSection.circle(knob_r, segments).translate((x * reach, y * reach))
        neck_reach = 1.0 + (0.3 if tab else -0.3) * knob_r / half
        neck = CrossSection.square((knob_r * 1.1, knob_r * 1.1), True)
        neck = neck.translate((x * neck_reach, y * neck_reach))
        shape = shape + knob + neck if tab else shape - knob - neck
    return shape


def _stand(outline: CrossSection, thick: float) -> Manifold:
    """The outline stood up facing the front, ``thick`` deep, its lowest point on z = 0."""
    raised = outline.translate((0.0, -outline.bounds()[1]))
    # side_prism lays the outline in (y, z) and extrudes across x; a quarter turn faces it to -Y
    return side_prism(raised, thick).rotate((0, 0, 90))


TEMPLATE = Template(
    "jigsaw piece",
    build_jigsaw_piece,
    0.06,
    description="one interlocking piece of a jigsaw puzzle with round tabs and blanks",
    synonyms=("jigsaw puzzle piece", "puzzle piece", "jigsaw puzzle", "jigsaw puzzle pieces"),
    parts=("piece", "picture"),
    aliases={"card": "piece", "print": "picture", "image": "picture", "front": "picture"},
)
