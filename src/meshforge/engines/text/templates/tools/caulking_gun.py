"""A caulking gun side on: an open cradle with a sealant tube, plunger, grip, trigger."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import lathe_x
from meshforge.engines.text.kit.solids import box, rod, subtract
from meshforge.engines.text.kit.tools import PAINTED, RUBBER, STEEL
from meshforge.engines.text.kit.trigger_tools import pistol_grip

TUBES = ((240, 240, 235), (200, 203, 208), (230, 120, 30), (245, 210, 60))


def build_caulking_gun(a: Assembly) -> None:
    """A caulking gun side on: an open cradle with a sealant tube, plunger, grip, trigger."""
    frame = a.pick((*PAINTED, STEEL))
    tube_r, tube_l = 0.024, a.vary(0.2, 0.05)
    axis_z = 0.17
    front, back = -tube_l - 0.01, 0.0
    # the cradle: a half pipe, open on top, between a front plate and the trigger housing
    pipe = lathe_x(
        [
            (tube_r + 0.001, 0.0),
            (tube_r + 0.003, 0.0),
            (tube_r + 0.003, tube_l + 0.01),
            (tube_r + 0.001, tube_l + 0.01),
        ],
        a.segments(tube_r),
        (front, 0, axis_z),
    )
    open_top = box(
        (tube_l + 0.04, 0.08, 0.04), (front + tube_l / 2, 0, axis_z + 0.02 + tube_r * 0.2)
    )
    a.add(subtract(pipe, open_top), "frame", frame)
    a.add(box((0.004, 0.06, 0.06), (front - 0.002, 0, axis_z)), "frame", frame)
    a.add(box((0.05, 0.03, 0.05), (back + 0.02, 0, axis_z - 0.005)), "frame", frame)
    pistol_grip(a, (back + 0.03, 0, axis_z - 0.02), 0.12, 0.015, 14, (RUBBER, frame))
    if a.wants("tube"):
        cartridge = [
            (0.0, 0.0),
            (tube_r, 0.0),
            (tube_r, tube_l - 0.012),
            (tube_r * 0.4, tube_l - 0.004),
            (tube_r * 0.3, tube_l),
            (0.0, tube_l),
        ]
        body = lathe_x(cartridge, a.segments(tube_r), (0, 0, 0)).mirror((1, 0, 0))
        a.add(body.translate((back - 0.006, 0, axis_z)), "tube", TUBES, Tier.SECONDARY)
        nozzle = lathe_x([(0.0, 0.0), (0.006, 0.0), (0.0015, 0.07), (0.0, 0.07)], 12, (0, 0, 0))
        a.add(
            nozzle.mirror((1, 0, 0)).translate((back - tube_l + 0.002, 0, axis_z)),
            "nozzle",
            a.color("tube", TUBES, Tier.SECONDARY),
            Tier.FIXED,
        )
    # the plunger: a rod through the housing, a hook to pull it back by at its end
    rod_end = back + a.vary(0.14, 0.15)
    a.add(
        rod((back - 0.008, 0, axis_z + 0.004), (rod_end, 0, axis_z + 0.004), 0.004, 10),
        "plunger",
        STEEL,
        Tier.FIXED,
    )
    a.add(
        rod((rod_end, 0, axis_z + 0.004), (rod_end, 0, axis_z - 0.025), 0.004, 10),
        "plunger",
        STEEL,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "caulking gun",
    build_caulking_gun,
    0.2,
    description="a caulking gun: a trigger frame that squeezes sealant out of a tube",
    synonyms=(
        "caulk gun",
        "sealant gun",
        "silicone gun",
        "mastic gun",
        "cartridge gun",
        "caulking tool",
    ),
    parts=("frame", "handle", "trigger", "tube", "nozzle", "plunger"),
    aliases={
        "grip": "handle",
        "cartridge": "tube",
        "sealant": "tube",
        "caulk": "tube",
        "rod": "plunger",
        "body": "frame",
    },
)
