"""A bathtub: a deep rounded tub, free-standing on clawed feet or built-in, with a tap and maybe
foam."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import CHROME
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, rounded_box, sphere, subtract

ENAMELS: tuple[RGB, ...] = ((248, 248, 245), (245, 243, 235), (30, 30, 33), (120, 170, 200))
WATER: RGB = (140, 190, 225)
FOAM: RGB = (250, 250, 252)


def build_bathtub(a: Assembly) -> None:
    """A bathtub: a deep rounded tub, free-standing on clawed feet or built-in, with a tap and maybe
    foam."""
    length, width, depth = a.vary(1.6, 0.08), a.vary(0.75, 0.08), a.vary(0.5, 0.1)
    enamel = a.pick(ENAMELS)
    clawfoot = a.mentions("claw", "clawfoot", "vintage", "victorian") or a.chance(0.5)
    lift = 0.12 if clawfoot else 0.0
    if clawfoot:
        seg = a.segments(width / 2)
        shell = Manifold.batch_hull(
            [
                ellipsoid(
                    (length * 0.45, width * 0.44, depth * 0.6), seg, (0, 0, lift + depth * 0.6)
                ),
                ellipsoid((length * 0.5, width * 0.5, 0.03), seg, (0, 0, lift + depth - 0.03)),
            ]
        ).trim_by_plane((0, 0, -1), -(lift + depth))
    else:
        shell = rounded_box((length, width, depth), 0.05, 12, (0, 0, depth / 2))
    if clawfoot:
        inside = ellipsoid(
            (length * 0.45, width * 0.42, depth * 0.85), a.segments(width / 2), (0, 0, lift + depth)
        )
    else:
        inside = rounded_box(
            (length - 0.12, width - 0.12, depth), 0.2, 16, (0, 0, lift + depth / 2 + 0.08)
        )
    a.add(subtract(shell, inside), "tub", enamel)
    if clawfoot and a.wants("foot"):
        metal = a.pick((GOLD, CHROME, (40, 40, 44)))
        for sx in (-1, 1):
            for sy in (-1, 1):
                # from inside the belly of the tub out to a ball foot on the floor
                x, y = sx * length * 0.25, sy * width * 0.18
                a.add(
                    rod((x, y, lift + 0.15), (x * 1.25, y * 1.4, 0.03), 0.03, 10),
                    "foot",
                    metal,
                    Tier.FIXED,
                )
                a.add(sphere(0.04, 10, (x * 1.25, y * 1.4, 0.035)), "foot", metal, Tier.FIXED)
    tap_x = length / 2 - (0.04 if clawfoot else 0.1)  # on the rim, clear of the basin
    top = lift + depth
    metal = CHROME
    a.add(rod((tap_x, 0, top - 0.04), (tap_x, 0, top + 0.15), 0.018, 12), "tap", metal, Tier.FIXED)
    a.add(
        rod((tap_x, 0, top + 0.15), (tap_x - 0.12, 0, top + 0.12), 0.015, 12),
        "tap",
        metal,
        Tier.FIXED,
    )
    for sy in (-1, 1):
        a.add(sphere(0.025, 10, (tap_x, sy * 0.06, top - 0.01)), "tap", metal, Tier.FIXED)
    if a.maybe("water", 0.5, "bubble", "bubbles", "foam", "bath"):
        water_z = lift + depth * 0.75
        a.add(box((length - 0.2, width - 0.2, 0.02), (0, 0, water_z)), "water", WATER, Tier.FIXED)
        if a.maybe("foam", 0.7, "bubble", "bubbles", "bubble bath"):
            for k in range(7):
                spot = ((k - 3) * length * 0.1, a.between(-0.15, 0.15), water_z + 0.01)
                puff = a.vary(0.1, 0.3)
                a.add(ellipsoid((puff, puff, puff * 0.5), 12, spot), "foam", FOAM, Tier.FIXED)


TEMPLATE = Template(
    "bathtub",
    build_bathtub,
    0.65,
    description="a large tub you fill with water to take a bath in",
    synonyms=("bath tub", "bath", "tub", "clawfoot tub", "clawfoot bathtub", "freestanding bath"),
    kinds=("jacuzzi", "bubble bath", "roll top bath", "soaking tub"),
    not_claimed=("bath towel", "bath mat", "hot tub", "bath bomb"),
    parts=("tub", "foot", "tap", "water", "foam"),
    aliases={"feet": "foot", "faucet": "tap", "bubbles": "foam", "legs": "foot"},
)
