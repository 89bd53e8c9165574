"""A desk stapler: a long hinged top arm over a base, with a rounded back and a steel anvil."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rod, rounded_box

BODIES: tuple[RGB, ...] = ((200, 30, 35), (30, 30, 33), (40, 90, 180), (200, 202, 206))
STEEL: RGB = (195, 198, 205)


def build_stapler(a: Assembly) -> None:
    """A desk stapler: a long hinged top arm over a base, with a rounded back and a steel anvil."""
    length, width = a.vary(0.16, 0.08), a.vary(0.038, 0.08)
    color = a.pick(BODIES)
    a.add(
        rounded_box((length, width, 0.012), 0.005, 8, (0, 0, 0.006)),
        "base",
        (30, 30, 33),
        Tier.SECONDARY,
    )
    a.add(box((0.03, width * 0.6, 0.003), (-length * 0.38, 0, 0.013)), "anvil", STEEL, Tier.FIXED)
    open_angle = a.between(0, 8)
    arm = rounded_box((length * 0.98, width * 0.9, 0.022), 0.009, 8, (-length * 0.49, 0, 0))
    arm = arm.rotate((0, open_angle, 0)).translate((length / 2 - 0.005, 0, 0.034))
    a.add(arm, "arm", color)
    channel = box((length * 0.9, width * 0.6, 0.012), (-length * 0.45, 0, -0.008)).rotate(
        (0, open_angle, 0)
    )
    a.add(channel.translate((length / 2 - 0.008, 0, 0.032)), "arm", STEEL, Tier.FIXED)
    a.add(
        rod(
            (length / 2 - 0.012, -width * 0.5, 0.022),
            (length / 2 - 0.012, width * 0.5, 0.022),
            0.014,
            12,
        ),
        "hinge",
        color,
    )


TEMPLATE = Template(
    "stapler",
    build_stapler,
    0.05,
    description="an office stapler for fastening sheets of paper",
    synonyms=("desk stapler", "office stapler", "staple gun"),
    kinds=("heavy duty stapler",),
    parts=("base", "anvil", "arm", "hinge"),
    aliases={"top": "arm", "handle": "arm"},
)
