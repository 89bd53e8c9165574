"""An exercise bike: a stationary frame on a floor base, a flywheel, pedals, saddle, handlebars."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, ellipsoid, rod
from meshforge.engines.text.kit.sweeps import tube

FRAMES: tuple[RGB, ...] = ((40, 40, 45), (200, 200, 205), (200, 40, 40))
FLYWHEEL: RGB = (170, 172, 180)
BLACK: RGB = (28, 28, 31)


def build_exercise_bike(a: Assembly) -> None:
    """A stationary frame on a floor base, a flywheel, pedals, saddle and handlebars."""
    frame = a.pick(FRAMES)
    length = a.vary(1.1, 0.06)
    front, back = -length / 2, length / 2
    for y in (front + 0.05, back - 0.05):
        a.add(rod((-0.28, y, 0.04), (0.28, y, 0.04), 0.04, 12), "base", BLACK, Tier.FIXED)
    a.add(box((0.08, length - 0.1, 0.06), (0, 0, 0.06)), "frame", frame)
    hub = (0.0, front + 0.25, 0.36)
    a.add(
        rod((-0.03, hub[1], hub[2]), (0.03, hub[1], hub[2]), 0.26, 48),
        "flywheel",
        FLYWHEEL,
        Tier.FIXED,
    )
    a.add(rod((0, front + 0.08, 0.06), (0, front + 0.2, 1.0), 0.035, 12), "frame", frame)
    a.add(rod((0, back - 0.1, 0.06), (0, 0.05, 0.45), 0.04, 12), "frame", frame)
    a.add(rod((0, 0.05, 0.45), (0, front + 0.25, 0.36), 0.035, 12), "frame", frame)
    crank = (0.0, 0.05, 0.45)
    for sx in (-1, 1):
        end = (sx * 0.1, 0.05 + sx * 0.14, 0.45 - sx * 0.05)
        a.add(rod((0, crank[1], crank[2]), end, 0.012, 8), "pedal", BLACK, Tier.FIXED)
        a.add(box((0.09, 0.05, 0.025), (sx * 0.14, end[1], end[2])), "pedal", BLACK, Tier.FIXED)
    seat_top = a.vary(1.0, 0.06)
    a.add(rod((0, 0.05, 0.45), (0, 0.14, seat_top), 0.03, 10), "seat post", frame)
    a.add(
        ellipsoid((0.09, 0.14, 0.045), 16, (0, 0.16, seat_top + 0.02)),
        "saddle",
        BLACK,
        Tier.SECONDARY,
    )
    bar = [
        (-0.22, front + 0.08, 1.08),
        (-0.18, front + 0.16, 1.0),
        (0.18, front + 0.16, 1.0),
        (0.22, front + 0.08, 1.08),
    ]
    a.add(tube(bar, 0.018, 10), "handlebar", BLACK, Tier.FIXED)
    a.add(box((0.22, 0.05, 0.14), (0, front + 0.16, 1.05)), "console", BLACK, Tier.FIXED)


TEMPLATE = Template(
    "exercise bike",
    build_exercise_bike,
    1.2,
    description="an exercise bike: a stationary gym cycle with a flywheel, pedals and a saddle",
    synonyms=("stationary bike", "spin bike", "exercise bicycle", "exercise bikes", "indoor bike"),
    kinds=("spinning bike", "peloton"),
    parts=("base", "frame", "flywheel", "pedal", "seat post", "saddle", "handlebar", "console"),
    aliases={"seat": "saddle", "pedals": "pedal", "handlebars": "handlebar", "wheel": "flywheel"},
)
