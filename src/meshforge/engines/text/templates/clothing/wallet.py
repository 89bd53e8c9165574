"""A bifold leather wallet lying open: two leaves on a soft fold, cards peeking from their slots."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import LEATHERS
from meshforge.engines.text.kit.solids import box, rod, slab, union

WALLETS: tuple[RGB, ...] = (*LEATHERS, (30, 30, 34), (30, 30, 34), (130, 30, 40))
#: bank cards: blue, gold, silver, green, red, black
CARDS: tuple[RGB, ...] = (
    (40, 90, 190),
    (215, 175, 70),
    (190, 195, 200),
    (50, 150, 90),
    (200, 45, 45),
    (35, 35, 40),
)
CASH: RGB = (140, 175, 130)


def build_wallet(a: Assembly) -> None:
    """A bifold leather wallet lying open: two leaves on a soft fold, cards in their slots."""
    width, height = a.vary(0.1, 0.06), a.vary(0.09, 0.05)
    thick = 0.006
    tilt = a.between(22.0, 38.0)  # how far each leaf is lifted off the table
    color = a.pick(WALLETS)
    slots = a.count("card", 3, 1, 4)
    cards = [a.pick(CARDS) for _ in range(slots)]
    for side in (-1, 1):
        leaf = slab((width, height, thick), 0.008, 16, (width / 2, 0, thick / 2))
        a.add(_lift(leaf, tilt, side), "wallet", color)
        pockets, faces = _slots(width, height, thick, slots)
        a.add(_lift(pockets, tilt, side), "pocket", color)
        if a.wants("card"):
            for k, face in enumerate(faces):
                a.add(_lift(face, tilt, side), "card", cards[(k + side) % slots], Tier.FIXED)
    # the fold: a soft round spine the leaves both bend into
    end = height / 2 - 0.004
    spine = rod((-end, 0, thick * 0.9), (end, 0, thick * 0.9), thick * 1.2, 16)
    a.add(spine, "wallet", color)
    if a.maybe("cash", 0.3, "money", "banknotes", "bills", "notes"):
        for side in (-1, 1):
            # banknotes in the long pocket, their edges showing above the leaf
            note = box((width * 0.9, 0.02, 0.002), (width * 0.5, height / 2 - 0.004, thick * 0.5))
            a.add(_lift(note, tilt, side), "cash", CASH, Tier.FIXED)


def _slots(
    width: float, height: float, thick: float, count: int
) -> tuple[Manifold, list[Manifold]]:
    """Stepped card pockets on a leaf (lying flat, fold at x = 0), and the card tops above them."""
    pitch = height * 0.6 / count
    pockets, cards = [], []
    for k in range(count):
        low = -height * 0.42 + k * pitch
        z = thick + 0.0015 * (count - k)  # lower pockets lie on top of higher ones
        pockets.append(
            box(
                (width * 0.86, pitch * 1.3, z - thick + 0.001),
                (width * 0.5, low + pitch * 0.65, (z + thick - 0.001) / 2),
            )
        )
        # each card goes into its slot, under the pocket's top, and lies on the pocket (or the
        # leaf) below it: sunk into both, it stays joined however the leaf is tessellated
        cards.append(
            box(
                (width * 0.8, pitch * 0.85, 0.0019), (width * 0.5, low + pitch * 1.325, z - 0.00125)
            )
        )
    return union(pockets), cards


def _lift(solid: Manifold, tilt: float, side: int) -> Manifold:
    """A leaf built lying at +X turned up by ``tilt`` about the fold, on the ``side`` it belongs."""
    raised = solid.rotate((0.0, -tilt, 0.0))
    placed = raised if side > 0 else raised.mirror((1.0, 0.0, 0.0))
    # the fold runs across, so that the back leaf shows its cards to someone in front
    return placed.rotate((0.0, 0.0, 90.0))


TEMPLATE = Template(
    "wallet",
    build_wallet,
    0.06,
    description="a small folding leather wallet for cards and banknotes",
    synonyms=(
        "billfold",
        "bifold wallet",
        "leather wallet",
        "purse wallet",
        "card wallet",
        "card holder",
        "money wallet",
    ),
    parts=("wallet", "pocket", "card", "cash"),
    aliases={
        "leather": "wallet",
        "cards": "card",
        "slots": "pocket",
        "money": "cash",
        "notes": "cash",
    },
)
