"""A pen lying on its side: a round barrel, a cap with a pocket clip and a writing tip."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, GOLD, SILVER, lathe_x
from meshforge.engines.text.kit.solids import box

BARRELS: tuple[RGB, ...] = (
    (30, 60, 160),
    (25, 25, 28),
    (200, 35, 40),
    (240, 240, 238),
    (40, 120, 70),
)


def build_pen(a: Assembly) -> None:
    """A pen lying on its side: a round barrel, a cap with a pocket clip and a writing tip."""
    length, r = a.vary(0.14, 0.08), a.vary(0.0055, 0.1)
    fountain = a.mentions("fountain", "ink", "quill") or a.chance(0.25)
    trim = GOLD if fountain else a.pick((SILVER, BLACK))
    barrel = a.pick(BARRELS)
    body_l = length * 0.62
    # barrel from the back (x = 0) forward, then the grip cone and the tip
    profile = [
        (0.0, 0.0),
        (r * 0.9, 0.0),
        (r, r),
        (r, body_l),
        (r * 0.8, body_l + length * 0.12),
        (0.0, body_l + length * 0.12),
    ]
    start = (-length / 2, 0.0, r)

    def lay(solid: Manifold) -> Manifold:
        """Built along +X from the origin; laid on its side, turned a little to the viewer."""
        return solid.translate(start).rotate((0, 0, 20))

    a.add(lay(lathe_x(profile, a.segments(r * 6))), "barrel", barrel)
    tip_x = body_l + length * 0.12
    if fountain:
        nib = [(0.0, 0.0), (r * 0.55, 0.0), (r * 0.1, length * 0.1), (0.0, length * 0.1)]
        a.add(
            lay(lathe_x(nib, 12, (tip_x - 0.001, 0, 0)).scale((1.0, 1.0, 0.45))),
            "tip",
            trim,
            Tier.FIXED,
        )
    else:
        cone = [(0.0, 0.0), (r * 0.5, 0.0), (r * 0.12, length * 0.06), (0.0, length * 0.06)]
        a.add(lay(lathe_x(cone, 12, (tip_x - 0.001, 0, 0))), "tip", SILVER, Tier.FIXED)
    if a.wants("cap"):
        cap_l = length * a.between(0.3, 0.36)
        cap = [
            (0.0, -0.002),
            (r * 1.12, -0.002),
            (r * 1.12, cap_l - r),
            (r * 0.7, cap_l),
            (0.0, cap_l),
        ]
        a.add(
            lay(lathe_x(cap, a.segments(r * 6), (-cap_l + length * 0.02, 0, 0))),
            "cap",
            barrel,
            Tier.SECONDARY,
        )
        clip = box((cap_l * 0.8, r * 0.5, r * 0.6), (-cap_l * 0.45 + length * 0.02, 0, r * 1.3))
        a.add(lay(clip), "clip", trim, Tier.FIXED)
        a.add(
            lay(
                lathe_x(
                    [(0.0, 0.0), (r * 1.16, 0.0), (r * 1.16, r * 0.8), (0.0, r * 0.8)],
                    16,
                    (-r * 0.4 + length * 0.02, 0, 0),
                )
            ),
            "band",
            trim,
            Tier.FIXED,
        )
    else:
        a.add(
            lay(lathe_x([(0.0, -r), (r * 0.4, -r), (r * 0.4, 0.001), (0.0, 0.001)], 12)),
            "button",
            trim,
            Tier.FIXED,
        )


TEMPLATE = Template(
    "pen",
    build_pen,
    0.012,
    description="a ballpoint or fountain pen with a cap and a pocket clip",
    synonyms=(
        "ballpoint pen",
        "ballpoint",
        "ball pen",
        "biro",
        "fountain pen",
        "gel pen",
    ),
    kinds=("rollerball", "ballpen"),
    not_claimed=("pig pen", "pen pal", "pen name", "play pen", "pen holder"),
    parts=("barrel", "cap", "clip", "tip", "band", "button"),
    aliases={"body": "barrel", "nib": "tip", "point": "tip"},
)
