"""An open laptop: a thin base with a keyboard and touchpad, its screen lid tilted back."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, GADGETS, SCREEN, SCREEN_GLOW
from meshforge.engines.text.kit.solids import box, slab, union


def build_laptop(a: Assembly) -> None:
    """An open laptop: a thin base with a keyboard and touchpad, its screen lid tilted back."""
    width, depth, thick = a.vary(0.33, 0.08), a.vary(0.23, 0.06), a.vary(0.016, 0.15)
    color = a.pick(GADGETS)
    a.add(slab((width, depth, thick), 0.01, 8, (0, 0, thick / 2)), "base", color)
    keys = []
    cols, rows = 14, 5
    kw = width * 0.8 / cols
    for row in range(rows):
        for col in range(cols):
            x = -width * 0.4 + kw * (col + 0.5)
            y = depth * 0.02 + kw * 1.05 * (rows - row - 0.5) - kw * 0.3
            keys.append(box((kw * 0.82, kw * 0.82, 0.003), (x, y, thick + 0.0005)))
    a.add(union(keys), "keyboard", BLACK_PLASTIC, Tier.FIXED)
    a.add(
        box((width * 0.3, depth * 0.26, 0.002), (0, -depth * 0.3, thick)),
        "touchpad",
        (150, 150, 155),
        Tier.FIXED,
    )
    tilt = a.between(95, 115)
    lid_h = depth * 0.95
    lid = slab((width, lid_h, 0.008), 0.01, 8, (0, lid_h / 2, 0.004))
    screen = box((width * 0.9, lid_h * 0.85, 0.002), (0, lid_h * 0.52, -0.0005))
    hinge = (0, depth / 2 - 0.004, thick - 0.002)

    def hinged(solid: Manifold) -> Manifold:
        return solid.rotate((tilt, 0, 0)).translate(hinge)

    a.add(hinged(lid), "lid", color)
    a.add(hinged(screen), "screen", a.pick((SCREEN, SCREEN_GLOW)), Tier.FIXED)


TEMPLATE = Template(
    "laptop",
    build_laptop,
    0.25,
    description="an open laptop computer with a screen and a keyboard",
    synonyms=("notebook computer", "laptop computer", "macbook", "chromebook", "netbook"),
    kinds=("gaming laptop", "ultrabook"),
    parts=("base", "keyboard", "touchpad", "lid", "screen"),
    aliases={"trackpad": "touchpad", "display": "screen", "monitor": "screen"},
)
