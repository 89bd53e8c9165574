"""A dinner fork standing on its handle, four tines up."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.sweeps import face_prism
from meshforge.engines.text.kit.tableware import STEEL, cutlery_handle


def build_fork(a: Assembly) -> None:
    """A dinner fork standing on its handle, four tines up."""
    length, tines = a.vary(0.12, 0.1), a.count("tine", 4, 2, 5)
    cutlery_handle(a, length, 0.008)
    width, reach = 0.006 * tines, a.vary(0.04, 0.1)
    base = length - 0.002
    gap = width / (2 * tines - 1)
    outline = [(0.003, base), (width / 2, base + 0.02)]
    for i in range(tines):
        right = width / 2 - i * 2 * gap
        outline += [(right, base + 0.02 + reach), (right - gap, base + 0.02 + reach)]
        if i < tines - 1:
            outline += [(right - gap, base + 0.024), (right - 2 * gap, base + 0.024)]
    outline += [(-width / 2, base + 0.02), (-0.003, base)]
    a.add(face_prism(outline, 0.0025), "head", STEEL)


TEMPLATE = Template(
    "fork",
    build_fork,
    0.17,
    description="an eating utensil with prongs on a handle",
    synonyms=("dinner fork", "table fork", "dessert fork"),
    parts=("handle", "head", "tine"),
    aliases={"prong": "tine"},
)
