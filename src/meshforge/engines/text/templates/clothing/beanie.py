"""A knitted beanie: a ribbed dome with a turned-up cuff and often a bobble on top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import around_z, box, cylinder, dome, sphere, subtract

WOOLS: tuple[RGB, ...] = (
    (190, 40, 45),
    (40, 70, 140),
    (60, 120, 80),
    (230, 190, 60),
    (90, 90, 95),
    (240, 240, 235),
)
POMS: tuple[RGB, ...] = ((245, 245, 240), (200, 40, 45), (40, 40, 45))


def build_beanie(a: Assembly) -> None:
    """A knitted beanie: a ribbed dome with a turned-up cuff and often a bobble on top."""
    r = a.vary(0.1, 0.06)
    crown_h = r * a.between(1.0, 1.25)
    cuff_h = r * a.between(0.35, 0.5)
    wool = a.pick(WOOLS)
    crown = dome((r, r, crown_h), a.segments(r), (0, 0, cuff_h * 0.6))
    crown = crown + cylinder(r, cuff_h * 0.6, a.segments(r))
    # knitted ribs: shallow grooves running up the crown
    grooves = around_z(box((r * 0.05, r * 0.05, crown_h * 2), (r, 0, crown_h)), 24)
    a.add(subtract(crown, grooves), "hat", wool)
    if a.wants("cuff"):
        a.add(cylinder(r * 1.06, cuff_h, a.segments(r)), "cuff", wool, Tier.SECONDARY)
    if a.maybe("pom pom", 0.55, "bobble", "pompom", "pom"):
        a.add(
            sphere(r * 0.38, a.segments(r * 0.38), (0, 0, cuff_h * 0.6 + crown_h + r * 0.2)),
            "pom pom",
            POMS,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "beanie",
    build_beanie,
    0.2,
    description="a snug knitted wool winter hat with a folded cuff and a bobble",
    synonyms=(
        "beanie hat",
        "woolly hat",
        "wool hat",
        "knit hat",
        "knitted hat",
        "winter hat",
        "bobble hat",
        "toque",
        "stocking cap",
    ),
    kinds=("pom pom hat", "ski hat", "watch cap"),
    parts=("hat", "cuff", "pom pom"),
    aliases={
        "crown": "hat",
        "brim": "cuff",
        "bobble": "pom pom",
        "pompom": "pom pom",
        "pom": "pom pom",
    },
)
