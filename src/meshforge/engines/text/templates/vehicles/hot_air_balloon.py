"""A hot air balloon: a striped envelope narrowing to a throat, ropes, burner and a basket."""

from __future__ import annotations

from manifold3d import Manifold, OpType

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, cylinder, lathe, rod, union
from meshforge.engines.text.kit.tableware import smooth_outline

WICKER: RGB = (175, 130, 75)
ROPE: RGB = (90, 80, 70)


def build_hot_air_balloon(a: Assembly) -> None:
    """A striped envelope narrowing to a throat, ropes, a burner and a wicker basket."""
    first = a.pick(BRIGHTS)
    second = a.pick(tuple(c for c in BRIGHTS if c != first))
    r = a.vary(8.0, 0.08)
    basket = a.vary(1.3, 0.08)
    gap = r * 0.55
    env_base = basket + gap
    height = r * 2.3
    outline = smooth_outline([r * 0.2, r * 0.55, r * 0.93, r, r * 0.8, r * 0.2], height, 24)
    profile = [(0.0, 0.0), *outline, (0.0, height)]
    gores = a.count("stripe", a.pick((8, 10, 12)), 4, 16)
    step = 360.0 / gores
    envelope = lathe(profile, a.segments(r)).translate((0, 0, env_base))
    a.add(envelope, "envelope", first)
    stripes = []
    for k in range(0, gores, 2):
        band = box((r * 0.42, r * 2.2, height * 1.05), (0, r * 1.1, height / 2)).rotate(
            (0, 0, k * step)
        )
        stripes.append(band)
    shell = lathe(profile, a.segments(r)).scale((1.01, 1.01, 1.0))
    gores_of_second = Manifold.batch_boolean([shell, union(stripes)], OpType.Intersect)
    a.add(gores_of_second.translate((0, 0, env_base)), "stripe", second, Tier.SECONDARY)
    throat = r * 0.2
    a.add(cylinder(throat * 1.05, r * 0.08, 24, (0, 0, env_base - r * 0.02)), "envelope", first)
    w = basket
    a.add(box((w, w, basket), (0, 0, basket / 2)), "basket", WICKER, Tier.FIXED)
    a.add(box((w * 1.08, w * 1.08, 0.12), (0, 0, basket)), "basket", (120, 85, 50), Tier.FIXED)
    for sx in (-1, 1):
        for sy in (-1, 1):
            a.add(
                rod(
                    (sx * w * 0.45, sy * w * 0.45, basket),
                    (sx * throat * 0.8, sy * throat * 0.8, env_base + 0.05),
                    0.03,
                    6,
                ),
                "rope",
                ROPE,
                Tier.FIXED,
            )
    a.add(
        cylinder(0.3, 0.5, 12, (0, 0, basket + gap * 0.35)), "burner", (190, 192, 198), Tier.FIXED
    )
    a.add(
        rod((0, 0, basket + gap * 0.35), (0, 0, env_base + 0.1), 0.04, 6),
        "burner",
        (190, 192, 198),
        Tier.FIXED,
    )
    a.add(
        rod((-w * 0.45, 0, basket), (0, 0, basket + gap * 0.4), 0.03, 6),
        "burner",
        (190, 192, 198),
        Tier.FIXED,
    )


TEMPLATE = Template(
    "hot air balloon",
    build_hot_air_balloon,
    20.0,
    description="a hot air balloon: huge striped envelope with a wicker basket hanging below",
    synonyms=("hot-air balloon", "air balloon", "montgolfier", "balloon ride"),
    kinds=("passenger balloon",),
    parts=("envelope", "stripe", "basket", "rope", "burner"),
    aliases={
        "balloon": "envelope",
        "gores": "stripe",
    },
)
