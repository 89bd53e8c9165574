"""A burrito: a fat roll of wrapped tortilla, cut open at one end to show its filling."""

from __future__ import annotations

import math

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import golden_points
from meshforge.engines.text.kit.solids import box, capsule, cylinder, sphere, union

TORTILLAS: tuple[RGB, ...] = ((235, 210, 160), (225, 195, 140), (240, 220, 175))
FOIL: RGB = (205, 208, 212)
#: what shows on the cut face: rice, beans, meat, salsa, lettuce
FILLINGS: tuple[RGB, ...] = (
    (245, 240, 225),
    (90, 50, 35),
    (150, 90, 55),
    (210, 50, 35),
    (110, 170, 60),
)


def build_burrito(a: Assembly) -> None:
    """A burrito: a fat roll of wrapped tortilla, cut open at one end to show its filling."""
    length, radius = a.vary(0.2, 0.1), a.vary(0.035, 0.1)
    segments = a.segments(radius)
    roll = capsule((-length / 2 + radius, 0, 0), (length / 2 - radius, 0, 0), radius, segments)
    # flattened a little where it rests, and cut square across near its front end
    roll = roll.scale((1.0, 1.0, 0.88))
    cut = length / 2 - radius * 0.7
    yaw = a.between(-25, 25)
    lift = radius * 0.88

    def place(solid: Manifold) -> Manifold:
        """Turn a piece about the vertical and lift it onto the ground, as the whole roll."""
        return solid.rotate((0, 0, yaw)).translate((0, 0, lift))

    wrap = roll.trim_by_plane((-1, 0, 0), -cut)
    # the tortilla's last turn: a flap seam running along the top
    seam = capsule(
        (-length / 2 + radius * 1.3, 0, radius * 0.8), (cut, 0, radius * 0.8), radius * 0.12, 10
    )
    seam = seam.rotate((a.between(30, 50), 0, 0))
    a.add(place(union([wrap, seam]).trim_by_plane((-1, 0, 0), -cut)), "tortilla", TORTILLAS)
    face = cylinder(radius * 0.86, radius * 0.06, segments).rotate((0, 90, 0))
    a.add(
        place(face.translate((cut - radius * 0.05, 0, 0)).scale((1, 1, 0.88))),
        "filling",
        FILLINGS[2],
        Tier.FIXED,
    )
    if a.wants("filling"):
        # bits of rice, beans, salsa and lettuce on the cut face, each colour its own piece
        groups: dict[int, list[Manifold]] = {}
        for k, (angle, fraction) in enumerate(golden_points(22)):
            r = radius * 0.75 * math.sqrt(fraction)
            spot = (cut, r * math.cos(angle), r * math.sin(angle) * 0.88)
            groups.setdefault(k % len(FILLINGS), []).append(sphere(radius * 0.1, 8, spot))
        for index, bits in groups.items():
            a.add(place(union(bits)), "bits", FILLINGS[index], Tier.FIXED)
    if a.maybe("foil", 0.4, "wrapped"):
        # the back half in a foil sleeve, just proud of the tortilla
        back = box((length * 0.5, radius * 3, radius * 3), (-length * 0.3, 0, 0))
        sleeve = roll.scale((1.03, 1.06, 1.06)) ^ back
        a.add(place(sleeve), "foil", FOIL, Tier.FIXED)


TEMPLATE = Template(
    "burrito",
    build_burrito,
    0.07,
    description="a rolled flour tortilla wrap, cut open to show rice, beans and meat inside",
    synonyms=("burritos", "tortilla wrap", "breakfast burrito", "burrito wrap"),
    kinds=("chicken burrito", "bean burrito", "chimichanga"),
    parts=("tortilla", "filling", "bits", "foil"),
    aliases={"wrapper": "foil", "rice": "bits", "beans": "bits", "inside": "filling"},
)
