"""A submarine: a long rounded hull, a conning tower with a periscope, fins and a propeller."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, capsule, ellipsoid, rod, rounded_box
from meshforge.engines.text.kit.sweeps import front_disc

HULLS: tuple[RGB, ...] = ((55, 60, 68), (240, 200, 40), (35, 38, 42), (70, 90, 110))
PORTHOLE: RGB = (150, 200, 230)
BRASS: RGB = (200, 160, 70)


def build_submarine(a: Assembly) -> None:
    """A long rounded hull, a conning tower with a periscope, fins and a propeller."""
    paint = a.pick(HULLS)
    yellow = paint == HULLS[1] or a.mentions("yellow", "toy", "cartoon")
    length = a.vary(12.0 if not yellow else 8.0, 0.08)
    r = length * a.between(0.085, 0.11) * (1.35 if yellow else 1.0)
    z = r
    a.add(
        capsule((0, -length / 2 + r, z), (0, length / 2 - r, z), r, a.segments(r), r * 0.7),
        "hull",
        paint,
    )
    tail = length / 2 - r * 0.3
    a.add(
        rod((0, tail - r, z), (0, tail + r * 1.2, z), r * 0.7, a.segments(r), r * 0.15),
        "hull",
        paint,
    )
    sail_len = length * 0.18
    sail = rounded_box(
        (r * 0.5, sail_len, r * 1.2), r * 0.2, a.segments(r * 0.2), (0, -length * 0.12, z + r * 1.2)
    )
    a.add(sail, "tower", paint)
    for sx in (-1, 1):
        a.add(
            box((r * 1.0, sail_len * 0.35, 0.06 * r), (sx * r * 0.5, -length * 0.12, z + r * 1.4)),
            "fin",
            paint,
        )
    if a.wants("periscope"):
        top = z + r * 2.4
        a.add(
            rod((0, -length * 0.1, z + r * 1.5), (0, -length * 0.1, top), r * 0.06, 8),
            "periscope",
            (60, 60, 65),
            Tier.FIXED,
        )
        a.add(
            rod(
                (0, -length * 0.1 + r * 0.05, top - r * 0.05),
                (0, -length * 0.1 - r * 0.25, top - r * 0.05),
                r * 0.08,
                8,
            ),
            "periscope",
            (60, 60, 65),
            Tier.FIXED,
        )
    fin = box((r * 2.8, r * 0.5, r * 0.08), (0, tail + r * 0.3, z))
    a.add(fin, "fin", paint)
    a.add(box((r * 0.08, r * 0.5, r * 2.4), (0, tail + r * 0.3, z)), "fin", paint)
    if a.wants("propeller"):
        hub_y = tail + r * 1.25
        blade = ellipsoid((r * 0.12, r * 0.06, r * 0.45), 12, (0, 0, r * 0.4))
        for piece in [blade.rotate((0, k * 72, 0)) for k in range(5)]:
            a.add(piece.translate((0, hub_y, z)), "propeller", BRASS, Tier.FIXED)
        a.add(
            rod((0, hub_y - r * 0.2, z), (0, hub_y + r * 0.1, z), r * 0.12, 12),
            "propeller",
            BRASS,
            Tier.FIXED,
        )
    if yellow or a.chance(0.4):
        for k in range(3):
            y = -length * 0.3 + k * length * 0.2
            along = (y + length / 2 - r) / (length - 2 * r)
            reach = r * (1 - 0.3 * along) * 0.95
            for sx in (-1, 1):
                a.add(
                    front_disc(r * 0.18, r * 0.1, 16, 0, 0)
                    .rotate((0, 0, 90))
                    .translate((sx * reach, y, z + r * 0.15)),
                    "porthole",
                    PORTHOLE,
                    Tier.FIXED,
                )


TEMPLATE = Template(
    "submarine",
    build_submarine,
    3.0,
    description="a submarine: long cigar-shaped hull with a conning tower, periscope and propeller",
    synonyms=("u-boat", "uboat", "yellow submarine", "submersible", "nuclear submarine"),
    kinds=("midget submarine", "bathyscaphe"),
    not_claimed=("submarine sandwich",),
    parts=("hull", "tower", "fin", "periscope", "propeller", "porthole"),
    aliases={
        "sail": "tower",
        "conning tower": "tower",
        "window": "porthole",
        "windows": "porthole",
        "screw": "propeller",
        "body": "hull",
    },
)
