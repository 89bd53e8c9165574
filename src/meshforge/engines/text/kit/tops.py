"""What knitted and jersey tops share: a body as if worn, long sleeves, ribbed hem and cuffs.

Same frame as ``solids``: Z up, metres, the object's front towards -Y. A sweater and a hoodie
are the same garment below the neck; what differs (a collar, a hood) is left to the template.
"""

from __future__ import annotations

from dataclasses import dataclass

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.solids import capsule, cylinder, rounded_box, sphere
from meshforge.engines.text.kit.sweeps import hoop

#: the colours knitwear and sweatshirts are sold in
KNITS: tuple[RGB, ...] = (
    (160, 40, 45),
    (45, 60, 110),
    (120, 122, 128),
    (60, 100, 70),
    (225, 215, 190),
    (30, 30, 34),
    (190, 120, 60),
)


@dataclass(frozen=True)
class TopBody:
    """Where a built top's body is: what a collar, hood or pocket is placed against."""

    width: float
    depth: float
    radius: float
    hem_z: float
    shoulder_z: float

    @property
    def front_y(self) -> float:
        """The front face of the body."""
        return -self.depth / 2


def long_sleeved_top(a: Assembly, color: RGB) -> TopBody:
    """A top as if worn: a soft body, sleeves hanging a little apart, ribbed hem and cuffs.

    The trims take the body's colour unless the prompt names one for them.
    """
    width, depth = a.vary(0.48, 0.05), a.vary(0.24, 0.06)
    hem_z, shoulder_z = 0.06, a.vary(0.66, 0.04)
    radius = 0.06
    body = rounded_box(
        (width, depth, shoulder_z - hem_z),
        radius,
        a.segments(radius),
        (0, 0, (shoulder_z + hem_z) / 2),
    )
    a.add(body, "body", color)
    # the rib at the hem is a little narrower than the body: knit pulls in there
    band = rounded_box((width * 0.96, depth * 0.94, 0.07), 0.04, a.segments(0.04), (0, 0, 0.04))
    a.add(band, "hem", color)
    sleeve_r = 0.058
    seg = a.segments(sleeve_r)
    for side in (-1, 1):
        shoulder = (side * (width / 2 - 0.03), 0.0, shoulder_z - 0.05)
        elbow = (side * (width / 2 + 0.06), 0.0, shoulder_z - 0.31)
        wrist = (side * (width / 2 + 0.08), -0.03, hem_z + 0.06)
        a.add(sphere(sleeve_r * 1.15, seg, shoulder), "sleeve", color)
        a.add(capsule(shoulder, elbow, sleeve_r * 1.1, seg, sleeve_r), "sleeve", color)
        a.add(capsule(elbow, wrist, sleeve_r, seg, sleeve_r * 0.9), "sleeve", color)
        cuff = capsule(
            (wrist[0], wrist[1], wrist[2] + 0.02),
            (wrist[0], wrist[1], wrist[2] - 0.05),
            sleeve_r * 0.85,
            seg,
        )
        a.add(cuff, "cuff", color)
    return TopBody(width, depth, radius, hem_z, shoulder_z)


def neckband(a: Assembly, top: TopBody, color: RGB, part: str = "collar") -> None:
    """A ribbed ring round the neck opening, sitting on the shoulders."""
    ring = hoop(0.085, 0.022, a.segments(0.09), (0, 0.0, top.shoulder_z + 0.002))
    a.add(ring.scale((1.0, 0.8, 1.0)), part, color)
    # a dark disc just inside the ring, so that the neck reads as an opening
    opening = cylinder(0.07, 0.006, a.segments(0.07), (0, 0, top.shoulder_z - 0.002))
    a.add(opening.scale((1.0, 0.8, 1.0)), "lining", (35, 35, 38), Tier.FIXED)
