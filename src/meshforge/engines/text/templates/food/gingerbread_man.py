"""A gingerbread man: a flat brown biscuit figure standing up, piped with white icing at the
wrists and ankles, a face and candy buttons down its front."""

from __future__ import annotations

import itertools
import math

from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import Vec3, capsule, sphere, union

GINGER: tuple[RGB, ...] = ((165, 95, 45), (180, 110, 55), (150, 85, 40))
ICING: RGB = (250, 250, 246)
CANDY: tuple[RGB, ...] = ((215, 40, 45), (60, 160, 70), (245, 245, 240), (240, 190, 40))


def _figure(height: float, arm_lift: float) -> CrossSection:
    """The cutter's outline in the front (x, z) plane: round head, thick limbs, stout body."""
    h = height
    head = CrossSection.circle(h * 0.17, 40).translate((0.0, h * 0.8))
    body = CrossSection.circle(h * 0.2, 40).scale((1.0, 1.25)).translate((0.0, h * 0.45))
    pieces = [head, body]
    for side in (-1, 1):
        hand = (side * h * 0.4, h * (0.55 + arm_lift))
        leg_foot = (side * h * 0.2, h * 0.08)
        pieces.append(
            CrossSection.batch_hull(
                [
                    CrossSection.circle(h * 0.1, 24).translate((side * h * 0.08, h * 0.56)),
                    CrossSection.circle(h * 0.085, 24).translate(hand),
                ]
            )
        )
        pieces.append(
            CrossSection.batch_hull(
                [
                    CrossSection.circle(h * 0.11, 24).translate((side * h * 0.08, h * 0.32)),
                    CrossSection.circle(h * 0.09, 24).translate(leg_foot),
                ]
            )
        )
    return _union(pieces)


def _union(pieces: list[CrossSection]) -> CrossSection:
    """The union of 2D pieces."""
    joined = pieces[0]
    for piece in pieces[1:]:
        joined = joined + piece
    return joined


def build_gingerbread_man(a: Assembly) -> None:
    """A gingerbread man standing up: a flat biscuit figure piped with icing and buttons."""
    height, thick = a.vary(0.14, 0.08), a.vary(0.014, 0.1)
    arm_lift = a.between(0.0, 0.1)
    outline = _figure(height, arm_lift)
    # extruded along Z, then stood up so that its outline faces the front (-Y)
    flat = Manifold.extrude(outline, thick).translate((0, 0, -thick / 2))
    cookie = flat.rotate((90, 0, 0)).translate((0, 0, height * 0.01))
    a.add(cookie, "dough", GINGER)
    front = -thick / 2  # the figure's front face

    def on_front(x: float, z: float, lift: float = 0.0) -> Vec3:
        return (x, front - lift, z + height * 0.01)

    r = height * 0.012
    if a.wants("icing"):
        lines = []
        for side in (-1, 1):
            # a zigzag of icing across each wrist and ankle
            for cx, cz, across in (
                (side * height * 0.31, height * (0.555 + arm_lift * 0.8), (0.0, 1.0)),
                (side * height * 0.19, height * 0.13, (1.0, 0.0)),
            ):
                span = height * 0.07
                zig = []
                for k in range(5):
                    t = (k / 4 - 0.5) * 2 * span
                    wobble = (0.018 if k % 2 else -0.018) * height
                    zig.append(
                        (
                            cx + across[0] * t + (1 - across[0]) * wobble,
                            cz + across[1] * t + (1 - across[1]) * wobble,
                        )
                    )
                for (x0, z0), (x1, z1) in itertools.pairwise(zig):
                    lines.append(capsule(on_front(x0, z0), on_front(x1, z1), r, 8))
        # a smile under two dot eyes
        for k in range(5):
            angle = math.radians(-150 + 30 * k)
            x = height * 0.07 * math.cos(angle)
            z = height * (0.8 + 0.07 * math.sin(angle) - 0.005)
            lines.append(sphere(r * 1.1, 8, on_front(x, z)))
        a.add(union(lines), "icing", ICING, Tier.FIXED)
    for side in (-1, 1):
        a.add(
            sphere(height * 0.022, 12, on_front(side * height * 0.055, height * 0.84)),
            "eye",
            ICING,
            Tier.FIXED,
        )
    if a.maybe("button", 0.9, "buttons"):
        colors = a.pick(
            ((CANDY[0], CANDY[1], CANDY[0]), (CANDY[2],) * 3, (CANDY[3], CANDY[0], CANDY[1]))
        )
        for k, color in enumerate(colors):
            at = on_front(0.0, height * (0.58 - 0.1 * k), height * 0.004)
            button = sphere(height * 0.028, 12).scale((1.0, 0.6, 1.0)).translate(at)
            a.add(button, "button", color, Tier.SECONDARY)


TEMPLATE = Template(
    "gingerbread man",
    build_gingerbread_man,
    0.14,
    description="a spiced biscuit cut in the shape of a little man, decorated with icing",
    synonyms=("gingerbread men", "gingerbread cookie", "gingerbread boy", "gingerbread person"),
    kinds=("gingerbread girl", "gingerbread woman", "gingerbread figure", "gingy"),
    parts=("dough", "icing", "eye", "button"),
    aliases={
        "cookie": "dough",
        "biscuit": "dough",
        "frosting": "icing",
        "buttons": "button",
        "eyes": "eye",
    },
)
