"""A drum kit: a bass drum on its side, a snare and toms, cymbals and a hi-hat on stands, a
stool.
"""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod
from meshforge.engines.text.kit.sweeps import front_disc

SHELLS: tuple[RGB, ...] = (
    (180, 30, 35),
    (30, 30, 35),
    (40, 80, 170),
    (230, 230, 225),
    (120, 60, 130),
)
HEAD: RGB = (240, 238, 230)
CHROME: RGB = (200, 204, 210)
CYMBAL: RGB = (220, 180, 80)
STOOL: RGB = (35, 35, 38)
RUGS: tuple[RGB, ...] = ((120, 40, 40), (60, 60, 65), (150, 120, 80))


def _stand(a: Assembly, x: float, y: float, top: float) -> None:
    """A chrome stand: a pole on three splayed legs."""
    a.add(rod((x, y, 0.0), (x, y, top), 0.012, 8), "stand", CHROME, Tier.FIXED)
    for dx, dy in ((0.15, 0.0), (-0.08, 0.13), (-0.08, -0.13)):
        a.add(rod((x, y, 0.3), (x + dx, y + dy, 0.0), 0.008, 6), "stand", CHROME, Tier.FIXED)


def build_drum_kit(a: Assembly) -> None:
    """A drum kit: bass drum, snare and toms, cymbals and a hi-hat on stands, a stool."""
    shell = a.pick(SHELLS)
    bass_r = a.vary(0.28, 0.08)
    a.add(front_disc(bass_r, 0.4, a.segments(bass_r), 0.0, bass_r, 0.0), "shell", shell)
    a.add(
        front_disc(bass_r * 0.97, 0.42, a.segments(bass_r), 0.0, bass_r, 0.0),
        "head",
        HEAD,
        Tier.SECONDARY,
    )
    tom_r = bass_r * 0.5
    for side in (-1, 1):
        x = side * tom_r * 1.1
        tom_z = bass_r * 2 + 0.05
        a.add(cylinder(tom_r, tom_r * 1.2, a.segments(tom_r), (x, 0.05, tom_z)), "shell", shell)
        a.add(
            cylinder(tom_r * 0.97, 0.01, a.segments(tom_r), (x, 0.05, tom_z + tom_r * 1.2)),
            "head",
            HEAD,
            Tier.SECONDARY,
        )
        a.add(
            rod((x, 0.05, tom_z + 0.01), (0, 0.05, bass_r * 1.9), 0.012, 8),
            "stand",
            CHROME,
            Tier.FIXED,
        )
    snare_x, snare_y = -bass_r * 1.7, 0.35
    snare_z = bass_r * 1.9
    _stand(a, snare_x, snare_y, snare_z)
    a.add(
        cylinder(tom_r * 1.1, tom_r * 0.7, a.segments(tom_r), (snare_x, snare_y, snare_z)),
        "snare",
        CHROME,
        Tier.FIXED,
    )
    a.add(
        cylinder(tom_r * 1.07, 0.01, a.segments(tom_r), (snare_x, snare_y, snare_z + tom_r * 0.7)),
        "head",
        HEAD,
        Tier.SECONDARY,
    )
    floor_x = bass_r * 1.9
    a.add(
        cylinder(tom_r * 1.3, bass_r * 1.6, a.segments(tom_r), (floor_x, 0.4, 0.15)), "shell", shell
    )
    a.add(
        cylinder(tom_r * 1.27, 0.01, a.segments(tom_r), (floor_x, 0.4, 0.15 + bass_r * 1.6)),
        "head",
        HEAD,
        Tier.SECONDARY,
    )
    for dx, dy in ((0.12, 0.1), (-0.12, 0.1), (0.0, -0.14)):
        a.add(
            rod(
                (floor_x + dx * 1.6, 0.4 + dy * 1.6, 0.0),
                (floor_x + dx * 1.2, 0.4 + dy * 1.2, 0.3),
                0.01,
                6,
            ),
            "stand",
            CHROME,
            Tier.FIXED,
        )
    hat_x, hat_y = snare_x - 0.15, 0.65
    _stand(a, hat_x, hat_y, bass_r * 2.7 + 0.03)
    for dz in (0.0, 0.025):
        a.add(
            cylinder(0.18, 0.012, 24, (hat_x, hat_y, bass_r * 2.7 - 0.02 + dz), 0.16),
            "cymbal",
            CYMBAL,
            Tier.FIXED,
        )
    for x, y, top in ((-bass_r * 1.3, -0.15, bass_r * 3.6), (bass_r * 1.8, -0.05, bass_r * 3.4)):
        _stand(a, x, y, top)
        a.add(
            cylinder(0.25, 0.02, 24, (x, y, top - 0.01), 0.04).rotate((0, 0, 0)),
            "cymbal",
            CYMBAL,
            Tier.FIXED,
        )
    stool_y = 0.9
    _stand(a, 0.0, stool_y, 0.5)
    a.add(cylinder(0.17, 0.08, 24, (0, stool_y, 0.48)), "stool", STOOL, Tier.FIXED)
    # the kit stands on its rug, which holds every stand and drum in one piece
    a.add(box((2.0 * bass_r * 4.2, 1.9, 0.02), (0, 0.35, 0.0)), "rug", a.pick(RUGS), Tier.FIXED)


TEMPLATE = Template(
    "drum kit",
    build_drum_kit,
    1.1,
    description="a full drum set: a bass drum, snare, toms and cymbals on stands, with a stool",
    synonyms=("drum set", "drumset", "drumkit", "drums", "drum kits", "rock drum kit"),
    kinds=("jazz drum kit", "electronic drum kit", "trap kit"),
    parts=("shell", "head", "snare", "cymbal", "stand", "stool", "rug"),
    aliases={
        "drum": "shell",
        "cymbals": "cymbal",
        "stands": "stand",
        "seat": "stool",
        "throne": "stool",
        "carpet": "rug",
        "mat": "rug",
    },
)
