"""A loudspeaker: a tall box with a big woofer cone and a small tweeter on its front."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC
from meshforge.engines.text.kit.solids import cylinder, rounded_box, sphere
from meshforge.engines.text.kit.sweeps import front_disc, hoop

CABINETS: tuple[RGB, ...] = ((30, 30, 33), (120, 80, 45), (240, 240, 238), (170, 120, 75))
CONE: RGB = (55, 55, 60)


def build_speaker(a: Assembly) -> None:
    """A loudspeaker: a tall box with a big woofer cone and a small tweeter on its front."""
    if a.mentions("bluetooth", "smart", "portable", "round", "cylinder"):
        _smart(a)
        return
    width, height, depth = a.vary(0.22, 0.08), a.vary(0.36, 0.1), a.vary(0.26, 0.08)
    a.add(
        rounded_box((width, depth, height), 0.008, 8, (0, 0, height / 2)),
        "cabinet",
        a.pick(CABINETS),
    )
    front = -depth / 2
    woofer_r = width * 0.36
    wz = height * 0.36
    ring = (
        hoop(woofer_r, 0.006, a.segments(woofer_r))
        .rotate((90, 0, 0))
        .translate((0, front - 0.002, wz))
    )
    a.add(ring, "woofer", (90, 90, 95), Tier.FIXED)
    a.add(
        front_disc(woofer_r, 0.006, a.segments(woofer_r), 0, wz, front - 0.001),
        "woofer",
        CONE,
        Tier.FIXED,
    )
    cap = sphere(woofer_r * 0.28, 16).scale((1, 0.45, 1)).translate((0, front - 0.002, wz))
    a.add(cap, "woofer", BLACK_PLASTIC, Tier.FIXED)
    tz = height * 0.78
    a.add(
        front_disc(width * 0.14, 0.006, a.segments(width * 0.14), 0, tz, front - 0.002),
        "tweeter",
        (90, 90, 95),
        Tier.FIXED,
    )
    a.add(sphere(width * 0.07, 16, (0, front - 0.003, tz)), "tweeter", CONE, Tier.FIXED)
    if a.maybe("port", 0.5):
        a.add(
            front_disc(width * 0.06, 0.008, 12, 0, height * 0.1, front - 0.001),
            "port",
            BLACK_PLASTIC,
            Tier.FIXED,
        )


def _smart(a: Assembly) -> None:
    """A round portable speaker: a fabric-covered cylinder with a control strip on top."""
    r, h = a.vary(0.05, 0.1), a.vary(0.18, 0.1)
    a.add(
        cylinder(r, h, a.segments(r)),
        "cabinet",
        a.pick(((60, 60, 66), (200, 60, 60), (70, 110, 170), (230, 230, 225))),
    )
    a.add(
        cylinder(r * 1.02, h * 0.06, a.segments(r), (0, 0, 0)), "cabinet", BLACK_PLASTIC, Tier.FIXED
    )
    a.add(
        cylinder(r * 0.9, 0.004, a.segments(r), (0, 0, h - 0.001)), "top", BLACK_PLASTIC, Tier.FIXED
    )


TEMPLATE = Template(
    "speaker",
    build_speaker,
    0.36,
    description="a loudspeaker box with a round woofer cone and a tweeter",
    synonyms=(
        "loudspeaker",
        "speaker box",
        "bookshelf speaker",
        "hifi speaker",
        "bluetooth speaker",
        "subwoofer",
    ),
    kinds=("studio monitor", "smart speaker", "boombox speaker"),
    not_claimed=("public speaker", "guest speaker", "motivational speaker"),
    parts=("cabinet", "woofer", "tweeter", "port", "top"),
    aliases={"box": "cabinet", "cone": "woofer", "driver": "woofer"},
)
