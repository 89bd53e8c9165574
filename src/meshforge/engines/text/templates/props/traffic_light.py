"""A traffic light: a dark housing with red, amber and green lamps under hoods, on a pole."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rounded_box
from meshforge.engines.text.kit.sweeps import front_disc

HOUSINGS: tuple[RGB, ...] = ((35, 35, 38), (40, 60, 45), (220, 180, 40))
POLE: RGB = (90, 92, 98)
LAMPS: tuple[RGB, ...] = ((230, 40, 35), (245, 170, 30), (60, 200, 90))


def build_traffic_light(a: Assembly) -> None:
    """A traffic light: a dark housing with red, amber and green lamps under hoods, on a pole."""
    pole_h = a.vary(2.6, 0.1)
    lamp_r = a.vary(0.1, 0.08)
    housing_w, housing_h = lamp_r * 2.8, lamp_r * 8.4
    a.add(cylinder(0.06, pole_h, 12), "pole", POLE, Tier.FIXED)
    a.add(cylinder(0.15, 0.06, 16), "pole", POLE, Tier.FIXED)
    z0 = pole_h - 0.05
    center = (0.0, 0.0, z0 + housing_h / 2)
    a.add(
        rounded_box((housing_w, lamp_r * 2.2, housing_h), lamp_r * 0.4, 12, center),
        "housing",
        HOUSINGS,
    )
    front = -lamp_r * 1.1
    for k, color in enumerate(LAMPS):
        z = z0 + housing_h * (5 - 2 * k) / 6
        part = ("red light", "amber light", "green light")[k]
        a.add(front_disc(lamp_r, 0.03, a.segments(lamp_r), 0.0, z, front), part, color, Tier.FIXED)
        hood = box((lamp_r * 2.3, lamp_r * 0.9, 0.02), (0, front - lamp_r * 0.4, z + lamp_r * 1.1))
        a.add(hood, "housing", HOUSINGS)
    if a.maybe("backplate", 0.5):
        plate = box((housing_w * 1.6, 0.02, housing_h * 1.08), (0, lamp_r * 1.1, center[2]))
        a.add(plate, "backplate", (30, 30, 32), Tier.FIXED)


TEMPLATE = Template(
    "traffic light",
    build_traffic_light,
    3.4,
    description="a traffic signal on a pole with red, amber and green lights stacked in a box",
    synonyms=(
        "traffic lights",
        "traffic signal",
        "stoplight",
        "stop light",
        "signal light",
        "traffic lamp",
    ),
    kinds=("street light signal", "road signal"),
    parts=("housing", "pole", "red light", "amber light", "green light", "backplate"),
    aliases={"box": "housing", "post": "pole", "yellow light": "amber light", "lights": "housing"},
)
