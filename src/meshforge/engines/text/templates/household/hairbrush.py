"""A paddle hairbrush lying on its back: an oval head with a cushion of bristles, a long handle."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, union

#: black, wood, pink, lilac, white and tortoiseshell backs
BACKS: tuple[RGB, ...] = (
    (35, 35, 38),
    (175, 125, 75),
    (235, 150, 180),
    (175, 150, 210),
    (240, 240, 238),
    (120, 70, 35),
)
CUSHIONS: tuple[RGB, ...] = ((40, 40, 44), (200, 200, 205), (235, 150, 180))
BRISTLES: tuple[RGB, ...] = ((30, 30, 32), (240, 240, 238), (200, 160, 110))


def build_hairbrush(a: Assembly) -> None:
    """A paddle hairbrush lying on its back: an oval head with bristles, a long handle."""
    head_l, head_w = a.vary(0.11, 0.1), a.vary(0.075, 0.12)
    handle_l = a.vary(0.13, 0.1)
    back_color = a.pick(BACKS)
    back_h = 0.018
    # the head at -X, the handle reaching to +X, rising a little like a real brush's back
    head_x = -handle_l / 2
    back = ellipsoid((head_l / 2, head_w / 2, back_h), 32, (head_x, 0, back_h))
    a.add(back.trim_by_plane((0, 0, -1), -back_h * 1.5), "back", back_color)
    handle = Manifold.batch_hull(
        [
            ellipsoid((0.02, 0.016, 0.009), 16, (head_x + head_l * 0.42, 0, back_h * 0.9)),
            ellipsoid(
                (0.014, 0.012, 0.008), 16, (head_x + head_l * 0.5 + handle_l, 0, back_h * 0.8)
            ),
        ]
    )
    a.add(handle, "handle", back_color)
    cushion_top = back_h * 1.5 + 0.004
    cushion = ellipsoid((head_l * 0.44, head_w * 0.42, 0.008), 32, (head_x, 0, back_h * 1.5))
    a.add(cushion, "cushion", a.pick(CUSHIONS), Tier.SECONDARY)
    pins = []
    rows, cols = 10, 7
    for i in range(rows):
        for j in range(cols):
            u, v = (i + 0.5) / rows * 2 - 1, (j + 0.5) / cols * 2 - 1
            if u * u + v * v > 1.0:  # stay inside the oval
                continue
            at = (head_x + u * head_l * 0.38, v * head_w * 0.36, cushion_top - 0.004)
            pins.append(cylinder(0.0014, 0.02, 6, at))
    if a.wants("bristle"):
        a.add(union(pins), "bristle", a.pick(BRISTLES), Tier.FIXED)


TEMPLATE = Template(
    "hairbrush",
    build_hairbrush,
    0.04,
    description="a brush with a handle and bristles for brushing hair",
    synonyms=("hair brush", "paddle brush", "paddle hairbrush", "bristle brush"),
    parts=("back", "handle", "cushion", "bristle"),
    aliases={"bristles": "bristle", "head": "back", "pad": "cushion", "pins": "bristle"},
)
