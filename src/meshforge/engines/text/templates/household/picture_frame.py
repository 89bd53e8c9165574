"""A picture frame: a moulded border round a simple landscape picture, propped up."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import box, rod, subtract
from meshforge.engines.text.kit.sweeps import face_prism, front_disc

SKY: RGB = (140, 190, 230)
HILLS: RGB = (90, 150, 80)
SUN: RGB = (250, 210, 70)
MATS: RGB = (245, 243, 235)


def build_picture_frame(a: Assembly) -> None:
    """A picture frame: a moulded border round a simple landscape picture, propped up on a back
    stand."""
    width, height = a.vary(0.22, 0.15), a.vary(0.28, 0.15)
    if a.chance(0.5):
        width, height = height, width  # landscape
    border = a.vary(0.025, 0.25)
    depth = 0.02
    frame = a.pick((*WOODS, GOLD, (30, 30, 33), (245, 245, 240)))
    lean = 12.0
    z0 = 0.0

    def stood(solid: Manifold) -> Manifold:
        """``solid`` leant back on its stand."""
        return solid.rotate((-lean, 0, 0)).translate((0, 0, z0))

    outer = box((width, depth, height), (0, 0, height / 2))
    opening = box((width - 2 * border, depth * 2, height - 2 * border), (0, 0, height / 2))
    a.add(stood(subtract(outer, opening)), "frame", frame)
    inner_w, inner_h = width - 2 * border, height - 2 * border
    a.add(
        stood(box((inner_w + 0.004, 0.006, inner_h + 0.004), (0, 0.004, height / 2))),
        "picture",
        SKY,
        Tier.FIXED,
    )
    hill = [
        (-inner_w / 2, border),
        (inner_w / 2, border),
        (inner_w / 2, border + inner_h * 0.3),
        (0.0, border + inner_h * 0.45),
        (-inner_w / 2, border + inner_h * 0.25),
    ]
    a.add(stood(face_prism(hill, 0.004, -0.001)), "picture", HILLS, Tier.FIXED)
    # the sun stays inside the picture, also in a wide landscape frame, and sinks into it a
    # little: a disc that only touches the picture would be a body of its own
    sun_r = min(inner_w * 0.1, inner_h * 0.15)
    a.add(
        stood(front_disc(sun_r, 0.004, 16, inner_w * 0.22, border + inner_h - 1.8 * sun_r, 0.0005)),
        "picture",
        SUN,
        Tier.FIXED,
    )
    a.add(rod((0, depth / 2, height * 0.55), (0, height * 0.45, 0.005), 0.006, 8), "stand", frame)
    a.add(box((0.04, 0.03, 0.01), (0, height * 0.44, 0.005)), "stand", frame)


TEMPLATE = Template(
    "picture frame",
    build_picture_frame,
    0.28,
    description="a framed photo or painting standing on a desk",
    synonyms=(
        "photo frame",
        "photograph frame",
        "framed picture",
        "framed photo",
        "frame",
        "framed painting",
    ),
    kinds=("gilded frame", "ornate frame", "portrait frame"),
    not_claimed=("bed frame", "door frame", "window frame", "bike frame"),
    parts=("frame", "picture", "stand"),
    aliases={"photo": "picture", "painting": "picture", "border": "frame", "image": "picture"},
)
