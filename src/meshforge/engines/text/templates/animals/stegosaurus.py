"""A stegosaurus: an arched dinosaur with two rows of back plates and a spiked tail."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.creatures import IVORY, side_blade
from meshforge.engines.text.kit.saurians import ALIASES, PARTS, pillar_legs, snout_head, tail
from meshforge.engines.text.kit.solids import capsule, ellipsoid, union

SKINS: tuple[RGB, ...] = ((120, 140, 90), (110, 120, 80), (150, 140, 90))
PLATES: tuple[RGB, ...] = ((200, 110, 60), (190, 150, 70), (170, 90, 70))


def build_stegosaurus(a: Assembly) -> None:
    """A stegosaurus: an arched dinosaur with two rows of back plates and a spiked tail."""
    size = a.vary(1.0, 0.08)
    skin = a.pick(SKINS)
    r = 0.7 * size
    z = r * 1.8
    a.add(
        ellipsoid((r * 0.9, r * 2.0, r * 1.05), a.segments(r), (0, 0, z + r * 0.15)), "body", skin
    )
    pillar_legs(a, (-r * 1.2,), r * 0.5, z - r * 0.3, r * 0.22, skin)
    pillar_legs(a, (r * 1.2,), r * 0.55, z, r * 0.3, skin)
    neck_end = (0.0, -r * 2.6, z - r * 0.45)
    a.add(
        capsule((0, -r * 1.5, z - r * 0.05), neck_end, r * 0.35, a.segments(r * 0.35), r * 0.22),
        "body",
        skin,
    )
    snout_head(a, neck_end, r * 0.55, r * 0.25, r * 0.22, skin)
    tip = tail(a, (0, r * 1.7, z + r * 0.2), r * 2.4, r * 0.45, r * 1.0, skin, sway=0.1)
    if a.wants("plate"):
        plates = []
        count = 7
        for k in range(count):
            t = k / (count - 1)
            y = -r * 1.4 + t * r * 3.4
            height = r * (0.45 + 0.5 * (1 - abs(2 * t - 1.1)))
            z_top = (
                z
                + r * 0.15
                + r * 1.0 * max(0.15, 1 - (y / (r * 2.2)) ** 2) ** 0.5
                - r * (0.5 if t > 0.75 else 0.12)
            )
            plate = side_blade(
                [
                    (-height * 0.45, 0.0),
                    (height * 0.45, 0.0),
                    (height * 0.15, height),
                    (-height * 0.2, height * 0.8),
                ],
                r * 0.06,
            )
            for side in (-1, 1):
                plates.append(
                    plate.rotate((0, side * 12, 0)).translate(
                        (side * r * 0.12, y + side * r * 0.12, z_top)
                    )
                )
        a.add(union(plates), "plate", a.pick(PLATES), Tier.SECONDARY)
    if a.wants("spike"):
        spikes = []
        for k in range(2):
            for side in (-1, 1):
                spike = Manifold.cylinder(r * 0.55, r * 0.07, 0.0, 10).rotate((-50, side * 55, 0))
                spikes.append(
                    spike.translate(
                        (side * r * 0.05, tip[1] - r * 0.2 - k * r * 0.3, tip[2] + r * 0.05)
                    )
                )
        a.add(union(spikes), "spike", IVORY, Tier.FIXED)


TEMPLATE = Template(
    "stegosaurus",
    build_stegosaurus,
    3.5,
    description="a plant-eating dinosaur with tall plates along its back and a spiked tail",
    synonyms=("stegosaur", "plated dinosaur"),
    kinds=("kentrosaurus", "ankylosaurus", "armoured dinosaur", "armored dinosaur"),
    parts=(*PARTS, "plate", "spike"),
    aliases={**ALIASES, "thagomizer": "spike"},
)
