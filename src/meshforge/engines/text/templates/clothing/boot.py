"""A boot seen side on: a leather shaft rising over the ankle, a heel, a sole, laces."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.apparel import laces, shoe
from meshforge.engines.text.kit.gear import BLACK, LEATHERS
from meshforge.engines.text.kit.solids import cylinder, ellipsoid, subtract, union


def build_boot(a: Assembly) -> None:
    """A boot seen side on: a leather shaft rising over the ankle, a heel, a sole, laces."""
    length = a.vary(0.3, 0.05)
    width = length * 0.37
    cowboy = a.mentions("cowboy", "western")
    rain = a.mentions("rain", "wellington", "welly", "wellie", "rubber")
    leather = (
        a.pick(((40, 90, 60), (230, 190, 40), (200, 40, 40), (30, 30, 34)))
        if rain
        else a.pick(LEATHERS)
    )
    collar = length * 0.2
    body = shoe(
        a,
        length,
        collar,
        leather,
        BLACK if not cowboy else (60, 40, 25),
        sole_thick=length * 0.06,
        heel_lift=length * (0.12 if cowboy else 0.0),
    )
    shaft_h = length * (1.2 if cowboy or rain else a.between(0.55, 0.8))
    shaft_r = width * 0.46
    x = length * 0.26
    base_z = length * 0.1
    outer = cylinder(
        shaft_r,
        shaft_h,
        a.segments(shaft_r),
        (x, 0, base_z),
        top_radius=shaft_r * (1.15 if cowboy or rain else 1.0),
    )
    inner = cylinder(
        shaft_r * 0.85,
        shaft_h,
        a.segments(shaft_r),
        (x, 0, base_z + length * 0.15),
        top_radius=shaft_r * 0.95,
    )
    shaft = subtract(outer.scale((1.0, 0.85, 1.0)), inner.scale((1.0, 0.85, 1.0)))
    a.add(shaft, "shaft", leather)
    # the instep slopes up into the shaft's front: a shaft standing on a flat shoe read as a
    # shoe with a pipe on it on the contact sheet
    shaft_foot = cylinder(shaft_r * 0.9, length * 0.4, a.segments(shaft_r), (x, 0, base_z))
    vamp = ellipsoid((length * 0.14, width * 0.4, length * 0.08), a.segments(width), (0, 0, 0))
    instep = Manifold.batch_hull(
        [shaft_foot.scale((1.0, 0.85, 1.0)), vamp.translate((-length * 0.12, 0, length * 0.15))]
    )
    a.add(instep, "upper", leather)
    if not (cowboy or rain) and a.wants("lace"):
        laces(a, union([body, instep]), -length * 0.15, length * 0.05, width * 0.4, 3)


TEMPLATE = Template(
    "boot",
    build_boot,
    0.3,
    description="a sturdy shoe whose leather shaft rises above the ankle",
    synonyms=(
        "boots",
        "cowboy boot",
        "hiking boot",
        "rain boot",
        "wellington boot",
        "work boot",
        "ankle boot",
    ),
    kinds=("combat boot", "wellies", "chelsea boot", "doc martens", "riding boot", "snow boot"),
    not_claimed=("car boot", "boot camp"),
    parts=("sole", "upper", "shaft", "lace", "lining"),
    aliases={"leg": "shaft", "heel": "sole", "toe": "upper"},
)
