"""A pirate's chest: a wooden box with a rounded lid, iron bands and a gold lock plate."""

from __future__ import annotations

from manifold3d import Manifold, OpType

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import DARK_TRIM, GOLD
from meshforge.engines.text.kit.solids import box, rod, union

CHEST_WOODS: tuple[RGB, ...] = ((130, 80, 45), (105, 65, 40), (150, 100, 60))


IRON: RGB = (60, 60, 65)


def build_treasure_chest(a: Assembly) -> None:
    """A pirate's chest: a wooden box with a rounded lid, iron bands and a gold lock plate."""
    width, depth, height = a.vary(0.6, 0.1), a.vary(0.4, 0.1), a.vary(0.3, 0.1)
    wood = a.pick(CHEST_WOODS)
    lid_r = depth / 2
    a.add(box((width, depth, height), (0, 0, height / 2)), "body", wood)
    barrel = rod((-width / 2, 0, height), (width / 2, 0, height), lid_r, a.segments(lid_r))
    lid = Manifold.batch_boolean(
        [barrel, box((width + 0.1, depth + 0.1, lid_r), (0, 0, height + lid_r / 2 - 0.001))],
        OpType.Intersect,
    )
    a.add(lid, "lid", wood)
    metal = a.pick((IRON, GOLD))
    # A hidden core joins the bands so that they outrank the wood in area: the seams where
    # bands cross the wooden faces from edge to edge then keep the wood's colour.
    bands = [box((width - 0.02, depth - 0.02, height - 0.02), (0, 0, height / 2))]
    for x in (-width * 0.35, width * 0.35):
        bands.append(box((0.04, depth + 0.012, height), (x, 0, height / 2)))
        hoop = rod((x - 0.02, 0, height), (x + 0.02, 0, height), lid_r + 0.006, a.segments(lid_r))
        upper = box((0.1, depth + 0.1, lid_r + 0.01), (x, 0, height + lid_r / 2))
        bands.append(Manifold.batch_boolean([hoop, upper], OpType.Intersect))
    for z in (height - 0.015, 0.015):
        bands.append(box((width + 0.012, depth + 0.012, 0.03), (0, 0, z)))
    a.add(union(bands), "band", metal, Tier.SECONDARY)
    plate = box((0.08, 0.012, 0.1), (0, -depth / 2 - 0.006, height - 0.02))
    a.add(plate, "lock", GOLD, Tier.FIXED)
    keyhole = union(
        [
            rod(
                (0, -depth / 2 - 0.016, height - 0.01),
                (0, -depth / 2 - 0.008, height - 0.01),
                0.01,
                12,
            ),
            box((0.008, 0.008, 0.03), (0, -depth / 2 - 0.012, height - 0.03)),
        ]
    )
    a.add(keyhole, "lock", DARK_TRIM, Tier.FIXED)


TEMPLATE = Template(
    "treasure chest",
    build_treasure_chest,
    0.5,
    description="a wooden box bound with metal that holds treasure",
    synonyms=("chest", "treasure box", "strongbox", "coffer"),
    kinds=("footlocker",),
    parts=("body", "lid", "band", "lock"),
    aliases={"strap": "band", "keyhole": "lock", "box": "body"},
)
