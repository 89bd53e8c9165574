"""A tennis racket standing on its handle: an oval strung head, a throat, a wrapped grip."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import SPORTY, WHITE, strings
from meshforge.engines.text.kit.solids import box, rod, subtract
from meshforge.engines.text.kit.sweeps import front_disc, tube


def build_tennis_racket(a: Assembly) -> None:
    """A tennis racket standing on its handle: an oval strung head, a throat, a wrapped grip."""
    squash = a.mentions("squash", "badminton")
    length = a.vary(0.68, 0.03)
    head_w = a.vary(0.25, 0.06) * (0.75 if squash else 1.0)
    head_h = head_w * (1.5 if squash else 1.3)
    centre_z = length - head_h / 2
    seg = a.segments(head_h / 2)
    frame_color = a.pick(SPORTY)
    outer = (
        front_disc(1.0, 0.022, seg, 0, 0)
        .scale((head_w / 2, 1.0, head_h / 2))
        .translate((0, 0, centre_z))
    )
    inner = (
        front_disc(1.0, 0.05, seg, 0, 0)
        .scale((head_w / 2 - 0.014, 1.0, head_h / 2 - 0.014))
        .translate((0, 0, centre_z))
    )
    a.add(subtract(outer, inner), "frame", frame_color)
    throat_top = centre_z - head_h / 2 + 0.01
    grip_top = length * 0.32
    for side in (-1, 1):
        arm = tube(
            [
                (side * head_w * 0.3, 0, throat_top + 0.03),
                (side * head_w * 0.12, 0, throat_top - 0.06),
                (0, 0, grip_top),
            ],
            0.009,
            16,
        )
        a.add(arm, "frame", frame_color)
    a.add(rod((0, 0, grip_top - 0.03), (0, 0, throat_top - 0.005), 0.008, 12), "frame", frame_color)
    a.add(
        box((0.028, 0.024, grip_top), (0, 0, grip_top / 2)).rotate((0, 0, 45)),
        "grip",
        a.pick(((30, 30, 34), WHITE, (200, 40, 40))),
        Tier.SECONDARY,
    )
    a.add(rod((0, 0, -0.001), (0, 0, 0.012), 0.022, 8), "grip", frame_color)
    if a.wants("string"):
        a_x, a_z = head_w / 2 - 0.012, head_h / 2 - 0.012
        pairs = []
        for k in range(1, 12):
            x = -a_x + 2 * a_x * k / 12
            half = a_z * (1 - (x / a_x) ** 2) ** 0.5
            pairs.append(
                ((x, 0.0016, centre_z - half - 0.004), (x, 0.0016, centre_z + half + 0.004))
            )
        for k in range(1, 14):
            z = -a_z + 2 * a_z * k / 14
            half = a_x * (1 - (z / a_z) ** 2) ** 0.5
            pairs.append(
                ((-half - 0.004, -0.0016, centre_z + z), (half + 0.004, -0.0016, centre_z + z))
            )
        # the two layers of strings lie just apart, so the union has no crossings to cut
        rods = strings(pairs, 0.0012, 4)
        if rods is not None:
            a.add(rods, "string", a.pick((WHITE, (230, 230, 90))), Tier.FIXED)


TEMPLATE = Template(
    "tennis racket",
    build_tennis_racket,
    0.7,
    description="a sports racket with an oval strung head and a long handle for hitting a ball",
    synonyms=("tennis racquet", "racket", "racquet", "squash racket", "badminton racket"),
    kinds=("squash racquet", "badminton racquet"),
    parts=("frame", "string", "grip"),
    aliases={"handle": "grip", "head": "frame", "net": "string"},
)
