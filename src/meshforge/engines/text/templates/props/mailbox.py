"""A mailbox: a US rural letterbox (round-topped box on a post with a red flag) or a pillar box."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, dome, rod, union
from meshforge.engines.text.kit.sweeps import face_prism

BOXES: tuple[RGB, ...] = ((50, 50, 55), (190, 192, 198), (40, 70, 140), (30, 90, 50))
POSTS: tuple[RGB, ...] = ((120, 85, 50), (230, 230, 225), (45, 45, 50))
FLAG: RGB = (210, 30, 30)
PILLAR: RGB = (200, 25, 30)
SLOT: RGB = (25, 25, 28)


def _tunnel(width: float, height: float, length: float, segments: int) -> Manifold:
    """A box with a half-round top running along Y (the rural mailbox shape), base at z=0."""
    body = box((width, length, height - width / 2), (0, 0, (height - width / 2) / 2))
    roof = cylinder(width / 2, length, segments, (0, 0, -length / 2)).rotate((90, 0, 0))
    return union([body, roof.translate((0, 0, height - width / 2))])


def build_mailbox(a: Assembly) -> None:
    """A US rural letterbox (round-topped box on a post, red flag) or a pillar box."""
    if a.mentions("pillar", "postbox", "post box", "royal", "british", "uk") or a.chance(0.25):
        _pillar_box(a)
        return
    post_h = a.vary(1.0, 0.08)
    w, h, length = a.vary(0.18, 0.08), a.vary(0.22, 0.08), a.vary(0.5, 0.08)
    a.add(
        box((0.09, 0.09, post_h + 0.05), (0, 0.05, (post_h + 0.05) / 2)),
        "post",
        a.pick(POSTS),
        Tier.SECONDARY,
    )
    a.add(
        box((w + 0.04, length * 0.6, 0.04), (0, 0.02, post_h)),
        "post",
        a.pick(POSTS),
        Tier.SECONDARY,
    )
    a.add(
        _tunnel(w, h, length, a.segments(w)).translate((0, 0, post_h + 0.02)), "box", a.pick(BOXES)
    )
    door = _tunnel(w + 0.01, h + 0.005, 0.015, a.segments(w)).translate(
        (0, -length / 2, post_h + 0.02)
    )
    a.add(door, "door", a.pick(BOXES))
    if a.wants("flag"):
        x = w / 2 + 0.004
        a.add(box((0.012, 0.03, 0.2), (x, 0.05, post_h + h * 0.5 + 0.06)), "flag", FLAG, Tier.FIXED)
        a.add(box((0.012, 0.1, 0.06), (x, 0.0, post_h + h * 0.5 + 0.14)), "flag", FLAG, Tier.FIXED)


def _pillar_box(a: Assembly) -> None:
    """A red cylindrical pillar box with a domed cap, a letter slot and a dark plinth."""
    h, r = a.vary(1.5, 0.06), a.vary(0.26, 0.06)
    a.add(cylinder(r * 1.05, 0.12, a.segments(r), (0, 0, 0)), "post", SLOT, Tier.FIXED)
    a.add(cylinder(r, h * 0.82, a.segments(r), (0, 0, 0.1)), "box", PILLAR)
    a.add(cylinder(r * 1.12, 0.07, a.segments(r), (0, 0, h * 0.82 + 0.08)), "box", PILLAR)
    a.add(
        dome((r * 1.06, r * 1.06, r * 0.55), a.segments(r), (0, 0, h * 0.82 + 0.15)), "box", PILLAR
    )
    a.add(box((r * 0.9, 0.06, 0.04), (0, -r + 0.01, h * 0.7)), "slot", SLOT, Tier.FIXED)
    plate = face_prism([(-0.08, 0), (0.08, 0), (0.08, 0.12), (-0.08, 0.12)], 0.03, 0)
    a.add(plate.translate((0, -r + 0.005, h * 0.45)), "door", SLOT, Tier.FIXED)
    a.add(rod((0, -r, h * 0.72), (0, -r - 0.04, h * 0.72), 0.03, 8), "slot", PILLAR)


TEMPLATE = Template(
    "mailbox",
    build_mailbox,
    1.3,
    description="a mailbox for letters on a post with a red flag, or a red pillar post box",
    synonyms=("letterbox", "letter box", "postbox", "post box", "mail box", "pillar box"),
    kinds=("rural mailbox",),
    parts=("post", "box", "door", "flag", "slot"),
    aliases={"pole": "post", "stand": "post", "lid": "door"},
)
