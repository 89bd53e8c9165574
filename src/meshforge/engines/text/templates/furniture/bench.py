"""A park bench: wooden slats on two cast-iron side frames."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.solids import side_prism, slab

IRON: RGB = (45, 45, 48)


def build_bench(a: Assembly) -> None:
    """A park bench: wooden slats on two cast-iron side frames."""
    wood = a.pick(WOODS)
    length = a.vary(1.6, 0.2)
    seat_z, depth = a.vary(0.44, 0.06), a.vary(0.45, 0.1)
    has_back = a.wants("back")
    for i in range(4):
        y = -depth / 2 + 0.05 + i * (depth - 0.1) / 3
        a.add(slab((length, 0.085, 0.03), 0.01, 8, (0, y, seat_z)), "seat", wood)
    tilt = a.vary(12.0, 0.4)
    if has_back:
        for i in range(3):
            z = 0.14 + i * 0.13
            dy = math.tan(math.radians(tilt)) * z
            plank = slab((length, 0.025, 0.09), 0.01, 8).rotate((-tilt, 0, 0))
            a.add(plank.translate((0, depth / 2 + dy, seat_z + z)), "back", wood)
    back_top = seat_z + 0.48
    lean = math.tan(math.radians(tilt)) * 0.48 if has_back else 0.0
    outline = [
        (-depth / 2, 0.0),
        (-depth / 2 + 0.06, 0.0),
        (-depth / 2 + 0.06, seat_z - 0.05),
        (depth / 2 - 0.06, seat_z - 0.05),
        (depth / 2 - 0.06, 0.0),
        (depth / 2, 0.0),
        (depth / 2, seat_z + 0.02),
    ]
    if has_back:
        outline += [(depth / 2 + lean + 0.04, back_top), (depth / 2 + lean - 0.02, back_top)]
    outline += [(depth / 2 - 0.04, seat_z), (-depth / 2, seat_z)]
    for sx in (-1, 1):
        x = sx * (length / 2 - 0.15)
        a.add(side_prism(outline, 0.05, x), "frame", IRON, Tier.SECONDARY)


TEMPLATE = Template(
    "bench",
    build_bench,
    0.9,
    description="a long seat for several people",
    synonyms=("park bench", "garden bench", "pew"),
    kinds=(
        "picnic bench",
        "garden seat",
    ),
    parts=("seat", "back", "frame"),
    aliases={"slat": "seat", "backrest": "back", "leg": "frame", "armrest": "frame"},
)
