"""A pair of maracas: round shaker heads painted in bright bands, on turned wooden handles."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import capsule, ellipsoid, sphere

HANDLES: tuple[RGB, ...] = ((200, 150, 90), (160, 110, 60), (240, 200, 60))


def build_maracas(a: Assembly) -> None:
    """A pair of maracas: round shaker heads painted in bright bands, on wooden handles."""
    r = a.vary(0.05, 0.1)
    handle_len = r * a.between(2.0, 2.6)
    head = a.pick(BRIGHTS)
    band = a.pick(tuple(c for c in BRIGHTS if c != head))
    handle = a.pick(HANDLES)
    count = a.count("maraca", 2, 1, 2)
    for k in range(count):
        # the pair lies crossed, the second leaning on the first
        x = (k - (count - 1) / 2) * r * 1.6
        lean = (k - 0.5) * 0.6 if count == 2 else 0.0
        base = (x + lean * handle_len * 0.3, -k * r * 0.5, 0.0)
        top = (x, -k * r * 0.5, handle_len)
        a.add(capsule(base, top, r * 0.18, 12, r * 0.24), "handle", handle, Tier.SECONDARY)
        center = (top[0], top[1], top[2] + r * 0.8)
        a.add(ellipsoid((r, r, r * 1.1), a.segments(r), center), "head", head)
        a.add(
            ellipsoid((r * 1.015, r * 1.015, r * 0.25), a.segments(r), center),
            "band",
            band,
            Tier.FIXED,
        )
        a.add(
            sphere(r * 0.28, 12, (base[0], base[1], base[2] + r * 0.2)),
            "handle",
            handle,
            Tier.SECONDARY,
        )


TEMPLATE = Template(
    "maracas",
    build_maracas,
    0.2,
    description="a pair of hand-held rattles: round painted heads on wooden handles",
    synonyms=("maraca", "pair of maracas", "shakers"),
    kinds=("mexican maracas",),
    parts=("head", "band", "handle"),
    aliases={
        "shaker": "head",
        "ball": "head",
        "stripe": "band",
        "stripes": "band",
        "stick": "handle",
    },
)
