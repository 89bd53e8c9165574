"""A VR headset: a rounded visor box with a padded face gasket."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC
from meshforge.engines.text.kit.solids import box, rounded_box, sphere, torus

SHELLS: tuple[RGB, ...] = ((240, 240, 238), (30, 30, 33), (70, 72, 78))
FOAM: RGB = (45, 45, 48)


def build_vr_headset(a: Assembly) -> None:
    """A VR headset: a rounded visor box with a padded face gasket and a strap looping round the
    back."""
    width, height, depth = a.vary(0.19, 0.08), a.vary(0.1, 0.1), a.vary(0.09, 0.1)
    shell = a.pick(SHELLS)
    head_r = a.vary(0.095, 0.05)
    z = head_r * 0.8 + 0.01
    visor_y = -head_r - depth / 2
    a.add(rounded_box((width, depth, height), 0.025, 16, (0, visor_y, z)), "visor", shell)
    # the foam gasket where the face goes, and the strap round the (absent) head
    a.add(
        rounded_box(
            (width * 0.9, 0.03, height * 0.85), 0.012, 12, (0, visor_y + depth / 2 + 0.01, z)
        ),
        "gasket",
        FOAM,
        Tier.FIXED,
    )
    strap = torus(head_r, 0.012, a.segments(head_r)).scale((1.0, 1.0, 2.0)).translate((0, 0, z))
    a.add(strap, "strap", a.pick((FOAM, shell)), Tier.SECONDARY)
    if a.maybe("top strap", 0.6):
        over = (
            torus(head_r, 0.01, a.segments(head_r), (0, 0, 0))
            .rotate((0, 90, 0))
            .translate((0, 0, z))
        )
        a.add(over.trim_by_plane((0, 0, 1), z + 0.005), "top strap", FOAM, Tier.FIXED)
    for sx in (-1, 1):
        a.add(
            sphere(0.008, 10, (sx * width * 0.3, visor_y - depth / 2 + 0.002, z - height * 0.2)),
            "sensor",
            BLACK_PLASTIC,
            Tier.FIXED,
        )
    a.add(
        box((width * 0.25, 0.006, 0.01), (0, visor_y - depth / 2, z + height * 0.25)),
        "sensor",
        BLACK_PLASTIC,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "vr headset",
    build_vr_headset,
    0.2,
    description="virtual reality goggles: a visor box worn over the eyes with a head strap",
    synonyms=(
        "virtual reality headset",
        "virtual reality goggles",
        "vr goggles",
        "vr glasses",
        "oculus",
        "oculus quest",
        "vr set",
        "meta quest",
    ),
    kinds=("apple vision pro", "htc vive", "vr helmet", "oculus headset", "oculus quest headset"),
    parts=("visor", "gasket", "strap", "top strap", "sensor"),
    aliases={
        "goggles": "visor",
        "body": "visor",
        "band": "strap",
        "foam": "gasket",
        "camera": "sensor",
    },
)
