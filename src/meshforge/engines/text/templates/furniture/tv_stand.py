"""A TV stand: a long low media cabinet with an open shelf, doors or drawers, on short feet."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, SCREEN
from meshforge.engines.text.kit.furniture import PAINTS, WOODS
from meshforge.engines.text.kit.palettes import LAMP_METALS
from meshforge.engines.text.kit.solids import box, rounded_box, sphere


def build_tv_stand(a: Assembly) -> None:
    """A TV stand: a long low media cabinet with an open shelf, doors or drawers, on short feet."""
    width, depth, height = a.vary(1.5, 0.12), a.vary(0.42, 0.08), a.vary(0.5, 0.1)
    wood = a.pick(WOODS + PAINTS[:2])
    feet = a.vary(0.08, 0.3)
    body_h = height - feet
    a.add(box((width, depth, body_h), (0, 0, feet + body_h / 2)), "body", wood)
    a.add(box((width + 0.02, depth + 0.02, 0.03), (0, 0, height - 0.015)), "top", wood)
    for sx in (-1, 1):
        for sy in (-1, 1):
            leg = box(
                (0.04, 0.04, feet + 0.01),
                (sx * (width / 2 - 0.05), sy * (depth / 2 - 0.05), feet / 2),
            )
            a.add(leg, "leg", a.pick((*LAMP_METALS[1:2], wood)))
    front = -depth / 2
    # the middle is an open shelf, shown as a dark recess with a console in it
    shelf_w = width * a.between(0.3, 0.4)
    a.add(
        box((shelf_w, 0.02, body_h * 0.7), (0, front + 0.002, feet + body_h / 2)),
        "shelf",
        (35, 30, 28),
        Tier.FIXED,
    )
    if a.maybe("console", 0.5, "game console", "playstation", "xbox"):
        box_w = shelf_w * 0.6
        a.add(
            rounded_box(
                (box_w, 0.06, body_h * 0.22), 0.01, 8, (0, front - 0.02, feet + body_h * 0.3)
            ),
            "console",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
    fronts = a.pick(("doors", "drawers"))
    side_w = (width - shelf_w) / 2 - 0.03
    knob = a.pick(LAMP_METALS)
    for sx in (-1, 1):
        x = sx * (shelf_w / 2 + 0.015 + side_w / 2)
        if fronts == "doors":
            a.add(
                box((side_w, 0.016, body_h * 0.86), (x, front - 0.006, feet + body_h / 2)),
                "door",
                wood,
                Tier.SECONDARY,
            )
            a.add(
                sphere(0.013, 10, (x - sx * side_w * 0.38, front - 0.02, feet + body_h / 2)),
                "knob",
                knob,
                Tier.FIXED,
            )
        else:
            for k in range(2):
                z = feet + body_h * (0.28 + 0.46 * k)
                a.add(
                    box((side_w, 0.016, body_h * 0.42), (x, front - 0.006, z)),
                    "door",
                    wood,
                    Tier.SECONDARY,
                )
                a.add(
                    box((side_w * 0.3, 0.02, 0.015), (x, front - 0.02, z + body_h * 0.1)),
                    "knob",
                    knob,
                    Tier.FIXED,
                )
    if a.mentions("television", "screen", "flatscreen"):  # "tv" alone names the stand
        tv_w = width * 0.75
        tv_h = tv_w * 0.57
        a.add(
            box((0.3, 0.2, 0.03), (0, 0, height + 0.015)), "television", BLACK_PLASTIC, Tier.FIXED
        )
        a.add(
            box((0.06, 0.04, 0.12), (0, 0.02, height + 0.08)),
            "television",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
        a.add(
            box((tv_w, 0.05, tv_h), (0, 0.02, height + 0.1 + tv_h / 2)),
            "television",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
        a.add(
            box((tv_w - 0.04, 0.01, tv_h - 0.04), (0, -0.006, height + 0.1 + tv_h / 2)),
            "screen",
            SCREEN,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "tv stand",
    build_tv_stand,
    0.5,
    description="a long low cabinet that a television stands on, with shelves for a console",
    synonyms=(
        "tv cabinet",
        "media console",
        "entertainment center",
        "tv unit",
        "television stand",
        "media cabinet",
        "tv console",
    ),
    kinds=("entertainment unit", "tv bench", "media unit"),
    parts=("body", "top", "leg", "shelf", "console", "door", "knob", "television", "screen"),
    aliases={
        "drawer": "door",
        "doors": "door",
        "tv": "television",
        "handle": "knob",
        "cabinet": "body",
    },
)
