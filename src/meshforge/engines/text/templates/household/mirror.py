"""A mirror: a silvered glass in a frame, standing on a floor easel."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.furniture import WOODS
from meshforge.engines.text.kit.palettes import GOLD, LAMP_METALS
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, torus
from meshforge.engines.text.kit.sweeps import front_disc

GLASS: RGB = (200, 215, 225)


def build_mirror(a: Assembly) -> None:
    """A mirror: a silvered glass in a frame, standing on a floor easel or hung as a round wall
    mirror."""
    frame = a.pick((*WOODS[:2], GOLD, *LAMP_METALS[1:]))
    if a.mentions("hand", "handheld", "vanity") or a.chance(0.3):
        radius = a.vary(0.09, 0.12)
        cz = radius + a.vary(0.14, 0.1)
        a.add(
            torus(radius, 0.012, a.segments(radius)).rotate((90, 0, 0)).translate((0, 0, cz)),
            "frame",
            frame,
        )
        a.add(front_disc(radius, 0.008, a.segments(radius), 0, cz), "glass", GLASS, Tier.FIXED)
        a.add(rod((0, 0, 0), (0, 0, cz - radius + 0.005), 0.014, 12, 0.011), "handle", frame)
        a.add(ellipsoid((0.06, 0.04, 0.012), 16, (0, 0, 0.006)), "handle", frame)
        return
    width, height = a.vary(0.55, 0.12), a.vary(1.6, 0.1)
    border = a.vary(0.045, 0.2)
    lean = 10.0  # a floor mirror leans back on its rear leg
    glass_z = 0.05
    pane = box((width, 0.04, height), (0, 0, height / 2)).rotate((-lean, 0, 0))
    a.add(pane.translate((0, 0, glass_z)), "frame", frame)
    inner = box((width - 2 * border, 0.01, height - 2 * border), (0, -0.02, height / 2)).rotate(
        (-lean, 0, 0)
    )
    a.add(inner.translate((0, 0, glass_z)), "glass", GLASS, Tier.FIXED)
    a.add(box((width + 0.04, 0.25, 0.05), (0, 0.02, 0.025)), "stand", frame)
    top_back = (0, height * 0.17 + 0.03, height * 0.6)
    a.add(rod((0, height * 0.3, 0.0), top_back, 0.015, 8), "stand", frame)
    a.add(rod((0, height * 0.3, 0.0), (0, 0.1, 0.03), 0.015, 8), "stand", frame)


TEMPLATE = Template(
    "mirror",
    build_mirror,
    1.4,
    description="a framed looking glass that reflects, for checking your appearance",
    synonyms=(
        "hand mirror",
        "floor mirror",
        "full length mirror",
        "vanity mirror",
        "standing mirror",
        "dressing mirror",
    ),
    kinds=("magic mirror", "ornate mirror", "compact mirror", "cheval mirror"),
    not_claimed=("rear view mirror", "side mirror", "mirror ball", "wing mirror"),
    parts=("frame", "glass", "handle", "stand"),
    aliases={"reflection": "glass", "border": "frame", "easel": "stand"},
)
