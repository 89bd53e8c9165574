"""A helmet: a knight's great helm with an eye slit, a horned viking helm, or a space helmet."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import BRASS, DARK_STEEL, GOLD, IVORY, LEATHERS, SILVER, WHITE
from meshforge.engines.text.kit.solids import (
    box,
    cylinder,
    dome,
    ellipsoid,
    rod,
    sphere,
    subtract,
    union,
)
from meshforge.engines.text.kit.sweeps import hoop, tube

VISOR: RGB = (225, 165, 50)
PLUMES: tuple[RGB, ...] = ((190, 30, 35), (200, 35, 40), (30, 60, 150))


def build_helmet(a: Assembly) -> None:
    """A helmet: a knight's great helm with an eye slit, a horned viking helm, or a space helmet."""
    if a.mentions("space", "astronaut", "spaceman", "motorcycle", "motorbike", "racing", "visor"):
        kind = "space"
    elif a.mentions("viking", "horned", "horn", "barbarian", "norse"):
        kind = "viking"
    elif a.mentions("knight", "medieval", "great", "crusader", "armor", "armour", "iron", "steel"):
        kind = "knight"
    elif a.mentions("roman", "spartan", "gladiator", "greek", "centurion", "trojan"):
        kind = "roman"
    else:
        kind = a.pick(("knight", "viking", "space", "roman"))
    {"space": _space, "viking": _viking, "knight": _knight, "roman": _roman}[kind](a)


def _space(a: Assembly) -> None:
    """A round white shell, a gold visor across the front, a collar ring."""
    r = a.vary(0.16, 0.06)
    seg = a.segments(r)
    shell = subtract(sphere(r, seg, (0, 0, r * 1.05)), box((1, 1, 0.3), (0, 0, -0.15 + r * 0.3)))
    a.add(shell, "shell", a.pick((WHITE, WHITE, (200, 40, 40), (30, 30, 34))))
    visor = ellipsoid((r * 0.82, r * 0.5, r * 0.55), seg, (0, -r * 0.55, r * 1.1))
    a.add(
        visor,
        "visor",
        VISOR if a.mentions("space", "astronaut", "spaceman") or a.chance(0.5) else (30, 30, 36),
        Tier.FIXED,
    )
    a.add(cylinder(r * 0.92, r * 0.3, seg, (0, 0, 0.0)), "collar", SILVER, Tier.FIXED)
    a.add(hoop(r * 0.93, r * 0.05, seg, (0, 0, r * 0.3)), "collar", SILVER, Tier.FIXED)


def _knight(a: Assembly) -> None:
    """A flat-topped barrel helm with a cross of slits and breathing holes."""
    r = a.vary(0.13, 0.06)
    height = r * a.between(2.2, 2.5)
    seg = a.segments(r)
    metal = a.pick((SILVER, DARK_STEEL, (170, 172, 178)))
    barrel = cylinder(r, height, seg, top_radius=r * 0.93)
    top = dome((r * 0.93, r * 0.93, r * 0.3), seg, (0, 0, height))
    slit = box((r * 1.6, r, r * 0.09), (0, -r, height * 0.66))
    nose = box((r * 0.12, r, height * 0.25), (0, -r, height * 0.55))
    holes = union(
        [
            rod((x, -r * 1.2, z), (x, -r * 0.5, z), r * 0.035, 8)
            for x in (-0.5 * r, -0.3 * r, 0.3 * r, 0.5 * r)
            for z in (height * 0.3, height * 0.38)
        ]
    )
    a.add(subtract(union([barrel, top]), slit, nose, holes), "shell", metal)
    # a dark lining inside, so that the slits read as openings
    a.add(cylinder(r * 0.9, height * 0.95, seg, (0, 0, 0.002)), "lining", (25, 25, 28), Tier.FIXED)
    a.add(box((r * 0.16, r * 0.25, height * 0.75), (0, -r * 0.9, height * 0.45)), "trim", metal)
    if a.maybe("plume", 0.35, "feather", "crest"):
        a.add(
            tube(
                [
                    (0, 0, height + r * 0.25),
                    (0, r * 0.3, height + r * 0.9),
                    (0, r * 1.2, height + r * 0.8),
                ],
                r * 0.18,
                16,
                r * 0.05,
            ),
            "plume",
            a.pick(PLUMES),
            Tier.FIXED,
        )


def _viking(a: Assembly) -> None:
    """A round iron cap with a brow band, a nose guard and two curving horns."""
    r = a.vary(0.12, 0.06)
    seg = a.segments(r)
    metal = a.pick((DARK_STEEL, SILVER, BRASS))
    cap = dome((r, r * 1.08, r * 1.05), seg, (0, 0, 0))
    a.add(cap, "shell", metal)
    a.add(
        cylinder(r * 1.04, r * 0.22, seg, (0, 0, -0.001)).scale((1.0, 1.08, 1.0)),
        "trim",
        a.pick((BRASS, GOLD, DARK_STEEL)),
        Tier.SECONDARY,
    )
    a.add(box((r * 0.18, r * 0.12, r * 0.7), (0, -r * 1.08, -r * 0.2)), "trim", metal)
    a.add(box((r * 0.12, r * 2.0, r * 0.08), (0, 0, r * 1.04)), "trim", metal)
    if a.wants("horn"):
        for side in (-1, 1):
            path = [
                (side * r * 0.8, 0.0, r * 0.5),
                (side * r * 1.35, -r * 0.1, r * 0.75),
                (side * r * 1.6, -r * 0.2, r * 1.3),
                (side * r * 1.45, -r * 0.3, r * 1.8),
            ]
            a.add(tube(path, r * 0.2, 16, r * 0.03), "horn", IVORY, Tier.FIXED)


def _roman(a: Assembly) -> None:
    """A rounded bronze helm with cheek guards and a tall transverse crest."""
    r = a.vary(0.12, 0.06)
    seg = a.segments(r)
    metal = a.pick((BRASS, GOLD, SILVER))
    shell = union(
        [
            dome((r, r * 1.1, r * 1.1), seg, (0, 0, r * 0.5)),
            cylinder(r, r * 0.55, seg).scale((1.0, 1.1, 1.0)),
        ]
    )
    face = box((r * 1.0, r, r * 0.7), (0, -r * 1.0, r * 0.28))
    a.add(subtract(shell, face), "shell", metal)
    for side in (-1, 1):
        guard = box((r * 0.1, r * 0.5, r * 0.7), (side * r * 0.95, -r * 0.55, r * 0.15))
        a.add(guard, "trim", metal)
    lift = r * a.between(0.0, 0.25)
    crest = [
        (0, -r * 1.0, r * 1.2),
        (0, -r * 0.4, r * 1.85 + lift),
        (0, r * 0.4, r * 1.85 + lift),
        (0, r * 1.0, r * 1.2),
    ]
    arch = tube(crest, r * 0.25, 16).scale((0.45, 1.0, 1.0))
    # the hull with a strip along the crown fills the arch down to the shell: a crest is a solid
    # fan, and an open arch over the dome read as a kettle's handle on the contact sheet
    crown = box((r * 0.2, r * 1.6, r * 0.3), (0, 0, r * 1.45))
    a.add(Manifold.batch_hull([arch, crown]), "plume", a.pick(PLUMES), Tier.FIXED)
    a.add(
        ellipsoid((r * 0.1, r * 0.6, r * 0.12), 12, (0, 0, r * 1.55)),
        "trim",
        a.pick(LEATHERS),
        Tier.FIXED,
    )


TEMPLATE = Template(
    "helmet",
    build_helmet,
    0.3,
    description="protective headgear of metal or hard shell worn in battle or in space",
    synonyms=(
        "helm",
        "space helmet",
        "knight helmet",
        "viking helmet",
        "astronaut helmet",
        "great helm",
    ),
    kinds=(
        "spartan helmet",
        "roman helmet",
        "motorcycle helmet",
        "gladiator helmet",
        "crash helmet",
        "war helmet",
    ),
    parts=("shell", "visor", "collar", "trim", "horn", "plume", "lining"),
    aliases={"crest": "plume", "feather": "plume", "glass": "visor", "band": "trim"},
)
