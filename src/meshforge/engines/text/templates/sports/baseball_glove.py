"""A baseball glove: a padded leather mitt with four fingers, a thumb and laced webbing."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import capsule, ellipsoid, torus

LEATHERS: tuple[RGB, ...] = ((160, 95, 45), (120, 70, 35), (190, 130, 70), (40, 35, 32))
LACES: RGB = (215, 170, 110)


def build_baseball_glove(a: Assembly) -> None:
    """A baseball glove: a padded leather mitt with four fingers, a thumb and laced webbing."""
    s = a.vary(1.0, 0.08)
    leather = a.pick(LEATHERS)
    # the mitt stands on its wrist, palm to the front (-Y), fingers up
    palm_c = (0.0, 0.0, 0.1 * s)
    palm = ellipsoid((0.1 * s, 0.045 * s, 0.1 * s), a.segments(0.1), palm_c)
    a.add(palm, "body", leather)
    spread = a.between(0.9, 1.1)
    for k in range(4):
        x = (-0.065 + k * 0.043) * s * spread
        top = (x * 1.15, 0.01 * s, (0.3 - 0.025 * abs(k - 1.3)) * s)
        a.add(capsule((x, 0.0, 0.12 * s), top, 0.024 * s, a.segments(0.024)), "finger", leather)
    thumb_tip = (0.14 * s, -0.02 * s, 0.22 * s)
    a.add(
        capsule((0.07 * s, 0.0, 0.07 * s), thumb_tip, 0.028 * s, a.segments(0.028)),
        "thumb",
        leather,
    )
    # webbing between thumb and forefinger
    web = Manifold.batch_hull(
        [
            ellipsoid((0.01 * s, 0.006 * s, 0.01 * s), 8, (0.07 * s, -0.005 * s, 0.16 * s)),
            ellipsoid((0.01 * s, 0.006 * s, 0.01 * s), 8, (0.12 * s, -0.01 * s, 0.22 * s)),
            ellipsoid((0.01 * s, 0.006 * s, 0.01 * s), 8, (0.08 * s, -0.005 * s, 0.26 * s)),
            ellipsoid((0.01 * s, 0.006 * s, 0.01 * s), 8, (0.09 * s, -0.005 * s, 0.12 * s)),
        ]
    )
    a.add(web, "webbing", leather, Tier.SECONDARY)
    a.add(
        torus(0.075 * s, 0.015 * s, a.segments(0.075))
        .scale((1.0, 0.6, 1.0))
        .translate((0, 0.0, 0.02 * s)),
        "cuff",
        leather,
        Tier.SECONDARY,
    )
    a.add(
        torus(0.1 * s, 0.008 * s, a.segments(0.1))
        .rotate((90, 0, 0))
        .scale((1.0, 1.0, 1.0))
        .translate(palm_c),
        "laces",
        LACES,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "baseball glove",
    build_baseball_glove,
    0.3,
    description="a padded leather catching mitt worn on one hand to catch a baseball",
    synonyms=(
        "baseball mitt",
        "catchers mitt",
        "catcher's mitt",
        "softball glove",
        "fielding glove",
        "baseball gloves",
    ),
    kinds=("first base mitt", "little league glove"),
    parts=("body", "finger", "thumb", "webbing", "cuff", "laces"),
    aliases={
        "palm": "body",
        "fingers": "finger",
        "web": "webbing",
        "lace": "laces",
        "wrist": "cuff",
    },
)
