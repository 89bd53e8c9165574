"""Figure templates: snowman, teddy bear, rubber duck."""

from __future__ import annotations

import math

from meshforge.engines.text.assembly import Assembly, Template, Tier
from meshforge.engines.text.lexicon import RGB
from meshforge.engines.text.parts import (
    Vec3,
    box,
    capsule,
    cylinder,
    ellipsoid,
    rod,
    sphere,
    torus,
)

SNOW: RGB = (248, 250, 252)


COAL: RGB = (25, 25, 28)


CARROT: RGB = (245, 130, 30)


TWIG: RGB = (95, 65, 40)


SCARVES: tuple[RGB, ...] = ((200, 35, 40), (40, 110, 60), (40, 80, 170), (240, 180, 40))


FURS: tuple[RGB, ...] = ((150, 100, 60), (190, 140, 90), (120, 80, 50), (220, 200, 170))


MUZZLE: RGB = (230, 205, 165)


DUCKS: tuple[RGB, ...] = ((255, 215, 40), (255, 225, 60), (250, 200, 30))


def _on_sphere(
    center: Vec3, radius: float, yaw_deg: float, pitch_deg: float, depth: float = 0.0
) -> Vec3:
    """A point on a sphere's front (-Y): ``yaw`` turns right, ``pitch`` up, ``depth`` sinks it."""
    yaw, pitch = math.radians(yaw_deg), math.radians(pitch_deg)
    r = radius - depth
    return (
        center[0] + r * math.sin(yaw) * math.cos(pitch),
        center[1] - r * math.cos(yaw) * math.cos(pitch),
        center[2] + r * math.sin(pitch),
    )


def _sunk(a: Assembly, host_r: float, piece_r: float) -> float:
    """How deep to set a small ball (eye, button) into a big one so it holds at any resolution.

    A tessellated ball lies inside the true sphere by up to its sagitta; sink past that, plus
    half the piece, so the piece always cuts into the host yet still shows.
    """
    sagitta = host_r * (1 - math.cos(2 * math.pi / a.segments(host_r)))
    return sagitta + piece_r * 0.5


def build_snowman(a: Assembly) -> None:
    """Stacked snowballs with coal eyes, a carrot nose, buttons, stick arms, a scarf and a hat."""
    balls = a.count("ball", 3, 2, 4)
    radius, z = a.vary(0.42, 0.1), 0.0
    centers: list[tuple[Vec3, float]] = []
    for i in range(balls):
        if i:
            z += centers[-1][1] * 0.75 + radius * 0.75
        else:
            z = radius * 0.9  # flattened a little where it sits on the ground
        centers.append(((0.0, 0.0, z), radius))
        a.add(sphere(radius, a.segments(radius), (0, 0, z)), "body", SNOW)
        radius *= a.vary(0.72, 0.08)
    head, head_r = centers[-1]
    torso, torso_r = centers[-2]
    _snowman_face(a, head, head_r)
    if a.wants("button"):
        count = a.count("button", 3, 1, 5)
        for k in range(count):
            pitch = 35 - 70 * (k + 0.5) / count
            a.add(
                sphere(
                    torso_r * 0.08,
                    a.segments(torso_r * 0.08),
                    _on_sphere(torso, torso_r, 0, pitch, _sunk(a, torso_r, torso_r * 0.08)),
                ),
                "button",
                COAL,
                Tier.FIXED,
            )
    if a.wants("arm"):
        for side in (-1, 1):
            start = (side * torso_r * 0.8, 0.0, torso[2] + torso_r * 0.25)
            end = (
                side * torso_r * 2.0,
                a.between(-0.1, 0.1),
                torso[2] + torso_r * a.between(0.6, 1.0),
            )
            a.add(rod(start, end, 0.022, 8, 0.014), "arm", TWIG, Tier.FIXED)
            finger = (end[0] + side * 0.1, end[1], end[2] + 0.14)
            a.add(
                rod((end[0] - side * 0.08, end[1], end[2] - 0.04), finger, 0.013, 8, 0.008),
                "arm",
                TWIG,
                Tier.FIXED,
            )
    neck_z = head[2] - head_r * 0.8
    if a.wants("scarf") and a.chance(0.6):
        # the tube's centre line sits on the head's surface, so the scarf always grips the neck
        ring_r = math.sqrt(max(head_r**2 - (head[2] - neck_z) ** 2, 0.0))
        color = a.pick(SCARVES)
        a.add(
            torus(ring_r, head_r * 0.17, a.segments(ring_r), (0, 0, neck_z)),
            "scarf",
            color,
            Tier.SECONDARY,
        )
        tail = box((head_r * 0.3, head_r * 0.12, head_r * 1.2), (0, 0, -head_r * 0.5))
        place = (head_r * 0.45, -ring_r - head_r * 0.1, neck_z)
        a.add(tail.rotate((0, 8, 0)).translate(place), "scarf", color, Tier.SECONDARY)
    if a.wants("hat"):
        _hat(a, head, head_r)


def _snowman_face(a: Assembly, head: Vec3, head_r: float) -> None:
    """Coal eyes, a carrot nose and a coal smile on the front of the head."""
    for side in (-1, 1):
        a.add(
            sphere(
                head_r * 0.1,
                a.segments(head_r * 0.1),
                _on_sphere(head, head_r, side * 22, 18, _sunk(a, head_r, head_r * 0.1)),
            ),
            "eye",
            COAL,
            Tier.FIXED,
        )
    if a.wants("nose"):
        base = _on_sphere(head, head_r, 0, 2, head_r * 0.2)
        tip = _on_sphere(head, head_r * a.vary(1.7, 0.15), 0, -4)
        a.add(
            rod(base, tip, head_r * 0.13, a.segments(head_r * 0.13), head_r * 0.01),
            "nose",
            CARROT,
            Tier.FIXED,
        )
    if a.wants("mouth"):
        for k in range(5):
            pitch = -22 - 4 * (2 - abs(k - 2))
            spot = _on_sphere(head, head_r, (k - 2) * 12, pitch, _sunk(a, head_r, head_r * 0.065))
            a.add(sphere(head_r * 0.065, 8, spot), "mouth", COAL, Tier.FIXED)


def _hat(a: Assembly, head: Vec3, head_r: float) -> None:
    """A top hat with a band, or a bobble hat, on the head."""
    top = head[2] + head_r * 0.82
    if a.chance(0.65):
        brim = cylinder(head_r * 0.95, head_r * 0.06, a.segments(head_r))
        crown = cylinder(head_r * 0.62, head_r * 0.85, a.segments(head_r), (0, 0, 0), head_r * 0.66)
        band = cylinder(head_r * 0.65, head_r * 0.15, a.segments(head_r), (0, 0, head_r * 0.09))
        # built at the origin so the jaunty tilt turns the hat about its own base
        tilt = (0.0, a.between(-8, 8), 0.0)
        place = (head[0], head[1], top)
        a.add(brim.rotate(tilt).translate(place), "hat", COAL, Tier.FIXED)
        a.add(crown.rotate(tilt).translate(place), "hat", COAL, Tier.FIXED)
        a.add(band.rotate(tilt).translate(place), "band", a.pick(SCARVES), Tier.SECONDARY)
    else:
        color = a.pick(SCARVES)
        beanie = ellipsoid(
            (head_r * 0.9, head_r * 0.9, head_r * 0.75),
            a.segments(head_r),
            (0, 0, top - head_r * 0.35),
        )
        a.add(beanie, "hat", color, Tier.FIXED)
        a.add(
            sphere(head_r * 0.22, a.segments(head_r * 0.22), (0, 0, top + head_r * 0.45)),
            "hat",
            SNOW,
            Tier.FIXED,
        )


def build_teddy_bear(a: Assembly) -> None:
    """A sitting teddy bear: round body and head, ears, muzzle, paws with pads."""
    fur = a.pick(FURS)
    body_r, head_r = a.vary(0.12, 0.1), a.vary(0.1, 0.1)
    body = (0.0, 0.0, body_r * 1.15)
    a.add(ellipsoid((body_r, body_r * 0.9, body_r * 1.2), a.segments(body_r), body), "body", fur)
    head = (0.0, -body_r * 0.1, body[2] + body_r * 1.1 + head_r * 0.8)
    a.add(sphere(head_r, a.segments(head_r), head), "body", fur)
    for side in (-1, 1):
        ear = (side * head_r * 0.72, head[1] + head_r * 0.1, head[2] + head_r * 0.7)
        a.add(sphere(head_r * 0.32, a.segments(head_r * 0.32), ear), "ear", fur)
        inner = ellipsoid((head_r * 0.2, head_r * 0.08, head_r * 0.2), a.segments(head_r * 0.2))
        a.add(
            inner.translate((ear[0], ear[1] - head_r * 0.22, ear[2])),
            "muzzle",
            MUZZLE,
            Tier.SECONDARY,
        )
        a.add(
            sphere(
                head_r * 0.09,
                a.segments(head_r * 0.09),
                _on_sphere(head, head_r, side * 28, 18, _sunk(a, head_r, head_r * 0.09)),
            ),
            "eye",
            COAL,
            Tier.FIXED,
        )
        shoulder = (side * body_r * 0.75, body[1] - body_r * 0.1, body[2] + body_r * 0.65)
        paw = (side * body_r * 1.05, body[1] - body_r * 0.75, body[2] - body_r * 0.05)
        a.add(capsule(shoulder, paw, body_r * 0.3, a.segments(body_r * 0.3)), "arm", fur)
        hip = (side * body_r * 0.55, body[1] - body_r * 0.2, body_r * 0.45)
        foot = (side * body_r * 0.7, body[1] - body_r * 1.25, body_r * 0.35)
        a.add(capsule(hip, foot, body_r * 0.36, a.segments(body_r * 0.36)), "leg", fur)
        pad = ellipsoid((body_r * 0.26, body_r * 0.06, body_r * 0.28), a.segments(body_r * 0.26))
        a.add(
            pad.translate((foot[0], foot[1] - body_r * 0.33, foot[2])),
            "pad",
            MUZZLE,
            Tier.SECONDARY,
        )
    muzzle = ellipsoid((head_r * 0.45, head_r * 0.35, head_r * 0.35), a.segments(head_r * 0.45))
    snout = _on_sphere(head, head_r, 0, -20, head_r * 0.2)
    a.add(muzzle.translate(snout), "muzzle", MUZZLE, Tier.SECONDARY)
    nose = ellipsoid((head_r * 0.14, head_r * 0.1, head_r * 0.1), a.segments(head_r * 0.14))
    a.add(
        nose.translate((snout[0], snout[1] - head_r * 0.33, snout[2] + head_r * 0.1)),
        "nose",
        COAL,
        Tier.FIXED,
    )
    if a.wants("bow") and a.chance(0.4):
        knot = (0.0, head[1] - head_r * 0.55, head[2] - head_r * 0.95)
        color = a.pick(SCARVES)
        for side in (-1, 1):
            wing = rod(knot, (side * head_r * 0.45, knot[1], knot[2]), 0.0, 8, head_r * 0.22)
            a.add(wing, "bow", color, Tier.FIXED)
        a.add(sphere(head_r * 0.1, 8, knot), "bow", color, Tier.FIXED)


def build_duck(a: Assembly) -> None:
    """A rubber duck: a boat-shaped body with a raised tail, a round head and a flat beak."""
    size = a.vary(0.1, 0.1)
    yellow = a.pick(DUCKS)
    a.add(
        ellipsoid(
            (size * 0.55, size * 0.7, size * 0.42), a.segments(size * 0.6), (0, 0, size * 0.38)
        ),
        "body",
        yellow,
    )
    tail = ellipsoid((size * 0.3, size * 0.35, size * 0.18), a.segments(size * 0.3)).rotate(
        (-35, 0, 0)
    )
    a.add(tail.translate((0, size * 0.55, size * 0.55)), "body", yellow)
    head = (0.0, -size * 0.3, size * 0.95)
    head_r = size * a.vary(0.33, 0.08)
    a.add(sphere(head_r, a.segments(head_r), head), "body", yellow)
    beak = ellipsoid((head_r * 0.55, head_r * 0.55, head_r * 0.2), a.segments(head_r * 0.5))
    a.add(
        beak.translate(_on_sphere(head, head_r, 0, -10, head_r * 0.1)), "beak", CARROT, Tier.FIXED
    )
    for side in (-1, 1):
        a.add(
            sphere(
                head_r * 0.12,
                a.segments(head_r * 0.12),
                _on_sphere(head, head_r, side * 35, 20, _sunk(a, head_r, head_r * 0.12)),
            ),
            "eye",
            COAL,
            Tier.FIXED,
        )
        wing = ellipsoid((size * 0.12, size * 0.35, size * 0.2), a.segments(size * 0.2))
        a.add(
            wing.rotate((15, 0, 0)).translate((side * size * 0.48, size * 0.08, size * 0.45)),
            "wing",
            yellow,
        )


TEMPLATES = (
    Template(
        "snowman",
        build_snowman,
        1.6,
        synonyms=("snow man", "snowwoman", "frosty"),
        parts=("body", "eye", "nose", "mouth", "button", "arm", "scarf", "hat", "band", "ball"),
        aliases={
            "carrot": "nose",
            "snowball": "ball",
            "stick": "arm",
            "coal": "eye",
            "ribbon": "band",
            "beanie": "hat",
            "tophat": "hat",
        },
    ),
    Template(
        "teddy bear",
        build_teddy_bear,
        0.45,
        synonyms=("teddy", "bear", "teddybear", "plush bear", "stuffed bear"),
        parts=("body", "ear", "eye", "muzzle", "nose", "arm", "leg", "pad", "bow"),
        aliases={"snout": "muzzle", "paw": "pad", "fur": "body", "head": "body", "bowtie": "bow"},
    ),
    Template(
        "duck",
        build_duck,
        0.13,
        synonyms=("rubber duck", "duckling", "rubber ducky", "ducky"),
        parts=("body", "beak", "eye", "wing"),
        aliases={"bill": "beak", "head": "body"},
    ),
)
