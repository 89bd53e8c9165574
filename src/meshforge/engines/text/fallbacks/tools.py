"""The tool archetype: a hand tool, a grip with a steel working head, or a cased power tool.

"A crowbar" or "a chisel" becomes a hand tool (a wooden or rubber grip, a ferrule and a steel
head of seeded shape); prompts nearest the power tools (drill, chainsaw) a cased motor body
with a handle and a steel bit, in the prompt's colours.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.archetypes import leaning
from meshforge.engines.text.kit.solids import box, capsule, cylinder, rod, rounded_box
from meshforge.engines.text.kit.tools import HANDLE_WOODS, PLASTICS, RUBBER, STEEL

CATEGORY = "tools"
POWERED = ("drill", "chainsaw", "power", "electric", "cordless", "blower", "grinder", "sander")


def build_tool(a: Assembly) -> None:
    """A hand tool, or a power tool when the prompt leans to one."""
    if leaning(a, {"power": POWERED, "hand": ()}, "hand") == "power":
        _power(a)
    else:
        _hand(a)


def _hand(a: Assembly) -> None:
    """A grip, a ferrule and a steel head, lying along Y with the head at the front."""
    length = a.vary(0.3, 0.2)
    grip_len = length * 0.45
    r = a.vary(0.016, 0.15)
    grip = capsule(
        (0.0, length / 2, r), (0.0, length / 2 - grip_len, r), r, a.segments(r), r * 0.85
    )
    a.add(grip, "handle", HANDLE_WOODS)
    collar_y = length / 2 - grip_len
    a.add(
        rod((0.0, collar_y + 0.005, r), (0.0, collar_y - 0.012, r), r * 0.9, a.segments(r)),
        "ferrule",
        STEEL,
        Tier.FIXED,
    )
    shank_end = -length / 2 + length * 0.12
    a.add(
        rod((0.0, collar_y - 0.01, r), (0.0, shank_end, r), r * 0.35, 12), "head", STEEL, Tier.FIXED
    )
    kind = a.pick(("blade", "claw", "block"))
    tip_y = -length / 2
    if kind == "blade":
        a.add(
            box((r * 1.8, shank_end - tip_y, r * 0.25), (0.0, (shank_end + tip_y) / 2, r)),
            "head",
            STEEL,
            Tier.FIXED,
        )
    elif kind == "claw":
        a.add(
            capsule((0.0, shank_end, r), (0.0, tip_y, r * 2.5), r * 0.35, 12, r * 0.2),
            "head",
            STEEL,
            Tier.FIXED,
        )
    else:
        a.add(
            box((r * 1.6, r * 2.4, r * 2.4), (0.0, tip_y + r * 1.2, r * 1.2)),
            "head",
            STEEL,
            Tier.FIXED,
        )


def _power(a: Assembly) -> None:
    """A motor body with a pistol grip, a battery foot and a steel bit."""
    length, height = a.vary(0.22, 0.15), a.vary(0.07, 0.15)
    grip_h = height * 2.2
    foot = height * 0.7
    a.add(
        rounded_box(
            (height * 1.3, height * 1.6, foot),
            0.01,
            a.segments(0.01),
            (0.0, length * 0.15, foot / 2),
        ),
        "battery",
        RUBBER,
        Tier.FIXED,
    )
    a.add(
        rounded_box(
            (height * 0.7, height * 0.9, grip_h),
            0.015,
            a.segments(0.015),
            (0.0, length * 0.15, foot + grip_h / 2 - 0.005),
        ),
        "handle",
        RUBBER,
        Tier.FIXED,
    )
    body_z = foot + grip_h + height / 2 - 0.01
    a.add(
        rounded_box((height, length, height), 0.02, a.segments(0.02), (0.0, 0.0, body_z)),
        "body",
        PLASTICS,
    )
    a.add(
        cylinder(height * 0.3, length * 0.12, a.segments(height * 0.3))
        .rotate((90, 0, 0))
        .translate((0.0, -length / 2 + 0.005, body_z)),
        "chuck",
        STEEL,
        Tier.FIXED,
    )
    a.add(
        rod(
            (0.0, -length / 2 - length * 0.1, body_z),
            (0.0, -length / 2 - length * 0.45, body_z),
            height * 0.06,
            10,
            height * 0.02,
        ),
        "bit",
        STEEL,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "tool",
    build_tool,
    0.3,
    description="a tool of no particular kind: a hand tool with a steel head, or a power tool",
    parts=("handle", "ferrule", "head", "battery", "body", "chuck", "bit"),
    aliases={"grip": "handle", "blade": "head", "motor": "body"},
)
