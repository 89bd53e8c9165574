"""A golf club standing on its head: a thin shaft, a grip, a driver, iron or putter head."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, SILVER, WHITE
from meshforge.engines.text.kit.solids import box, capsule, ellipsoid, rod, sphere


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
    if kind == "driver":
        head = Manifold.batch_hull(
            [
                ellipsoid((0.055, 0.05, 0.03), a.segments(0.05), (-0.05, 0.0, 0.032)),
                sphere(0.012, 16, (0.0, 0.0, 0.05)),
            ]
        )
        a.add(head, "head", a.pick((BLACK, (40, 50, 80), SILVER)))
        a.add(rod((0, 0, 0.04), (0, 0, 0.09), 0.008, 12), "head", BLACK)
    elif kind == "putter":
        a.add(box((0.11, 0.025, 0.028), (-0.05, 0.0, 0.014)), "head", SILVER)
        a.add(rod((0, 0, 0.02), (0, 0, 0.09), 0.006, 12), "head", SILVER)
        a.add(box((0.004, 0.022, 0.02), (-0.05, -0.013, 0.016)), "head", WHITE)
    else:
        blade = Manifold.batch_hull(
            [
                box((0.02, 0.02, 0.02), (-0.01, 0, 0.012)),
                box((0.02, 0.012, 0.045), (-0.075, 0.006, 0.03)),
            ]
        )
        a.add(blade, "head", SILVER)
        a.add(rod((0, 0, 0.01), (0, 0, 0.1), 0.0075, 12, 0.006), "head", SILVER)
    if a.maybe("ball", 0.3, "tee"):
        # the ball touches the club face, so that the two stay one piece
        face_y = {"driver": -0.045, "putter": -0.0125, "iron": -0.006}[kind]
        a.add(sphere(0.0214, 20, (-0.05, face_y - 0.019, 0.0214)), "ball", WHITE, Tier.FIXED)


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
