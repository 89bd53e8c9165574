"""A battle tank: a low armoured hull on two crawler tracks, a turret and a long gun barrel."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.machine_kit import crawler_track
from meshforge.engines.text.kit.solids import box, cylinder, rod, rounded_box, side_prism

ARMOUR: tuple[RGB, ...] = ((90, 105, 65), (110, 110, 80), (180, 160, 115), (100, 100, 105))
DARK: RGB = (50, 52, 50)


def build_tank(a: Assembly) -> None:
    """A battle tank: a low armoured hull on two crawler tracks, a turret and a long gun barrel."""
    paint = a.pick(ARMOUR)
    length, width = a.vary(7.5, 0.06), a.vary(3.6, 0.05)
    track_w, track_h = 0.65, a.vary(1.0, 0.06)
    for sx in (-1, 1):
        crawler_track(a, sx * (width / 2 - track_w / 2), length, track_h, track_w, 6)
    hull_z = track_h * 0.55
    hull_h = a.vary(0.85, 0.08)
    # a wedge nose: the hull's side view, extruded across the tank
    half = length / 2
    outline = [
        (-half - 0.2, hull_z + hull_h * 0.45),
        (-half + 0.6, hull_z),
        (half - 0.2, hull_z),
        (half + 0.1, hull_z + hull_h * 0.6),
        (half, hull_z + hull_h),
        (-half + 1.2, hull_z + hull_h),
    ]
    a.add(side_prism(outline, width - 0.05), "hull", paint)
    for sx in (-1, 1):
        a.add(
            box(
                (track_w + 0.1, length * 0.95, 0.08),
                (sx * (width / 2 - track_w / 2), 0, track_h + 0.04),
            ),
            "fender",
            paint,
        )
    top = hull_z + hull_h
    tz = top + a.vary(0.55, 0.1) / 2
    t_len, t_w = length * a.between(0.42, 0.5), width * a.between(0.6, 0.72)
    turret = rounded_box(
        (t_w, t_len, tz - top + 0.35), 0.25, a.segments(0.25), (0, length * 0.05, tz)
    )
    a.add(turret, "turret", paint)
    a.add(
        cylinder(0.38, 0.2, a.segments(0.38), (t_w * 0.22, length * 0.12, tz + 0.15)),
        "hatch",
        paint,
    )
    if a.wants("barrel"):
        gun_len = length * a.between(0.6, 0.75)
        front = length * 0.05 - t_len / 2
        a.add(
            rod((0, front + 0.3, tz), (0, front - gun_len, tz + 0.1), 0.13, a.segments(0.13), 0.1),
            "barrel",
            paint,
        )
        a.add(
            rod(
                (0, front - gun_len + 0.4, tz + 0.09),
                (0, front - gun_len - 0.05, tz + 0.1),
                0.16,
                a.segments(0.16),
            ),
            "barrel",
            DARK,
            Tier.FIXED,
        )
        a.add(box((0.8, 0.4, 0.5), (0, front - 0.05, tz)), "turret", paint)
    if a.wants("antenna"):
        a.add(
            rod((-t_w * 0.35, length * 0.2, tz), (-t_w * 0.35, length * 0.3, tz + 1.8), 0.02, 6),
            "antenna",
            DARK,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "tank",
    build_tank,
    2.5,
    description="a military battle tank with tracks, an armoured hull, a turret and a long cannon",
    synonyms=(
        "battle tank",
        "army tank",
        "panzer",
        "main battle tank",
        "armoured tank",
        "armored tank",
    ),
    kinds=("sherman", "tiger tank", "abrams", "tank destroyer"),
    not_claimed=(
        "fish tank",
        "water tank",
        "gas tank",
        "fuel tank",
        "oxygen tank",
        "septic tank",
        "tank top",
        "think tank",
        "propane tank",
        "storage tank",
    ),
    parts=("track", "hubcap", "hull", "fender", "turret", "hatch", "barrel", "antenna"),
    aliases={
        "treads": "track",
        "wheel": "hubcap",
        "gun": "barrel",
        "cannon": "barrel",
        "body": "hull",
    },
)
