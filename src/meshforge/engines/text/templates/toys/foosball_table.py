"""A foosball table: a green pitch in a box on four legs, rods across it with little players."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, rod, subtract

CASES: tuple[RGB, ...] = ((40, 40, 45), (120, 75, 45), (30, 60, 130))
PITCH: RGB = (40, 140, 60)
TEAMS: tuple[RGB, RGB] = ((220, 40, 40), (40, 80, 200))
STEEL: RGB = (205, 208, 215)
HANDLE: RGB = (30, 30, 34)


def build_foosball_table(a: Assembly) -> None:
    """A green pitch in a box on four legs, rods across it with little players."""
    case = a.pick(CASES)
    length, width, top = a.vary(1.4, 0.05), a.vary(0.75, 0.05), 0.9
    box_h = 0.2
    for sx in (-1, 1):
        for sy in (-1, 1):
            a.add(
                box(
                    (0.08, 0.08, top - box_h + 0.02),
                    (sx * (length / 2 - 0.06), sy * (width / 2 - 0.06), (top - box_h + 0.02) / 2),
                ),
                "leg",
                case,
            )
    shell = subtract(
        box((length, width, box_h), (0, 0, top - box_h / 2)),
        box((length - 0.06, width - 0.06, box_h), (0, 0, top - box_h / 2 + 0.03)),
    )
    a.add(shell, "case", case)
    a.add(
        box((length - 0.06, width - 0.06, 0.01), (0, 0, top - box_h + 0.035)),
        "pitch",
        PITCH,
        Tier.FIXED,
    )
    rod_z = top - 0.07
    rods = 8
    for k in range(rods):
        x = -length / 2 + length * (k + 0.5) / rods
        a.add(
            rod((x, -width / 2 - 0.25, rod_z), (x, width / 2 + 0.25, rod_z), 0.008, 8),
            "rod",
            STEEL,
            Tier.FIXED,
        )
        side = -1 if k in (0, 1, 3, 5) else 1
        a.add(
            capsule(
                (x, side * (width / 2 + 0.15), rod_z),
                (x, side * (width / 2 + 0.26), rod_z),
                0.018,
                10,
            ),
            "handle",
            HANDLE,
            Tier.FIXED,
        )
        team = TEAMS[0] if k in (0, 1, 3, 5) else TEAMS[1]
        players = (1, 2, 5, 3, 3, 5, 2, 1)[k]
        for p in range(players):
            y = (p - (players - 1) / 2) * (width - 0.1) / max(players, 3)
            a.add(box((0.02, 0.03, 0.09), (x, y, rod_z - 0.02)), "player", team, Tier.FIXED)


TEMPLATE = Template(
    "foosball table",
    build_foosball_table,
    0.95,
    description="a foosball table: table football with rows of little players on spinning rods",
    synonyms=("foosball", "table football", "table soccer", "foosball tables"),
    parts=("leg", "case", "pitch", "rod", "handle", "player"),
    aliases={
        "legs": "leg",
        "field": "pitch",
        "rods": "rod",
        "handles": "handle",
        "players": "player",
        "men": "player",
    },
)
