"""A meerkat standing sentry: upright on its hind legs, forepaws held in front, tail as a prop."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.animals import set_eyes
from meshforge.engines.text.kit.creatures import spindle
from meshforge.engines.text.kit.solids import Vec3, capsule, ellipsoid, sphere
from meshforge.engines.text.kit.sweeps import tube

COATS: tuple[RGB, ...] = ((200, 170, 125), (185, 155, 115), (210, 185, 140))
DARK: RGB = (50, 40, 35)


def build_meerkat(a: Assembly) -> None:
    """A meerkat upright on its haunches, head up, paws held at its chest, dark eye patches."""
    h = a.vary(0.3, 0.08)
    coat = a.pick(COATS)
    seg = a.segments(h * 0.12)
    # the body: a slim upright spindle, fuller at the belly, leaning back a touch
    hips: Vec3 = (0.0, h * 0.03, h * 0.13)
    shoulders: Vec3 = (0.0, 0.0, h * 0.62)
    a.add(spindle(hips, shoulders, h * 0.11, seg, 0.95), "body", coat)
    a.add(ellipsoid((h * 0.1, h * 0.09, h * 0.12), seg, (0, 0, h * 0.17)), "body", coat)
    a.add(capsule(shoulders, (0.0, -h * 0.01, h * 0.72), h * 0.055, seg), "body", coat)
    # the head: round skull, a short pointed snout to the front (-Y)
    head: Vec3 = (0.0, -h * 0.02, h * 0.78)
    hr = h * 0.06
    a.add(sphere(hr, seg, head), "head", coat)
    tip: Vec3 = (0.0, head[1] - hr * 1.8, head[2] - hr * 0.35)
    a.add(capsule(head, tip, hr * 0.6, a.segments(hr), hr * 0.22), "muzzle", coat)
    a.add(sphere(hr * 0.17, 10, tip), "nose", DARK, Tier.FIXED)
    for side in (-1, 1):
        # dark eye patches, the eyes in them, small dark ears low at the sides
        patch = ellipsoid((hr * 0.3, hr * 0.22, hr * 0.22), 12)
        a.add(
            patch.translate((side * hr * 0.55, head[1] - hr * 0.72, head[2] + hr * 0.15)),
            "eye patch",
            DARK,
            Tier.FIXED,
        )
        ear = ellipsoid((hr * 0.12, hr * 0.25, hr * 0.3), 10)
        a.add(
            ear.translate((side * hr * 0.92, head[1] + hr * 0.2, head[2] + hr * 0.1)),
            "ear",
            DARK,
            Tier.FIXED,
        )
        # forearms bent at the elbow, paws dangling in front of the chest
        shoulder: Vec3 = (side * h * 0.045, -h * 0.03, h * 0.57)
        elbow: Vec3 = (side * h * 0.08, -h * 0.09, h * 0.49)
        paw: Vec3 = (side * h * 0.05, -h * 0.12, h * 0.47)
        a.add(tube([shoulder, elbow, paw], h * 0.022, a.segments(h * 0.03), h * 0.018), "leg", coat)
        # hind legs folded under, feet flat on the ground in front
        hip: Vec3 = (side * h * 0.07, h * 0.02, h * 0.12)
        knee: Vec3 = (side * h * 0.085, -h * 0.05, h * 0.08)
        heel: Vec3 = (side * h * 0.08, h * 0.0, h * 0.02)
        a.add(spindle(hip, knee, h * 0.05, a.segments(h * 0.05), 0.9), "leg", coat)
        a.add(tube([knee, heel], h * 0.03, a.segments(h * 0.03), h * 0.025), "leg", coat)
        a.add(capsule(heel, (side * h * 0.08, -h * 0.08, h * 0.015), h * 0.022, 10), "paw", coat)
    set_eyes(a, head, hr, 40, 8, 0.14)
    if a.wants("tail"):
        # a thin tapering tail lying out behind, the tripod's third leg, dark at the tip
        tail = tube(
            [(0.0, h * 0.08, h * 0.08), (0.0, h * 0.2, h * 0.03), (0.0, h * 0.38, h * 0.02)],
            h * 0.03,
            a.segments(h * 0.03),
            h * 0.01,
        )
        a.add(tail, "tail", coat)


TEMPLATE = Template(
    "meerkat",
    build_meerkat,
    0.3,
    description="a small slim sandy animal standing upright on its hind legs with dark eye patches",
    synonyms=("meerkats", "suricate"),
    kinds=("baby meerkat", "timon"),
    parts=("body", "head", "muzzle", "nose", "eye", "eye patch", "ear", "leg", "paw", "tail"),
    aliases={"snout": "muzzle", "legs": "leg", "arms": "leg", "paws": "paw", "fur": "body"},
)
