"""A hoodie as if worn: a sweatshirt with its hood down on the back, a front pocket, drawstrings."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SILVER, SPORTY, WHITE, front_plate
from meshforge.engines.text.kit.solids import box, capsule, ellipsoid, subtract
from meshforge.engines.text.kit.tops import KNITS, long_sleeved_top


def build_hoodie(a: Assembly) -> None:
    """A hoodie as if worn: a sweatshirt, its hood down on the back, a pouch pocket, drawstrings."""
    color = a.pick((*KNITS, *SPORTY))
    top = long_sleeved_top(a, color)
    # the hood lies folded on the shoulders and back, its opening towards the sky and the front
    hood_c = (0.0, top.depth * 0.18, top.shoulder_z + 0.05)
    hood = ellipsoid((0.15, 0.13, 0.13), a.segments(0.15), hood_c)
    scoop = ellipsoid((0.11, 0.1, 0.1), a.segments(0.11), (0.0, hood_c[1] - 0.04, hood_c[2] + 0.05))
    a.add(subtract(hood, scoop), "hood", color)
    inside = ellipsoid((0.1, 0.09, 0.06), a.segments(0.1), (0.0, hood_c[1] - 0.02, hood_c[2]))
    a.add(inside, "lining", a.pick(((35, 35, 38), (120, 122, 128), color)), Tier.FIXED)
    zipped = a.mentions("zip", "zipped", "zipper", "zip-up")
    if zipped:
        z_mid = (top.hem_z + top.shoulder_z) / 2
        span = top.shoulder_z - top.hem_z
        zipper = box((0.012, 0.01, span), (0, top.front_y - 0.002, z_mid))
        a.add(zipper, "zipper", SILVER, Tier.FIXED)
    if a.maybe("pocket", 0.9, "kangaroo"):
        half = top.width * 0.3
        low, high = top.hem_z + 0.06, top.hem_z + 0.22
        outline = [(-half, low), (half, low), (half * 0.72, high), (-half * 0.72, high)]
        pouch = front_plate(outline, 0.016, top.front_y - 0.004, round_r=0.012)
        if zipped:
            pouch = subtract(pouch, box((0.03, 0.1, 1.0), (0, top.front_y, 0.5)))
        a.add(pouch, "pocket", color)
    if a.maybe("drawstring", 0.85, "string", "cord"):
        for side in (-1, 1):
            start = (side * 0.05, top.front_y + 0.01, top.shoulder_z + 0.01)
            end = (side * 0.055, top.front_y - 0.012, top.shoulder_z - 0.2)
            a.add(capsule(start, end, 0.006, 8), "drawstring", WHITE, Tier.SECONDARY)


TEMPLATE = Template(
    "hoodie",
    build_hoodie,
    0.8,
    description="a hooded sweatshirt with a front pouch pocket and drawstrings",
    synonyms=(
        "hoody",
        "hooded sweatshirt",
        "hooded top",
        "hooded jumper",
        "hooded sweater",
        "zip hoodie",
        "zip-up hoodie",
        "pullover hoodie",
    ),
    parts=("body", "sleeve", "cuff", "hem", "hood", "pocket", "drawstring", "zipper"),
    aliases={
        "sleeves": "sleeve",
        "cuffs": "cuff",
        "strings": "drawstring",
        "drawstrings": "drawstring",
        "cords": "drawstring",
        "zip": "zipper",
        "pouch": "pocket",
    },
)
