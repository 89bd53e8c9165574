"""A recorder standing on its bell: a tapered tube with finger holes, a beaked head and a window."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.solids import box, cylinder, lathe, rod, union

PLASTICS: tuple[RGB, ...] = ((245, 238, 220), (70, 45, 30), (60, 120, 200), (230, 90, 120))
HOLE: RGB = (25, 20, 18)


def build_recorder(a: Assembly) -> None:
    """A recorder standing on its bell: a tapered tube with finger holes, a beaked head."""
    wooden = a.mentions("wooden", "wood", "baroque") or a.chance(0.35)
    length = a.vary(0.32, 0.08) * (1.45 if a.mentions("alto", "treble", "tenor") else 1.0)
    r = length * 0.036
    color = a.pick(WOODS) if wooden else a.pick(PLASTICS)
    trim = color if wooden or a.chance(0.5) else PLASTICS[0]
    seg = a.segments(r * 3)
    head_z = length * 0.72
    # the body: narrowing from the head to a thin waist, then the flared foot joint
    body = [
        (0.0, 0.0),
        (r * 1.25, 0.0),
        (r * 1.3, length * 0.03),
        (r * 1.0, length * 0.1),
        (r * 0.82, length * 0.16),
        (r * 0.9, head_z),
        (0.0, head_z),
    ]
    a.add(lathe(body, seg), "body", color)
    ring = [(r * 1.18, length * 0.12), (r * 1.18, length * 0.15)]
    a.add(
        cylinder(ring[0][0], ring[1][1] - ring[0][1], seg, (0, 0, ring[0][1])),
        "head",
        trim,
        Tier.SECONDARY,
    )
    # the head joint: a thicker barrel, then the beak that narrows and flattens to the lip
    head = [
        (0.0, head_z - 0.004),
        (r * 1.22, head_z - 0.004),
        (r * 1.25, length * 0.9),
        (0.0, length * 0.9),
    ]
    a.add(lathe(head, seg), "head", trim, Tier.SECONDARY)
    beak = cylinder(r * 1.22, length * 0.1, seg, (0, 0, length * 0.895), r * 0.75).scale(
        (1.0, 0.62, 1.0)
    )
    a.add(beak.translate((0, r * 0.4, 0)), "head", trim, Tier.SECONDARY)
    # the window and its sharp labium edge, cut as a dark notch in the front of the head
    window = box((r * 0.9, r * 0.5, r * 1.2), (0, -r * 1.05, length * 0.84))
    a.add(window, "window", HOLE, Tier.FIXED)
    if a.wants("hole"):
        holes = []
        for k in range(7):
            z = length * (0.2 + 0.065 * k) + (length * 0.03 if k >= 4 else 0.0)
            holes.append(rod((0, -r * 0.5, z), (0, -r - 0.0015, z), r * (0.26 if k else 0.2), 12))
        holes.append(rod((0, r * 0.5, length * 0.66), (0, r + 0.0015, length * 0.66), r * 0.26, 12))
        a.add(union(holes), "hole", HOLE, Tier.FIXED)


TEMPLATE = Template(
    "recorder",
    build_recorder,
    0.32,
    description="a recorder: a school wind instrument, a tube with finger holes and a beaked tip",
    synonyms=(
        "descant recorder",
        "soprano recorder",
        "alto recorder",
        "treble recorder",
        "tenor recorder",
    ),
    kinds=(
        "school recorder",
        "wooden recorder",
        "plastic recorder",
        "baroque recorder",
        "fipple flute",
    ),
    not_claimed=(
        "tape recorder",
        "voice recorder",
        "cassette recorder",
        "video recorder",
        "flight recorder",
    ),
    parts=("body", "head", "window", "hole"),
    aliases={"mouthpiece": "head", "beak": "head", "holes": "hole", "finger hole": "hole"},
)
