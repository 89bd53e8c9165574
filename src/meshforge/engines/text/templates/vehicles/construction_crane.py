"""A construction crane: a tower crane's lattice mast and long jib, or a truck with a
telescopic boom; either way a hook hangs from a cable."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.lattice import lattice_beam
from meshforge.engines.text.kit.machine_kit import wheel
from meshforge.engines.text.kit.solids import Vec3, box, rod
from meshforge.engines.text.kit.vehicles import GLASS

PAINTS: tuple[RGB, ...] = ((240, 190, 30), (235, 140, 30), (205, 45, 40), (235, 235, 230))
STEEL: RGB = (70, 72, 78)
CONCRETE: RGB = (160, 158, 150)
CABLE: RGB = (40, 40, 44)
#: words that make it the truck-mounted kind; otherwise a tower crane
MOBILE_WORDS = ("mobile", "truck", "lorry", "crawler", "telescopic", "wheeled", "all terrain")


def build_construction_crane(a: Assembly) -> None:
    """A tower crane or, when the prompt says so, a mobile crane on a truck."""
    paint = a.pick(PAINTS)
    mobile = a.mentions(*MOBILE_WORDS) or (
        not a.mentions("tower", "luffing", "hammerhead") and a.chance(0.25)
    )
    if mobile:
        _mobile_crane(a, paint)
    else:
        _tower_crane(a, paint)


def _tower_crane(a: Assembly, paint: RGB) -> None:
    """A lattice mast on a concrete footing, a long jib one way and a weighted counter-jib
    the other, a peak with ties, and a trolley whose hook hangs on a cable."""
    height = a.vary(10.0, 0.1)
    width = height * 0.055
    a.add(
        box((width * 3, width * 3, height * 0.04), (0, 0, height * 0.02)),
        "base",
        CONCRETE,
        Tier.FIXED,
    )
    lattice_beam(a, (0.0, 0.0, height * 0.04), "z", height * 0.96, width, "mast", paint)
    top = height
    a.add(
        box((width * 1.5, width * 1.5, width * 0.6), (0, 0, top + width * 0.3)),
        "mast",
        STEEL,
        Tier.SECONDARY,
    )
    deck = top + width * 0.6
    jib_w = width * 0.8
    jib_len = height * a.between(0.8, 1.0)
    lattice_beam(
        a, (0.0, width * 0.4, deck + jib_w / 2), "y", -(jib_len + width * 0.4), jib_w, "jib", paint
    )
    counter_len = jib_len * 0.3
    lattice_beam(
        a,
        (0.0, -width * 0.4, deck + jib_w / 2),
        "y",
        counter_len + width * 0.4,
        jib_w,
        "jib",
        paint,
    )
    # the counterweight: stacked concrete slabs at the counter-jib's end
    a.add(
        box(
            (jib_w * 1.4, counter_len * 0.25, width * 1.6),
            (0, counter_len * 0.85, deck - width * 0.3),
        ),
        "counterweight",
        CONCRETE,
        Tier.FIXED,
    )
    # the operator's cab hangs at the mast head, on the jib side
    a.add(
        box(
            (width * 1.0, width * 1.1, width * 1.0),
            (width * 1.05, -width * 0.2, deck - width * 0.2),
        ),
        "cab",
        paint,
    )
    a.add(
        box(
            (width * 0.9, width * 1.15, width * 0.55),
            (width * 1.08, -width * 0.2, deck - width * 0.1),
        ),
        "window",
        GLASS,
        Tier.FIXED,
    )
    # the peak over the mast and the ties that hold both jibs up
    peak: Vec3 = (0.0, 0.0, deck + height * 0.17)
    a.add(rod((0.0, 0.0, deck + jib_w * 0.5), peak, width * 0.3, 8, width * 0.12), "peak", paint)
    tie_r = width * 0.05
    a.add(rod(peak, (0.0, -jib_len * 0.6, deck + jib_w), tie_r, 6), "tie", STEEL, Tier.FIXED)
    a.add(rod(peak, (0.0, counter_len * 0.9, deck + jib_w), tie_r, 6), "tie", STEEL, Tier.FIXED)
    trolley_y = -jib_len * a.between(0.35, 0.8)
    a.add(
        box((jib_w * 1.2, jib_w * 0.8, jib_w * 0.3), (0, trolley_y, deck - jib_w * 0.1)),
        "trolley",
        STEEL,
        Tier.FIXED,
    )
    hook_z = deck - height * a.between(0.3, 0.55)
    _hook(a, (0.0, trolley_y, deck - jib_w * 0.2), hook_z, width)


def _mobile_crane(a: Assembly, paint: RGB) -> None:
    """A long truck on four axles, a turning house and a raised telescopic boom with a hook."""
    length = a.vary(10.0, 0.08)
    width = length * 0.25
    wheel_r = length * 0.06
    chassis_z = wheel_r * 1.1
    a.add(box((width, length, wheel_r * 1.2), (0, 0, chassis_z + wheel_r * 0.3)), "body", paint)
    cab_len = length * 0.15
    cab_h = wheel_r * 2.2
    cab_y = -length / 2 + cab_len / 2
    a.add(box((width, cab_len, cab_h), (0, cab_y, chassis_z + cab_h / 2)), "cab", paint)
    a.add(
        box((width * 0.9, cab_len * 1.02, cab_h * 0.4), (0, cab_y, chassis_z + cab_h * 0.7)),
        "window",
        GLASS,
        Tier.FIXED,
    )
    for y in (-0.28, -0.08, 0.18, 0.36):
        for sx in (-1, 1):
            wheel(
                a, (sx * (width / 2 - wheel_r * 0.25), y * length, wheel_r), wheel_r, wheel_r * 0.6
            )
    # the turning house with its own small cab and a counterweight at the back
    deck = chassis_z + wheel_r * 0.9
    house_y = length * 0.22
    a.add(
        box((width * 0.8, length * 0.3, wheel_r * 1.4), (0, house_y, deck + wheel_r * 0.7)),
        "body",
        paint,
    )
    a.add(
        box(
            (width * 0.85, length * 0.1, wheel_r * 1.4),
            (0, house_y + length * 0.17, deck + wheel_r * 0.7),
        ),
        "counterweight",
        STEEL,
        Tier.SECONDARY,
    )
    # the boom: nested sections, each a little thinner, raised toward the front
    angle = math.radians(a.between(35, 60))
    reach = length * a.between(1.0, 1.4)
    root: Vec3 = (0.0, house_y + length * 0.08, deck + wheel_r * 1.2)
    direction = (0.0, -math.cos(angle), math.sin(angle))
    sections = 3
    tip = root
    for k in range(sections):
        size = wheel_r * (0.9 - 0.18 * k)
        begin = reach * k / sections * 0.9
        end = reach * (k + 1) / sections
        start_pt = tuple(r + d * begin for r, d in zip(root, direction, strict=True))
        tip = tuple(r + d * end for r, d in zip(root, direction, strict=True))  # type: ignore[assignment]
        a.add(rod(start_pt, tip, size, 4), "boom", paint if k == 0 else STEEL if k == 2 else paint)  # type: ignore[arg-type]
    a.add(box((wheel_r * 0.8, wheel_r * 0.8, wheel_r * 0.8), tip), "boom", STEEL, Tier.FIXED)
    _hook(a, tip, chassis_z + wheel_r * a.between(1.0, 3.0), wheel_r * 0.6)


def _hook(a: Assembly, hang: Vec3, bottom: float, size: float) -> None:
    """A cable from ``hang`` down to a hook block and a hook at height ``bottom``."""
    x, y, z = hang
    a.add(rod((x, y, z), (x, y, bottom), size * 0.04, 6), "cable", CABLE, Tier.FIXED)
    a.add(box((size * 0.5, size * 0.35, size * 0.6), (x, y, bottom)), "hook", STEEL, Tier.FIXED)
    hook_r = size * 0.08
    low = bottom - size * 0.55
    a.add(rod((x, y, bottom - size * 0.2), (x, y, low), hook_r, 6), "hook", STEEL, Tier.FIXED)
    a.add(
        rod((x, y, low), (x, y - size * 0.25, low + size * 0.05), hook_r, 6),
        "hook",
        STEEL,
        Tier.FIXED,
    )
    a.add(
        rod((x, y - size * 0.25, low), (x, y - size * 0.25, low + size * 0.2), hook_r, 6),
        "hook",
        STEEL,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "construction crane",
    build_construction_crane,
    10.0,
    description="a tall steel construction crane: a lattice tower, a long jib, a hook on a cable",
    synonyms=(
        "crane",  # kept by the bird (animals/crane.py, priority 1): "a crane" alone is the bird
        "tower crane",
        "mobile crane",
        "building crane",
        "construction cranes",
        "tower cranes",
    ),
    kinds=(
        "crane truck",
        "crane lorry",
        "truck crane",
        "truck mounted crane",
        "crawler crane",
        "hammerhead crane",
        "luffing crane",
        "luffing jib crane",
        "telescopic crane",
        "all terrain crane",
        "lifting crane",
        "harbour crane",
        "harbor crane",
        "dock crane",
    ),
    parts=(
        "base",
        "mast",
        "jib",
        "counterweight",
        "cab",
        "window",
        "peak",
        "tie",
        "trolley",
        "cable",
        "hook",
        "body",
        "boom",
        "wheel",
        "hubcap",
    ),
    aliases={
        "tower": "mast",
        "arm": "jib",
        "rope": "cable",
        "windows": "window",
        "wheels": "wheel",
        "footing": "base",
    },
)
