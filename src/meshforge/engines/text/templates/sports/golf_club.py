"""A golf club standing on its head: a thin shaft, a grip, a driver, iron or putter head."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, SILVER, WHITE
from meshforge.engines.text.kit.solids import box, capsule, ellipsoid, rod, sphere

#: how much larger than life the club head is drawn (see build_golf_club)
HEAD_SCALE = 1.5


def build_golf_club(a: Assembly) -> None:
    """A golf club standing on its head: a thin shaft, a grip, a driver, iron or putter head."""
    length = a.vary(1.05, 0.06)
    if a.mentions("driver", "wood"):
        kind = "driver"
    elif a.mentions("putter"):
        kind = "putter"
    elif a.mentions("iron", "wedge"):
        kind = "iron"
    else:
        kind = a.pick(("driver", "iron", "putter"))
    hosel = (0.0, 0.0, 0.05)
    top = (0.0, 0.04, length)
    a.add(rod(hosel, top, 0.0055, 12, 0.0075), "shaft", SILVER, Tier.FIXED)
    a.add(
        capsule((0, 0.04 * (1 - 0.27), length * 0.73), top, 0.012, 16, 0.013),
        "grip",
        a.pick((BLACK, (40, 40, 44), (200, 40, 40))),
        Tier.SECONDARY,
    )
    head_parts: list[tuple[Manifold, RGB]] = []
    if kind == "driver":
        head = Manifold.batch_hull(
            [
                ellipsoid((0.055, 0.05, 0.03), a.segments(0.05), (-0.05, 0.0, 0.032)),
                sphere(0.012, 16, (0.0, 0.0, 0.05)),
            ]
        )
        head_parts += [
            (head, a.pick((BLACK, (40, 50, 80), SILVER))),
            (rod((0, 0, 0.04), (0, 0, 0.09), 0.008, 12), BLACK),
        ]
    elif kind == "putter":
        head_parts += [
            (box((0.11, 0.025, 0.028), (-0.05, 0.0, 0.014)), SILVER),
            (rod((0, 0, 0.02), (0, 0, 0.09), 0.006, 12), SILVER),
            (box((0.004, 0.022, 0.02), (-0.05, -0.013, 0.016)), WHITE),
        ]
    else:
        blade = Manifold.batch_hull(
            [
                box((0.02, 0.02, 0.02), (-0.01, 0, 0.012)),
                box((0.02, 0.012, 0.045), (-0.075, 0.006, 0.03)),
            ]
        )
        head_parts += [(blade, SILVER), (rod((0, 0, 0.01), (0, 0, 0.1), 0.0075, 12, 0.006), SILVER)]
    # true to size, a head is a few pixels at the end of a metre-long shaft in a thumbnail and
    # the club reads as a bare stick: heads are drawn larger, as toy and game clubs are
    for solid, color in head_parts:
        a.add(solid.scale((HEAD_SCALE,) * 3), "head", color)
    if a.maybe("ball", 0.3, "tee"):
        # the ball touches the club face, so that the two stay one piece
        face_y = {"driver": -0.045, "putter": -0.0125, "iron": -0.006}[kind] * HEAD_SCALE
        centre = (-0.05 * HEAD_SCALE, face_y - 0.019, 0.0214)
        a.add(sphere(0.0214, 20, centre), "ball", WHITE, Tier.FIXED)


TEMPLATE = Template(
    "golf club",
    build_golf_club,
    1.05,
    description="a long thin stick with a grip and a metal head for hitting a golf ball",
    synonyms=("golf driver", "putter", "golf putter", "golf iron", "golfclub"),
    kinds=("sand wedge", "nine iron", "fairway wood"),
    parts=("shaft", "grip", "head", "ball"),
    aliases={"handle": "grip", "stick": "shaft", "golf ball": "ball"},
)
