"""Case furniture the desk and the chest of drawers share: a carcass and its banks of drawers.

Same frame as ``solids``: Z up, metres, the front towards -Y.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import Vec3, box, rod, slab, sphere

#: brass, black iron and nickel knobs and pulls
PULLS: tuple[RGB, ...] = ((190, 160, 80), (40, 40, 44), (200, 200, 205))
#: the gap between drawer fronts, what makes a stack of drawers read as drawers
REVEAL_M = 0.012


def carcass(a: Assembly, size: Vec3, base: Vec3, color: RGB) -> None:
    """A closed cabinet box of ``size`` whose bottom centre is ``base``, as the "body" part."""
    a.add(box(size, (base[0], base[1], base[2] + size[2] / 2)), "body", color)


def top_board(a: Assembly, size: Vec3, top_z: float, color: RGB) -> None:
    """A top with rounded corners whose upper face is at ``top_z``, added as the "top" part."""
    a.add(slab(size, 0.012, 8, (0.0, 0.0, top_z - size[2] / 2)), "top", color)


def drawer_column(
    a: Assembly,
    x: float,
    width: float,
    low_z: float,
    high_z: float,
    rows: int,
    front_y: float,
    color: RGB,
    pull: RGB,
    bar_pulls: bool,
    split_top: bool = False,
) -> None:
    """``rows`` drawer fronts stacked between ``low_z`` and ``high_z`` on the face at ``front_y``.

    Each front stands proud of the face with a pull on it: a round knob on narrow fronts, a bar
    pull (or, without ``bar_pulls``, a pair of knobs) on wide ones. ``split_top`` halves the top
    row into two small drawers, as on a chest of drawers.
    """
    face_h = (high_z - low_z - REVEAL_M * (rows + 1)) / rows
    for row in range(rows):
        z = low_z + REVEAL_M + face_h / 2 + row * (face_h + REVEAL_M)
        halves = 2 if split_top and row == rows - 1 else 1
        face_w = (width - REVEAL_M * (halves + 1)) / halves
        for k in range(halves):
            cx = x - width / 2 + REVEAL_M + face_w / 2 + k * (face_w + REVEAL_M)
            front = box((face_w, 0.018, face_h), (cx, front_y - 0.008, z))
            a.add(front, "drawer", color)  # a white dresser is white all over
            _pull(a, cx, face_w, z, front_y - 0.017, pull, bar_pulls)


def _pull(
    a: Assembly, x: float, face_w: float, z: float, front_y: float, color: RGB, bar: bool
) -> None:
    """A knob on a narrow drawer front, a bar pull or two knobs on a wide one."""
    if face_w < 0.35:
        a.add(sphere(0.013, 10, (x, front_y - 0.01, z)), "knob", color, Tier.FIXED)
        return
    if not bar:
        for sx in (-1, 1):
            at = (x + sx * face_w * 0.25, front_y - 0.01, z)
            a.add(sphere(0.013, 10, at), "knob", color, Tier.FIXED)
        return
    half = min(0.07, face_w * 0.18)
    handle = rod((x - half, front_y - 0.02, z), (x + half, front_y - 0.02, z), 0.006, 8)
    a.add(handle, "knob", color, Tier.FIXED)
    for sx in (-1, 1):
        post = (x + sx * half, front_y + 0.002, z), (x + sx * half, front_y - 0.022, z)
        a.add(rod(*post, 0.005, 8), "knob", color, Tier.FIXED)
