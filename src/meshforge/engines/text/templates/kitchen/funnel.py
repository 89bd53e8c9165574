"""A funnel: a wide cone narrowing to a long spout, with a little hanging tab at the rim."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import cylinder, lathe, subtract
from meshforge.engines.text.kit.tableware import STEEL
from meshforge.engines.text.kit.tools import PLASTICS


def build_funnel(a: Assembly) -> None:
    """Upright, spout down: a wide open cone, a narrow spout, a tab with a hole at the rim."""
    r, cone = a.vary(0.07, 0.15), a.vary(0.07, 0.15)
    spout = a.vary(0.06, 0.2)
    pipe = r * 0.16
    color = a.pick((*PLASTICS, STEEL))
    t, top = 0.0025, spout + cone + 0.006
    # one ring-shaped outline, revolved: the cone and spout walls, open at both ends
    outline = [(pipe, 0.0), (pipe, spout), (r, spout + cone), (r * 1.02, top)]
    inside = [(r * 1.02 - t, top), (r - t, spout + cone), (pipe - t, spout), (pipe - t, 0.0)]
    body = lathe([*outline, *inside], a.segments(r))
    a.add(body, "body", color)
    if a.maybe("tab", 0.6, "loop", "ring"):
        tab = subtract(
            cylinder(0.014, 0.003, 16, (r + 0.008, 0, spout + cone + 0.003)),
            cylinder(0.006, 0.02, 12, (r + 0.012, 0, spout + cone - 0.005)),
        )
        a.add(tab, "tab", color, Tier.SECONDARY)


TEMPLATE = Template(
    "funnel",
    build_funnel,
    0.14,
    description="a funnel, a wide cone narrowing into a thin spout for pouring liquids",
    synonyms=("funnels", "kitchen funnel", "oil funnel"),
    kinds=("canning funnel",),
    not_claimed=("funnel cake", "funnel cloud", "funnel web spider"),
    parts=("body", "tab"),
    aliases={"cone": "body", "spout": "body", "loop": "tab"},
)
