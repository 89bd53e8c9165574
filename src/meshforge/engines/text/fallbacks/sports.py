"""The sports archetype: a bat-and-paddle piece of gear, or a stitched ball.

Prompts nearest to the bats, rackets, clubs and sticks get a paddle with a wrapped grip
("a ping pong paddle", "a cricket bat"); the rest a panelled ball ("a volleyball",
"a shuttlecock" reads as gear too), in the prompt's colours.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.archetypes import leaning
from meshforge.engines.text.kit.gear import SPORTY
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid, sphere, torus

CATEGORY = "sports"
HELD = (
    "baseball bat",
    "tennis racket",
    "golf club",
    "hockey stick",
    "bat",
    "racket",
    "club",
    "stick",
    "paddle",
    "racquet",
)
GRIP = (35, 35, 38)
SEAM = (245, 245, 240)


def build_sports(a: Assembly) -> None:
    """A paddle with a grip, or a ball with seams, lying as it would on the floor."""
    if leaning(a, {"held": HELD, "ball": ()}, "ball") == "held":
        _paddle(a)
    else:
        _ball(a)


def _paddle(a: Assembly) -> None:
    """A flat rounded blade on a handle with a wrapped grip, standing on its handle end."""
    blade_r = a.vary(0.09, 0.2)
    handle = blade_r * a.between(1.2, 2.4)
    a.add(cylinder(0.016, handle, 12, (0.0, 0.0, 0.0)), "grip", GRIP, Tier.FIXED)
    blade = ellipsoid(
        (blade_r, blade_r * 0.12, blade_r * a.between(1.0, 1.3)),
        a.segments(blade_r),
        (0.0, 0.0, handle + blade_r * 0.95),
    )
    a.add(blade, "blade", SPORTY)
    a.add(
        capsule((0.0, 0.0, handle - 0.01), (0.0, 0.0, handle + blade_r * 0.2), 0.02, 12),
        "blade",
        SPORTY,
    )


def _ball(a: Assembly) -> None:
    """A ball with two crossing seams."""
    r = a.vary(0.11, 0.3)
    center = (0.0, 0.0, r)
    a.add(sphere(r, a.segments(r), center), "ball", SPORTY)
    seam = torus(r * 1.0, r * 0.03, a.segments(r))
    a.add(seam.translate(center), "seam", SEAM, Tier.SECONDARY)
    a.add(seam.rotate((90, 0, 0)).translate(center), "seam", SEAM, Tier.SECONDARY)


TEMPLATE = Template(
    "sports gear",
    build_sports,
    0.3,
    description="sports equipment of no particular kind: a paddle or a ball",
    parts=("grip", "blade", "ball", "seam"),
    aliases={"handle": "grip", "face": "blade", "stitches": "seam", "stripe": "seam"},
)
