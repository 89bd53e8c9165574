"""French fries: a red paper carton holding a bunch of golden potato sticks."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, side_prism, subtract, union

FRIES: tuple[RGB, ...] = ((245, 200, 80), (240, 190, 70), (250, 210, 100))
CARTONS: tuple[RGB, ...] = ((210, 35, 35), (220, 40, 45), (240, 200, 40))


def build_french_fries(a: Assembly) -> None:
    """French fries: a red paper carton holding a bunch of golden potato sticks."""
    width, height, depth = a.vary(0.09, 0.08), a.vary(0.1, 0.08), a.vary(0.04, 0.1)
    if a.wants("carton"):
        # a flat-bottomed sleeve that widens upward, with a scooped front and back
        outline = [
            (-width * 0.36, 0.0),
            (width * 0.36, 0.0),
            (width * 0.5, height),
            (-width * 0.5, height),
        ]
        front = side_prism([(y, z) for y, z in outline], depth, 0.0).rotate((0, 0, 90))
        scoop = side_prism(
            [(-width * 0.3, height * 1.2), (0.0, height * 0.72), (width * 0.3, height * 1.2)],
            depth * 2,
            0.0,
        ).rotate((0, 0, 90))
        carton = subtract(front, scoop)
        a.add(carton, "carton", CARTONS, Tier.SECONDARY)
    sticks = []
    count = a.count("fry", a.pick((14, 17, 20)), 3, 40)
    thick = width * 0.075
    for k in range(count):
        x = width * 0.8 * ((k + 0.5) / count - 0.5) + a.between(-0.003, 0.003)
        y = a.between(-depth * 0.3, depth * 0.3)
        length = height * a.between(0.55, 0.85)
        stick = box((thick, thick, length), (0, 0, length / 2))
        stick = stick.rotate(
            (a.between(-12, 12), a.between(-15, 15) + x / width * 25, a.between(0, 40))
        )
        sticks.append(stick.translate((x, y, height * a.between(0.45, 0.7))))
    a.add(union(sticks), "fry", FRIES)


TEMPLATE = Template(
    "french fries",
    build_french_fries,
    0.15,
    description="golden french fries standing in a red paper carton",
    synonyms=("fries", "french fry", "potato fries"),
    kinds=("curly fries", "steak fries", "pommes frites"),
    parts=("carton", "fry"),
    aliases={"box": "carton", "container": "carton", "fries": "fry", "potato": "fry"},
)
