"""An incandescent bulb standing on its screw cap: a pear-shaped glass and a ridged socket."""

from __future__ import annotations

import math

import numpy as np

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, lathe

GLASS: RGB = (250, 245, 215)


SOCKET: RGB = (190, 192, 198)


def build_light_bulb(a: Assembly) -> None:
    """An incandescent bulb standing on its screw cap: a pear-shaped glass and a ridged socket."""
    radius, height = a.vary(0.03, 0.08), a.vary(0.11, 0.08)
    cap_h = height * 0.28
    bulb = [(0.0, cap_h - 0.004), (radius * 0.45, cap_h - 0.004)]
    for t in np.linspace(0.0, 1.0, 14):
        angle = -math.pi / 2 + t * math.pi
        centre = height - radius
        z = centre + radius * math.sin(angle)
        r = radius * math.cos(angle)
        # the lower quarter of the sphere is left out: the neck runs straight from the cap to
        # where the sphere is widest-but-one, the pear of a real bulb (with it, the glass
        # pinched to a point above the cap and read as a ball on a cone)
        if angle >= -math.pi / 4 and z > cap_h + radius * 0.2:
            bulb.append((max(r, 1e-4), z))
    bulb.insert(2, (radius * 0.5, cap_h + radius * 0.25))
    bulb.append((0.0, height))
    a.add(lathe(bulb, a.segments(radius)), "glass", GLASS)
    # the screw thread as ridges in one turned profile: no rings to union
    cap = [(0.0, 0.006), (radius * 0.45, 0.006)]
    for k in range(8):
        z = 0.008 + k * (cap_h - 0.01) / 8
        cap += [(radius * 0.45, z), (radius * 0.52, z + (cap_h - 0.01) / 16)]
    cap += [(radius * 0.47, cap_h), (0.0, cap_h)]
    a.add(lathe(cap, a.segments(radius)), "cap", SOCKET, Tier.SECONDARY)
    a.add(
        cylinder(radius * 0.2, 0.008, 12, (0, 0, 0.0), radius * 0.3),
        "contact",
        (40, 40, 42),
        Tier.FIXED,
    )


TEMPLATE = Template(
    "light bulb",
    build_light_bulb,
    0.11,
    description="a glass bulb that gives light",
    synonyms=("lightbulb", "bulb", "lamp bulb", "edison bulb"),
    kinds=("incandescent bulb",),
    parts=("glass", "cap", "contact"),
    aliases={"socket": "cap", "base": "cap", "screw": "cap"},
)
