"""A fire extinguisher: a red cylinder with a valve head, squeeze lever, gauge and a hose."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, CHROME
from meshforge.engines.text.kit.solids import box, cylinder, lathe, rod
from meshforge.engines.text.kit.sweeps import front_disc, tube

REDS: tuple[RGB, ...] = ((205, 30, 30), (190, 25, 30), (215, 40, 35))
LABELS: tuple[RGB, ...] = ((240, 240, 235), (30, 30, 32), (240, 200, 40), (40, 90, 170))
GAUGE: RGB = (245, 245, 240)


def build_fire_extinguisher(a: Assembly) -> None:
    """A fire extinguisher: a red cylinder with a valve head, squeeze lever, gauge and a hose."""
    radius, height = a.vary(0.075, 0.1), a.vary(0.45, 0.1)
    red = a.pick(REDS)
    shoulder = height * 0.86
    profile = [(0.0, 0.0), (radius * 0.96, 0.0), (radius, 0.012), (radius, shoulder)]
    profile += [(radius * 0.8, shoulder + radius * 0.45), (radius * 0.3, height), (0.0, height)]
    a.add(lathe(profile, a.segments(radius)), "body", red)
    if a.maybe("label", 0.8):
        band = cylinder(radius + 0.0015, height * 0.3, a.segments(radius), (0, 0, height * 0.3))
        label = band ^ box(
            (radius * 1.4, radius * 3, height), (0, -radius, height / 2)
        )  # front half only
        a.add(label, "label", a.pick(LABELS), Tier.SECONDARY)
    metal = a.pick((CHROME, BLACK_PLASTIC))
    head_z = height - 0.004
    a.add(cylinder(radius * 0.32, 0.05, 16, (0, 0, head_z)), "valve", metal, Tier.FIXED)
    # the carrying handle below and the squeeze lever above, both reaching back (+Y)
    top = head_z + 0.05
    a.add(
        box((0.025, radius * 1.6, 0.012), (0, radius * 0.75, top - 0.02)),
        "handle",
        metal,
        Tier.FIXED,
    )
    # tilted about its own pivot over the valve, not about the world's origin
    lever = box((0.022, radius * 1.5, 0.01), (0, radius * 0.65, 0.0)).rotate((-8, 0, 0))
    a.add(lever.translate((0, 0, top + 0.01)), "lever", metal, Tier.FIXED)
    a.add(rod((0.0, 0.0, top - 0.01), (0.0, 0.0, top + 0.02), 0.01, 10), "valve", metal, Tier.FIXED)
    if a.wants("gauge"):  # on the valve's front, facing the viewer
        gauge_z, stem_y = top - 0.025, -radius * 0.32
        # the stem runs into the dial's middle: ending at its back face, the two only touch
        a.add(
            rod((0, stem_y + 0.004, gauge_z), (0, stem_y - 0.012, gauge_z), 0.004, 8),
            "gauge",
            metal,
            Tier.FIXED,
        )
        dial = front_disc(0.016, 0.008, 16, 0.0, gauge_z, stem_y - 0.012)
        a.add(dial, "gauge", GAUGE, Tier.FIXED)
    if a.wants("hose"):  # from the valve's side, down the body, the nozzle clipped low
        start = (radius * 0.3, 0.0, top - 0.03)
        path = [
            start,
            (radius * 0.9, -radius * 0.1, top - 0.05),
            (radius * 1.12, -radius * 0.3, height * 0.7),
            (radius * 1.08, -radius * 0.35, height * 0.35),
        ]
        a.add(tube(path, 0.008, 12), "hose", BLACK_PLASTIC, Tier.FIXED)
        end = path[-1]
        nozzle = rod(end, (end[0], end[1], end[2] - 0.06), 0.011, 12, 0.015)
        a.add(nozzle, "hose", BLACK_PLASTIC, Tier.FIXED)


TEMPLATE = Template(
    "fire extinguisher",
    build_fire_extinguisher,
    0.5,
    description="a red pressurised cylinder with a hose and a lever for putting out fires",
    synonyms=("extinguisher", "fire extinguisher", "co2 extinguisher", "foam extinguisher"),
    parts=("body", "label", "valve", "handle", "lever", "gauge", "hose"),
    aliases={"nozzle": "hose", "cylinder": "body", "trigger": "lever", "dial": "gauge"},
)
