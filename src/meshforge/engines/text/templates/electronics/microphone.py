"""A microphone: a round mesh grille on a handle, on a stand with a heavy base, or alone."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK
from meshforge.engines.text.kit.solids import capsule, cylinder, rod, sphere, union
from meshforge.engines.text.kit.sweeps import hoop

GRILLES: tuple[RGB, ...] = ((170, 172, 178), (60, 62, 68), (200, 170, 90))
BODIES: tuple[RGB, ...] = ((30, 30, 34), (200, 202, 206), (60, 60, 65))


def build_microphone(a: Assembly) -> None:
    """A microphone: a round mesh grille on a handle, on a stand with a heavy base, or alone."""
    standing = a.maybe("stand", 0.7, "studio") and not a.mentions("handheld", "wireless")
    head_r = a.vary(0.028, 0.1)
    handle_l = a.vary(0.17, 0.1)
    tilt = a.between(15, 35) if standing else 0.0
    top_z = a.between(0.38, 0.5) if standing else handle_l + head_r * 2
    # the mic is built upright on the origin, then tipped towards the front and lifted on the stand
    grille_c = (0.0, 0.0, handle_l + head_r * 0.8)
    handle = cylinder(
        head_r * 0.75, handle_l, a.segments(head_r), (0, 0, head_r * 0.1), head_r * 0.5
    )
    head = union(
        [
            sphere(head_r, a.segments(head_r), grille_c),
            hoop(head_r * 0.98, head_r * 0.12, a.segments(head_r), (0, 0, grille_c[2])),
        ]
    )
    lift = top_z - (handle_l + head_r * 1.8) if standing else 0.0
    for solid, part, color, tier in (
        (handle, "handle", BODIES, Tier.PRIMARY),
        (head, "grille", GRILLES, Tier.SECONDARY),
    ):
        a.add(solid.rotate((tilt, 0, 0)).translate((0, 0, lift)), part, color, tier)
    if standing:
        a.add(cylinder(0.09, 0.02, a.segments(0.09)), "base", BLACK, Tier.FIXED)
        clamp = (0.0, 0.0, lift + head_r * 0.6)
        a.add(rod((0, 0, 0.02), clamp, 0.011, 12), "stand", BLACK, Tier.FIXED)
        a.add(
            capsule((0, 0.0, clamp[2] - 0.03), (0, -0.01, clamp[2] + 0.03), 0.02, 12),
            "stand",
            BLACK,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "microphone",
    build_microphone,
    0.25,
    description="a microphone with a round mesh head for singing, on a stand",
    synonyms=("mic", "studio microphone", "karaoke microphone", "vocal microphone"),
    kinds=("dynamic microphone", "condenser microphone"),
    parts=("grille", "handle", "stand", "base"),
    aliases={"head": "grille", "body": "handle", "pole": "stand"},
)
