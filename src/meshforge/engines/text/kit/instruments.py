"""What the instrument templates share: a piano keyboard, a violin-family body, brass tubing.

Same frame as ``solids``: Z up, metres, the object's front towards -Y.
"""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.gear import BLACK, IVORY, front_plate, smooth_loop, strings
from meshforge.engines.text.kit.solids import box, rod, union
from meshforge.engines.text.kit.sweeps import tube

#: the lacquers pianos come in
PIANO_FINISHES: tuple[RGB, ...] = ((22, 22, 25), (22, 22, 25), (245, 244, 240), (95, 55, 30))
#: the varnishes of violins, cellos and guitars
VARNISHES: tuple[RGB, ...] = ((175, 85, 35), (150, 70, 30), (195, 120, 50), (120, 55, 25))
BRASS_LACQUER: RGB = (225, 180, 75)
#: white keys per octave, and which gaps between them hold a black key
_BLACK_AFTER = (True, True, False, True, True, True, False)


def keyboard(a: Assembly, width: float, depth: float, z: float, front_y: float) -> None:
    """Piano keys across ``width``, their fronts at ``front_y``, tops at ``z``: white and black."""
    count = max(14, round(width / 0.0235))
    pitch = width / count
    a.add(box((width, depth, 0.02), (0, front_y + depth / 2, z - 0.01)), "key", IVORY, Tier.FIXED)
    blacks = [
        box(
            (pitch * 0.55, depth * 0.6, 0.012),
            (-width / 2 + (k + 1) * pitch, front_y + depth * 0.7, z + 0.006),
        )
        for k in range(count - 1)
        if _BLACK_AFTER[k % 7]
    ]
    a.add(union(blacks), "black key", BLACK, Tier.FIXED)


def violin_outline(length: float) -> list[tuple[float, float]]:
    """The front outline of a violin-family body, ``length`` tall, standing on z = 0."""
    w = length * 0.58
    half = [
        (0.0, 0.0),
        (w * 0.36, length * 0.02),
        (w * 0.5, length * 0.17),
        (w * 0.45, length * 0.34),
        (w * 0.3, length * 0.44),
        (w * 0.3, length * 0.56),
        (w * 0.41, length * 0.67),
        (w * 0.42, length * 0.84),
        (w * 0.28, length * 0.97),
        (0.0, length),
    ]
    loop = half + [(-x, z) for x, z in reversed(half[1:-1])]
    return smooth_loop(loop, 4)


def violin_body(length: float, depth: float, base_z: float) -> Manifold:
    """A violin-family body: the outline extruded ``depth`` deep, edges rounded."""
    outline = [(x, z + base_z) for x, z in violin_outline(length)]
    return front_plate(outline, depth, round_r=depth * 0.2)


def violin_family(a: Assembly, body_len: float, endpin: bool) -> None:
    """A violin (or, larger, a cello) standing up, face to the front, with neck and scroll."""
    depth = body_len * 0.11
    lift = body_len * 0.22 if endpin else 0.0
    wood = a.pick(VARNISHES)
    a.add(violin_body(body_len, depth, lift), "body", wood)
    front = -depth / 2
    top = lift + body_len
    neck_len = body_len * 0.52
    a.add(
        box((body_len * 0.07, depth * 0.6, neck_len), (0, 0, top + neck_len / 2 - body_len * 0.02)),
        "neck",
        wood,
    )
    board = Manifold.batch_hull(
        [
            box((body_len * 0.06, 0.004, 0.004), (0, front - 0.002, top + neck_len * 0.95)),
            box(
                (body_len * 0.1, 0.004, 0.004),
                (0, front - 0.002 - body_len * 0.02, top - body_len * 0.4),
            ),
        ]
    )
    a.add(board, "fingerboard", BLACK, Tier.FIXED)
    box_top = top + neck_len
    a.add(
        box((body_len * 0.07, depth * 0.55, body_len * 0.18), (0, 0, box_top + body_len * 0.05)),
        "scroll",
        wood,
    )
    scroll = tube_scroll(body_len * 0.055, (0.0, 0.0, box_top + body_len * 0.19))
    a.add(scroll, "scroll", wood)
    for side in (-1, 1):
        for k in range(2):
            z = box_top + body_len * (0.03 + 0.07 * k)
            peg = box(
                (body_len * 0.12, body_len * 0.02, body_len * 0.02), (side * body_len * 0.06, 0, z)
            )
            a.add(peg, "peg", BLACK, Tier.FIXED)
    bridge_z = lift + body_len * 0.42
    a.add(
        box(
            (body_len * 0.16, body_len * 0.03, body_len * 0.02),
            (0, front - body_len * 0.012, bridge_z),
        ),
        "bridge",
        (225, 195, 150),
        Tier.FIXED,
    )
    tail = Manifold.batch_hull(
        [
            box((body_len * 0.1, 0.008, 0.006), (0, front - 0.002, bridge_z - body_len * 0.1)),
            box((body_len * 0.05, 0.008, 0.006), (0, front - 0.002, lift + body_len * 0.05)),
        ]
    )
    a.add(tail, "tailpiece", BLACK, Tier.FIXED)
    for side in (-1, 1):
        hole = box(
            (body_len * 0.012, 0.004, body_len * 0.2),
            (side * body_len * 0.12, front, lift + body_len * 0.45),
        )
        a.add(hole, "f hole", BLACK, Tier.FIXED)
    if a.wants("string"):
        pairs = []
        for k in range(4):
            x0 = (k - 1.5) * body_len * 0.022
            x1 = (k - 1.5) * body_len * 0.01
            y = front - body_len * 0.03
            pairs.append(((x0, y, bridge_z - body_len * 0.08), (x1, front - 0.004, box_top)))
        rods = strings(pairs, 0.0008 + body_len * 0.001)
        if rods is not None:
            a.add(rods, "string", (225, 225, 215), Tier.FIXED)
    if endpin:
        a.add(
            rod((0, 0, lift + 0.01), (0, 0, 0), body_len * 0.012, 8, 0.002),
            "endpin",
            (190, 195, 200),
            Tier.FIXED,
        )


def tube_scroll(radius: float, center: tuple[float, float, float]) -> Manifold:
    """The curl at the top of a violin's pegbox: a spiral of tube seen side on."""
    points = []
    for k in range(10):
        t = k / 9 * 1.6 * math.pi
        r = radius * (1.0 - 0.55 * k / 9)
        points.append(
            (0.0, center[1] + r * math.sin(t), center[2] + r * math.cos(t) - radius * 0.2)
        )
    return tube(points, radius * 0.45, 16, radius * 0.25)
