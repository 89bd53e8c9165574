"""A jet ski: a short pointed boat hull with a raised nose, a saddle seat, handlebars on a
steering column and a stripe of colour, as ridden standing or sitting."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, WHITE
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, rounded_box
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.vehicles import FRAME_DARK

PAINTS: tuple[RGB, ...] = (
    (240, 240, 238),
    (30, 30, 35),
    (240, 200, 30),
    (40, 100, 190),
    (200, 30, 35),
)
STRIPES: tuple[RGB, ...] = ((230, 60, 30), (40, 170, 200), (250, 200, 20), (60, 180, 70))


def build_jet_ski(a: Assembly) -> None:
    """A short pointed hull with a raised nose, a saddle, handlebars and a colour stripe."""
    length, width = a.vary(3.0, 0.06), a.vary(1.15, 0.05)
    paint = a.color("hull", PAINTS)
    front, back = -length / 2, length / 2
    # the hull: the hull of a pointed bow, a wide middle and a square stern, flat-bottomed
    bow = ellipsoid((0.1, 0.1, 0.12), 10, (0, front, 0.45))
    keel = ellipsoid((0.1, 0.2, 0.05), 10, (0, front + 0.5, 0.06))
    middle = rounded_box((width, 0.6, 0.45), 0.12, 12, (0, -0.1, 0.3))
    stern = rounded_box((width * 0.92, 0.3, 0.42), 0.1, 12, (0, back - 0.15, 0.25))
    a.add(Manifold.batch_hull([bow, keel, middle, stern]), "hull", paint)
    stripe = a.color("stripe", STRIPES, Tier.SECONDARY)
    for sx in (-1, 1):
        band = Manifold.batch_hull(
            [
                box((0.04, 0.1, 0.1), (sx * width * 0.3, front + 0.35, 0.38)),
                box((0.04, 0.6, 0.12), (sx * width * 0.49, 0.3, 0.3)),
            ]
        )
        a.add(band, "stripe", stripe)
    # the raised nose cowl in front of the handlebars
    cowl = Manifold.batch_hull(
        [
            ellipsoid((0.08, 0.1, 0.08), 10, (0, front + 0.35, 0.55)),
            rounded_box((width * 0.7, 0.5, 0.3), 0.1, 12, (0, front + 1.0, 0.65)),
        ]
    )
    a.add(cowl, "hull", paint)
    seat = a.color("seat", (BLACK, (45, 60, 90)), Tier.FIXED)
    a.add(rounded_box((width * 0.42, 1.2, 0.22), 0.09, 12, (0, 0.55, 0.62)), "seat", seat)
    bar_y, bar_z = front + 1.25, 1.02
    a.add(
        rod((0, front + 1.05, 0.75), (0, bar_y, bar_z), 0.05, 10),
        "handlebar",
        FRAME_DARK,
        Tier.FIXED,
    )
    a.add(
        tube(
            [(-0.38, bar_y + 0.08, bar_z), (0, bar_y, bar_z), (0.38, bar_y + 0.08, bar_z)], 0.022, 8
        ),
        "handlebar",
        FRAME_DARK,
        Tier.FIXED,
    )
    a.add(box((width * 0.8, 0.4, 0.06), (0, back - 0.3, 0.46)), "deck", WHITE, Tier.FIXED)


TEMPLATE = Template(
    "jet ski",
    build_jet_ski,
    1.1,
    description="a jet ski, a small personal watercraft with a seat and handlebars ridden on water",
    synonyms=(
        "jetski",
        "jet skis",
        "waverunner",
        "wave runner",
        "personal watercraft",
        "sea doo",
        "seadoo",
    ),
    parts=("hull", "stripe", "seat", "handlebar", "deck"),
    aliases={"body": "hull", "handlebars": "handlebar", "stripes": "stripe"},
)
