"""A hand saw standing on its teeth: a tapered steel blade and a wooden closed handle."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import rod, subtract
from meshforge.engines.text.kit.sweeps import face_prism
from meshforge.engines.text.kit.tools import HANDLE_WOODS, PLASTICS, STEEL


def build_saw(a: Assembly) -> None:
    """A hand saw standing on its teeth: a tapered steel blade and a wooden closed handle."""
    length, heel = a.vary(0.5, 0.12), a.vary(0.12, 0.1)
    toe, tooth = heel * 0.55, 0.008
    teeth = [
        (-length / 2 + i * tooth + (tooth / 2 if k else 0), 0.0 if k else tooth * 0.8)
        for i in range(round(length / tooth))
        for k in (0, 1)
    ]
    outline = [*teeth, (length / 2, tooth), (length / 2, heel), (-length / 2, toe)]
    a.add(face_prism(outline, 0.002), "blade", STEEL)
    grip = [
        (length / 2 - 0.03, tooth * 0.6 + 0.01),
        (length / 2 + 0.1, 0.0),
        (length / 2 + 0.13, heel * 0.55),
        (length / 2 + 0.1, heel + 0.05),
        (length / 2 - 0.03, heel + 0.025),
    ]
    hole = [
        (length / 2 + 0.02, heel * 0.35),
        (length / 2 + 0.085, heel * 0.2),
        (length / 2 + 0.095, heel * 0.7),
        (length / 2 + 0.025, heel * 0.8),
    ]
    handle = subtract(face_prism(grip, 0.022), face_prism(hole, 0.05))
    a.add(handle, "handle", a.pick(HANDLE_WOODS + PLASTICS[:1]), Tier.SECONDARY)
    for z in (heel * 0.55, heel * 0.9):  # brass screws through the handle
        rivet = rod((length / 2 + 0.0, -0.013, z), (length / 2 + 0.0, 0.013, z), 0.006, 12)
        a.add(rivet, "screw", (200, 165, 70), Tier.FIXED)


TEMPLATE = Template(
    "saw",
    build_saw,
    0.6,
    description="a tool with a toothed steel blade for cutting wood",
    synonyms=("handsaw", "hand saw", "hacksaw", "woodsaw"),
    kinds=("bow saw", "bucksaw", "fretsaw", "crosscut saw", "coping saw"),
    parts=("blade", "handle", "screw"),
    aliases={"teeth": "blade", "tooth": "blade", "grip": "handle"},
)
