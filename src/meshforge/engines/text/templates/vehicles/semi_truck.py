"""A semi truck: a long-nosed tractor unit with a sleeper cab pulling a box trailer."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box
from meshforge.engines.text.kit.vehicles import (
    FRAME_DARK,
    GLASS,
    HEADLIGHT,
    HUB,
    PAINTS,
    TAILLIGHT,
    axle,
)

TRAILERS: tuple[RGB, ...] = ((240, 240, 238), (215, 215, 220), (190, 192, 198), (40, 90, 160))
CHROME: RGB = (205, 208, 214)
WHEEL_R = 0.52
DECK = 1.2  # the top of the tractor's frame, where the fifth wheel carries the trailer


def build_semi_truck(a: Assembly) -> None:
    """A semi truck: a long-nosed tractor unit with a sleeper cab pulling a box trailer."""
    width = a.vary(2.5, 0.02)
    tractor_len = a.vary(6.4, 0.05)
    trailer_len = a.vary(12.5, 0.08) if a.wants("trailer") else 0.0
    # the trailer's nose overhangs the back of the tractor by its coupling distance
    coupling = tractor_len - 1.6
    total = max(tractor_len, coupling + trailer_len)
    front = -total / 2
    _tractor(a, front, tractor_len, width)
    if trailer_len:
        _trailer(a, front + coupling, trailer_len, width)


def _tractor(a: Assembly, front: float, length: float, width: float) -> None:
    """Frame, bonnet, cab and sleeper, chrome stacks and tanks, a steer and two drive axles."""
    paint = a.pick(PAINTS)
    frame = box((1.0, length - 0.3, 0.35), (0, front + 0.15 + (length - 0.3) / 2, DECK - 0.175))
    a.add(frame, "chassis", FRAME_DARK, Tier.FIXED)
    hood_len = a.vary(2.0, 0.08)
    hood = rounded_box(
        (width * 0.82, hood_len, 1.2), 0.25, a.segments(0.25), (0, front + hood_len / 2, 1.75)
    )
    a.add(hood, "hood", paint)
    a.add(box((width * 0.62, 0.12, 1.0), (0, front - 0.02, 1.7)), "grille", CHROME, Tier.FIXED)
    a.add(box((width, 0.35, 0.4), (0, front + 0.05, 0.85)), "bumper", CHROME, Tier.FIXED)
    cab_front = front + hood_len - 0.1
    cab_len = 1.7
    cab = rounded_box(
        (width, cab_len, 2.0), 0.15, a.segments(0.15), (0, cab_front + cab_len / 2, 2.25)
    )
    a.add(cab, "cab", paint)
    windshield = box((width - 0.3, 0.12, 0.85), (0, cab_front + 0.01, 2.75))
    a.add(windshield, "window", GLASS, Tier.FIXED)
    sleeper = a.maybe("sleeper", 0.85)
    back = cab_front + cab_len
    if sleeper:
        high = a.chance(0.5)
        top = 3.6 if high else 3.25
        sleeper_len = 1.3
        body = rounded_box(
            (width, sleeper_len + 0.2, top - 1.25),
            0.15,
            a.segments(0.15),
            (0, back - 0.2 + (sleeper_len + 0.2) / 2, 1.25 + (top - 1.25) / 2),
        )
        a.add(body, "sleeper", paint)
        back += sleeper_len
    for sx in (-1, 1):
        side_window = box((0.12, cab_len * 0.5, 0.7), (sx * width / 2, cab_front + 0.6, 2.7))
        a.add(side_window, "window", GLASS, Tier.FIXED)
        lamp = rod(
            (sx * width * 0.32, front + 0.1, 1.45),
            (sx * width * 0.32, front - 0.06, 1.45),
            0.13,
            a.segments(0.13),
        )
        a.add(lamp, "headlight", HEADLIGHT, Tier.FIXED)
        if a.wants("exhaust"):
            stack_x = sx * (width / 2 - 0.12)
            stack = rod((stack_x, back + 0.12, 1.3), (stack_x, back + 0.12, 4.0), 0.1, 12)
            a.add(stack, "exhaust", CHROME, Tier.FIXED)
            bracket = box((0.24, 0.3, 0.15), (stack_x, back + 0.02, 2.5))
            a.add(bracket, "exhaust", CHROME, Tier.FIXED)
        tank_x = sx * 0.75
        tank = rod((tank_x, cab_front + 0.1, 0.95), (tank_x, cab_front + 1.3, 0.95), 0.32, 20)
        a.add(tank, "tank", CHROME, Tier.FIXED)
        step = box((0.3, 0.6, 0.08), (sx * 1.05, cab_front + 1.5, 0.8))
        a.add(step, "tank", CHROME, Tier.FIXED)
        mirror_arm = rod(
            (sx * width / 2, cab_front + 0.25, 2.6),
            (sx * (width / 2 + 0.3), cab_front + 0.1, 2.6),
            0.03,
            8,
        )
        a.add(mirror_arm, "mirror", FRAME_DARK, Tier.FIXED)
        a.add(
            box((0.1, 0.08, 0.5), (sx * (width / 2 + 0.32), cab_front + 0.1, 2.6)),
            "mirror",
            FRAME_DARK,
            Tier.FIXED,
        )
    fifth_wheel = cylinder(0.55, 0.2, 24, (0, front + length - 1.4, DECK - 0.02))
    a.add(fifth_wheel, "chassis", FRAME_DARK, Tier.FIXED)
    axle(a, front + 1.3, WHEEL_R, width - 0.05, 0.35)
    steer = box((0.5, 0.3, DECK - WHEEL_R), (0, front + 1.3, (DECK + WHEEL_R) / 2 - 0.1))
    a.add(steer, "chassis", FRAME_DARK, Tier.FIXED)
    for k in range(2):
        y = front + length - 1.05 - k * 1.3
        axle(a, y, WHEEL_R, width - 0.05, 0.6)
        # the spring hanger that carries the axle under the frame
        a.add(
            box((0.5, 0.3, DECK - WHEEL_R), (0, y, (DECK + WHEEL_R) / 2 - 0.1)),
            "chassis",
            FRAME_DARK,
            Tier.FIXED,
        )
        fender = rounded_box((width - 0.1, 1.1, 0.1), 0.04, 8, (0, y, 1.1))
        a.add(fender, "chassis", FRAME_DARK, Tier.FIXED)


def _trailer(a: Assembly, front: float, length: float, width: float) -> None:
    """A long box van on the fifth wheel, landing legs under its nose, tandem axles behind."""
    height = a.vary(2.75, 0.04)
    floor = DECK + 0.1
    # a little wider than the cab: no side of one is flush with a side of the other
    body = box((width + 0.06, length, height), (0, front + length / 2, floor + height / 2))
    a.add(body, "trailer", TRAILERS, Tier.SECONDARY)
    rail = box((width + 0.1, length, 0.12), (0, front + length / 2, floor + 0.06))
    a.add(rail, "trailer frame", FRAME_DARK, Tier.FIXED)
    for sx in (-1, 1):
        leg = box((0.12, 0.12, floor - 0.3), (sx * 0.8, front + 3.0, 0.3 + (floor - 0.3) / 2))
        a.add(leg, "trailer frame", FRAME_DARK, Tier.FIXED)
        a.add(
            box((0.3, 0.12, 0.16), (sx * (width / 2 - 0.3), front + length + 0.02, floor + 0.35)),
            "taillight",
            TAILLIGHT,
            Tier.FIXED,
        )
    back = front + length
    bogie = box((1.0, 3.0, floor - 0.5), (0, back - 2.2, 0.5 + (floor - 0.5) / 2))
    a.add(bogie, "trailer frame", FRAME_DARK, Tier.FIXED)
    for k in range(2):
        axle(a, back - 1.6 - k * 1.3, WHEEL_R, width - 0.05, 0.6)
    bumper = box((width - 0.4, 0.12, 0.12), (0, back - 0.1, 0.7))
    a.add(bumper, "trailer frame", FRAME_DARK, Tier.FIXED)
    a.add(
        box((0.12, 0.12, floor - 0.7), (0, back - 0.1, 0.7 + (floor - 0.7) / 2)),
        "trailer frame",
        HUB,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "semi truck",
    build_semi_truck,
    4.0,
    description="an articulated lorry: a big tractor unit with a sleeper cab and a long trailer",
    synonyms=(
        "semi",
        "semi trailer truck",
        "tractor trailer",
        "articulated lorry",
        "big rig",
        "artic",
    ),
    kinds=(
        "eighteen wheeler",
        "semi trailer",
        "tractor unit",
        "truck and trailer",
        "long haul truck",
        "freight truck",
        "transport truck",
        "haulage truck",
        "road train",
    ),
    parts=(
        "cab",
        "hood",
        "sleeper",
        "trailer",
        "trailer frame",
        "chassis",
        "grille",
        "bumper",
        "window",
        "headlight",
        "taillight",
        "exhaust",
        "tank",
        "mirror",
        "wheel",
        "hubcap",
    ),
    aliases={
        "bonnet": "hood",
        "tyre": "wheel",
        "tire": "wheel",
        "container": "trailer",
        "box": "trailer",
        "smokestack": "exhaust",
        "stack": "exhaust",
        "fuel tank": "tank",
        "windshield": "window",
        "windscreen": "window",
        "glass": "window",
    },
)
