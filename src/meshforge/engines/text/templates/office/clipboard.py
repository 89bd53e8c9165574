"""A clipboard: a stiff board with a sprung metal clip at the top holding a sheet of paper."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SILVER
from meshforge.engines.text.kit.solids import box, rod, slab, union

BOARDS: tuple[RGB, ...] = ((165, 120, 75), (190, 145, 95), (40, 40, 45), (40, 90, 170))
PAPER: RGB = (250, 250, 248)
INK: RGB = (90, 95, 110)


def build_clipboard(a: Assembly) -> None:
    """A clipboard: a stiff board with a sprung metal clip at the top holding a sheet of paper."""
    width, height, thick = a.vary(0.23, 0.05), a.vary(0.32, 0.05), 0.005
    tilt = a.between(12, 20)
    board = slab((width, height, thick), 0.012, 12).rotate((90, 0, 0)).translate((0, 0, height / 2))
    sheet = box((width * 0.86, 0.002, height * 0.78), (0, -thick / 2 - 0.0008, height * 0.44))
    lines = union(
        [
            box(
                (width * (0.7 if k % 3 else 0.45), 0.002, 0.004),
                (
                    -(0.0 if k % 3 else width * 0.12),
                    -thick / 2 - 0.0018,
                    height * (0.72 - 0.06 * k),
                ),
            )
            for k in range(a.pick((6, 7, 8)))
        ]
    )
    clip_w = width * 0.42
    clip = union(
        [
            box((clip_w, 0.012, 0.03), (0, -thick / 2 - 0.005, height * 0.9)),
            rod(
                (-clip_w * 0.3, -thick / 2 - 0.014, height * 0.93),
                (clip_w * 0.3, -thick / 2 - 0.014, height * 0.93),
                0.006,
                10,
            ),
        ]
    )
    # lean back as if propped up, bottom edge on the ground
    a.add(board.rotate((-tilt, 0, 0)), "board", BOARDS)
    a.add(sheet.rotate((-tilt, 0, 0)), "paper", PAPER, Tier.FIXED)
    a.add(lines.rotate((-tilt, 0, 0)), "writing", INK, Tier.FIXED)
    a.add(clip.rotate((-tilt, 0, 0)), "clip", SILVER, Tier.FIXED)


TEMPLATE = Template(
    "clipboard",
    build_clipboard,
    0.32,
    description="a clipboard with a metal clip holding a sheet of paper",
    synonyms=("clip board",),
    kinds=("checklist board",),
    parts=("board", "paper", "writing", "clip"),
    aliases={"sheet": "paper", "text": "writing", "lines": "writing"},
)
