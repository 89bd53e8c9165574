"""A sitar standing up: a gourd bowl, a long hollow neck with arched frets, pegs and strings."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.gear import IVORY, SILVER, strings
from meshforge.engines.text.kit.instruments import VARNISHES
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, sphere


def build_sitar(a: Assembly) -> None:
    """A gourd bowl at the foot, a long wide neck, a second gourd behind the top, pegs, frets."""
    s = a.vary(1.0, 0.05)
    wood = a.pick(VARNISHES)
    bowl_r = 0.2 * s
    a.add(
        ellipsoid(
            (bowl_r, bowl_r * 0.85, bowl_r * 0.95), a.segments(bowl_r), (0, 0, bowl_r * 0.95)
        ),
        "gourd",
        wood,
    )
    # the flat soundboard on the gourd's front, and the long neck rising from it
    a.add(
        ellipsoid((bowl_r * 0.85, 0.01, bowl_r * 0.8), 32, (0, -bowl_r * 0.8, bowl_r * 0.95)),
        "soundboard",
        IVORY if a.chance(0.4) else wood,
        Tier.SECONDARY,
    )
    neck_l = a.vary(0.85, 0.06) * s
    base = bowl_r * 1.5
    top = base + neck_l
    neck_w = 0.075 * s
    a.add(
        box(
            (neck_w, 0.05 * s, neck_l + bowl_r * 0.4),
            (0, -bowl_r * 0.6, base + neck_l / 2 - bowl_r * 0.2),
        ),
        "neck",
        wood,
    )
    front = -bowl_r * 0.6 - 0.025 * s
    if a.maybe("gourd", 0.7, "upper gourd", "resonator"):
        a.add(
            sphere(0.08 * s, a.segments(0.08), (0, -bowl_r * 0.6 + 0.07 * s, top - 0.15 * s)),
            "gourd",
            wood,
        )
    frets = [
        box((neck_w * 1.05, 0.008, 0.004), (0, front - 0.003, base + neck_l * (0.1 + 0.045 * k)))
        for k in range(16)
    ]
    for fret in frets:
        a.add(fret, "fret", SILVER, Tier.FIXED)
    for k in range(a.count("peg", 6, 3, 9)):
        z = top - 0.05 * s - k * 0.06 * s
        side = -1 if k % 2 else 1
        a.add(
            rod((0, -bowl_r * 0.6, z), (side * 0.09 * s, -bowl_r * 0.6, z), 0.008 * s, 8),
            "peg",
            wood,
        )
    bridge_z = bowl_r * 0.5
    a.add(
        box((0.06 * s, 0.03, 0.012), (0, -bowl_r * 0.8 - 0.01, bridge_z)),
        "bridge",
        IVORY,
        Tier.FIXED,
    )
    pairs = [
        (
            (-0.015 * s + 0.01 * s * k, front - 0.006, bridge_z),
            (-0.015 * s + 0.01 * s * k, front - 0.006, top - 0.02),
        )
        for k in range(4)
    ]
    wires = strings(pairs, 0.0012)
    if wires is not None:
        a.add(wires, "string", SILVER, Tier.FIXED)
    a.add(box((neck_w, 0.012, 0.01), (0, front - 0.004, top - 0.02)), "bridge", IVORY, Tier.FIXED)


TEMPLATE = Template(
    "sitar",
    build_sitar,
    1.2,
    description="a sitar, a long-necked indian lute with a round gourd body and many strings",
    synonyms=("sitars", "indian sitar"),
    kinds=("tanpura", "veena"),
    parts=("gourd", "soundboard", "neck", "fret", "peg", "bridge", "string"),
    aliases={"body": "gourd", "bowl": "gourd", "strings": "string", "frets": "fret", "pegs": "peg"},
)
