"""Big showy birds' shared parts: the upright display fan of a peacock's train or turkey's tail.

Same frame as ``solids``: Z up, metres, the bird's front towards -Y.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.kit.creatures import plan_blade
from meshforge.engines.text.kit.solids import Vec3, cylinder, union


@dataclass(frozen=True)
class Fan:
    """A fan standing behind a bird: where it is, so that spots and bands can be set on it."""

    root: Vec3
    radius: float
    thickness: float
    lean: float  #: degrees back from upright
    spread: float  #: degrees either side of straight up

    def placed(self, flat: Manifold) -> Manifold:
        """``flat``, built in the fan's plane (x across, y up it, +z its front), put in place."""
        return flat.rotate((90 - self.lean, 0, 0)).translate(self.root)

    def blade(self, scallops: int) -> Manifold:
        """The fan itself: a wedge of a disc with a scalloped rim of ``scallops`` feather tips."""
        outline: list[tuple[float, float]] = [(0.0, 0.0)]
        steps = scallops * 2
        for i in range(steps + 1):
            angle = math.radians(90 - self.spread + 2 * self.spread * i / steps)
            reach = self.radius * (1.0 if i % 2 else 0.93)
            outline.append((reach * math.cos(angle), reach * math.sin(angle)))
        return self.placed(plan_blade(outline, self.thickness))

    def spots(self, rows: tuple[float, ...], size: float, proud: float, each: int) -> Manifold:
        """Round spots on the fan's front: ``each`` per row at radius fractions ``rows``."""
        discs = []
        for k, row in enumerate(rows):
            count = each + k * 2
            for i in range(count):
                t = (i + 0.5) / count
                angle = math.radians(90 - self.spread * 0.92 + 2 * self.spread * 0.92 * t)
                at = (self.radius * row * math.cos(angle), self.radius * row * math.sin(angle), 0.0)
                disc = cylinder(size, self.thickness + proud, 10, (0, 0, -self.thickness / 2))
                discs.append(disc.translate(at))
        return self.placed(union(discs))

    def band(self, inner: float, outer: float, proud: float, segments: int) -> Manifold:
        """A strip across the fan between radius fractions ``inner`` and ``outer`` (a turkey's)."""
        outline: list[tuple[float, float]] = []
        steps = max(8, segments // 2)
        for i in range(steps + 1):
            angle = math.radians(90 - self.spread + 2 * self.spread * i / steps)
            outline.append(
                (self.radius * outer * math.cos(angle), self.radius * outer * math.sin(angle))
            )
        for i in range(steps, -1, -1):
            angle = math.radians(90 - self.spread + 2 * self.spread * i / steps)
            outline.append(
                (self.radius * inner * math.cos(angle), self.radius * inner * math.sin(angle))
            )
        return self.placed(plan_blade(outline, self.thickness + proud * 2))


def display_fan(a: Assembly, root: Vec3, radius: float, lean: float, spread: float) -> Fan:
    """A fan of ``radius`` rising from ``root`` (the rump), seeded a little in size and lean."""
    return Fan(root, radius * a.vary(1.0, 0.06), radius * 0.025, lean + a.between(-4, 4), spread)
