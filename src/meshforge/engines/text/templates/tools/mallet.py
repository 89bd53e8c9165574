"""A mallet: a barrel-shaped rubber or wooden head across the top of a straight wooden handle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import MATERIALS, RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, lathe, rod

RUBBERS: tuple[RGB, ...] = ((30, 30, 34), (30, 30, 34), (235, 235, 230))
WOODS: tuple[RGB, ...] = ((205, 165, 110), (180, 130, 80), (150, 100, 60))
HANDLE_WOOD: RGB = (200, 160, 105)


def build_mallet(a: Assembly) -> None:
    """A mallet lying on its side: head across the handle's end, faces a touch domed."""
    croquet = a.mentions("croquet", "polo")
    wooden = (
        croquet
        or a.mentions("wooden", "wood", "carpenter", "carpenters", "joiner")
        or a.chance(0.3)
    )
    handle_l = a.vary(0.85 if croquet else 0.3, 0.1)
    head_l = a.vary(0.22 if croquet else 0.12, 0.12)
    head_r = a.vary(0.04 if croquet else 0.032, 0.12)
    handle_r = 0.013 if not croquet else 0.014
    color = a.pick(WOODS) if wooden else a.pick(RUBBERS)
    # lying on the ground: the head's axis along Y, the handle along X; both rest on z = 0
    z = head_r
    barrel = [
        (0.0, -head_l / 2),
        (head_r * 0.9, -head_l / 2),
        (head_r, -head_l / 2 + head_r * 0.15),
        (head_r * 1.02, 0.0),
        (head_r, head_l / 2 - head_r * 0.15),
        (head_r * 0.9, head_l / 2),
        (0.0, head_l / 2),
    ]
    head = lathe(barrel, a.segments(head_r)).rotate((90, 0, 0)).translate((0, 0, z))
    material = None if wooden else MATERIALS.get("rubber")
    a.add(head, "head", color, material=material)
    grip_end = (handle_l, 0.0, handle_r)
    a.add(
        rod((0, 0, z), grip_end, handle_r, 16, handle_r * 1.1),
        "handle",
        HANDLE_WOOD,
        Tier.SECONDARY,
    )
    if not wooden and a.maybe("grip", 0.5, "grip"):
        start = (handle_l * 0.55, 0.0, z + (handle_r - z) * 0.55)
        a.add(capsule(start, grip_end, handle_r * 1.25, 16), "grip", (30, 30, 34), Tier.FIXED)


TEMPLATE = Template(
    "mallet",
    build_mallet,
    0.07,
    description="a mallet: a hammer with a big barrel-shaped rubber or wooden head",
    synonyms=("rubber mallet", "wooden mallet", "croquet mallet", "tent mallet"),
    kinds=("soft mallet", "rubber hammer", "wood mallet", "dead blow hammer"),
    parts=("head", "handle", "grip"),
    aliases={"shaft": "handle", "stick": "handle"},
)
