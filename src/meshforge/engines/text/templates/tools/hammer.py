"""A claw hammer standing on its handle; "sledge" and "mallet" change the head."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, ellipsoid, rod, subtract, union
from meshforge.engines.text.kit.sweeps import face_prism
from meshforge.engines.text.kit.tools import HANDLE_WOODS, PLASTICS, RUBBER

DARK_STEEL: RGB = (75, 78, 85)


def build_hammer(a: Assembly) -> None:
    """A claw hammer standing on its handle; "sledge" and "mallet" change the head."""
    kind = "claw"
    if a.mentions("sledge", "sledgehammer"):
        kind = "sledge"
    elif a.mentions("mallet", "gavel"):
        kind = "mallet"
    length = a.vary(0.8 if kind == "sledge" else 0.32, 0.1)
    radius = 0.016 if kind == "sledge" else 0.013
    wood = a.pick(HANDLE_WOODS)
    a.add(rod((0, 0, 0), (0, 0, length), radius * 1.1, a.segments(radius), radius), "handle", wood)
    if a.maybe("grip", 0.4, "rubber"):
        sleeve = capsule(
            (0, 0, radius * 1.3), (0, 0, length * 0.38), radius * 1.3, a.segments(radius)
        )
        a.add(sleeve, "grip", a.pick((RUBBER, *PLASTICS[:3])), Tier.SECONDARY)
    top = length + radius * 0.5
    if kind == "mallet":
        head_r = a.vary(0.035, 0.1)
        mallet = rod((-0.065, 0, top), (0.065, 0, top), head_r, a.segments(head_r))
        a.add(mallet, "head", a.pick((*HANDLE_WOODS[:2], RUBBER)))
        return
    if kind == "sledge":
        head = box((a.vary(0.2, 0.1), 0.065, 0.065), (0, 0, top))
        a.add(head, "head", DARK_STEEL)
        return
    face_r = a.vary(0.017, 0.1)
    eye = box((0.036, 0.03, 0.05), (0, 0, top))
    face = rod((0, 0, top), (0.06, 0, top), face_r, a.segments(face_r), face_r * 1.15)
    a.add(union([eye, face]), "head", DARK_STEEL)
    if a.chance(0.7):  # a split, curved claw for pulling nails
        claw = face_prism(
            [
                (0.0, top + 0.016),
                (-0.04, top + 0.013),
                (-0.068, top - 0.004),
                (-0.085, top - 0.032),
                (-0.076, top - 0.03),
                (-0.056, top - 0.012),
                (-0.03, top - 0.005),
                (0.0, top - 0.012),
            ],
            0.024,
        )
        slot = box((0.07, 0.006, 0.08), (-0.075, 0, top - 0.02))
        a.add(subtract(claw, slot), "head", DARK_STEEL)
    else:  # ball peen
        neck = rod((0, 0, top), (-0.045, 0, top), 0.009, a.segments(0.01))
        ball = ellipsoid((0.015, 0.015, 0.015), a.segments(0.015), (-0.05, 0, top))
        a.add(union([neck, ball]), "head", DARK_STEEL)


TEMPLATE = Template(
    "hammer",
    build_hammer,
    0.35,
    description="a hand tool with a heavy metal head on a handle for driving nails",
    synonyms=("claw hammer", "sledgehammer", "gavel", "ball peen hammer"),
    kinds=("sledge", "mjolnir", "war hammer", "warhammer"),
    parts=("handle", "head", "grip"),
    aliases={"shaft": "handle", "claw": "head"},
)
