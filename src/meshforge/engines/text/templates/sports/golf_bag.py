"""A golf bag standing up: a padded tube with a collar and a pocket, club heads poking out."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, ellipsoid, rod, slab
from meshforge.engines.text.kit.sweeps import tube

BAGS: tuple[RGB, ...] = ((30, 30, 35), (180, 30, 40), (30, 60, 130), (240, 240, 235), (40, 110, 60))
TRIM: tuple[RGB, ...] = ((240, 240, 235), (30, 30, 35), (200, 160, 50))
STEEL: RGB = (200, 203, 210)
COVERS: tuple[RGB, ...] = ((30, 30, 35), (180, 30, 40), (240, 240, 235), (40, 90, 160))


def build_golf_bag(a: Assembly) -> None:
    """A padded tube with a collar and a pocket, club heads poking out."""
    r, height = a.vary(0.13, 0.08), a.vary(0.88, 0.06)
    bag, trim = a.pick(BAGS), a.pick(TRIM)
    segments = a.segments(r)
    a.add(cylinder(r * 1.05, 0.08, segments), "base", trim, Tier.SECONDARY)
    a.add(cylinder(r, height, segments, (0, 0, 0.04), r * 1.1), "bag", bag)
    a.add(cylinder(r * 1.18, 0.1, segments, (0, 0, height - 0.04)), "collar", trim, Tier.SECONDARY)
    pocket = slab((r * 1.1, r * 0.5, height * 0.45), r * 0.2, 12, (0, -r * 0.9, height * 0.35))
    a.add(pocket, "pocket", trim, Tier.SECONDARY)
    if a.wants("strap"):
        strap = [
            (r * 0.9, -0.02, height * 0.25),
            (r * 1.6, 0, height * 0.5),
            (r * 0.9, 0.02, height * 0.85),
        ]
        a.add(tube(strap, 0.015, 10), "strap", trim, Tier.SECONDARY)
    clubs = a.count("club", a.pick((4, 5, 6)), 1, 9)
    top = height + 0.06
    for k in range(clubs):
        x = (k % 3 - 1) * r * 0.5
        y = (k // 3 - 0.5) * r * 0.6
        rise = a.between(0.15, 0.3)
        if k < 3 and a.chance(0.7):  # woods wear round head covers
            a.add(rod((x, y, top - 0.3), (x, y, top + rise), 0.012, 8), "club", STEEL, Tier.FIXED)
            cover = ellipsoid((0.05, 0.06, 0.07), 16, (x, y, top + rise + 0.05))
            a.add(cover, "head cover", a.pick(COVERS), Tier.FIXED)
        else:  # irons: a bare shaft and a flat blade
            a.add(rod((x, y, top - 0.3), (x, y, top + rise), 0.006, 8), "club", STEEL, Tier.FIXED)
            blade = box((0.08, 0.015, 0.05), (0.03, 0, 0)).rotate((0, 0, a.between(-40, 40)))
            blade = blade.translate((x, y, top + rise))
            a.add(blade, "club", STEEL, Tier.FIXED)


TEMPLATE = Template(
    "golf bag",
    build_golf_bag,
    1.1,
    description="a golf bag: a tall padded tube on a strap holding golf clubs",
    synonyms=("golf club bag", "bag of golf clubs", "golf bags"),
    kinds=("golf stand bag", "golf cart bag"),
    parts=("base", "bag", "collar", "pocket", "strap", "club", "head cover"),
    aliases={"clubs": "club", "headcover": "head cover"},
)
