"""A standing skeleton: skull with dark sockets, spine, ribcage, pelvis and knobbly limbs."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.hats import wear_asked_hat
from meshforge.engines.text.kit.solids import (
    Vec3,
    capsule,
    ellipsoid,
    on_sphere,
    rod,
    rounded_box,
    sphere,
    torus,
)
from meshforge.engines.text.kit.sweeps import hoop as hoop_ring

BONES: tuple[RGB, ...] = ((238, 232, 212), (225, 215, 190), (245, 242, 232))
SOCKET: RGB = (30, 26, 24)


def build_skeleton(a: Assembly) -> None:
    """A standing skeleton: skull with dark sockets, spine, ribcage, pelvis and knobbly limbs."""
    bone = a.pick(BONES)
    s = a.vary(1.0, 0.05)
    lean = a.between(-0.05, 0.05)

    def limb(start: Vec3, end: Vec3, r: float) -> None:
        a.add(capsule(start, end, r * s, a.segments(r * s)), "bone", bone)
        for joint in (start, end):
            a.add(sphere(r * 1.5 * s, 10, joint), "bone", bone)

    hip_z, neck_z = 0.95 * s, 1.5 * s
    a.add(rod((0, 0.06 * s, hip_z), (0, 0.06 * s, neck_z), 0.022 * s, 10), "spine", bone)
    for k in range(9):
        z = hip_z + (neck_z - hip_z) * (k + 0.5) / 9
        a.add(ellipsoid((0.032 * s, 0.03 * s, 0.014 * s), 10, (0, 0.06 * s, z)), "spine", bone)
    ribs = a.count("rib", 5, 3, 8)
    for k in range(ribs):
        z = 1.2 * s + 0.23 * s * k / max(1, ribs - 1)
        major = (0.13 + 0.025 * (1 - abs(k - ribs * 0.6) / ribs)) * s
        hoop = hoop_ring(major, 0.011 * s, a.segments(major)).scale((1.0, 0.68, 1.0))
        a.add(hoop.translate((0, -0.03 * s, z)), "rib", bone)
    a.add(
        rod(
            (0, -0.03 * s - 0.68 * 0.14 * s, 1.17 * s),
            (0, -0.03 * s - 0.68 * 0.14 * s, 1.45 * s),
            0.016 * s,
            8,
        ),
        "rib",
        bone,
    )
    pelvis = torus(0.09 * s, 0.03 * s, a.segments(0.1)).scale((1.3, 0.8, 1.2))
    a.add(pelvis.translate((0, 0.02 * s, hip_z - 0.02 * s)), "pelvis", bone)
    # collarbones tie the shoulders to the top of the breastbone
    for side in (-1, 1):
        shoulder = (side * 0.2 * s, 0.02 * s, 1.45 * s)
        a.add(rod((0, 0.0, 1.47 * s), shoulder, 0.014 * s, 8), "bone", bone)
        elbow = (side * 0.24 * s, 0.05 * s + lean * side, 1.15 * s)
        wrist = (side * 0.27 * s, -0.02 * s, 0.88 * s)
        limb(shoulder, elbow, 0.018)
        limb(elbow, wrist, 0.014)
        a.add(
            ellipsoid(
                (0.025 * s, 0.015 * s, 0.05 * s), 10, (wrist[0], wrist[1], wrist[2] - 0.05 * s)
            ),
            "hand",
            bone,
        )
        hip = (side * 0.1 * s, 0.02 * s, hip_z - 0.04 * s)
        knee = (side * 0.11 * s, 0.0, 0.5 * s)
        ankle = (side * 0.11 * s, 0.02 * s, 0.07 * s)
        limb(hip, knee, 0.022)
        limb(knee, ankle, 0.018)
        a.add(
            rounded_box(
                (0.07 * s, 0.18 * s, 0.065 * s),
                0.015 * s,
                8,
                (ankle[0], ankle[1] - 0.06 * s, 0.032 * s),
            ),
            "foot",
            bone,
        )
    head_r = a.vary(0.11, 0.05) * s
    head = (0.0, 0.01 * s, neck_z + 0.03 * s + head_r)
    a.add(sphere(head_r, a.segments(head_r), head).scale((0.92, 1.0, 1.0)), "skull", bone)
    wear_asked_hat(a, head, head_r)
    a.add(
        rod((0, 0.03 * s, neck_z - 0.02 * s), (0, 0.02 * s, head[2] - head_r * 0.5), 0.025 * s, 8),
        "spine",
        bone,
    )
    jaw = rounded_box(
        (head_r * 1.1, head_r * 0.9, head_r * 0.55),
        head_r * 0.2,
        12,
        (head[0], head[1] - head_r * 0.45, head[2] - head_r * 0.75),
    )
    a.add(jaw, "skull", bone)
    for side in (-1, 1):
        spot = on_sphere(head, head_r, side * 24, 6, head_r * 0.2)
        a.add(sphere(head_r * 0.24, 12, spot), "socket", SOCKET, Tier.FIXED)
    nose = on_sphere(head, head_r, 0, -18, head_r * 0.08)
    a.add(
        ellipsoid((head_r * 0.08, head_r * 0.08, head_r * 0.14), 8, nose),
        "socket",
        SOCKET,
        Tier.FIXED,
    )
    teeth_y = head[1] - head_r * 0.9
    a.add(
        rounded_box(
            (head_r * 0.7, head_r * 0.06, head_r * 0.16),
            head_r * 0.03,
            8,
            (head[0], teeth_y, head[2] - head_r * 0.62),
        ),
        "teeth",
        (250, 248, 240),
        Tier.FIXED,
    )


TEMPLATE = Template(
    "skeleton",
    build_skeleton,
    1.8,
    description="a human skeleton of bones standing upright, with a grinning skull and ribcage",
    synonyms=("skeleton warrior", "human skeleton", "bones", "skelly"),
    kinds=("anatomy skeleton", "halloween skeleton"),
    parts=("bone", "skull", "spine", "rib", "pelvis", "hand", "foot", "socket", "teeth"),
    aliases={
        "ribs": "rib",
        "ribcage": "rib",
        "eye": "socket",
        "head": "skull",
        "arm": "bone",
        "leg": "bone",
    },
)
