"""A pair of binoculars: two armoured barrels on a centre hinge, big lenses to the front."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.optics import GLASS, OPTIC_BLACK, barrel, plain_barrel
from meshforge.engines.text.kit.solids import box, rod, sphere, union

#: rubber armour: black, army green, navy, sand
ARMOUR = ((35, 35, 38), (70, 85, 55), (40, 50, 80), (170, 150, 110))
TRIM = (200, 202, 206)


def build_binoculars(a: Assembly) -> None:
    """A pair of binoculars: two armoured barrels on a centre hinge, big lenses to the front."""
    lens_r = a.vary(0.027, 0.12)
    spread = a.vary(0.068, 0.06)  # objective axis from the centre line
    eye_x = 0.034
    length = a.vary(0.15, 0.08)
    armour = a.pick(ARMOUR)
    z = lens_r + 0.004
    porro = a.chance(0.6)  # offset prisms; else straight roof-prism barrels
    front, back = -length * 0.55, length * 0.45
    # both halves' pieces of one part are joined first, so the model keeps few parts
    pieces: dict[str, list[Manifold]] = {"barrel": [], "eyecup": [], "ring": [], "lens": []}
    ocular = [(0.0, 0.0), (0.017, 0.0), (0.017, 0.02), (0.02, 0.026), (0.02, 0.045), (0.0, 0.045)]
    for side in (-1, 1):
        x_front = side * (spread if porro else eye_x + lens_r * 0.8)
        x_back = side * eye_x
        pieces["barrel"] += [
            plain_barrel(lens_r, length * 0.45, 24, (x_front, front, z), 0.0, 90.0),
            # the prism housing joins the objective's axis to the eyepiece's
            Manifold.batch_hull(
                [
                    sphere(lens_r * 0.9, 16, (x_front, -length * 0.05, z)),
                    sphere(lens_r * 0.75, 16, (x_back, back - 0.03, z)),
                ]
            ),
        ]
        pieces["eyecup"].append(barrel(ocular, 16, (x_back, back - 0.02, z), 0.0, 90.0))
        pieces["ring"].append(
            plain_barrel(lens_r * 1.06, 0.012, 24, (x_front, front - 0.004, z), 0.0, 90.0)
        )
        pieces["lens"].append(
            plain_barrel(lens_r * 0.85, 0.004, 24, (x_front, front - 0.006, z), 0.0, 90.0)
        )
    a.add(union(pieces["barrel"]), "barrel", armour)
    a.add(union(pieces["eyecup"]), "eyecup", OPTIC_BLACK, Tier.FIXED)
    a.add(union(pieces["ring"]), "ring", TRIM, Tier.SECONDARY)
    a.add(union(pieces["lens"]), "lens", GLASS, Tier.FIXED)
    # the hinge between the barrels, with the focus wheel on top of it
    hinge = [rod((0, -length * 0.2, z), (0, back - 0.01, z), 0.012, 12)]
    hinge += [box((2 * eye_x, 0.022, 0.012), (0, y, z)) for y in (-length * 0.12, back - 0.045)]
    a.add(union(hinge), "hinge", OPTIC_BLACK, Tier.FIXED)
    wheel = rod((-0.012, back - 0.035, z + 0.012), (0.012, back - 0.035, z + 0.012), 0.013, 16)
    a.add(wheel, "wheel", OPTIC_BLACK, Tier.FIXED)


TEMPLATE = Template(
    "binoculars",
    build_binoculars,
    0.07,
    description="a pair of binoculars: two joined telescopes held to both eyes to see far away",
    synonyms=("binocular", "pair of binoculars", "field glasses", "opera glasses", "binos"),
    parts=("barrel", "ring", "lens", "eyecup", "hinge", "wheel"),
    aliases={
        "body": "barrel",
        "tube": "barrel",
        "armour": "barrel",
        "armor": "barrel",
        "lenses": "lens",
        "eyepiece": "eyecup",
        "focus wheel": "wheel",
        "trim": "ring",
    },
)
