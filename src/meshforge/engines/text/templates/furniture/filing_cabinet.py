"""A filing cabinet: a tall steel case of two to four drawers with handles and label holders."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import CHROME
from meshforge.engines.text.kit.solids import box, rod, rounded_box

CASES: tuple[RGB, ...] = ((150, 155, 160), (205, 200, 185), (50, 52, 56), (215, 218, 222))


def build_filing_cabinet(a: Assembly) -> None:
    """A filing cabinet: a tall steel case of two to four drawers with handles and label holders."""
    drawers = a.count("drawer", a.pick((2, 3, 4, 4)), 1, 6)
    width, depth = a.vary(0.46, 0.06), a.vary(0.62, 0.06)
    drawer_h = a.vary(0.31, 0.05)
    plinth = 0.05
    height = plinth + drawers * drawer_h + 0.02
    color = a.pick(CASES)
    a.add(rounded_box((width, depth, height), 0.008, 8, (0, 0, height / 2)), "body", color)
    front = -depth / 2
    gap = 0.008
    for k in range(drawers):
        z = plinth + drawer_h * (k + 0.5)
        face = rounded_box((width - 0.025, 0.02, drawer_h - gap), 0.004, 8, (0, front - 0.006, z))
        a.add(face, "drawer", color, Tier.SECONDARY)
        grip_z = z + drawer_h * 0.18
        handle = rod(
            (-width * 0.16, front - 0.03, grip_z), (width * 0.16, front - 0.03, grip_z), 0.008, 10
        )
        a.add(handle, "handle", CHROME, Tier.FIXED)
        for sx in (-1, 1):
            post = box((0.012, 0.03, 0.016), (sx * width * 0.15, front - 0.02, grip_z))
            a.add(post, "handle", CHROME, Tier.FIXED)
        label = box((width * 0.22, 0.006, drawer_h * 0.12), (0, front - 0.018, z + drawer_h * 0.34))
        a.add(label, "label", (245, 245, 240), Tier.FIXED)
    a.add(box((width - 0.02, 0.02, plinth), (0, front + 0.012, plinth / 2)), "body", color)


TEMPLATE = Template(
    "filing cabinet",
    build_filing_cabinet,
    1.1,
    description="a tall metal office cabinet with drawers for hanging files and documents",
    synonyms=("file cabinet", "filing drawers", "file drawer", "office cabinet", "metal cabinet"),
    kinds=("steel filing cabinet", "archive cabinet"),
    parts=("body", "drawer", "handle", "label"),
    aliases={"case": "body", "drawers": "drawer", "handles": "handle", "pull": "handle"},
)
