"""A glove standing on its cuff: a padded palm, four fingers, a thumb; a mitten on request."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, cylinder, ellipsoid

FABRICS: tuple[RGB, ...] = (
    (40, 40, 45),
    (120, 75, 40),
    (190, 40, 45),
    (40, 80, 150),
    (240, 240, 235),
    (230, 190, 60),
)
CUFFS: tuple[RGB, ...] = ((245, 245, 240), (40, 40, 45), (200, 40, 45))


def build_glove(a: Assembly) -> None:
    """A glove standing on its cuff: a padded palm, four fingers and a thumb."""
    s = a.vary(1.0, 0.08)
    fabric = a.pick(FABRICS)
    mitten = a.mentions("mitten", "mittens", "mitt", "oven")
    cuff_h = 0.06 * s * a.between(0.8, 1.4)
    a.add(
        cylinder(0.045 * s, cuff_h, a.segments(0.045), (0, 0, 0), 0.043 * s).scale(
            (1.0, 0.55, 1.0)
        ),
        "cuff",
        CUFFS,
        Tier.SECONDARY,
    )
    palm_c = (0.0, 0.0, cuff_h + 0.05 * s)
    palm = ellipsoid((0.048 * s, 0.022 * s, 0.06 * s), a.segments(0.05), palm_c)
    a.add(palm, "palm", fabric)
    if mitten:
        top = ellipsoid(
            (0.045 * s, 0.021 * s, 0.05 * s), a.segments(0.05), (0, 0, cuff_h + 0.11 * s)
        )
        a.add(Manifold.batch_hull([palm, top]), "palm", fabric)
    else:
        for k in range(4):
            x = (-0.033 + k * 0.022) * s
            length = (0.075, 0.085, 0.08, 0.065)[k] * s
            base = (x, 0, cuff_h + 0.09 * s)
            tip = (x * 1.1, 0, base[2] + length)
            a.add(capsule(base, tip, 0.0105 * s, a.segments(0.011)), "finger", fabric)
    a.add(
        capsule(
            (0.03 * s, 0, cuff_h + 0.04 * s),
            (0.07 * s, -0.005 * s, cuff_h + 0.1 * s),
            0.012 * s,
            a.segments(0.012),
        ),
        "thumb",
        fabric,
    )


TEMPLATE = Template(
    "glove",
    build_glove,
    0.25,
    description="a knitted or leather glove for the hand with four fingers and a thumb",
    synonyms=(
        "gloves",
        "pair of gloves",
        "winter glove",
        "leather glove",
        "wool glove",
        "mitten",
        "mittens",
        "work glove",
    ),
    kinds=("oven mitt", "oven glove", "gardening glove", "ski glove", "rubber glove"),
    not_claimed=("glove box", "glove puppet"),
    parts=("palm", "finger", "thumb", "cuff"),
    aliases={"fingers": "finger", "hand": "palm", "wrist": "cuff", "band": "cuff"},
)
