"""A yeti: a huge shaggy white ape-man with a pale blue face, long arms and big feet."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.solids import ellipsoid, on_sphere, sphere

SNOW: tuple[RGB, ...] = ((240, 240, 238), (225, 228, 232))
BROWN: tuple[RGB, ...] = ((110, 75, 45), (90, 65, 45), (130, 95, 60))
FACES: tuple[RGB, ...] = ((150, 170, 190), (120, 100, 90))


def build_yeti(a: Assembly) -> None:
    """A shaggy figure in one fur colour, tufts on shoulders and hips, a bare face, big feet."""
    bigfoot = a.mentions("bigfoot", "sasquatch", "brown")
    fur = a.color("fur", BROWN if bigfoot else SNOW, Tier.PRIMARY)
    f = build_figure(
        a,
        Outfit(
            top=(fur,),
            bottom=(fur,),
            shoes=(fur,),
            skin=(fur,),
            hair=None,
            pose="down",
            girth=1.6,
            height=1.3,
            head_size=1.1,
        ),
    )
    s, r = f.scale, f.head_r
    for x, z in (
        (-0.24, f.shoulder_z),
        (0.24, f.shoulder_z),
        (-0.14, f.waist_z),
        (0.14, f.waist_z),
    ):
        a.add(sphere(0.12 * s, a.segments(0.12 * s), (x * s * 1.3, 0, z)), "fur", fur)
    face = a.pick(FACES[1:] if bigfoot else FACES[:1])
    centre = on_sphere(f.head, r, 0, 0, r * 0.35)
    a.add(ellipsoid((r * 0.6, r * 0.4, r * 0.55), a.segments(r), centre), "face", face, Tier.FIXED)
    for side in (-1, 1):
        eye = on_sphere(f.head, r, side * 20, 10, r * 0.02)
        a.add(sphere(r * 0.1, 10, eye), "eye", (20, 20, 24), Tier.FIXED)


TEMPLATE = Template(
    "yeti",
    build_yeti,
    2.4,
    description="a yeti, a huge shaggy white furred ape-man of the snowy mountains",
    synonyms=("yetis", "abominable snowman", "bigfoot", "sasquatch", "sasquatches", "wampa"),
    kinds=("snow monster",),
    parts=(*FIGURE_PARTS, "fur", "face"),
    aliases={**FIGURE_ALIASES, "hair": "fur", "coat": "fur"},
)
