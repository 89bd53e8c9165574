"""A log: a length of tree trunk lying on the ground, rough bark round it, pale sawn ends
showing growth rings, maybe a stub of a branch and a patch of moss."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid, union
from meshforge.engines.text.kit.sweeps import hoop
from meshforge.engines.text.kit.vegetables import fluted

BARKS: tuple[RGB, ...] = ((100, 70, 45), (85, 60, 40), (120, 90, 60), (150, 145, 135))
WOOD: RGB = (215, 175, 120)
RING: RGB = (170, 125, 80)
MOSS: RGB = (90, 140, 60)


def build_log(a: Assembly) -> None:
    """A log lying down: bark round it, sawn ends with growth rings, maybe a stub and moss."""
    length, radius = a.vary(0.9, 0.12), a.vary(0.13, 0.12)
    bark_color = a.pick(BARKS[:3]) if not a.mentions("birch") else BARKS[3]
    segments = a.segments(radius)
    # modelled standing up the Z axis, then laid along X at the end
    bark = cylinder(radius, length, segments, (0, 0, -length / 2))
    # ridged bark; only its girth is roughened, so that the sawn ends stay flat
    bark = fluted(bark.refine(3), a.pick((11, 13, 17)), 0.03)
    lay = (0.0, 90.0, a.between(-25, 25))
    lift = (0.0, 0.0, radius * 0.97)
    a.add(bark.rotate(lay).translate(lift), "bark", bark_color)
    if a.maybe("stub", 0.6, "branch"):
        z = length * a.between(-0.25, 0.25)
        angle = math.radians(a.between(120, 240))  # -X here turns upwards once laid down
        tip = (radius * 1.7 * math.cos(angle), radius * 1.7 * math.sin(angle), z + radius * 0.4)
        stub = capsule((0.0, 0.0, z), tip, radius * 0.28, 16, radius * 0.22)
        a.add(stub.rotate(lay).translate(lift), "stub", bark_color)
    for end in (-1, 1):
        face = cylinder(radius * 0.93, 0.012, segments, (0, 0, end * length / 2 - 0.006))
        a.add(face.rotate(lay).translate(lift), "end", WOOD, Tier.SECONDARY)
        rings = [
            hoop(radius * f, radius * 0.012, segments, (0, 0, end * (length / 2 + 0.006)))
            for f in (0.25, 0.5, 0.72)
        ]
        a.add(union(rings).rotate(lay).translate(lift), "ring", RING, Tier.FIXED)
    if a.maybe("moss", 0.35, "mossy"):
        patch = ellipsoid((radius * 0.5, radius * 0.6, length * 0.22), segments)
        patch = patch.translate((0.0, radius * 0.55, length * a.between(-0.2, 0.2)))
        a.add(patch.rotate(lay).translate(lift), "moss", MOSS, Tier.FIXED)


TEMPLATE = Template(
    "log",
    build_log,
    0.26,
    description="a cut length of tree trunk lying on the ground with bark and ringed ends",
    synonyms=("logs", "wood log", "wooden log", "firewood", "tree log", "fallen log"),
    kinds=("birch log", "timber log", "mossy log", "felled log"),
    not_claimed=("log cabin", "log book", "log file", "log in"),
    parts=("bark", "end", "ring", "moss", "stub"),
    aliases={"rings": "ring", "wood": "end", "trunk": "bark", "ends": "end", "branch": "stub"},
)
