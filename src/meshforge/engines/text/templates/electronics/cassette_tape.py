"""A cassette tape on its edge: a flat shell, a label, a window onto its two reels."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import front_panel
from meshforge.engines.text.kit.gear import WHITE
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import around_z, box, rounded_box
from meshforge.engines.text.kit.sweeps import front_disc

SHELLS = ((30, 30, 33), (235, 235, 230), (200, 203, 208), (40, 80, 170), (200, 50, 45))
TAPE_BROWN = (70, 45, 30)
WINDOW = (70, 75, 85)


def build_cassette_tape(a: Assembly) -> None:
    """A cassette tape on its edge: a flat shell, a label, a window onto its two reels."""
    width, thick, height = 0.1, a.vary(0.012, 0.06), 0.064
    shell_color = a.pick(SHELLS)
    a.add(rounded_box((width, thick, height), 0.002, 8, (0, 0, height / 2)), "shell", shell_color)
    front = -thick / 2
    # the head end: a trapezoid rib along the bottom edge
    rib = Manifold.batch_hull(
        [
            box((width * 0.68, 0.003, 0.001), (0, front - 0.001, 0.0005)),
            box((width * 0.58, 0.003, 0.001), (0, front - 0.001, height * 0.2)),
        ]
    )
    a.add(rib, "shell", shell_color)
    if a.wants("label"):
        front_panel(
            a,
            width * 0.88,
            height * 0.62,
            (0, height * 0.6),
            front,
            "label",
            a.pick((*BRIGHTS, WHITE)),
            tier=Tier.SECONDARY,
        )
    label_front = front - 0.004
    window_z = height * 0.56
    front_panel(
        a,
        width * 0.46,
        height * 0.22,
        (0, window_z),
        label_front + 0.001,
        "window",
        WINDOW,
        radius=0.003,
    )
    # through the window: tape wound on two reels, white hubs with their drive teeth
    for side in (-1, 1):
        x = side * width * 0.21
        a.add(
            front_disc(height * 0.11, 0.004, 20, x, window_z, label_front - 0.001),
            "tape",
            TAPE_BROWN,
            Tier.FIXED,
        )
        a.add(
            front_disc(height * 0.065, 0.004, 20, x, window_z, label_front - 0.002),
            "reel",
            WHITE,
            Tier.FIXED,
        )
        teeth = around_z(box((0.0012, 0.004, 0.0035), (0, height * 0.045, 0)), 6)
        teeth = teeth.rotate((90, 0, 0)).translate((x, label_front - 0.003, window_z))
        a.add(teeth, "reel", WHITE, Tier.FIXED)


TEMPLATE = Template(
    "cassette tape",
    build_cassette_tape,
    0.064,
    description="an audio cassette: a small plastic case holding magnetic tape on two reels",
    synonyms=(
        "cassette",
        "audio cassette",
        "compact cassette",
        "mixtape",
        "mix tape",
        "tape cassette",
    ),
    not_claimed=("cassette player", "cassette deck", "video cassette"),
    parts=("shell", "label", "window", "tape", "reel"),
    aliases={
        "case": "shell",
        "body": "shell",
        "reels": "reel",
        "spool": "reel",
        "sticker": "label",
    },
)
