"""Headwear any head can wear: the hat a prompt names ("a dog in a top hat") on that head.

``asked_hat`` reads the style the prompt names; ``wear_hat`` builds it on a head of any size
(a snowman's, a person's, a cat's), sitting on the crown and sunk into it so the model stays one
body. ``wear_asked_hat`` is what the body plans call once the head exists: it builds the named
hat unless the template builds that very headwear itself (a wizard's own hat, a king's crown),
and then covers the template's own headwear parts so that no second hat is stacked on top.
Same frame as ``solids``: Z up, metres, facing -Y.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.palettes import GOLD
from meshforge.engines.text.kit.solids import (
    Vec3,
    cylinder,
    dome,
    ellipsoid,
    lathe,
    sphere,
    subtract,
    torus,
    union,
)
from meshforge.engines.text.kit.sweeps import tube


@dataclass(frozen=True)
class HatStyle:
    """One kind of headwear, the phrases that name it and its usual colours."""

    name: str
    phrases: tuple[str, ...]  #: as the prompt's (singular) words spell it
    colors: tuple[RGB, ...]


HAT_STYLES: tuple[HatStyle, ...] = (
    HatStyle("top hat", ("top hat", "tophat", "stovepipe hat", "magician hat"), ((28, 28, 32),)),
    HatStyle("bowler hat", ("bowler hat", "bowler", "derby hat"), ((30, 30, 34), (70, 50, 40))),
    HatStyle(
        "cowboy hat",
        ("cowboy hat", "stetson", "western hat", "ranger hat"),
        ((150, 105, 60), (110, 75, 45), (200, 170, 120)),
    ),
    HatStyle(
        "wizard hat",
        ("wizard hat", "witch hat", "witches hat", "pointy hat", "pointed hat", "sorcerer hat"),
        ((50, 40, 120), (70, 35, 100), (25, 25, 30)),
    ),
    HatStyle("santa hat", ("santa hat", "christmas hat", "elf hat"), ((200, 30, 35),)),
    HatStyle(
        "party hat",
        ("party hat", "birthday hat", "cone hat"),
        ((240, 90, 160), (60, 150, 230), (250, 200, 40)),
    ),
    HatStyle(
        "beanie",
        ("beanie", "bobble hat", "woolly hat", "wool hat", "knit hat", "knitted hat", "winter hat"),
        ((200, 40, 45), (40, 110, 60), (40, 80, 170), (240, 180, 40)),
    ),
    HatStyle(
        "cap",
        ("baseball cap", "baseball hat", "cap"),
        ((200, 40, 45), (40, 70, 150), (30, 30, 34)),
    ),
    HatStyle("crown", ("crown",), (GOLD,)),
)
#: headwear parts a template may build of its own, replaced by the hat the prompt names
HEADWEAR_PARTS = frozenset({"hat", "cap", "crown", "helmet", "tiara", "hood"})
WHITE_FUR: RGB = (245, 245, 242)
JEWELS: tuple[RGB, ...] = ((200, 30, 50), (40, 90, 200), (30, 150, 80))


def asked_hat(a: Assembly) -> HatStyle | None:
    """The headwear the prompt names, or None; the first named wins."""
    words = a.prompt.words
    found: list[tuple[int, HatStyle]] = []
    for style in HAT_STYLES:
        for phrase in style.phrases:
            at = _find(words, phrase.split())
            if at is not None:
                found.append((at, style))
                break
    return min(found, key=lambda hit: hit[0])[1] if found else None


def _find(words: tuple[str, ...], phrase: list[str]) -> int | None:
    """Where ``phrase`` starts in ``words``, or None."""
    for start in range(len(words) - len(phrase) + 1):
        if list(words[start : start + len(phrase)]) == phrase:
            return start
    return None


def builds_own(a: Assembly, style: HatStyle) -> bool:
    """True when the template makes this headwear itself (a wizard's hat, a king's crown)."""
    template = a.template
    own_words = {w for part in template.parts for w in template.words_for(part)}
    names = set(style.name.split()) | {w for p in style.phrases for w in p.split()}
    return style.name in own_words or template.name.split()[0] in names


def wear_asked_hat(a: Assembly, head: Vec3, head_r: float) -> HatStyle | None:
    """Put the hat the prompt names on ``head`` and cover the template's own headwear."""
    style = asked_hat(a)
    if style is None or builds_own(a, style) or not a.wants("hat"):
        return None
    wear_hat(a, head, head_r, style)
    a.covered |= HEADWEAR_PARTS
    return style


def hat_color(a: Assembly, style: HatStyle) -> RGB:
    """The colour the prompt gives this hat ("a red top hat"), else one of its usual ones."""
    for phrase in style.phrases:
        named = a.prompt.color_of(phrase)
        if named is not None:
            return named.rgb
    return a.color("hat", style.colors, Tier.FIXED)


#: what a hat builder returns: its coloured pieces, built on the origin, and how far above the
#: head's centre that origin sits (the hat grips the head there, it never floats)
Pieces = tuple[list[tuple[str, Manifold, RGB]], float]


def wear_hat(a: Assembly, head: Vec3, head_r: float, style: HatStyle, tilt: float = 0.0) -> None:
    """Build ``style`` on a round head of radius ``head_r`` centred on ``head``."""
    color = hat_color(a, style)
    seg = a.segments(head_r)
    if style.name in ("top hat", "bowler hat", "cowboy hat"):
        pieces, base = _brimmed(a, style.name, head_r, color, seg)
    elif style.name in ("wizard hat", "santa hat", "party hat"):
        pieces, base = _pointed(a, style.name, head_r, color, seg)
    elif style.name in ("beanie", "cap"):
        pieces, base = _soft(a, style.name, head_r, color, seg)
    else:
        pieces, base = _crown(head_r, color, seg)
    place = (head[0], head[1], head[2] + base)
    for part, solid, rgb in pieces:
        # built at the origin so that a tilt turns the hat about its own base
        a.add(solid.rotate((tilt, 0.0, 0.0)).translate(place), part, rgb, Tier.FIXED)


def _brimmed(a: Assembly, name: str, r: float, color: RGB, seg: int) -> Pieces:
    """A top hat, a bowler or a cowboy hat: a flat brim under a crown, maybe a band."""
    brim_r = r * {"top hat": 1.3, "bowler hat": 1.15, "cowboy hat": 1.75}[name]
    brim = lathe([(0.0, 0.0), (brim_r, 0.0), (brim_r, r * 0.07), (0.0, r * 0.07)], seg)
    if name == "cowboy hat":
        brim = brim.warp_batch(lambda v: _curl(v, brim_r))
    pieces = [("hat", brim, color)]
    if name == "top hat":
        crown = cylinder(r * 0.78, r * 1.15, seg, (0, 0, 0), r * 0.82)
        band = cylinder(r * 0.8, r * 0.2, seg, (0, 0, r * 0.06), r * 0.805)
        pieces.append(("band", band, a.color("band", ((150, 30, 35), (60, 60, 64)), Tier.FIXED)))
    elif name == "bowler hat":
        crown = dome((r * 0.82, r * 0.82, r * 0.78), seg)
    else:
        crown = ellipsoid((r * 0.8, r * 0.9, r * 0.8), seg) ^ cylinder(r * 2, r * 0.72, seg)
        dent = ellipsoid((r * 0.22, r * 0.6, r * 0.2), max(8, seg // 2), (0, 0, r * 0.74))
        crown = subtract(crown, dent)
        band = cylinder(r * 0.82, r * 0.14, seg, (0, 0, r * 0.06), r * 0.8)
        pieces.append(("band", band, a.color("band", ((70, 45, 30),), Tier.FIXED)))
    pieces.append(("hat", crown, color))
    return pieces, 0.58 * r


def _pointed(a: Assembly, name: str, r: float, color: RGB, seg: int) -> Pieces:
    """A wizard's, Santa's or a party hat: a cone bending back towards its tip."""
    height = r * {"wizard hat": 2.3, "santa hat": 1.6, "party hat": 1.7}[name]
    cone_r = r * (0.62 if name == "party hat" else 0.9)
    lean = {"wizard hat": 0.3, "santa hat": 0.55, "party hat": 0.0}[name]
    path: list[Vec3] = [
        (0.0, 0.0, 0.0),
        (0.0, 0.0, height * 0.5),
        (0.0, height * lean * 0.35, height * 0.82),
        (0.0, height * lean, height * (1.0 - lean * 0.35)),
    ]
    # the tube's round start cut off flat, so the cone sits on the head
    cone = tube(path, cone_r, seg, cone_r * 0.06) ^ cylinder(r * 3, r * 4, 8)
    pieces = [("hat", cone, color)]
    if name == "wizard hat":
        pieces.append(("hat", cylinder(r * 1.55, r * 0.07, seg), color))
        band = cylinder(r * 0.91, r * 0.22, seg, (0, 0, r * 0.05), r * 0.84)
        pieces.append(("band", band, a.color("band", (GOLD, (150, 120, 200)), Tier.FIXED)))
        return pieces, 0.5 * r
    trim = WHITE_FUR if name == "santa hat" else a.pick(((250, 250, 250), GOLD))
    pieces.append(("bobble", sphere(r * 0.22, max(8, seg // 2), path[-1]), trim))
    if name == "santa hat":
        pieces.append(("hat", torus(cone_r, r * 0.16, seg, (0, 0, r * 0.05)), WHITE_FUR))
        return pieces, 0.5 * r
    return pieces, 0.8 * r


def _soft(a: Assembly, name: str, r: float, color: RGB, seg: int) -> Pieces:
    """A knitted beanie with a turned-up cuff and a bobble, or a peaked cap."""
    if name == "cap":
        cap = dome((r * 1.02, r * 1.05, r * 0.9), seg)
        visor = ellipsoid((r * 0.75, r * 0.65, r * 0.05), seg, (0, -r * 0.85, r * 0.05))
        button = sphere(r * 0.1, 8, (0, 0, r * 0.9))
        return [("hat", cap, color), ("hat", visor, color), ("hat", button, color)], 0.25 * r
    cap = dome((r * 1.05, r * 1.05, r * 1.0), seg)
    cuff = cylinder(r * 1.08, r * 0.3, seg, (0, 0, -r * 0.02), r * 1.04)
    pieces = [("hat", cap, color), ("hat", cuff, color)]
    if a.chance(0.7):
        bobble = sphere(r * 0.26, max(8, seg // 2), (0, 0, r * 1.12))
        pieces.append(("bobble", bobble, a.color("bobble", (WHITE_FUR, color), Tier.FIXED)))
    return pieces, 0.15 * r


def _crown(r: float, color: RGB, seg: int) -> Pieces:
    """A gold crown: a ring with points tipped by pearls, and jewels round the band."""
    ring = subtract(
        cylinder(r * 0.85, r * 0.45, seg), cylinder(r * 0.74, r * 1.2, seg, (0, 0, -0.1 * r))
    )
    points = []
    count = 8
    for k in range(count):
        angle = 2 * np.pi * k / count
        x, y = float(r * 0.8 * np.cos(angle)), float(r * 0.8 * np.sin(angle))
        spike = cylinder(r * 0.16, r * 0.42, 4, (0, 0, 0), 0.0).scale((1.0, 0.45, 1.0))
        spike = spike.rotate((0, 0, float(np.degrees(angle)) + 90)).translate((x, y, r * 0.4))
        points += [spike, sphere(r * 0.06, 8, (x, y, r * 0.84))]
    pieces = [("hat", union([ring, *points]), color)]
    for k in range(4):
        angle = 2 * np.pi * (k + 0.5) / 4 - np.pi / 2
        at = (float(r * 0.86 * np.cos(angle)), float(r * 0.86 * np.sin(angle)), r * 0.22)
        pieces.append(("jewel", sphere(r * 0.08, 8, at), JEWELS[k % len(JEWELS)]))
    return pieces, 0.5 * r


def _curl(vertices: np.ndarray, brim_r: float) -> np.ndarray:
    """Raise a brim's sides (±X) in a curve and dip its front and back a little."""
    out = vertices.copy()
    x, y = out[:, 0] / brim_r, out[:, 1] / brim_r
    out[:, 2] += brim_r * (0.3 * np.abs(x) ** 3 - 0.05 * y**2)
    return out
