"""Reference masks of scikit-image's sample photos, drawn by hand as polygons.

The measure of a photo mask (issue 14): **coverage**, the share of the reference subject
inside the mask, and **spill**, the share of the mask outside it. A polygon traced by eye
on a 25-pixel grid is off by a few pixels along the outline, so the bounds leave room for
that: a mask covers the subject when coverage >= 0.9 and spill <= 0.15. Where the subject's
edge is a matter of taste (the rocket's launch tower and pad) an ``ignored`` polygon is
counted neither way.

The subjects: the astronaut with her hair and the helmet she holds (not the flag or the
shuttle model); the cup, its saucer and the spoon (not the table); the cat (not the backdrop
at the right and top left); the rocket from its nose to the pad.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from skimage import data as sample_images
from skimage.draw import polygon as fill_polygon

#: (x, y) corners in the photo's own pixels
Corners = list[tuple[int, int]]

ASTRONAUT: Corners = [
    (22, 511), (20, 420), (25, 340), (40, 290), (55, 255), (85, 230), (115, 207),
    (118, 185), (128, 165), (150, 152), (175, 148), (178, 130), (165, 122), (155, 110),
    (152, 80), (158, 55), (175, 30), (200, 18), (235, 15), (265, 25), (290, 45), (300, 75),
    (298, 100), (285, 120), (272, 135), (268, 150), (290, 158), (300, 175), (303, 200),
    (300, 235), (310, 240), (340, 255),
    (355, 290), (360, 330), (365, 345), (380, 345), (420, 343), (460, 355), (490, 385),
    (505, 430), (511, 470), (511, 511),
]  # fmt: skip
COFFEE: Corners = [
    (78, 230), (85, 180), (105, 130), (140, 100), (172, 85), (175, 60), (195, 35),
    (240, 20), (300, 18), (360, 25), (395, 50), (405, 70), (415, 66), (423, 75),
    (415, 105), (440, 125), (460, 160), (475, 210), (478, 260), (465, 310), (430, 350),
    (380, 378), (320, 390), (260, 390), (200, 375), (150, 350), (110, 315), (85, 275),
]  # fmt: skip
CHELSEA: Corners = [
    (0, 299), (0, 90), (15, 60), (25, 20), (30, 0), (395, 0), (380, 40), (370, 60),
    (365, 110), (358, 150), (350, 190), (340, 230), (330, 265), (322, 299),
]  # fmt: skip
ROCKET: Corners = [
    (322, 127), (327, 131), (330, 140), (331, 160), (331, 405), (311, 405), (312, 160),
    (313, 140), (317, 131),
]  # fmt: skip
#: the tower's arms beside the rocket and the pad under it
ROCKET_IGNORED: Corners = [
    (290, 170), (355, 170), (365, 405), (380, 405), (380, 426), (262, 426), (262, 405),
    (285, 405),
]  # fmt: skip

MIN_COVERAGE = 0.9
MAX_SPILL = 0.15


@dataclass(frozen=True)
class Reference:
    """A sample photo (opaque RGBA), its subject and the pixels counted neither way."""

    name: str
    rgba: np.ndarray
    subject: np.ndarray
    ignored: np.ndarray


def _filled(corners: Corners, shape: tuple[int, int]) -> np.ndarray:
    mask = np.zeros(shape, bool)
    xs, ys = zip(*corners, strict=True)
    rows, cols = fill_polygon(np.array(ys) + 0.5, np.array(xs) + 0.5, shape)
    mask[rows, cols] = True
    return mask


def reference(name: str) -> Reference:
    """The photo ``name`` of scikit-image with its hand-drawn subject."""
    rgb = np.asarray(getattr(sample_images, name)())
    rgba = np.ascontiguousarray(np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)]))
    corners = {"astronaut": ASTRONAUT, "coffee": COFFEE, "chelsea": CHELSEA, "rocket": ROCKET}
    shape = rgb.shape[:2]
    ignored = _filled(ROCKET_IGNORED, shape) if name == "rocket" else np.zeros(shape, bool)
    subject = _filled(corners[name], shape)
    return Reference(name, rgba, subject, ignored & ~subject)


PHOTOS = ("astronaut", "coffee", "chelsea", "rocket")


def coverage_and_spill(found: Reference, mask: np.ndarray) -> tuple[float, float]:
    """Share of the subject inside ``mask``, share of ``mask`` (ignored pixels aside) outside."""
    counted = mask & ~found.ignored
    coverage = float((mask & found.subject).sum() / found.subject.sum())
    spill = float((counted & ~found.subject).sum() / max(int(counted.sum()), 1))
    return coverage, spill


def covers_the_subject(found: Reference, mask: np.ndarray) -> bool:
    """Coverage and spill within the bounds of the module's measure."""
    coverage, spill = coverage_and_spill(found, mask)
    return coverage >= MIN_COVERAGE and spill <= MAX_SPILL
