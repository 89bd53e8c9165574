"""A sea turtle: a low teardrop shell with scute plates, long paddle flippers in front, short
ones behind, and a blunt beaked head held out forward."""

from __future__ import annotations

from manifold3d import Manifold, OpType

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.sea_life import flipper
from meshforge.engines.text.kit.solids import capsule, cylinder, dome, ellipsoid

SHELLS: tuple[RGB, ...] = ((110, 90, 50), (85, 100, 55), (125, 95, 55))
SKINS: tuple[RGB, ...] = ((150, 140, 95), (120, 135, 100), (165, 150, 110))


def _scutes(grown: Manifold, width: float, length: float) -> Manifold:
    """Hexagonal plates on the shell: a middle row and two side rows, cut from ``grown``."""
    plate = length * 0.1
    spots = [(0.0, y * length) for y in (-0.22, 0.0, 0.22)]
    spots += [(s * width * 0.26, y * length) for s in (-1, 1) for y in (-0.12, 0.12)]
    cutters = [cylinder(plate, 1.0, 6, (x, y, 0.0)) for x, y in spots]
    return Manifold.batch_boolean(
        [grown, Manifold.batch_boolean(cutters, OpType.Add)], OpType.Intersect
    )


def build_sea_turtle(a: Assembly) -> None:
    """A sea turtle: a low teardrop shell, long front flippers, short back ones, a beaked head."""
    length, width = a.vary(0.9, 0.1), a.vary(0.75, 0.08)
    width *= length
    height = length * a.vary(0.2, 0.08)
    shell, skin = a.pick(SHELLS), a.pick(SKINS)
    lift = length * 0.06
    # a teardrop from above: wide at the shoulders, tapering to the tail
    radii = (width / 2, length / 2, height)
    body = dome(radii, a.segments(width / 2), (0, 0, lift))
    taper = ellipsoid(
        (width / 2, length / 2, height * 1.2), a.segments(width / 2), (0, -length * 0.08, lift)
    )
    a.add(body ^ taper.scale((1.0, 1.12, 1.0)), "shell", shell)
    belly = ellipsoid(
        (width * 0.46, length * 0.46, lift * 1.2), a.segments(width / 2), (0, 0, lift)
    )
    a.add(belly, "belly", (225, 210, 160), Tier.FIXED)
    grown = dome(
        (radii[0] + 0.006, radii[1] + 0.006, radii[2] + 0.006), a.segments(width / 2), (0, 0, lift)
    ) ^ taper.scale((1.01, 1.13, 1.01))
    darker: RGB = (max(0, shell[0] - 35), max(0, shell[1] - 35), max(0, shell[2] - 30))
    a.add(_scutes(grown, width, length), "scute", darker, Tier.FIXED)
    sweep = a.between(15, 35)
    for side in (-1, 1):
        front = flipper(
            length * 0.55,
            length * 0.16,
            length * 0.025,
            side,
            (side * width * 0.35, -length * 0.2, lift * 1.2),
            a.between(5, 15),
        )
        a.add(front.rotate((0, 0, -side * sweep)), "flipper", skin, Tier.SECONDARY)
        back = flipper(
            length * 0.22,
            length * 0.12,
            length * 0.02,
            side,
            (side * width * 0.25, length * 0.33, lift * 1.1),
            5,
        )
        a.add(back.rotate((0, 0, side * 35)), "flipper", skin, Tier.SECONDARY)
    head_r = length * 0.085
    head = (0.0, -length * 0.6, lift + height * 0.35)
    a.add(
        capsule((0, -length * 0.35, lift + height * 0.2), head, head_r * 0.8, a.segments(head_r)),
        "head",
        skin,
        Tier.SECONDARY,
    )
    a.add(
        ellipsoid((head_r, head_r * 1.3, head_r * 0.9), a.segments(head_r), head),
        "head",
        skin,
        Tier.SECONDARY,
    )
    set_eyes(a, head, head_r, 55, 15, 0.16)
    a.add(
        capsule((0, length * 0.4, lift), (0, length * 0.52, lift * 0.8), length * 0.02, 8),
        "tail",
        skin,
        Tier.SECONDARY,
    )


TEMPLATE = Template(
    "sea turtle",
    build_sea_turtle,
    0.25,
    description="a large ocean turtle with a flat streamlined shell and paddle flippers",
    synonyms=("sea turtles", "marine turtle", "ocean turtle", "green sea turtle"),
    kinds=(
        "leatherback",
        "leatherback turtle",
        "loggerhead",
        "hawksbill",
        "loggerhead turtle",
        "hawksbill turtle",
        "green turtle",
    ),
    parts=("shell", "scute", "belly", "flipper", "head", "eye", "tail"),
    aliases={"carapace": "shell", "plastron": "belly", "fin": "flipper", "leg": "flipper"},
)
