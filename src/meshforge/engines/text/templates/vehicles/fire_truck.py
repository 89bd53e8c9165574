"""A fire engine: a red cab and long body with lockers, a ladder on the roof and beacons."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.service_vehicles import cab_and_body, light_bar
from meshforge.engines.text.kit.solids import box, rod
from meshforge.engines.text.kit.vehicles import HUB

FIRE_REDS: tuple[RGB, ...] = ((200, 25, 30), (215, 35, 35), (180, 20, 25))
SILVER: RGB = (205, 208, 214)


def build_fire_truck(a: Assembly) -> None:
    """A fire engine: a red cab and long body with lockers, a ladder on the roof and beacons."""
    red = a.pick(FIRE_REDS)
    length, width = a.vary(8.0, 0.08), 2.5
    c = cab_and_body(
        a,
        length,
        width,
        a.vary(2.3, 0.06),
        a.vary(3.0, 0.05),
        a.vary(3.0, 0.05),
        0.55,
        red,
        red,
        rear_axles=a.pick((1, 2)),
    )
    # rows of silver lockers down each side of the body
    lockers = 4
    span = c.back - c.body_front - 0.4
    for sx in (-1, 1):
        for k in range(lockers):
            y = c.body_front + 0.2 + span * (k + 0.5) / lockers
            a.add(
                box((0.06, span / lockers - 0.12, 1.2), (sx * width / 2, y, 1.9)),
                "locker",
                SILVER,
                Tier.FIXED,
            )
    a.add(
        box((width + 0.04, length - 0.4, 0.14), (0, 0.1, 1.15)),
        "stripe",
        (245, 245, 240),
        Tier.FIXED,
    )
    light_bar(a, c.front + 0.5, c.cab_top, width * 0.7)
    if a.wants("ladder"):
        top = c.body_top + 0.25
        start, end = c.body_front - 0.8, c.back + a.between(0.0, 0.8)
        for sx in (-1, 1):
            a.add(
                box((0.1, end - start, 0.14), (sx * 0.45, (start + end) / 2, top)),
                "ladder",
                SILVER,
                Tier.FIXED,
            )
        rungs = int((end - start) / 0.35)
        for k in range(rungs + 1):
            y = start + 0.1 + k * (end - start - 0.2) / rungs
            a.add(rod((-0.45, y, top), (0.45, y, top), 0.035, 8), "ladder", SILVER, Tier.FIXED)
        for y in (c.body_front + 0.4, c.back - 0.6):
            a.add(box((0.9, 0.25, 0.3), (0, y, c.body_top + 0.1)), "ladder", HUB, Tier.FIXED)
    if a.maybe("hose", 0.6, "reel"):
        a.add(
            rod((-0.6, c.back + 0.02, 1.6), (0.6, c.back + 0.02, 1.6), 0.35, a.segments(0.35)),
            "hose",
            (200, 180, 120),
            Tier.FIXED,
        )


TEMPLATE = Template(
    "fire truck",
    build_fire_truck,
    3.3,
    description="a red fire engine with a ladder on the roof and flashing lights",
    synonyms=("fire engine", "firetruck", "fire lorry", "ladder truck", "fire appliance"),
    kinds=("hook and ladder", "fire brigade truck"),
    parts=(
        "cab",
        "body",
        "chassis",
        "window",
        "wheel",
        "hubcap",
        "headlight",
        "taillight",
        "bumper",
        "locker",
        "stripe",
        "lights",
        "beacon",
        "ladder",
        "hose",
    ),
    aliases={"siren": "beacon", "tyre": "wheel", "tire": "wheel", "glass": "window"},
    priority=1,
)
