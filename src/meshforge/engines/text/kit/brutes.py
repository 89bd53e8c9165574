"""What the fantasy brutes share (orc, goblin, troll): coloured skin, ears, tusks, noses, clubs.

Each builds on ``figure_kit.build_figure``; the prompt's first colour goes to the creature's
skin ("a blue troll"), its clothes take the second. Same frame as ``solids``: Z up, metres,
facing -Y; the figure's right hand is on -X.
"""

from __future__ import annotations

from dataclasses import replace

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.figure_kit import Figure, Outfit, build_figure
from meshforge.engines.text.kit.gear import IVORY
from meshforge.engines.text.kit.solids import (
    Vec3,
    box,
    capsule,
    cylinder,
    ellipsoid,
    on_sphere,
    rod,
    sphere,
    subtract,
)

#: part words the brutes add to a figure's
BRUTE_PARTS = ("ear", "nose", "tusk", "jaw", "brow", "vest", "kilt")
BRUTE_ALIASES = {
    "waistcoat": "vest",
    "loincloth": "kilt",
    "skirt": "kilt",
    "ears": "ear",
    "tusks": "tusk",
    "teeth": "tusk",
    "fangs": "tusk",
    "chin": "jaw",
}
TUSK: RGB = IVORY
#: rags and hides: browns, dull greens and greys
RAGS: tuple[RGB, ...] = ((110, 80, 50), (90, 70, 55), (85, 90, 60), (100, 95, 85), (70, 50, 40))


def brute_figure(a: Assembly, skins: tuple[RGB, ...], outfit: Outfit) -> tuple[Figure, RGB]:
    """A figure in ``outfit`` whose skin is one of ``skins``; a bare-chested one (``outfit.top``
    empty) shows its skin from the waist up. Returns the figure and the skin chosen.

    The skin is the object's own colour: "a blue troll" is a blue-skinned troll.
    """
    skin = a.color("head", skins, Tier.PRIMARY)
    top = outfit.top if outfit.top else (skin,)
    return build_figure(a, replace(outfit, top=top, skin=(skin,))), skin


def open_vest(a: Assembly, f: Figure, color: RGB | tuple[RGB, ...], girth: float) -> None:
    """An open leather vest over a bare chest."""
    s = f.scale
    chest = f.shoulder_z - 0.2 * s
    vest = subtract(
        box((0.42 * s * girth, 0.27 * s * girth, 0.42 * s), (0, 0, chest)),
        box((0.22 * s * girth, 0.2 * s * girth, 0.44 * s), (0, -0.14 * s * girth, chest)),
    )
    a.add(vest, "vest", color, Tier.SECONDARY)


def hide_kilt(a: Assembly, f: Figure, color: RGB | tuple[RGB, ...], girth: float) -> None:
    """A hide kilt flaring from the waist to the knees."""
    s = f.scale
    low = f.waist_z - 0.3 * s
    kilt = cylinder(0.25 * s * girth, 0.36 * s, a.segments(0.25 * s), (0, 0, low), 0.2 * s * girth)
    a.add(kilt.scale((1.0, 0.72, 1.0)), "kilt", color, Tier.SECONDARY)


def pointed_ears(a: Assembly, f: Figure, skin: RGB, reach: float, droop: float = 0.0) -> None:
    """Two pointed ears sticking out sideways, ``reach`` head radii long, tips drooping."""
    hx, hy, hz = f.head
    r = f.head_r
    if not a.wants("ear"):
        return
    for side in (-1, 1):
        root = (hx + side * r * 0.85, hy + r * 0.1, hz)
        tip = (hx + side * r * (0.85 + reach), hy + r * 0.35, hz + r * (0.45 - droop))
        a.add(capsule(root, tip, r * 0.22, 10, r * 0.03), "ear", skin, Tier.FIXED)


def tusks(a: Assembly, f: Figure, jaw: Vec3, length: float) -> None:
    """Two tusks rising from the lower jaw either side of the mouth."""
    if not a.wants("tusk"):
        return
    r = f.head_r
    for side in (-1, 1):
        root = (jaw[0] + side * r * 0.3, jaw[1] + r * 0.12, jaw[2])
        tip = (root[0] + side * r * 0.08, root[1] - r * 0.08, root[2] + r * length)
        a.add(rod(root, tip, r * 0.09, 8, r * 0.015), "tusk", TUSK, Tier.FIXED)


def underbite(a: Assembly, f: Figure, skin: RGB, width: float = 1.0) -> Vec3:
    """A heavy lower jaw jutting forward under the face; returns the top of its front edge."""
    hx, hy, hz = f.head
    r = f.head_r
    center = (hx, hy - r * 0.55, hz - r * 0.5)
    jaw = ellipsoid((r * 0.6 * width, r * 0.45, r * 0.32), a.segments(r * 0.6), center)
    a.add(jaw, "jaw", skin, Tier.FIXED)
    return (hx, hy - r * 0.9, hz - r * 0.35)


def brow_ridge(a: Assembly, f: Figure, skin: RGB) -> None:
    """A heavy ridge above the eyes: the scowl that makes a brute look brutish."""
    hx, hy, hz = f.head
    r = f.head_r
    ridge = box((r * 1.2, r * 0.3, r * 0.16), (hx, hy - r * 0.82, hz + r * 0.32))
    a.add(ridge, "brow", skin, Tier.FIXED)


def nose(a: Assembly, f: Figure, skin: RGB, length: float, bulb: float) -> None:
    """A nose ``length`` head radii long ending in a ball ``bulb`` head radii across."""
    r = f.head_r
    root = on_sphere(f.head, r, 0, 0, r * 0.1)
    tip = (root[0], root[1] - r * length, root[2] - r * length * 0.35)
    a.add(capsule(root, tip, r * 0.16, 10, r * 0.12), "nose", skin, Tier.FIXED)
    a.add(sphere(r * bulb, a.segments(r * bulb), tip), "nose", skin, Tier.FIXED)


def club(a: Assembly, f: Figure, hand: Vec3, length: float, color: RGB | tuple[RGB, ...]) -> None:
    """A crude wooden club held upright in ``hand``, thickening towards its head."""
    s = f.scale
    low = (hand[0], hand[1] + 0.02 * s, hand[2] - 0.12 * s)
    high = (hand[0] - 0.04 * s, hand[1] - 0.15 * s, hand[2] + length * s)
    a.add(capsule(low, high, 0.035 * s, 12, 0.09 * s), "club", color, Tier.FIXED)
