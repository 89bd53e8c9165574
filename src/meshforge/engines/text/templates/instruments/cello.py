"""A cello standing on its endpin: a large waisted body, f-holes, bridge, neck, scroll."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.instruments import violin_family


def build_cello(a: Assembly) -> None:
    """A cello standing on its endpin: a large waisted body, f-holes, bridge, neck, scroll."""
    length = 1.15 if a.mentions("bass", "contrabass", "upright") else 0.76
    violin_family(a, a.vary(length, 0.04), endpin=True)


TEMPLATE = Template(
    "cello",
    build_cello,
    1.25,
    description="a large wooden string instrument played upright between the knees with a bow",
    synonyms=("violoncello", "double bass", "contrabass", "upright bass", "bass fiddle"),
    kinds=("string bass", "standup bass"),
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
        "endpin",
    ),
    aliases={"head": "scroll", "spike": "endpin"},
)
