"""A cookie jar: a round glass or ceramic jar with a knobbed lid, cookies showing."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CHOCOLATE, CRUSTS
from meshforge.engines.text.kit.solids import cylinder, dome, sphere
from meshforge.engines.text.kit.tableware import CERAMICS, GLASS, turned_body

LIDS: tuple[RGB, ...] = ((200, 60, 50), (240, 240, 235), (60, 100, 170), (190, 150, 100))


def build_cookie_jar(a: Assembly) -> None:
    """A cookie jar: a round glass or ceramic jar with a knobbed lid, cookies showing or a painted
    face."""
    radius, height = a.vary(0.1, 0.12), a.vary(0.2, 0.12)
    glass = a.chance(0.5) and not a.mentions("ceramic", "porcelain")
    body = GLASS if glass else a.pick(CERAMICS)
    shape = a.pick(([0.85, 1.0, 1.0, 0.85], [0.9, 1.0, 0.9, 0.7], [1.0, 1.0, 1.0, 1.0]))
    turned_body(a, [radius * s for s in shape], height, body)
    if a.wants("band"):
        band_r = radius * max(shape) * 1.01
        a.add(
            cylinder(band_r, height * 0.14, a.segments(radius), (0, 0, height * 0.4)),
            "band",
            a.pick(LIDS),
            Tier.SECONDARY,
        )
    if a.maybe("cookie", 0.6, "cookies", "biscuit"):  # one cookie leaning on the jar
        disc = cylinder(radius * 0.45, 0.014, 16).rotate((75, 0, 0))
        spot = (radius * 0.45, -radius * min(shape) - 0.004, radius * 0.42)  # resting on the jar
        a.add(disc.translate(spot), "cookie", a.pick(CRUSTS), Tier.FIXED)
        for dx, dz in ((-0.012, 0.01), (0.015, -0.005), (0.0, -0.02)):
            a.add(
                sphere(0.007, 8, (spot[0] + dx, spot[1] - 0.012, spot[2] + dz)),
                "cookie",
                CHOCOLATE,
                Tier.FIXED,
            )
    lid_r = radius * shape[-1] * 1.05
    lid = a.pick(LIDS)
    a.add(
        cylinder(lid_r, 0.02, a.segments(lid_r), (0, 0, height - 0.005)), "lid", lid, Tier.SECONDARY
    )
    a.add(
        dome((lid_r, lid_r, lid_r * 0.35), a.segments(lid_r), (0, 0, height + 0.012)),
        "lid",
        lid,
        Tier.SECONDARY,
    )
    a.add(
        sphere(0.02, 12, (0, 0, height + 0.015 + lid_r * 0.35 + 0.01)), "knob", lid, Tier.SECONDARY
    )


TEMPLATE = Template(
    "cookie jar",
    build_cookie_jar,
    0.25,
    description="a lidded kitchen jar for keeping biscuits and cookies",
    synonyms=("biscuit jar", "biscuit barrel", "cookie tin", "candy jar", "treat jar"),
    kinds=("glass cookie jar", "ceramic cookie jar"),
    parts=("body", "band", "cookie", "lid", "knob"),
    aliases={"jar": "body", "biscuit": "cookie", "cookies": "cookie", "handle": "knob"},
)
