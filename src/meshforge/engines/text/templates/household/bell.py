"""A hanging bronze bell: a flared shell, a clapper below the lip and a loop on top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import rod, sphere, vessel
from meshforge.engines.text.kit.sweeps import hoop

BRONZE: RGB = (205, 150, 60)


def build_bell(a: Assembly) -> None:
    """A hanging bronze bell: a flared shell, a clapper below the lip and a loop on top."""
    height, lip = a.vary(0.3, 0.1), a.vary(0.17, 0.1)
    shell_profile = [
        (lip, 0.0),
        (lip * 0.93, height * 0.12),
        (lip * 0.7, height * 0.3),
        (lip * 0.6, height * 0.6),
        (lip * 0.55, height * 0.85),
        (lip * 0.3, height * 0.97),
        (0.001, height),
    ]
    # a vessel opens upwards: build it on its head, then turn it over onto its lip
    flipped = [(r, height - z) for r, z in reversed(shell_profile)]
    shell = (
        vessel(flipped, lip * 0.08, height * 0.08, a.segments(lip))
        .rotate((180, 0, 0))
        .translate((0, 0, height))
    )
    a.add(shell, "body", BRONZE)
    a.add(hoop(lip * 0.98, lip * 0.05, a.segments(lip), (0, 0, lip * 0.03)), "body", BRONZE)
    clapper_z = -height * 0.05
    a.add(
        rod((0, 0, clapper_z), (0, 0, height * 0.95), lip * 0.04, 12),
        "clapper",
        (70, 60, 50),
        Tier.FIXED,
    )
    a.add(
        sphere(lip * 0.16, a.segments(lip * 0.16), (0, 0, clapper_z)),
        "clapper",
        (70, 60, 50),
        Tier.FIXED,
    )
    if a.chance(0.5):
        loop = hoop(height * 0.1, lip * 0.05, a.segments(height * 0.1)).rotate((90, 0, 0))
        a.add(loop.translate((0, 0, height + height * 0.08)), "loop", BRONZE)
    else:  # a hand bell's wooden handle
        a.add(
            rod((0, 0, height * 0.95), (0, 0, height * 1.45), lip * 0.1, 16),
            "handle",
            (120, 80, 45),
            Tier.SECONDARY,
        )
        a.add(sphere(lip * 0.18, 16, (0, 0, height * 1.5)), "handle", (120, 80, 45), Tier.SECONDARY)


TEMPLATE = Template(
    "bell",
    build_bell,
    0.35,
    description="a hollow bronze cup that chimes when it swings",
    synonyms=("church bell", "hand bell", "handbell", "school bell", "liberty bell"),
    kinds=("cowbell",),
    parts=("body", "clapper", "loop", "handle"),
    aliases={"lip": "body", "tongue": "clapper"},
)
