"""A pocket music player (an MP3 player) stood up: a screen above a click wheel, earphones."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import SCREEN, cased_box, front_panel
from meshforge.engines.text.kit.sweeps import front_disc, tube

SHELLS = ((240, 240, 238), (30, 30, 33), (200, 202, 206), (220, 70, 110), (60, 150, 220))


def build_music_player(a: Assembly) -> None:
    """A small upright slab: a screen in the top half, a click wheel below, a cable from the top."""
    w, h, t = a.vary(0.062, 0.08), a.vary(0.1, 0.08), a.vary(0.012, 0.15)
    color = a.pick(SHELLS)
    cased_box(a, (w, t, h), 0.006, "body", color)
    front = -t / 2
    front_panel(a, w * 0.82, h * 0.4, (0, h * 0.72), front, "screen", SCREEN)
    wheel = (240, 240, 238) if color != (240, 240, 238) else (200, 202, 206)
    a.add(front_disc(w * 0.34, 0.004, 32, 0, h * 0.27, front), "wheel", wheel, Tier.SECONDARY)
    a.add(front_disc(w * 0.12, 0.006, 24, 0, h * 0.27, front), "wheel", color, Tier.SECONDARY)
    if a.maybe("earphones", 0.5, "headphones", "earbuds", "cable"):
        cord = [
            (w * 0.3, 0, h - 0.002),
            (w * 0.4, 0, h + 0.03),
            (w * 0.9, -0.01, h + 0.02),
            (w * 1.0, -0.01, 0.01),
        ]
        a.add(tube(cord, 0.0015, 6), "earphones", (245, 245, 245), Tier.FIXED)


TEMPLATE = Template(
    "music player",
    build_music_player,
    0.1,
    description="a pocket mp3 music player with a small screen and a click wheel",
    synonyms=("ipod", "walkman", "ipod classic", "ipod nano", "portable media player"),
    kinds=("media player", "digital audio player"),
    parts=("body", "screen", "wheel", "earphones"),
    aliases={"click wheel": "wheel", "display": "screen", "case": "body", "cable": "earphones"},
)
