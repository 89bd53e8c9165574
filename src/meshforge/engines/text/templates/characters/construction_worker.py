"""A construction worker: a hard hat, a hi-vis vest over a work shirt, jeans, boots, a hammer."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.gear import DARK_STEEL, LEATHERS, WOODS
from meshforge.engines.text.kit.solids import box, rod, rounded_box
from meshforge.engines.text.kit.workwear import HARD_HATS, hard_hat

SHIRTS: tuple[RGB, ...] = ((90, 90, 95), (60, 90, 140), (240, 240, 235), (150, 120, 80))
JEANS: tuple[RGB, ...] = ((60, 85, 135), (50, 50, 55), (120, 100, 70))
HI_VIS: tuple[RGB, ...] = ((240, 120, 20), (215, 235, 40))
REFLECT: RGB = (225, 228, 232)


def build_construction_worker(a: Assembly) -> None:
    """A hard hat, a hi-vis vest with silver stripes, work boots and a hammer in hand."""
    f = build_figure(a, Outfit(top=SHIRTS, bottom=JEANS, shoes=LEATHERS, pose="hold"))
    s = f.scale
    vest = a.color("vest", HI_VIS, Tier.SECONDARY)
    mid = (f.waist_z + f.shoulder_z) / 2
    torso = (0.43 * s, 0.27 * s, f.shoulder_z - f.waist_z + 0.04 * s)
    a.add(rounded_box(torso, 0.08 * s, 12, (0, 0, mid)), "vest", vest)
    for z in (mid - 0.08 * s, mid + 0.06 * s):
        a.add(box((0.44 * s, 0.28 * s, 0.03 * s), (0, 0, z)), "stripe", REFLECT, Tier.FIXED)
    if a.wants("hat"):
        hard_hat(a, f, HARD_HATS)
    right, _left = f.hands
    if a.wants("hammer"):
        head = (right[0], right[1] - 0.02 * s, right[2] + 0.22 * s)
        a.add(
            rod((right[0], right[1], right[2] - 0.08 * s), head, 0.014 * s, 8),
            "hammer",
            WOODS,
            Tier.FIXED,
        )
        a.add(box((0.03 * s, 0.13 * s, 0.035 * s), head), "hammer", DARK_STEEL, Tier.FIXED)


TEMPLATE = Template(
    "construction worker",
    build_construction_worker,
    1.9,
    description="a construction worker in a yellow hard hat and an orange hi-vis safety vest",
    synonyms=(
        "builder",
        "construction workers",
        "builders",
        "workman",
        "road worker",
        "labourer",
        "laborer",
    ),
    kinds=("site worker", "bricklayer", "handyman"),
    parts=(*FIGURE_PARTS, "vest", "stripe", "hat", "hammer"),
    aliases={
        **FIGURE_ALIASES,
        "hard hat": "hat",
        "helmet": "hat",
        "jacket": "vest",
        "stripes": "stripe",
    },
)
