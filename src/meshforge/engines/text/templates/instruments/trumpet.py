"""A trumpet lying level: a flared bell, a loop of tubing, three piston valves, a mouthpiece."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SILVER, lathe_x
from meshforge.engines.text.kit.instruments import BRASS_LACQUER
from meshforge.engines.text.kit.solids import cylinder, rod, union
from meshforge.engines.text.kit.sweeps import tube

PEARL: RGB = (240, 235, 220)


def build_trumpet(a: Assembly) -> None:
    """A trumpet lying level: a flared bell, a loop of tubing, three piston valves, a mouthpiece."""
    length = a.vary(0.48, 0.05)
    r = 0.0055
    z = 0.08
    brass = a.pick((BRASS_LACQUER, BRASS_LACQUER, SILVER))
    bell_r = a.vary(0.06, 0.08)
    bell_len = length * 0.45
    profile = [(0.0, 0.0), (r * 1.2, 0.0)]
    for k in range(1, 9):
        t = k / 8
        profile.append((r * 1.2 + (bell_r - r * 1.2) * t**3.2, bell_len * t))
    profile += [(bell_r - 0.002, bell_len), (0.0, bell_len - 0.01)]
    bell = (
        lathe_x(profile, a.segments(bell_r))
        .mirror((1.0, 0.0, 0.0))
        .translate((-length * 0.05, 0, z))
    )
    a.add(bell, "bell", brass)
    x0, x1 = -length * 0.05, length * 0.42
    valves_x = (length * 0.08, length * 0.14, length * 0.2)
    lower = z - 0.045
    loop = tube(
        [
            (x0, 0, z),
            (x1 * 0.5, 0, z),
            (x1 * 0.9, 0, z - 0.008),
            (x1 * 1.02, 0, (z + lower) / 2),
            (x1 * 0.9, 0, lower + 0.008),
            (x1 * 0.5, 0, lower),
            (-length * 0.12, 0, lower),
            (-length * 0.2, 0, (z + lower) / 2),
            (-length * 0.12, 0, z - 0.012),
            (valves_x[0], 0, z - 0.012),
        ],
        r,
        a.segments(r * 6),
    )
    pipe = rod((valves_x[-1], 0, lower + 0.012), (x1 * 1.2, 0, lower + 0.012), r * 0.9, 12)
    a.add(union([loop, pipe]), "tubing", brass)
    mouth = lathe_x(
        [
            (0.0, 0.0),
            (r * 0.9, 0.0),
            (r * 0.8, 0.05),
            (r * 2.2, 0.075),
            (r * 1.2, 0.08),
            (0.0, 0.075),
        ],
        16,
    ).translate((x1 * 1.2 - 0.005, 0, lower + 0.012))
    a.add(mouth, "mouthpiece", SILVER, Tier.FIXED)
    for x in valves_x:
        a.add(cylinder(0.0085, 0.09, 16, (x, 0, lower - 0.02)), "valve", brass)
        a.add(
            rod((x, 0, lower + 0.065), (x, 0, lower + 0.097), 0.003, 8), "valve", SILVER, Tier.FIXED
        )
        a.add(cylinder(0.009, 0.006, 16, (x, 0, lower + 0.095)), "button", PEARL, Tier.FIXED)


TEMPLATE = Template(
    "trumpet",
    build_trumpet,
    0.15,
    description="a brass wind instrument with a flared bell, looped tubing and three valves",
    synonyms=("bugle", "flugelhorn", "brass trumpet"),
    kinds=("jazz trumpet", "pocket trumpet"),
    parts=("bell", "tubing", "mouthpiece", "valve", "button"),
    aliases={"tube": "tubing", "pipe": "tubing", "key": "button"},
)
