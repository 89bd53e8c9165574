"""A crutch: two rails bowing out from a single leg to a padded underarm rest, with a hand grip."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, rod
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tools import HANDLE_WOODS, RUBBER, STEEL

PADS: tuple[RGB, ...] = ((40, 40, 44), (60, 62, 68), (200, 200, 196))


def build_crutch(a: Assembly) -> None:
    """A crutch: two rails bowing out from a single leg to a padded underarm rest, with a hand
    grip."""
    height, spread = a.vary(1.3, 0.06), a.vary(0.07, 0.12)
    frame = a.pick((STEEL, STEEL, *HANDLE_WOODS[:2]))
    fork = height * 0.4  # where the rails meet the leg
    if a.mentions("forearm", "elbow") or a.chance(0.25):
        _forearm_crutch(a, height * 0.78, frame)
        return
    for side in (-1, 1):
        rail = [
            (0.0, 0.0, fork),
            (side * spread * 0.7, 0.0, fork + height * 0.12),
            (side * spread, 0.0, height * 0.72),
            (side * spread * 0.85, 0.0, height - 0.03),
        ]
        a.add(tube(rail, 0.011, 10), "frame", frame)
    a.add(rod((0, 0, 0.03), (0, 0, fork + 0.02), 0.012, 10), "frame", frame)
    a.add(cylinder(0.018, 0.05, 12), "tip", RUBBER, Tier.FIXED)
    pad = capsule((-spread * 1.1, 0, 0), (spread * 1.1, 0, 0), 0.028, 16).scale((1.0, 1.0, 0.8))
    a.add(pad.translate((0, 0, height - 0.015)), "pad", a.pick(PADS), Tier.SECONDARY)
    grip_z = height * 0.62
    a.add(
        rod((-spread, 0, grip_z), (spread, 0, grip_z), 0.016, 12),
        "grip",
        a.pick(PADS),
        Tier.SECONDARY,
    )


def _forearm_crutch(a: Assembly, height: float, frame: RGB) -> None:
    """An elbow crutch: one straight tube, a grip sticking forward and a cuff round the forearm."""
    a.add(rod((0, 0, 0.03), (0, 0, height), 0.012, 10), "frame", frame)
    a.add(cylinder(0.018, 0.05, 12), "tip", RUBBER, Tier.FIXED)
    grip_z = height * 0.78
    a.add(
        capsule((0, 0, grip_z), (0, -0.12, grip_z - 0.01), 0.017, 12),
        "grip",
        RUBBER,
        Tier.SECONDARY,
    )
    a.add(rod((0, 0, height), (0, 0.05, height + 0.1), 0.011, 10), "frame", frame)
    cuff = [
        (-0.045, -0.03, height + 0.1),
        (-0.05, 0.02, height + 0.1),
        (0.0, 0.05, height + 0.1),
        (0.05, 0.02, height + 0.1),
        (0.045, -0.03, height + 0.1),
    ]
    a.add(tube(cuff, 0.01, 10), "pad", (60, 62, 68), Tier.SECONDARY)


TEMPLATE = Template(
    "crutch",
    build_crutch,
    1.3,
    description="a tall padded support held under the arm to walk with an injured leg",
    synonyms=("crutches", "underarm crutch", "forearm crutch", "elbow crutch", "pair of crutches"),
    parts=("frame", "pad", "grip", "tip"),
    aliases={"handle": "grip", "rail": "frame", "cuff": "pad", "foot": "tip"},
)
