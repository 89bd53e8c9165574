"""A flail: a wooden haft with an iron cap, a short chain and a spiked iron ball at its end."""

from __future__ import annotations

import math

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import aimed
from meshforge.engines.text.kit.gear import DARK_STEEL, IRON, LEATHERS, STEEL, WOODS
from meshforge.engines.text.kit.solids import Vec3, cylinder, rod, sphere, union
from meshforge.engines.text.kit.sweeps import hoop


def build_flail(a: Assembly) -> None:
    """A flail: a wooden haft with an iron cap, a short chain and a spiked iron ball at its end."""
    haft = a.vary(0.55, 0.1)
    ball_r = a.vary(0.055, 0.15)
    metal = a.pick((IRON, DARK_STEEL, STEEL))
    # the haft stands on its butt; the chain hangs from its cap to the ball lying on the ground
    a.add(cylinder(0.018, haft, 12), "haft", a.pick(WOODS))
    if a.maybe("grip", 0.7, "wrapped", "leather"):
        a.add(
            cylinder(0.021, haft * 0.3, 12, (0, 0, haft * 0.05)),
            "grip",
            a.pick(LEATHERS),
            Tier.SECONDARY,
        )
    a.add(cylinder(0.024, 0.05, 12, (0, 0, haft - 0.03)), "cap", metal, Tier.FIXED)
    top: Vec3 = (0.0, 0.0, haft + 0.03)
    ball: Vec3 = (haft * 0.4, -haft * 0.1, ball_r)
    # oval links along the line from the cap to the ball, each turned a quarter to the last,
    # their ends overlapping so that the chain holds together as one piece
    link_len, wire = 0.045, 0.0045
    ring = hoop(0.012, wire, 12).rotate((90, 0, 0))
    ring = ring.scale((1.0, 1.0, 1.0 / (2 * (0.012 + wire)))).translate((0, 0, 0.5))
    end: Vec3 = (ball[0], ball[1], ball[2] + ball_r * 0.9)
    span = math.dist(top, end)
    links = max(3, math.ceil(span / (link_len * 0.7)))
    chain = []
    for k in range(links):
        t0 = k * (span - link_len) / (links - 1) / span
        t1 = t0 + link_len / span
        turned = ring.rotate((0, 0, 90.0 * (k % 2)))
        chain.append(aimed(turned, _along(top, end, t0), _along(top, end, t1)))
    a.add(union(chain), "chain", metal, Tier.FIXED)
    a.add(sphere(ball_r, a.segments(ball_r), ball), "ball", metal)
    spikes = []
    for lat in (-50, 0, 50):
        around = 8 if lat == 0 else 5
        for k in range(around):
            yaw = math.radians(360 * k / around + (18 if lat else 0))
            pitch = math.radians(lat)
            direction = (
                math.cos(pitch) * math.cos(yaw),
                math.cos(pitch) * math.sin(yaw),
                math.sin(pitch),
            )
            base = _along(ball, _plus(ball, direction), ball_r * 0.85)
            tip = _along(ball, _plus(ball, direction), ball_r * 1.45)
            spikes.append(rod(base, tip, ball_r * 0.16, 8, ball_r * 0.01))
    for sign in (-1, 1):
        spikes.append(
            rod(
                (ball[0], ball[1], ball[2] + sign * ball_r * 0.85),
                (ball[0], ball[1], ball[2] + sign * ball_r * 1.45),
                ball_r * 0.16,
                8,
                ball_r * 0.01,
            )
        )
    a.add(union(spikes), "spike", STEEL, Tier.FIXED)


def _along(start: Vec3, end: Vec3, t: float) -> Vec3:
    """The point a fraction ``t`` of the way from ``start`` to ``end`` (beyond it for t > 1)."""
    return (
        start[0] + t * (end[0] - start[0]),
        start[1] + t * (end[1] - start[1]),
        start[2] + t * (end[2] - start[2]),
    )


def _plus(point: Vec3, offset: Vec3) -> Vec3:
    """``point`` moved by ``offset``."""
    return (point[0] + offset[0], point[1] + offset[1], point[2] + offset[2])


TEMPLATE = Template(
    "flail",
    build_flail,
    0.6,
    description="a medieval flail: a spiked iron ball on a chain swinging from a wooden handle",
    synonyms=("war flail", "ball and chain", "military flail", "chain mace", "morning star flail"),
    parts=("haft", "grip", "cap", "chain", "ball", "spike"),
    aliases={"handle": "haft", "links": "chain", "spikes": "spike", "head": "ball"},
)
