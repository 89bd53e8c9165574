"""A poster: a printed sheet with a bold picture and title, pinned or framed; rolled up if asked."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, cylinder, rod, subtract
from meshforge.engines.text.kit.sweeps import face_prism, front_disc

SHEETS: tuple[RGB, ...] = (
    (40, 60, 110),
    (245, 240, 225),
    (30, 30, 35),
    (200, 60, 50),
    (90, 160, 200),
)
FRAMES: tuple[RGB, ...] = ((30, 30, 32), (235, 235, 230), (160, 120, 70), (200, 170, 80))
PINS: tuple[RGB, ...] = ((220, 40, 40), (40, 90, 200), (240, 200, 40))


def _rolled(a: Assembly, width: float, sheet: RGB) -> None:
    """The poster rolled into a tube, standing on end, held by a band."""
    r = a.vary(0.035, 0.1)
    a.add(cylinder(r, width, a.segments(r)), "sheet", sheet)
    a.add(
        cylinder(r * 0.6, width + 0.004, a.segments(r), (0, 0, -0.002)),
        "print",
        a.pick(BRIGHTS),
        Tier.SECONDARY,
    )
    for z in (width * 0.25, width * 0.75):
        a.add(
            cylinder(r * 1.04, 0.012, a.segments(r), (0, 0, z)), "band", (200, 60, 50), Tier.FIXED
        )


def build_poster(a: Assembly) -> None:
    """A printed sheet with a bold picture and title, pinned or framed; rolled up if asked."""
    width = a.vary(0.6, 0.1)
    height = width * a.vary(1.4, 0.05)
    sheet = a.pick(SHEETS)
    if a.mentions("rolled", "roll", "rolled-up", "tube"):
        _rolled(a, width, sheet)
        return
    depth, front = 0.004, -0.002
    framed = a.maybe("frame", 0.3, "framed")
    base = 0.03 if framed else 0.0
    a.add(box((width, depth, height), (0, 0, base + height / 2)), "sheet", sheet)
    # the picture: a low sun over two mountains, and a title band
    art = a.pick(BRIGHTS)
    middle = base + height * 0.55
    a.add(
        front_disc(width * 0.18, 0.003, 32, width * 0.12, middle + height * 0.12, front),
        "print",
        art,
        Tier.SECONDARY,
    )
    hills = face_prism(
        [
            (-width * 0.42, middle - height * 0.2),
            (-width * 0.1, middle + height * 0.05),
            (width * 0.1, middle - height * 0.08),
            (width * 0.25, middle),
            (width * 0.42, middle - height * 0.2),
        ],
        0.003,
        front,
    )
    a.add(hills, "print", a.pick(BRIGHTS), Tier.SECONDARY)
    title = box((width * 0.7, 0.003, height * 0.07), (0, front, base + height * 0.17))
    a.add(title, "title", (245, 245, 240), Tier.FIXED)
    if framed:
        outer = box((width + 0.06, 0.03, height + 0.06), (0, 0.005, base + height / 2))
        window = box((width - 0.02, 0.1, height - 0.02), (0, 0, base + height / 2))
        a.add(subtract(outer, window), "frame", FRAMES, Tier.SECONDARY)
    else:
        for sx in (-1, 1):
            for z in (base + height * 0.96, base + height * 0.04):
                pin = rod(
                    (sx * width * 0.45, front, z), (sx * width * 0.45, front - 0.008, z), 0.008, 12
                )
                a.add(pin, "pin", a.pick(PINS), Tier.FIXED)


TEMPLATE = Template(
    "poster",
    build_poster,
    0.85,
    description="a poster: a large printed paper sheet with a bold picture, pinned to a wall",
    synonyms=("posters", "wall poster", "movie poster", "film poster", "concert poster"),
    kinds=("travel poster", "framed poster", "rolled poster", "art print"),
    parts=("sheet", "print", "title", "frame", "pin", "band"),
    aliases={
        "paper": "sheet",
        "picture": "print",
        "image": "print",
        "pins": "pin",
        "thumbtack": "pin",
    },
)
