"""A guitar amplifier: a covered box, a grille-cloth front, knobs, a handle on top."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, GOLD, SILVER
from meshforge.engines.text.kit.solids import box, rounded_box, sphere, union
from meshforge.engines.text.kit.sweeps import front_disc

#: the tolex amps are covered in: black, cream, tweed, oxblood
TOLEX: tuple[RGB, ...] = (
    (28, 28, 30),
    (28, 28, 30),
    (230, 220, 190),
    (190, 160, 110),
    (110, 35, 35),
)
#: grille cloths: dark basket weave, silver, wheat, oxblood
GRILLES: tuple[RGB, ...] = ((60, 58, 55), (175, 175, 170), (200, 185, 140), (120, 60, 50))


def build_amplifier(a: Assembly) -> None:
    """A guitar amplifier: a covered box, a grille-cloth front, knobs, a handle on top."""
    stack = a.mentions("stack", "head", "cabinet")
    width = a.vary(0.6 if stack else 0.5, 0.12)
    depth = a.vary(0.27, 0.08)
    cab_h = width * (0.95 if stack else a.between(0.72, 0.85))
    tolex = a.pick(TOLEX)
    grille = a.pick(GRILLES)
    front = -depth / 2
    a.add(rounded_box((width, depth, cab_h), 0.015, 8, (0, 0, cab_h / 2)), "cabinet", tolex)
    panel_h = 0.0 if stack else cab_h * 0.2
    cloth_h = cab_h - panel_h - 0.06
    a.add(
        box((width - 0.06, 0.01, cloth_h), (0, front - 0.002, 0.03 + cloth_h / 2)),
        "grille",
        grille,
        Tier.SECONDARY,
    )
    speakers = 4 if stack else a.pick((1, 2))
    _speaker_rings(a, width - 0.06, cloth_h, 0.03, front - 0.008, speakers, grille)
    _corners(a, width, depth, cab_h, 0.0)
    if stack:
        head_h = cab_h * 0.38
        head_w = width * 0.98
        base = cab_h + 0.002
        a.add(
            rounded_box((head_w, depth * 0.9, head_h), 0.012, 8, (0, 0, base + head_h / 2)),
            "cabinet",
            tolex,
        )
        _control_panel(a, head_w, base + head_h * 0.2, head_h * 0.6, front * 0.9)
        _handle(a, base + head_h)
    else:
        _control_panel(a, width, cab_h - panel_h - 0.01, panel_h * 0.85, front)
        _handle(a, cab_h)


def _control_panel(a: Assembly, width: float, low: float, height: float, front: float) -> None:
    """A metal strip with a row of knobs, a jack socket and a power light."""
    metal = a.pick((GOLD, SILVER, BLACK))
    a.add(
        box((width - 0.04, 0.008, height), (0, front - 0.002, low + height / 2)),
        "panel",
        metal,
        Tier.SECONDARY,
    )
    z = low + height * 0.45
    count = a.count("knob", a.pick((4, 6, 8)), 2, 12)
    span = width * 0.7
    knobs = [
        front_disc(
            0.014, 0.022, 16, -span / 2 + span * k / (count - 1) + width * 0.07, z, front - 0.014
        )
        for k in range(count)
    ]
    a.add(union(knobs), "knob", a.pick((BLACK, (240, 235, 220), GOLD)), Tier.FIXED)
    a.add(front_disc(0.01, 0.02, 12, -width * 0.42, z, front - 0.01), "jack", SILVER, Tier.FIXED)
    a.add(sphere(0.008, 10, (width * 0.44, front - 0.006, z)), "light", (220, 40, 30), Tier.FIXED)


def _speaker_rings(
    a: Assembly, width: float, height: float, low: float, y: float, count: int, color: RGB
) -> None:
    """The round shadows of the speakers behind the cloth, so that one sees what is inside."""
    cols = 2 if count > 1 else 1
    rows = 2 if count > 2 else 1
    radius = min(width / cols, height / rows) * 0.38
    shade = tuple(max(0, c - 25) for c in color)
    cones = [
        front_disc(
            radius,
            0.006,
            a.segments(radius),
            (c - (cols - 1) / 2) * width / cols,
            low + height * (r + 0.5) / rows,
            y,
        )
        for c in range(cols)
        for r in range(rows)
    ]
    a.add(union(cones), "speaker", (shade[0], shade[1], shade[2]), Tier.FIXED)


def _corners(a: Assembly, width: float, depth: float, height: float, base: float) -> None:
    """Metal corner protectors on the cabinet's front corners."""
    caps = [
        sphere(0.022, 10, (sx * (width / 2 - 0.006), -depth / 2 + 0.006, base + z))
        for sx in (-1, 1)
        for z in (0.006, height - 0.006)
    ]
    a.add(union(caps), "corner", SILVER, Tier.FIXED)


def _handle(a: Assembly, top: float) -> None:
    """A leather strap handle lying on the top."""
    strap = rounded_box((0.2, 0.035, 0.02), 0.009, 8, (0, 0, top + 0.008))
    a.add(strap, "handle", BLACK, Tier.FIXED)


TEMPLATE = Template(
    "amplifier",
    build_amplifier,
    0.42,
    description="a guitar amplifier: a speaker box with a grille cloth front and knobs on top",
    synonyms=(
        "guitar amp",
        "guitar amplifier",
        "bass amp",
        "bass amplifier",
        "amp",
        "combo amp",
        "amp stack",
        "marshall stack",
        "tube amp",
    ),
    parts=("cabinet", "grille", "speaker", "panel", "knob", "jack", "light", "corner", "handle"),
    aliases={
        "knobs": "knob",
        "cloth": "grille",
        "tolex": "cabinet",
        "box": "cabinet",
        "corners": "corner",
    },
)
