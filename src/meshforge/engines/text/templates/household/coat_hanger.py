"""A coat hanger: sloping wooden shoulders with a trouser bar and a steel hook, or a wire one."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import rod
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import HANDLE_WOODS, PLASTICS, STEEL

WIRE: RGB = (170, 175, 182)


def build_coat_hanger(a: Assembly) -> None:
    """A coat hanger: sloping wooden shoulders with a trouser bar and a steel hook, or a wire
    one."""
    span, rise = a.vary(0.22, 0.08), a.vary(0.1, 0.1)
    neck_z = rise + 0.01
    solid = a.mentions("wooden", "wood", "plastic", "velvet")
    if a.mentions("wire", "metal", "dry", "cleaner") or (not solid and a.chance(0.25)):
        # one bent wire: a flat triangle twisted into the hook at its apex
        loop = [
            (0.0, 0.0, neck_z),
            (-span * 0.5, 0.0, rise * 0.5),
            (-span, 0.0, 0.006),
            (0.0, 0.0, 0.0),
            (span, 0.0, 0.006),
            (span * 0.5, 0.0, rise * 0.5),
            (0.0, 0.0, neck_z),
        ]
        a.add(tube(loop, 0.0028, 8), "frame", WIRE)
        hook_r, color = 0.0028, WIRE
    else:
        body = a.pick((*HANDLE_WOODS, *PLASTICS))
        shoulders = [
            (-span, 0.0, 0.012),
            (-span * 0.6, 0.0, rise * 0.55),
            (0.0, 0.0, neck_z - 0.004),
            (span * 0.6, 0.0, rise * 0.55),
            (span, 0.0, 0.012),
        ]
        a.add(tube(shoulders, 0.012, 12), "frame", body)
        if a.maybe("bar", 0.8, "trouser", "trousers", "pants"):
            for side in (-1, 1):
                a.add(
                    rod((side * span * 0.95, 0, 0.014), (side * span * 0.93, 0, -0.03), 0.004, 8),
                    "bar",
                    STEEL,
                    Tier.FIXED,
                )
            a.add(rod((-span * 0.94, 0, -0.03), (span * 0.94, 0, -0.03), 0.007, 10), "bar", body)
        hook_r, color = 0.0035, STEEL
    hook = [
        (0.0, 0.0, neck_z - 0.005),
        (0.0, 0.0, neck_z + 0.05),
        (0.012, 0.0, neck_z + 0.085),
        (0.035, 0.0, neck_z + 0.09),
        (0.048, 0.0, neck_z + 0.07),
        (0.045, 0.0, neck_z + 0.05),
    ]
    a.add(tube(hook, hook_r, 8).translate((0, 0, 0.04)), "hook", color, Tier.FIXED)
    a.add(rod((0, 0, neck_z - 0.005), (0, 0, neck_z + 0.045), hook_r, 8), "hook", color, Tier.FIXED)


TEMPLATE = Template(
    "coat hanger",
    build_coat_hanger,
    0.22,
    description="a curved wooden or wire hanger with a hook, for hanging clothes in a wardrobe",
    synonyms=(
        "clothes hanger",
        "hanger",
        "clothes hangers",
        "wire hanger",
        "wooden hanger",
        "garment hanger",
        "hangers",
        "coathanger",
    ),
    parts=("frame", "hook", "bar"),
    aliases={"shoulders": "frame", "wire": "frame", "rod": "bar"},
)
