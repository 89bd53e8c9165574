"""The grim reaper: a tall hooded black robe with a skull face in shadow, holding a scythe."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.figure_kit import FIGURE_ALIASES, FIGURE_PARTS, Outfit, build_figure
from meshforge.engines.text.kit.gear import STEEL, WOODS
from meshforge.engines.text.kit.solids import on_sphere, rod, sphere, subtract
from meshforge.engines.text.kit.sweeps import face_prism

ROBES: tuple[RGB, ...] = ((22, 22, 25), (30, 28, 35), (40, 38, 40))
BONE: RGB = (235, 230, 215)
SOCKET: RGB = (20, 20, 22)


def build_grim_reaper(a: Assembly) -> None:
    """The grim reaper: a tall hooded black robe with a skull face, holding a scythe."""
    robe = a.pick(ROBES)
    f = build_figure(
        a,
        Outfit(
            top=robe,
            bottom=robe,
            skin=BONE,
            glove=BONE,
            hair=None,
            dress=True,
            pose="hold",
            girth=1.05,
            height=1.08,
        ),
    )
    s, (hx, hy, hz), r = f.scale, f.head, f.head_r
    for side in (-1, 1):
        a.add(
            sphere(r * 0.22, 12, on_sphere(f.head, r, side * 26, 10, r * 0.12)),
            "eye",
            SOCKET,
            Tier.FIXED,
        )
    if a.wants("hood"):
        outer = sphere(r * 1.35, a.segments(r), (hx, hy + r * 0.2, hz + r * 0.15)).scale(
            (1.0, 1.0, 1.15)
        )
        opening = sphere(r * 1.05, a.segments(r), (hx, hy - r * 0.6, hz))
        hood = subtract(outer, opening)
        drape = Manifold.batch_hull(
            [
                sphere(r * 1.2, 16, (hx, hy + r * 0.3, hz)),
                sphere(r * 1.4, 16, (0, 0.05 * s, f.shoulder_z - 0.05 * s)),
            ]
        )
        a.add(subtract(hood + drape, opening), "hood", robe)
    right, _left = f.hands
    if a.wants("scythe"):
        top = (right[0], right[1], right[2] + 0.9 * s)
        a.add(
            rod((right[0], right[1], 0.02 * s), top, 0.018 * s, 8),
            "scythe",
            WOODS[3:] or WOODS,
            Tier.FIXED,
        )
        blade = [
            (0.0, 0.0),
            (-0.2 * s, 0.04 * s),
            (-0.5 * s, -0.06 * s),
            (-0.18 * s, -0.02 * s),
            (0.0, -0.07 * s),
        ]
        a.add(
            face_prism(blade, 0.01 * s, right[1]).translate((right[0], 0, top[2])),
            "blade",
            STEEL,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "grim reaper",
    build_grim_reaper,
    2.0,
    description="death as a tall figure in a black hooded robe with a skull face and a scythe",
    synonyms=("reaper", "death", "angel of death", "the reaper", "soul reaper"),
    kinds=("shinigami",),
    parts=(*FIGURE_PARTS, "hood", "scythe", "blade"),
    aliases={**FIGURE_ALIASES, "robe": "body", "cloak": "body", "skull": "head", "cape": "hood"},
)
