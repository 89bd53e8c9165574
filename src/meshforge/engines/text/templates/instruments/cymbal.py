"""A cymbal on its stand: a bronze disc with a raised bell, tilted on a chrome tripod."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK
from meshforge.engines.text.kit.percussion import BRONZES, cymbal_disc, tripod_stand
from meshforge.engines.text.kit.solids import cylinder


def build_cymbal(a: Assembly) -> None:
    """A cymbal on its stand: a bronze disc with a raised bell, tilted on a chrome tripod."""
    hi_hat = a.mentions("hi-hat", "hihat", "hat")
    radius = a.vary(0.18 if hi_hat else 0.25, 0.12)
    top = a.vary(0.8 if hi_hat else 1.05, 0.08)
    bronze = a.pick(BRONZES)
    seg = a.segments(radius) * 2
    disc = cymbal_disc(radius, seg)
    if not a.wants("stand"):
        a.add(disc, "cymbal", bronze)
        return
    tripod_stand(a, (0.0, 0.0, 0.0), top + 0.05, radius * 0.9)
    if hi_hat:
        a.add(disc.translate((0, 0, top + 0.03)), "cymbal", bronze)
        a.add(disc.mirror((0, 0, 1)).translate((0, 0, top + 0.02)), "cymbal", bronze)
    else:
        tilt = a.between(8.0, 20.0)
        a.add(disc.rotate((tilt, 0, 0)).translate((0, 0, top)), "cymbal", bronze)
    a.add(cylinder(0.018, 0.03, 12, (0, 0, top + radius * 0.14)), "felt", BLACK, Tier.FIXED)


TEMPLATE = Template(
    "cymbal",
    build_cymbal,
    1.05,
    description="a round bronze cymbal with a raised bell, mounted on a chrome drum stand",
    synonyms=(
        "crash cymbal",
        "ride cymbal",
        "splash cymbal",
        "china cymbal",
        "hi-hat",
        "hihat",
        "hi hat",
        "cymbal stand",
    ),
    parts=("cymbal", "stand", "felt"),
    aliases={"disc": "cymbal", "bell": "cymbal", "tripod": "stand", "legs": "stand"},
)
