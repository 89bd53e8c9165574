"""A radio: a cased box with a speaker grille, a tuning dial, knobs, a handle and an aerial."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, CHROME, front_knob, front_panel
from meshforge.engines.text.kit.gear import WOODS
from meshforge.engines.text.kit.solids import arc_tube, rod, rounded_box
from meshforge.engines.text.kit.sweeps import front_disc

CASES: tuple[RGB, ...] = (*WOODS, (200, 50, 45), (150, 205, 195), (245, 235, 215), (40, 40, 44))
GRILLE: RGB = (60, 55, 50)
DIAL: RGB = (240, 225, 170)


def build_radio(a: Assembly) -> None:
    """A radio: a cased box with a speaker grille, a tuning dial, knobs, a handle and an aerial."""
    width, depth, height = a.vary(0.3, 0.1), a.vary(0.11, 0.1), a.vary(0.19, 0.1)
    r = 0.02
    a.add(
        rounded_box((width, depth, height), r, a.segments(r * 4), (0, 0, height / 2)), "case", CASES
    )
    front = -depth / 2
    spk_r = height * 0.36
    spk_x = -width / 2 + spk_r + width * 0.08
    a.add(
        front_disc(spk_r, 0.008, a.segments(spk_r), spk_x, height * 0.48, front),
        "speaker",
        GRILLE,
        Tier.FIXED,
    )
    a.add(
        front_disc(spk_r * 0.3, 0.012, 16, spk_x, height * 0.48, front),
        "speaker",
        CHROME,
        Tier.FIXED,
    )
    panel_x = (spk_x + spk_r + width / 2) / 2
    panel_w = width / 2 - (spk_x + spk_r) - width * 0.06
    front_panel(a, panel_w, height * 0.22, (panel_x, height * 0.66), front, "dial", DIAL)
    a.add(
        rod(
            (panel_x - panel_w * 0.2, front - 0.004, height * 0.6),
            (panel_x - panel_w * 0.2, front - 0.004, height * 0.72),
            0.0015,
            6,
        ),
        "needle",
        (200, 30, 30),
        Tier.FIXED,
    )
    for k in range(a.pick((2, 3))):
        x = panel_x + panel_w * (-0.3 + 0.3 * k)
        front_knob(a, 0.014, 0.014, x, height * 0.3, front, BLACK_PLASTIC)
    if a.maybe("handle", 0.7):
        span = width * 0.33
        a.add(
            arc_tube((0, 0, height - 0.01), span, 0.008, 20, 0, 180), "handle", CHROME, Tier.FIXED
        )
    if a.maybe("antenna", 0.7, "aerial"):
        base = (width / 2 - 0.03, 0.0, height - 0.005)
        tip = (width / 2 + a.between(0.0, 0.12), 0.02, height + a.between(0.25, 0.35))
        a.add(rod(base, tip, 0.003, 8), "antenna", CHROME, Tier.FIXED)


TEMPLATE = Template(
    "radio",
    build_radio,
    0.2,
    description="a portable radio with a speaker grille, tuning dial, knobs and an aerial",
    synonyms=(
        "transistor radio",
        "vintage radio",
        "retro radio",
        "portable radio",
        "wireless set",
        "boombox",
        "radio set",
    ),
    kinds=("am radio", "fm radio", "ghetto blaster"),
    not_claimed=("radio tower", "radio telescope"),
    parts=("case", "speaker", "dial", "needle", "knob", "handle", "antenna"),
    aliases={"body": "case", "grille": "speaker", "aerial": "antenna", "knobs": "knob"},
)
