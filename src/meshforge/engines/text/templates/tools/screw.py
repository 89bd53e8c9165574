"""A wood screw lying on its side: a threaded shank to a point, a slotted or cross head."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS, DARK_STEEL
from meshforge.engines.text.kit.solids import box, subtract
from meshforge.engines.text.kit.tools import STEEL
from meshforge.engines.text.kit.turned_sticks import TURN_TO_VIEWER_DEG, laid_piece

FINISHES = (STEEL, DARK_STEEL, BRASS, (200, 180, 110))


def build_screw(a: Assembly) -> None:
    """A wood screw lying on its side: a threaded shank to a point, a slotted or cross head."""
    length = a.vary(0.05, 0.2)
    core_r = length * 0.045
    thread_r = core_r * 1.55
    head_r = thread_r * a.between(1.7, 2.0)
    head_l = head_r * (0.9 if a.chance(0.6) else 0.6)  # countersunk cone, or a pan head
    pitch = core_r * 2.2
    shank_l = length - head_l
    # from the point (x = 0) to the head: a saw-tooth outline turned into rings of thread
    profile = [(0.0, 0.0)]
    x = core_r * 3
    profile.append((core_r * 0.5, x * 0.5))
    while x < shank_l - pitch:
        profile += [(thread_r, x + pitch * 0.35), (core_r, x + pitch)]
        x += pitch
    profile += [
        (core_r * 1.1, shank_l),
        (head_r, length - head_l * 0.25),
        (head_r, length),
        (0.0, length),
    ]
    screw = laid_piece(profile, a.segments(head_r), 0.0, length, head_r)
    # the drive in the head's face: one slot, or a cross for a Phillips screwdriver
    face_x = length / 2
    slot = box((head_r * 0.8, head_r * 2.4, head_r * 0.35), (face_x, 0, head_r))
    cuts = [slot]
    if a.mentions("phillips", "cross") or (not a.mentions("slotted", "flat") and a.chance(0.6)):
        cuts.append(box((head_r * 0.8, head_r * 0.35, head_r * 2.4), (face_x, 0, head_r)))
    turned = [cut.rotate((0, 0, TURN_TO_VIEWER_DEG)) for cut in cuts]
    a.add(subtract(screw, *turned), "screw", FINISHES)


TEMPLATE = Template(
    "screw",
    build_screw,
    0.012,
    description="a metal screw with a spiral thread and a slotted or cross head",
    synonyms=("wood screw", "phillips screw", "machine screw", "screws", "self-tapping screw"),
    not_claimed=(
        "cork screw",
        "screw cap",
        "screw top",
    ),
    parts=("screw",),
    aliases={"head": "screw", "thread": "screw", "shank": "screw"},
)
