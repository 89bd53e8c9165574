"""A tuba standing upright: a big upturned bell over coiled tubing, with valves and a mouthpiece."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SILVER
from meshforge.engines.text.kit.instruments import BRASS_LACQUER
from meshforge.engines.text.kit.solids import cylinder, lathe, rod, sphere
from meshforge.engines.text.kit.sweeps import hoop, tube

PEARL: RGB = (240, 235, 220)


def build_tuba(a: Assembly) -> None:
    """A tuba standing upright: a big upturned bell over coiled tubing, valves and a mouthpiece."""
    height = a.vary(0.9, 0.06)
    bell_r = height * a.between(0.22, 0.27)
    brass = a.pick((BRASS_LACQUER, BRASS_LACQUER, SILVER))
    body_r = height * 0.1
    base = height * 0.12
    # the body: a wide tube rising from a rounded bottom bow into the flared bell
    profile = [(0.0, 0.0), (body_r * 0.9, 0.0)]
    for k in range(1, 11):
        t = k / 10
        profile.append((body_r + (bell_r - body_r) * t**3.2, (height - base) * t))
    profile += [(bell_r - 0.004, height - base), (0.0, height - base - 0.02)]
    a.add(lathe(profile, a.segments(bell_r)).translate((0, 0, base)), "bell", brass)
    a.add(sphere(body_r * 1.05, a.segments(body_r), (0, 0, base)), "bell", brass)
    coil_r = height * 0.2
    a.add(
        hoop(coil_r, body_r * 0.35, a.segments(coil_r))
        .rotate((90, 0, 0))
        .translate((-coil_r * 0.6, 0, height * 0.4)),
        "tubing",
        brass,
    )
    valves_x = -coil_r * 0.7
    for k in range(4):
        y = -0.04 + k * 0.027
        a.add(
            cylinder(body_r * 0.28, height * 0.18, 12, (valves_x, y - body_r * 0.2, height * 0.35)),
            "valves",
            SILVER,
            Tier.FIXED,
        )
        a.add(
            cylinder(body_r * 0.35, 0.01, 12, (valves_x, y - body_r * 0.2, height * 0.53)),
            "valves",
            PEARL,
            Tier.FIXED,
        )
    a.add(
        rod((valves_x, -0.05, height * 0.45), (0, 0, height * 0.45), body_r * 0.3, 8),
        "tubing",
        brass,
    )
    lead = tube(
        [
            (valves_x, 0.02, height * 0.5),
            (valves_x - 0.05, 0.04, height * 0.65),
            (valves_x - 0.08, 0.0, height * 0.72),
        ],
        body_r * 0.18,
        10,
    )
    a.add(lead, "tubing", brass)
    a.add(
        cylinder(body_r * 0.28, 0.04, 12, (valves_x - 0.08, 0.0, height * 0.72)),
        "mouthpiece",
        SILVER,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "tuba",
    build_tuba,
    0.9,
    description="a large low brass instrument with coiled tubing and a wide bell pointing up",
    synonyms=(
        "tubas",
        "sousaphone",
        "euphonium",
        "baritone horn",
        "french horn",
        "horn instrument",
    ),
    kinds=("helicon", "tenor horn"),
    parts=("bell", "tubing", "valves", "mouthpiece"),
    aliases={"valve": "valves", "tube": "tubing", "horn": "bell"},
)
