"""A garden hoe leaning back on its blade: a flat blade, a swan neck, a long handle."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import DARK_STEEL, front_plate
from meshforge.engines.text.kit.solids import rod
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import HANDLE_WOODS, PAINTED, STEEL


def build_hoe(a: Assembly) -> None:
    """A garden hoe leaning back on its blade: a flat blade, a swan neck, a long handle."""
    length = a.vary(1.5, 0.1)
    width, tall = a.vary(0.15, 0.15), a.vary(0.1, 0.15)
    metal = a.pick((DARK_STEEL, STEEL, *PAINTED[:2]))
    # the blade stands tipped back 45 degrees, its cutting edge on the ground at the front
    outline = [(-width / 2, 0.0), (width / 2, 0.0), (width * 0.42, tall), (-width * 0.42, tall)]
    tilt = -45.0
    blade = front_plate(outline, 0.003, 0.0, round_r=0.006).rotate((tilt, 0, 0))
    a.add(blade.translate((0, 0, 0.002)), "blade", metal)
    top = (0.0, tall * math.sin(math.radians(-tilt)), tall * math.cos(math.radians(tilt)) + 0.002)
    # the swan neck curls from the blade's top edge up into the handle's socket
    socket = (0.0, top[1] + 0.06, top[2] + 0.1)
    neck = [
        (top[0], top[1] - 0.004, top[2] - 0.01),
        (0.0, top[1] + 0.035, top[2] + 0.03),
        (0.0, top[1] + 0.05, top[2] + 0.07),
        socket,
    ]
    a.add(tube(neck, 0.006, 12), "neck", metal)
    lean = math.radians(a.between(10.0, 16.0))
    end = (0.0, socket[1] + length * math.sin(lean), socket[2] + length * math.cos(lean))
    a.add(rod(socket, end, 0.015, a.segments(0.015)), "handle", HANDLE_WOODS, Tier.SECONDARY)
    ferrule_top = (0.0, socket[1] + 0.08 * math.sin(lean), socket[2] + 0.08 * math.cos(lean))
    a.add(rod(socket, ferrule_top, 0.018, 16), "neck", metal)


TEMPLATE = Template(
    "hoe",
    build_hoe,
    1.5,
    description="a garden hoe: a flat blade on a long handle, for chopping weeds and tilling soil",
    synonyms=("garden hoe", "draw hoe", "dutch hoe", "weeding hoe", "hoes"),
    parts=("blade", "neck", "handle"),
    aliases={
        "head": "blade",
        "shaft": "handle",
        "pole": "handle",
        "stick": "handle",
        "gooseneck": "neck",
    },
)
