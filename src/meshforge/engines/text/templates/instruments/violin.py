"""A violin standing up, face to the front: waisted body, f-holes, bridge, neck, scroll."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.instruments import violin_family


def build_violin(a: Assembly) -> None:
    """A violin standing up, face to the front: waisted body, f-holes, bridge, neck, scroll."""
    length = 0.4 if a.mentions("viola") else 0.356
    violin_family(a, a.vary(length, 0.04), endpin=False)


TEMPLATE = Template(
    "violin",
    build_violin,
    0.6,
    description="a small wooden string instrument with a waisted body, played with a bow",
    synonyms=("fiddle", "viola", "stradivarius"),
    kinds=("baroque violin", "electric violin"),
    not_claimed=("fiddle leaf fig", "fiddle plant", "fiddle leaf"),
    parts=(
        "body",
        "neck",
        "fingerboard",
        "scroll",
        "peg",
        "bridge",
        "tailpiece",
        "f hole",
        "string",
    ),
    aliases={"head": "scroll"},
)
