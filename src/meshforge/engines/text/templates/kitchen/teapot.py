"""A round teapot: spout to the left, handle to the right, a lid with a knob."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import dome, sphere
from meshforge.engines.text.kit.sweeps import tube
from meshforge.engines.text.kit.tableware import CERAMICS, GLAZES, arc_points, turned_body


def build_teapot(a: Assembly) -> None:
    """A round teapot: spout to the left, handle to the right, a lid with a knob."""
    radius, height = a.vary(0.075, 0.1), a.vary(0.11, 0.1)
    color = a.pick(CERAMICS + GLAZES)
    shape = [0.68, 0.92, 1.0, 0.93, 0.72, 0.55]
    turned_body(a, [radius * c for c in shape], height, color)
    lid_r = radius * 0.56
    if a.wants("lid"):
        a.add(
            dome((lid_r, lid_r, lid_r * 0.45), a.segments(lid_r), (0, 0, height - 0.002)),
            "lid",
            color,
        )
        knob = sphere(radius * 0.11, a.segments(radius * 0.11), (0, 0, height + lid_r * 0.5))
        a.add(knob, "lid", color)
    if a.wants("spout"):
        # a swan neck: out from low on the belly, then curving up
        spout = arc_points((-radius * 0.7, height * 0.95), (radius * 0.9, height * 0.7), 270, 180)
        spout = [(x, y, z) for x, y, z in spout if z < height * 0.6] + [
            (-radius * 1.62, 0.0, height * 0.75),
            (-radius * 1.72, 0.0, height * 0.92),
        ]
        a.add(tube(spout, radius * 0.19, a.segments(radius * 0.2), radius * 0.09), "spout", color)
    if a.wants("handle"):
        handle = arc_points(
            (radius * 0.9, height * 0.52), (radius * 0.55, height * 0.32), 110, -110
        )
        a.add(tube(handle, radius * 0.08, a.segments(radius * 0.08)), "handle", color)


TEMPLATE = Template(
    "teapot",
    build_teapot,
    0.15,
    description="a round pot with a spout, a lid and a handle for brewing tea",
    synonyms=("tea pot",),
    parts=("body", "lid", "spout", "handle"),
    aliases={"knob": "lid", "cover": "lid"},
)
