"""A toothpaste tube lying flat: round at the capped shoulder, pressed flat to a crimped end."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, cylinder, rod

#: the tube's white, and the bands printed round it
TUBES: tuple[RGB, ...] = ((248, 248, 246), (245, 245, 250))
BANDS: tuple[RGB, ...] = ((210, 40, 40), (40, 100, 200), (60, 160, 90), (240, 240, 240))
CAPS: tuple[RGB, ...] = ((245, 245, 245), (210, 40, 40), (40, 100, 200), (30, 30, 32))


def build_toothpaste_tube(a: Assembly) -> None:
    """A toothpaste tube lying flat: round at the capped shoulder, pressed flat to a crimped end."""
    length, radius = a.vary(0.15, 0.1), a.vary(0.018, 0.1)
    # lying along X, the cap at -X, the crimp at +X; flattened round its middle height
    z = radius * 0.8
    round_end = rod((-length / 2, 0, z), (-length / 2 + 0.004, 0, z), radius, 24).scale((1, 1, 0.8))
    flat_end = box((0.004, radius * 2.9, 0.003), (length / 2 - 0.002, 0, z))
    body = Manifold.batch_hull([round_end, flat_end])
    a.add(body, "tube", a.pick(TUBES))
    if a.wants("band"):  # the printed band, a shell just proud of the tube over its middle
        window = box((length * 0.42, radius * 4, radius * 3), (-length * 0.05, 0, z))
        band = body.scale((1.0, 1.03, 1.06)).translate((0, 0, -z * 0.06)) ^ window
        a.add(band, "band", a.pick(BANDS), Tier.SECONDARY)
    crimp = box((0.012, radius * 2.95, 0.0045), (length / 2 - 0.006, 0, z))
    a.add(crimp, "crimp", a.pick(TUBES), Tier.FIXED)
    shoulder = rod(
        (-length / 2 + 0.002, 0, z), (-length / 2 - 0.008, 0, z), radius * 0.8, 20, radius * 0.4
    )
    a.add(shoulder, "tube", a.pick(TUBES))
    cap_len = a.vary(0.018, 0.15)
    cap = cylinder(radius * 0.55, cap_len, 16, top_radius=radius * 0.5).rotate((0, -90, 0))
    a.add(cap.translate((-length / 2 - 0.006, 0, z)), "cap", a.pick(CAPS), Tier.SECONDARY)


TEMPLATE = Template(
    "toothpaste tube",
    build_toothpaste_tube,
    0.035,
    description="a squeezable tube of toothpaste with a screw cap",
    synonyms=("toothpaste", "tube of toothpaste", "tooth paste", "squeeze tube"),
    parts=("tube", "band", "crimp", "cap"),
    aliases={"lid": "cap", "label": "band", "stripe": "band", "seal": "crimp"},
)
