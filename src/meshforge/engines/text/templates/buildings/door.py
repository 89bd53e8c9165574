"""A door: a panelled door standing in its frame on a sill, with a knob, hinges and maybe a
glazed top panel or a knocker."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.buildings import DOOR
from meshforge.engines.text.kit.gear import BRASS, IRON
from meshforge.engines.text.kit.solids import box, sphere
from meshforge.engines.text.kit.sweeps import face_prism, front_disc, hoop

DOORS: tuple[RGB, ...] = (
    DOOR,
    (150, 40, 40),
    (40, 70, 120),
    (235, 235, 230),
    (45, 90, 60),
    (30, 30, 35),
)
FRAMES: tuple[RGB, ...] = ((240, 238, 230), (120, 80, 50), (90, 90, 95))
GLASS: RGB = (150, 190, 210)
SILL: RGB = (150, 148, 140)


def build_door(a: Assembly) -> None:
    """A panelled door in its frame on a sill, with a knob, hinges and maybe glass or a knocker."""
    width, height = a.vary(0.9, 0.08), a.vary(2.05, 0.05)
    thick, trim = 0.045, a.vary(0.09, 0.15)
    frame_depth = 0.14
    a.add(box((width + 2 * trim + 0.1, 0.45, 0.05), (0, 0, 0.025)), "sill", SILL, Tier.FIXED)
    frame = face_prism(
        [
            (-width / 2 - trim, 0.05),
            (-width / 2, 0.05),
            (-width / 2, height + 0.05),
            (width / 2, height + 0.05),
            (width / 2, 0.05),
            (width / 2 + trim, 0.05),
            (width / 2 + trim, height + 0.05 + trim),
            (-width / 2 - trim, height + 0.05 + trim),
        ],
        frame_depth,
    )
    a.add(frame, "frame", FRAMES, Tier.SECONDARY)
    leaf_color = a.color("door", DOORS)
    a.add(box((width - 0.004, thick, height), (0, 0, 0.05 + height / 2)), "door", leaf_color)
    # raised panels on both faces: two tall below, two short above, or a window on top
    glazed = a.maybe("window", 0.3, "glass", "glazed")
    rows = ((0.08, 0.42), (0.56, 0.38)) if not glazed else ((0.08, 0.5),)
    for low, share in rows:
        for side in (-1, 1):
            panel = box(
                (width * 0.34, thick + 0.016, height * share),
                (side * width * 0.215, 0, 0.05 + height * (low + share / 2)),
            )
            a.add(panel, "panel", leaf_color)
    if glazed:
        pane = box((width * 0.7, thick + 0.01, height * 0.3), (0, 0, 0.05 + height * 0.78))
        a.add(pane, "window", GLASS, Tier.FIXED)
        a.add(
            box((0.03, thick + 0.016, height * 0.3), (0, 0, 0.05 + height * 0.78)),
            "panel",
            leaf_color,
        )
    metal = a.pick((BRASS, IRON))
    knob_x, knob_z = width / 2 - 0.08, 0.05 + height * 0.48
    for face in (-1, 1):
        y = face * (thick / 2 + 0.01)
        a.add(front_disc(0.03, 0.012, 16, knob_x, knob_z, y), "knob", metal, Tier.FIXED)
        a.add(
            sphere(0.028, 16, (knob_x, face * (thick / 2 + 0.05), knob_z)),
            "knob",
            metal,
            Tier.FIXED,
        )
        a.add(
            box((0.015, 0.05, 0.02), (knob_x, face * (thick / 2 + 0.03), knob_z)),
            "knob",
            metal,
            Tier.FIXED,
        )
    for z in (0.3, height - 0.2):
        a.add(
            box((0.03, thick + 0.012, 0.1), (-width / 2 + 0.01, 0, z)), "hinge", metal, Tier.FIXED
        )
    if not glazed and a.maybe("knocker", 0.3):
        z = 0.05 + height * 0.66
        a.add(
            front_disc(0.03, 0.02, 12, 0, z + 0.06, -thick / 2 - 0.01), "knocker", metal, Tier.FIXED
        )
        ring = hoop(0.05, 0.008, 16).rotate((90, 0, 0)).translate((0, -thick / 2 - 0.022, z))
        a.add(ring, "knocker", metal, Tier.FIXED)


TEMPLATE = Template(
    "door",
    build_door,
    2.2,
    description="a single wooden front door standing in its door frame, with a door knob",
    synonyms=(
        "doors",
        "front door",
        "doorway",
        "door frame",
        "house door",
        "back door",
    ),
    kinds=("panelled door", "paneled door", "entrance door"),
    not_claimed=(
        "car door",
        "trap door",
        "door knob",
        "door mat",
        "door stop",
        "door bell",
    ),
    parts=("sill", "frame", "door", "panel", "window", "knob", "hinge", "knocker"),
    aliases={
        "handle": "knob",
        "doorknob": "knob",
        "glass": "window",
        "threshold": "sill",
        "leaf": "door",
    },
)
