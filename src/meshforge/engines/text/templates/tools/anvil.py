"""A blacksmith's anvil: a flat face on a narrow waist, a spreading base with feet, a horn."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import IRON, front_plate, lathe_x
from meshforge.engines.text.kit.solids import box, cylinder, subtract
from meshforge.engines.text.kit.tools import HANDLE_WOODS


def build_anvil(a: Assembly) -> None:
    """A blacksmith's anvil: a flat face on a narrow waist, a spreading base with feet, a horn."""
    scale = a.vary(1.0, 0.1)
    depth = a.vary(0.13, 0.08) * scale
    lift = 0.0
    if a.maybe("stump", 0.35, "stand", "log"):
        lift = a.vary(0.45, 0.1)
        stump = cylinder(0.2 * scale, lift, a.segments(0.2 * scale))
        a.add(stump, "stump", a.pick(HANDLE_WOODS), Tier.FIXED)
    face_w, height = a.vary(0.32, 0.08) * scale, 0.3 * scale
    base_w = face_w * 0.95
    outline = [
        (-base_w / 2, 0.0),
        (-base_w * 0.3, 0.0),
        (-base_w * 0.22, height * 0.07),
        (base_w * 0.22, height * 0.07),
        (base_w * 0.3, 0.0),
        (base_w / 2, 0.0),
        (base_w * 0.42, height * 0.18),
        (face_w * 0.18, height * 0.42),
        (face_w * 0.2, height * 0.62),
        (face_w / 2, height * 0.7),
        (face_w / 2, height),
        (-face_w / 2, height),
        (-face_w / 2, height * 0.72),
        (-face_w * 0.2, height * 0.6),
        (-face_w * 0.18, height * 0.42),
        (-base_w * 0.42, height * 0.18),
    ]
    body = front_plate(outline, depth, round_r=0.006 * scale)
    waist = front_plate(
        [
            (-base_w * 0.5, 0.0),
            (base_w * 0.5, 0.0),
            (face_w * 0.16, height * 0.45),
            (face_w * 0.16, height * 0.65),
            (-face_w * 0.16, height * 0.65),
            (-face_w * 0.16, height * 0.45),
        ],
        depth * 1.5,
    )
    hardy = box((0.022 * scale, 0.022 * scale, 0.2), (face_w * 0.38, 0, height))
    horn_len = face_w * a.between(0.55, 0.75)
    horn_r = height * 0.16
    horn = lathe_x(
        [
            (0.0, 0.0),
            (horn_r, 0.0),
            (horn_r * 0.5, horn_len * 0.5),
            (0.003, horn_len),
            (0.0, horn_len),
        ],
        a.segments(horn_r),
    ).scale((1.0, depth / (2 * horn_r), 1.0))
    horn = horn.mirror((1.0, 0.0, 0.0)).translate((-face_w / 2 + 0.01, 0, height - horn_r))
    horn = subtract(horn, box((1.0, 1.0, 0.5), (0, 0, height + 0.25)))
    anvil = subtract(body, hardy)
    a.add(anvil.translate((0, 0, lift)), "body", IRON)
    a.add(waist.translate((0, 0, lift)), "body", IRON)
    a.add(horn.translate((0, 0, lift)), "horn", IRON)


TEMPLATE = Template(
    "anvil",
    build_anvil,
    0.35,
    description="a heavy iron block with a flat top and a pointed horn on which a smith hammers",
    synonyms=("blacksmith anvil", "smithy anvil", "iron anvil"),
    kinds=("forge anvil", "cartoon anvil"),
    parts=("body", "horn", "stump"),
    aliases={"face": "body", "base": "body", "stand": "stump", "log": "stump"},
)
