"""A felt-tip marker lying down: a fat barrel, its cap posted on the end, the nib out."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, WHITE
from meshforge.engines.text.kit.solids import box
from meshforge.engines.text.kit.turned_sticks import TURN_TO_VIEWER_DEG, laid_piece, ring_profile

INKS: tuple[RGB, ...] = ((25, 25, 28), (210, 35, 40), (30, 80, 200), (40, 150, 70), (250, 200, 30))
NEONS: tuple[RGB, ...] = ((250, 240, 40), (255, 90, 170), (120, 240, 80), (255, 150, 40))
BARRELS: tuple[RGB, ...] = (WHITE, (200, 202, 206), BLACK)


def build_marker(a: Assembly) -> None:
    """A felt-tip marker lying down: a fat barrel, its cap posted on the end, the nib out."""
    length, r = a.vary(0.13, 0.08), a.vary(0.0075, 0.1)
    seg = min(a.segments(r * 6), 32)  # a thumb-thick stick: 32 sides are round to the eye
    ink = a.color("cap", NEONS if a.mentions("highlighter") else INKS)
    barrel_l = length * 0.78
    body = [
        (0.0, 0.0),
        (r, 0.0),
        (r, barrel_l),
        (r * 0.75, barrel_l + length * 0.06),
        (0.0, barrel_l + length * 0.06),
    ]
    a.add(laid_piece(body, seg, 0.0, length, r), "barrel", BARRELS, Tier.SECONDARY)
    band = laid_piece(ring_profile(r * 1.02, length * 0.05), seg, barrel_l * 0.62, length, r)
    a.add(band, "band", ink, Tier.FIXED)
    # the felt nib: a bullet, or a chisel flattened across its width
    nib_x = barrel_l + length * 0.06 - 0.001
    nib_l = length * 0.1
    if a.mentions("chisel", "highlighter", "whiteboard") or a.chance(0.4):
        chisel = [
            (0.0, 0.0),
            (r * 0.4, 0.0),
            (r * 0.4, nib_l * 0.6),
            (r * 0.12, nib_l),
            (0.0, nib_l),
        ]
        nib = laid_piece(chisel, 12, nib_x, length, r)
    else:
        bullet = [
            (0.0, 0.0),
            (r * 0.3, 0.0),
            (r * 0.3, nib_l * 0.6),
            (r * 0.12, nib_l),
            (0.0, nib_l),
        ]
        nib = laid_piece(bullet, 12, nib_x, length, r)
    a.add(nib, "tip", ink, Tier.FIXED)
    if a.wants("cap"):
        # posted over the back end, a size up, closed and rounded at the back
        cap_r, cap_l = r * 1.15, length * 0.36
        cap = [
            (0.0, -0.003),
            (cap_r * 0.8, -0.003),
            (cap_r, 0.0),
            (cap_r, cap_l - 0.004),
            (0.0, cap_l - 0.004),
        ]
        a.add(laid_piece(cap, seg, -0.004, length, r), "cap", ink)
        if a.maybe("clip", 0.7):
            clip = box((cap_l * 0.7, r * 0.45, r * 0.35), (cap_l * 0.35 - length / 2, 0, r * 2.05))
            a.add(clip.rotate((0, 0, TURN_TO_VIEWER_DEG)), "clip", ink)


TEMPLATE = Template(
    "marker",
    build_marker,
    0.03,
    description="a felt-tip marker pen with a thick barrel, a coloured cap and a felt nib",
    synonyms=(
        "marker pen",
        "felt tip pen",
        "felt-tip pen",
        "felt pen",
        "sharpie",
        "permanent marker",
        "whiteboard marker",
        "highlighter",
        "magic marker",
        "texta",
    ),
    parts=("barrel", "band", "tip", "cap", "clip"),
    aliases={
        "body": "barrel",
        "nib": "tip",
        "felt": "tip",
        "lid": "cap",
        "ink": "tip",
        "stripe": "band",
    },
)
