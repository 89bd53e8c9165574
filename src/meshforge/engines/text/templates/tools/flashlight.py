"""A flashlight: a ribbed cylinder barrel with a wider head, a glass lens and a push button."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import rod, torus
from meshforge.engines.text.kit.tools import PLASTICS, RUBBER

BODIES: tuple[RGB, ...] = (*PLASTICS[:3], (40, 40, 44), (190, 195, 202))
LENS: RGB = (250, 245, 200)


def build_flashlight(a: Assembly) -> None:
    """A flashlight: a ribbed cylinder barrel with a wider head, a glass lens and a push button."""
    length, r = a.vary(0.2, 0.15), a.vary(0.018, 0.12)
    head_r = r * a.between(1.3, 1.7)
    color = a.pick(BODIES)
    # lying on its side along X, the lens facing -X
    z = head_r
    a.add(rod((length / 2, 0, z), (-length * 0.22, 0, z), r, a.segments(r)), "barrel", color)
    a.add(
        rod((-length * 0.2, 0, z), (-length * 0.36, 0, z), r, a.segments(head_r), head_r),
        "head",
        color,
    )
    a.add(
        rod((-length * 0.35, 0, z), (-length / 2, 0, z), head_r, a.segments(head_r)), "head", color
    )
    a.add(
        rod(
            (-length / 2 + 0.002, 0, z),
            (-length / 2 - 0.002, 0, z),
            head_r * 0.85,
            a.segments(head_r),
        ),
        "lens",
        LENS,
        Tier.FIXED,
    )
    for k in range(4):
        x = length * (0.05 + 0.08 * k)
        a.add(
            torus(r, 0.0025, a.segments(r)).rotate((0, 90, 0)).translate((x, 0, z)),
            "grip",
            RUBBER,
            Tier.FIXED,
        )
    a.add(
        rod((-length * 0.1, 0, z + r * 0.7), (-length * 0.1, 0, z + r * 1.15), r * 0.3, 10),
        "button",
        RUBBER,
        Tier.FIXED,
    )
    a.add(
        rod((length / 2 - 0.002, 0, z), (length / 2 + 0.006, 0, z), r * 0.9, a.segments(r)),
        "cap",
        RUBBER,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "flashlight",
    build_flashlight,
    0.05,
    description="a handheld battery torch that shines a beam of light",
    synonyms=(
        "flash light",
        "torch light",
        "electric torch",
        "pocket torch",
        "led torch",
        "maglite",
    ),
    kinds=("tactical flashlight", "penlight", "camping flashlight"),
    parts=("barrel", "head", "lens", "grip", "button", "cap"),
    aliases={
        "body": "barrel",
        "handle": "barrel",
        "glass": "lens",
        "bulb": "lens",
        "switch": "button",
    },
)
