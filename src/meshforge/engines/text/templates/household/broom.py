"""A broom: a long wooden handle into a flared bundle of straw bristles bound with cord, or a push
broom."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod, torus
from meshforge.engines.text.kit.tools import HANDLE_WOODS, PLASTICS

STRAW: RGB = (215, 180, 100)
CORD: RGB = (150, 40, 35)


def build_broom(a: Assembly) -> None:
    """A broom: a long wooden handle into a flared bundle of straw bristles bound with cord, or a
    push broom."""
    handle_l = a.vary(1.1, 0.1)
    handle = a.pick(HANDLE_WOODS)
    witch = a.mentions("witch", "witches", "broomstick", "besom", "flying")
    if not witch and (a.mentions("push", "floor", "sweeping", "plastic") or a.chance(0.35)):
        width = a.vary(0.4, 0.15)
        a.add(box((width, 0.05, 0.04), (0, 0, 0.07)), "head", a.pick(PLASTICS))
        a.add(box((width - 0.01, 0.04, 0.06), (0, 0, 0.03)), "bristle", (40, 40, 44), Tier.FIXED)
        a.add(rod((0, 0, 0.08), (0, 0.35, 0.08 + handle_l * 0.93), 0.013, 12), "handle", handle)
        return
    # a besom stands on its bristles, the handle upright
    bristle_l = a.vary(0.35 if witch else 0.3, 0.12)
    spread = a.vary(0.14, 0.15)
    bundle = Manifold.batch_hull(
        [
            cylinder(0.04, 0.01, 16, (0, 0, bristle_l - 0.01)),
            cylinder(spread, 0.01, 24, (0, 0, 0)).scale((1.0, 0.45 if not witch else 1.0, 1.0)),
        ]
    )
    a.add(bundle, "bristle", STRAW)
    for k in range(2):
        a.add(
            torus(
                0.045 - k * 0.004 + spread * 0.12 * (1 - k),
                0.008,
                16,
                (0, 0, bristle_l * (0.62 + 0.22 * k)),
            ),
            "binding",
            CORD,
            Tier.SECONDARY,
        )
    a.add(rod((0, 0, bristle_l - 0.05), (0, 0, bristle_l + handle_l), 0.016, 12), "handle", handle)


TEMPLATE = Template(
    "broom",
    build_broom,
    1.4,
    description="a long-handled brush of straw bristles for sweeping the floor",
    synonyms=(
        "broomstick",
        "besom",
        "witch broom",
        "witches broom",
        "sweeping brush",
        "push broom",
        "straw broom",
    ),
    kinds=("yard broom", "magic broom", "flying broomstick", "corn broom"),
    parts=("handle", "bristle", "binding", "head"),
    aliases={"bristles": "bristle", "straw": "bristle", "stick": "handle", "cord": "binding"},
)
