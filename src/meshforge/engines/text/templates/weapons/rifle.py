"""A rifle shown in profile: a wooden stock, a steel action and a long barrel, often a scope."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BLACK, DARK_STEEL, WOODS, side_plate
from meshforge.engines.text.kit.solids import box, rod, sphere
from meshforge.engines.text.kit.sweeps import tube

Part = tuple[Manifold, str, RGB, Tier]
#: words that make it a sci-fi energy rifle rather than a firearm
SCI_FI = ("laser", "plasma", "pulse", "ray", "energy", "sci", "scifi", "blaster", "phaser", "space")
SHELLS: tuple[RGB, ...] = ((235, 235, 232), (70, 75, 85), (40, 42, 48), (200, 60, 50))
GLOWS: tuple[RGB, ...] = ((90, 220, 255), (255, 70, 60), (110, 255, 120), (200, 90, 255))


def build_rifle(a: Assembly) -> None:
    """A rifle shown in profile: a wooden stock, a steel action and a long barrel, often a scope."""
    length = a.vary(1.1, 0.06)
    modern = a.mentions("assault", "sniper", "tactical", "black") or a.chance(0.25)
    wood = BLACK if modern else a.pick(WOODS)
    # drawn in the side view (y along the gun, z up) with the muzzle to -Y, stood on its edge
    # and turned so that its profile, which is what makes a gun read, faces a three-quarter view
    butt_y = length / 2
    grip_y = butt_y - length * 0.3
    stock = [
        (butt_y, 0.0),
        (butt_y, 0.16),
        (grip_y, 0.2),
        (grip_y - length * 0.05, 0.22),
        (-length * 0.12, 0.22),
        (-length * 0.15, 0.17),
        (grip_y - length * 0.06, 0.14),
        (grip_y - 0.02, 0.1),
        (butt_y - 0.12, 0.05),
    ]
    parts = [(side_plate(stock, 0.045, 0.0, round_r=0.012), "stock", wood, Tier.PRIMARY)]
    action_z = 0.235
    parts.append(
        (
            rod((0, grip_y + 0.02, action_z), (0, -length * 0.1, action_z), 0.022, 12),
            "action",
            DARK_STEEL,
            Tier.FIXED,
        )
    )
    parts.append(
        (
            rod((0, -length * 0.05, action_z), (0, -length / 2 - 0.05, action_z), 0.011, 12),
            "barrel",
            DARK_STEEL,
            Tier.FIXED,
        )
    )
    trigger = tube(
        [(0, grip_y - 0.03, 0.17), (0, grip_y - 0.05, 0.13), (0, grip_y - 0.02, 0.1)], 0.005, 8
    )
    parts.append((trigger, "trigger", DARK_STEEL, Tier.FIXED))
    if a.maybe("scope", 0.6 if not modern else 0.8, "sniper", "telescopic"):
        parts.append(
            (
                rod(
                    (0, grip_y - 0.02, action_z + 0.07),
                    (0, -length * 0.12, action_z + 0.07),
                    0.02,
                    12,
                ),
                "scope",
                BLACK,
                Tier.FIXED,
            )
        )
        for y in (grip_y - 0.08, -length * 0.05):
            parts.append(
                (
                    rod((0, y, action_z), (0, y, action_z + 0.06), 0.01, 8),
                    "scope",
                    BLACK,
                    Tier.FIXED,
                )
            )
    if modern:
        parts.append(
            (
                side_plate(
                    [(-0.02, 0.2), (0.06, 0.2), (0.08, 0.06), (0.0, 0.06)], 0.04, 0.0, round_r=0.005
                ),
                "magazine",
                BLACK,
                Tier.FIXED,
            )
        )
    if a.mentions(*SCI_FI):
        parts = _energy_rifle(a, length, grip_y)
    turn = -a.between(40, 60)
    for solid, part, color, tier in parts:
        a.add(
            solid.rotate((0, 0, turn)),
            part,
            color,
            tier,
        )


def _energy_rifle(a: Assembly, length: float, grip_y: float) -> list[Part]:
    """A sci-fi rifle in the same side view: an angular shell, a shrouded barrel with glowing
    vents, a power cell in front of the grip and a glowing emitter at the muzzle."""
    shell, glow = a.pick(SHELLS), a.pick(GLOWS)
    butt_y = length / 2
    body = [
        (butt_y, 0.04),
        (butt_y, 0.2),
        (butt_y - 0.1, 0.27),
        (-length * 0.2, 0.28),
        (-length * 0.28, 0.22),
        (-length * 0.2, 0.17),
        (grip_y - 0.06, 0.17),
        (grip_y - 0.03, 0.05),
        (grip_y + 0.03, 0.05),
        (grip_y + 0.02, 0.15),
        (butt_y - 0.14, 0.14),
        (butt_y - 0.1, 0.04),
    ]
    parts: list[Part] = [
        (side_plate(body, 0.055, 0.0, round_r=0.008), "stock", shell, Tier.PRIMARY)
    ]
    barrel_z = 0.225
    shroud = rod((0, -length * 0.25, barrel_z), (0, -length * 0.42, barrel_z), 0.024, 16)
    parts.append((shroud, "barrel", DARK_STEEL, Tier.FIXED))
    muzzle = -length * 0.42
    parts.append(
        (
            rod((0, muzzle, barrel_z), (0, muzzle - 0.06, barrel_z), 0.012, 12),
            "barrel",
            DARK_STEEL,
            Tier.FIXED,
        )
    )
    parts.append((sphere(0.014, 12, (0, muzzle - 0.065, barrel_z)), "emitter", glow, Tier.FIXED))
    for k in range(3):
        y = -length * (0.27 + 0.05 * k)
        vent = rod((0, y, barrel_z), (0, y - 0.012, barrel_z), 0.027, 16)
        parts.append((vent, "emitter", glow, Tier.FIXED))
    strip = box((0.058, length * 0.35, 0.012), (0, -length * 0.02, 0.24))
    parts.append((strip, "emitter", glow, Tier.FIXED))
    cell = box((0.04, 0.05, 0.1), (0, grip_y - 0.13, 0.14))
    parts.append((cell, "magazine", glow, Tier.FIXED))
    trigger = tube(
        [(0, grip_y - 0.04, 0.17), (0, grip_y - 0.06, 0.13), (0, grip_y - 0.035, 0.11)], 0.005, 8
    )
    parts.append((trigger, "trigger", DARK_STEEL, Tier.FIXED))
    if a.maybe("scope", 0.6, "sight"):
        scope = rod((0, grip_y - 0.05, 0.32), (0, -length * 0.1, 0.32), 0.018, 12)
        parts.append((scope, "scope", DARK_STEEL, Tier.FIXED))
        parts.append(
            (box((0.02, 0.04, 0.06), (0, grip_y - 0.12, 0.29)), "scope", DARK_STEEL, Tier.FIXED)
        )
        parts.append((sphere(0.012, 10, (0, -length * 0.1, 0.32)), "emitter", glow, Tier.FIXED))
    return parts


TEMPLATE = Template(
    "rifle",
    build_rifle,
    0.06,
    description="a long hunting rifle with a wooden stock, a steel barrel and a telescopic sight",
    synonyms=(
        "rifles",
        "hunting rifle",
        "sniper rifle",
        "shotgun",
        "musket",
        "long gun",
        "assault rifle",
        "machine gun",
        "carbine",
    ),
    kinds=(
        "winchester",
        "lever action rifle",
        "laser rifle",
        "plasma rifle",
        "pulse rifle",
        "blaster rifle",
        "energy rifle",
        "ray rifle",
    ),
    parts=("stock", "action", "barrel", "trigger", "scope", "magazine", "emitter"),
    aliases={
        "sight": "scope",
        "butt": "stock",
        "mag": "magazine",
        "muzzle": "barrel",
        "power cell": "magazine",
        "battery": "magazine",
        "lights": "emitter",
        "glow": "emitter",
    },
)
