"""A table tennis paddle: a round rubber-faced blade on a short flared wooden handle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rounded_box, sphere
from meshforge.engines.text.kit.sweeps import front_disc

RUBBERS: tuple[RGB, ...] = ((200, 30, 35), (30, 30, 35))
WOOD: RGB = (215, 175, 120)
BALL: RGB = (250, 250, 248)


def build_ping_pong_paddle(a: Assembly) -> None:
    """A table tennis paddle: a round rubber-faced blade on a short flared wooden handle."""
    r = a.vary(0.078, 0.06)
    handle_len = a.vary(0.1, 0.08)
    center_z = handle_len + r * 0.9
    a.add(front_disc(r, 0.006, a.segments(r), 0.0, center_z), "blade", WOOD, Tier.FIXED)
    a.add(front_disc(r * 0.98, 0.004, a.segments(r), 0.0, center_z, -0.004), "rubber", RUBBERS)
    a.add(
        front_disc(r * 0.98, 0.004, a.segments(r), 0.0, center_z, 0.004),
        "back",
        RUBBERS[::-1],
        Tier.SECONDARY,
    )
    a.add(
        rounded_box((0.028, 0.024, handle_len + 0.01), 0.008, 12, (0, 0, handle_len / 2 + 0.005)),
        "handle",
        WOOD,
        Tier.FIXED,
    )
    a.add(box((0.036, 0.02, 0.03), (0, 0, handle_len)), "handle", WOOD, Tier.FIXED)
    if a.maybe("ball", 0.3):
        # resting against the rubber face
        a.add(sphere(0.02, 16, (r * 0.35, -0.023, center_z + r * 0.3)), "ball", BALL, Tier.FIXED)


TEMPLATE = Template(
    "ping pong paddle",
    build_ping_pong_paddle,
    0.26,
    description="a small round table tennis bat with red rubber on a short wooden handle",
    synonyms=(
        "table tennis paddle",
        "table tennis bat",
        "ping pong bat",
        "table tennis racket",
        "pingpong paddle",
    ),
    parts=("blade", "rubber", "back", "handle", "ball"),
    aliases={"face": "rubber", "grip": "handle", "head": "blade"},
)
