"""A bed: frame on legs, mattress, pillows, a blanket over the foot end and a headboard."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import BLANKETS, FABRICS, PAINTS, WOODS
from meshforge.engines.text.kit.solids import box, rounded_box

LINEN: tuple[RGB, ...] = ((245, 244, 238), (235, 230, 220), (220, 228, 238))


def build_bed(a: Assembly) -> None:
    """A bed: frame on legs, mattress, pillows, a blanket over the foot end and a headboard."""
    if a.mentions("bunk", "bunkbed"):  # bunks are single beds stacked
        width = a.vary(0.95, 0.05)
    elif a.mentions("double", "queen", "king"):
        width = a.vary(1.7 if a.mentions("king") else 1.5, 0.05)
    elif a.mentions("single", "twin", "child", "kid"):
        width = a.vary(0.95, 0.05)
    else:
        width = a.pick((0.95, 1.45, 1.6)) * a.vary(1.0, 0.04)
    length, wood = a.vary(2.05, 0.04), a.pick(WOODS + PAINTS[:2])
    frame_top = a.vary(0.38, 0.1)
    a.add(box((width + 0.06, length, 0.18), (0, 0, frame_top - 0.09)), "frame", wood)
    for sx in (-1, 1):
        for sy in (-1, 1):
            leg = box(
                (0.07, 0.07, frame_top - 0.1),
                (sx * width / 2, sy * (length / 2 - 0.05), (frame_top - 0.1) / 2),
            )
            a.add(leg, "leg", wood)
    mattress_top = frame_top + 0.2
    a.add(
        rounded_box(
            (width, length - 0.06, 0.24), 0.05, a.segments(0.05), (0, -0.02, mattress_top - 0.12)
        ),
        "mattress",
        a.pick(LINEN),
        Tier.FIXED,
    )
    head_h = a.vary(1.0, 0.12)
    a.add(box((width + 0.1, 0.07, head_h), (0, length / 2, head_h / 2)), "headboard", wood)
    if a.chance(0.5):  # a padded panel on the headboard
        pad = rounded_box(
            (width - 0.05, 0.06, head_h * 0.4),
            0.03,
            a.segments(0.03),
            (0, length / 2 - 0.04, head_h * 0.72),
        )
        a.add(pad, "headboard", a.pick(FABRICS), Tier.SECONDARY)
    if a.maybe("footboard", 0.5):
        foot_h = frame_top + a.between(0.02, 0.1)  # below the mattress, which shows over it
        a.add(box((width + 0.1, 0.06, foot_h), (0, -length / 2, foot_h / 2)), "footboard", wood)
    pillows = a.count("pillow", 1 if width < 1.2 else 2, 0, 3)
    pillow_w = min(0.65, (width - 0.1) / max(pillows, 1) - 0.04)
    for i in range(pillows):
        x = (i - (pillows - 1) / 2) * (pillow_w + 0.04)
        pillow = rounded_box((pillow_w, 0.38, 0.14), 0.06, a.segments(0.06), (0, 0, 0))
        a.add(
            pillow.rotate((-12, 0, 0)).translate((x, length / 2 - 0.28, mattress_top + 0.05)),
            "pillow",
            a.pick(LINEN),
            Tier.FIXED,
        )
    if a.mentions("bunk", "bunkbed"):
        _upper_bunk(a, width, length, mattress_top, wood)
    if a.wants("blanket"):
        cover = length * a.between(0.55, 0.7)
        y = -length / 2 + cover / 2 - 0.01
        a.add(
            rounded_box(
                (width + 0.05, cover, 0.28), 0.03, a.segments(0.03), (0, y, mattress_top - 0.1)
            ),
            "blanket",
            a.pick(BLANKETS),
            Tier.SECONDARY,
        )
        fold = rounded_box(
            (width + 0.07, 0.16, 0.06),
            0.03,
            a.segments(0.03),
            (0, y + cover / 2 - 0.08, mattress_top + 0.035),
        )
        a.add(fold, "blanket", a.pick(LINEN), Tier.FIXED)


def _upper_bunk(a: Assembly, width: float, length: float, lower_top: float, wood: RGB) -> None:
    """A bunk bed's second tier: corner posts, an upper frame and mattress, a rail and a ladder."""
    upper = lower_top + a.vary(0.95, 0.05)
    post_h = upper + 0.45
    for sx in (-1, 1):
        for sy in (-1, 1):
            post = box(
                (0.07, 0.07, post_h),
                (sx * (width / 2 + 0.02), sy * (length / 2 - 0.02), post_h / 2),
            )
            a.add(post, "frame", wood)
    a.add(box((width + 0.06, length, 0.16), (0, 0, upper - 0.28)), "frame", wood)
    a.add(
        rounded_box((width, length - 0.08, 0.2), 0.05, a.segments(0.05), (0, 0, upper - 0.1)),
        "mattress",
        a.pick(LINEN),
        Tier.FIXED,
    )
    pillow = rounded_box((min(0.6, width - 0.15), 0.36, 0.12), 0.05, a.segments(0.05))
    a.add(
        pillow.translate((0, length / 2 - 0.28, upper + 0.05)), "pillow", a.pick(LINEN), Tier.FIXED
    )
    # a guard rail along the open side, and a ladder up the foot end
    a.add(box((0.05, length * 0.7, 0.06), (-(width / 2 + 0.02), 0.1, upper + 0.25)), "frame", wood)
    for y in (-length * 0.25 + 0.1, length * 0.45):
        a.add(box((0.04, 0.04, 0.5), (-(width / 2 + 0.02), y, upper)), "frame", wood)
    foot = -length / 2 + 0.005  # the rails just bite into the frames' foot ends
    for across in (-0.3, 0.3):
        a.add(
            box((0.05, 0.05, upper + 0.2), (across * width, foot - 0.025, (upper + 0.2) / 2)),
            "ladder",
            wood,
        )
    for k in range(4):
        z = (k + 1) * (upper + 0.1) / 5
        a.add(box((0.6 * width, 0.04, 0.04), (0, foot - 0.025, z)), "ladder", wood)


TEMPLATE = Template(
    "bed",
    build_bed,
    1.0,
    description="a piece of furniture with a mattress for sleeping",
    synonyms=("double bed", "single bed", "king size bed", "queen bed", "cot", "bunk", "bunk bed"),
    kinds=(
        "crib",
        "cradle",
        "bassinet",
        "waterbed",
        "four poster",
        "daybed",
        "day bed",
        "trundle bed",
        "hospital bed",
        "loft bed",
        "bed frame",
        "wooden bed",
        "platform bed",
        "sleigh bed",
    ),
    parts=("frame", "leg", "mattress", "headboard", "footboard", "pillow", "blanket", "ladder"),
    aliases={"duvet": "blanket", "quilt": "blanket", "sheet": "mattress", "cushion": "pillow"},
)
