"""A sauropod: a huge body on pillar legs, a very long neck and tail, a small head."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.saurians import ALIASES, PARTS, pillar_legs, snout_head, tail
from meshforge.engines.text.kit.solids import Vec3, ellipsoid
from meshforge.engines.text.kit.sweeps import tube

SKINS: tuple[RGB, ...] = ((120, 130, 110), (110, 140, 90), (140, 120, 100), (100, 120, 130))
BELLY: RGB = (200, 195, 170)


def build_brontosaurus(a: Assembly) -> None:
    """A sauropod: a huge body on pillar legs, a very long neck and tail, a small head."""
    size = a.vary(1.0, 0.08)
    skin = a.pick(SKINS)
    r = 1.3 * size
    z = r * 2.1
    a.add(ellipsoid((r * 1.0, r * 1.8, r * 0.95), a.segments(r), (0, 0, z)), "body", skin)
    a.add(
        ellipsoid((r * 0.8, r * 1.5, r * 0.6), a.segments(r), (0, 0, z - r * 0.45)),
        "belly",
        BELLY,
        Tier.SECONDARY,
    )
    pillar_legs(a, (-r * 1.0, r * 1.0), r * 0.55, z - r * 0.2, r * 0.3, skin)
    reach = a.between(0.85, 1.15)
    up = (0.5 if a.mentions("brachiosaurus") else 0.0) + a.between(0.9, 1.2)
    head: Vec3 = (0.0, -r * 3.6 * reach, z + r * 2.6 * up)
    neck: list[Vec3] = [
        (0.0, -r * 1.2, z + r * 0.3),
        (0.0, -r * 2.2 * reach, z + r * 1.0 * up),
        (0.0, -r * 3.0 * reach, z + r * 2.0 * up),
        head,
    ]
    a.add(tube(neck, r * 0.48, a.segments(r * 0.45), r * 0.2), "neck", skin)
    snout_head(
        a, (head[0], head[1] - r * 0.1, head[2] + r * 0.05), r * 0.45, r * 0.22, r * 0.2, skin
    )
    tail(a, (0, r * 1.5, z + r * 0.1), r * 4.2, r * 0.5, r * 1.6, skin, sway=0.25)


TEMPLATE = Template(
    "brontosaurus",
    build_brontosaurus,
    6.0,
    description="a gigantic long-necked plant-eating dinosaur with a long tail",
    synonyms=(
        "sauropod",
        "diplodocus",
        "brachiosaurus",
        "apatosaurus",
        "long neck dinosaur",
        "longneck",
    ),
    kinds=("long necked dinosaur", "argentinosaurus", "titanosaur", "littlefoot"),
    parts=(*PARTS, "neck"),
    aliases=ALIASES,
)
