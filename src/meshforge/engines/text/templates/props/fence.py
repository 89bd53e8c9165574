"""A section of fence: posts joined by rails, pickets or a plain board fence."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, prism

PAINTS: tuple[RGB, ...] = ((240, 240, 235), (150, 105, 65), (120, 85, 55), (200, 170, 125))


def build_fence(a: Assembly) -> None:
    """A section of fence: posts joined by rails, with pointed pickets or split rails."""
    length = a.vary(2.4, 0.12)
    height = a.vary(1.0, 0.12)
    paint = a.pick(PAINTS)
    posts = max(2, round(length / 1.2) + 1)
    post_w = 0.09
    for k in range(posts):
        x = -length / 2 + k * length / (posts - 1)
        a.add(
            box((post_w, post_w, height + 0.1), (x, 0, (height + 0.1) / 2)),
            "post",
            paint,
            Tier.SECONDARY,
        )
        cap = prism([(-post_w / 2, 0), (post_w / 2, 0), (0, 0.06)], post_w)
        a.add(
            cap.rotate((90, 0, 0)).translate((x, post_w / 2, height + 0.1)),
            "post",
            paint,
            Tier.SECONDARY,
        )
    picket = not a.mentions("rail", "split", "ranch") and (a.mentions("picket") or a.chance(0.65))
    rail_y = -post_w / 2 - 0.015 if picket else 0.0
    rails = (0.25, 0.75) if picket else (0.3, 0.6, 0.9)
    for t in rails:
        a.add(box((length, 0.03, 0.08), (0, rail_y, height * t)), "rail", paint)
    if not picket:
        return
    width, gap = 0.08, 0.05
    count = int(length / (width + gap))
    for k in range(count):
        x = -length / 2 + (k + 0.5) * length / count
        board = prism(
            [
                (-width / 2, 0.05),
                (width / 2, 0.05),
                (width / 2, height * 0.92),
                (0, height),
                (-width / 2, height * 0.92),
            ],
            0.02,
        )
        a.add(board.rotate((90, 0, 0)).translate((x, rail_y - 0.015, 0)), "picket", paint)


TEMPLATE = Template(
    "fence",
    build_fence,
    1.0,
    description="a short section of garden fence with posts, rails and pointed pickets",
    synonyms=(
        "picket fence",
        "wooden fence",
        "garden fence",
        "white picket fence",
        "fence section",
        "fencing",
    ),
    kinds=("split rail fence", "ranch fence", "fence post", "farm fence"),
    not_claimed=("electric fence",),
    parts=("post", "rail", "picket"),
    aliases={"board": "picket", "plank": "picket", "slat": "picket"},
)
