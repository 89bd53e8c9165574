"""A helicopter on skids: a rounded cabin with a glass nose, tail boom, main and tail rotors."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import (
    around_z,
    box,
    capsule,
    cylinder,
    ellipsoid,
    rod,
    side_prism,
)
from meshforge.engines.text.kit.vehicles import GLASS

HELI_PAINTS: tuple[RGB, ...] = (
    (200, 35, 35),
    (245, 190, 30),
    (240, 240, 238),
    (70, 90, 60),
    (30, 70, 150),
)


ROTOR: RGB = (50, 50, 55)


def build_helicopter(a: Assembly) -> None:
    """A helicopter on skids: a rounded cabin with a glass nose, tail boom, main and tail rotors."""
    pod_len, pod_r = a.vary(3.4, 0.08), a.vary(0.95, 0.06)
    paint = a.pick(HELI_PAINTS)
    skid_z, axis = 0.12, 0.12 + 0.55 + pod_r
    a.add(
        ellipsoid((pod_r, pod_len / 2, pod_r * 0.95), a.segments(pod_r), (0, 0, axis)),
        "body",
        paint,
    )
    nose = ellipsoid(
        (pod_r * 0.82, pod_len * 0.28, pod_r * 0.7),
        a.segments(pod_r),
        (0, -pod_len * 0.24, axis + pod_r * 0.18),
    )
    a.add(nose, "window", GLASS, Tier.FIXED)
    boom_len = pod_len * a.vary(1.3, 0.08)
    tail = (0.0, pod_len * 0.3 + boom_len, axis + pod_r * 0.35)
    boom = rod(
        (0, pod_len * 0.2, axis + pod_r * 0.1),
        tail,
        pod_r * 0.35,
        a.segments(pod_r * 0.35),
        pod_r * 0.14,
    )
    a.add(boom, "tail", paint)
    fin = [
        (tail[1] - 0.6, tail[2] - 0.1),
        (tail[1] + 0.15, tail[2] - 0.1),
        (tail[1] + 0.35, tail[2] + 1.0),
        (tail[1] - 0.05, tail[2] + 1.0),
    ]
    a.add(side_prism(fin, 0.08), "tail", paint)
    stab = box((1.2, 0.35, 0.05), (0, tail[1] - 0.7, tail[2] - 0.02))
    a.add(stab, "tail", paint)
    hub = (0.12, tail[1] - 0.05, tail[2] + 0.55)
    a.add(rod((0.0, hub[1], hub[2]), hub, 0.07, 8), "rotor", ROTOR, Tier.FIXED)
    for size in ((0.04, 0.12, 1.1), (0.04, 1.1, 0.12)):
        a.add(box(size, hub), "rotor", ROTOR, Tier.FIXED)
    top = axis + pod_r * 0.92
    mast_top = top + 0.45
    a.add(
        cylinder(pod_r * 0.45, 0.25, a.segments(pod_r * 0.45), (0, 0.1, top - 0.1), pod_r * 0.3),
        "body",
        paint,
    )
    a.add(rod((0, 0.1, top), (0, 0.1, mast_top), 0.08, 12), "rotor", ROTOR, Tier.FIXED)
    blades = a.count("blade", a.pick((2, 3, 4)), 2, 6)
    span = pod_len * a.vary(1.35, 0.06)
    blade = box((span, 0.3, 0.05), (span / 2, 0, 0))
    a.add(
        around_z(blade, blades, a.between(0, 360 / blades)).translate((0, 0.1, mast_top)),
        "rotor",
        ROTOR,
        Tier.FIXED,
    )
    a.add(cylinder(0.16, 0.15, 12, (0, 0.1, mast_top - 0.08)), "rotor", ROTOR, Tier.FIXED)
    if a.wants("skid"):
        for sx in (-1, 1):
            x = sx * pod_r * 0.9
            skid = capsule((x, -pod_len * 0.45, skid_z), (x, pod_len * 0.42, skid_z), 0.06, 12)
            tip = capsule(
                (x, -pod_len * 0.45, skid_z), (x, -pod_len * 0.55, skid_z + 0.2), 0.06, 12
            )
            a.add(skid, "skid", ROTOR, Tier.FIXED)
            a.add(tip, "skid", ROTOR, Tier.FIXED)
            for y in (-pod_len * 0.22, pod_len * 0.22):
                strut = capsule((x, y, skid_z), (x * 0.45, y, axis - pod_r * 0.6), 0.05, 8)
                a.add(strut, "skid", ROTOR, Tier.FIXED)
    if a.maybe("stripe", 0.5):
        stripe = ellipsoid(
            (pod_r * 1.01, pod_len * 0.2, pod_r * 0.2),
            a.segments(pod_r),
            (0, pod_len * 0.15, axis - pod_r * 0.1),
        )
        a.add(stripe, "stripe", a.pick(HELI_PAINTS), Tier.SECONDARY)


TEMPLATE = Template(
    "helicopter",
    build_helicopter,
    3.0,
    description="an aircraft lifted by a large spinning rotor on top",
    synonyms=("chopper", "rescue helicopter"),
    kinds=("copter", "whirlybird"),
    parts=("body", "window", "tail", "rotor", "blade", "skid", "stripe"),
    aliases={"cockpit": "window", "propeller": "rotor", "fuselage": "body", "boom": "tail"},
)
