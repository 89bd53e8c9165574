"""A compound microscope: a curved arm on a foot, a stage, objectives, a tilted eyepiece."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.appliances import CHROME
from meshforge.engines.text.kit.optics import GLASS, OPTIC_BLACK, TUBE_FINISHES, plain_barrel
from meshforge.engines.text.kit.solids import cylinder, rod, slab, union
from meshforge.engines.text.kit.sweeps import tube


def build_microscope(a: Assembly) -> None:
    """A compound microscope: a curved arm on a foot, a stage, objectives, a tilted eyepiece."""
    scale = a.vary(1.0, 0.08)
    body = a.pick(TUBE_FINISHES)
    foot_w, foot_d = 0.15 * scale, a.vary(0.2, 0.08) * scale
    a.add(slab((foot_w, foot_d, 0.035), 0.03, 16, (0, 0.01, 0.0175)), "base", body)
    # the arm rises at the back and leans over the stage, carrying the head
    arm_y, top_z = 0.075 * scale, 0.3 * scale
    arm = [
        (0, arm_y, 0.03),
        (0, arm_y + 0.012, 0.12 * scale),
        (0, arm_y - 0.005, 0.23 * scale),
        (0, 0.02 * scale, top_z),
    ]
    a.add(tube(arm, 0.02 * scale, 20), "arm", body)
    # the focus knobs: one spindle through the arm, a knob showing on either side
    knob_x, knob_y = 0.035 * scale, arm_y + 0.008
    spindle = rod((-knob_x, knob_y, 0.1 * scale), (knob_x, knob_y, 0.1 * scale), 0.024, 20)
    a.add(spindle, "knob", OPTIC_BLACK, Tier.FIXED)
    stage_z = 0.14 * scale
    a.add(
        slab((0.12 * scale, 0.11 * scale, 0.01), 0.008, 8, (0, -0.005, stage_z)),
        "stage",
        OPTIC_BLACK,
        Tier.FIXED,
    )
    a.add(rod((0, -0.005, stage_z), (0, arm_y, stage_z), 0.014, 12), "arm", body)
    if a.maybe("lamp", 0.8, "light", "illuminator"):
        a.add(cylinder(0.025, 0.04 * scale, 16, (0, -0.005, 0.03)), "lamp", body)
        a.add(
            cylinder(0.018, 0.005, 16, (0, -0.005, 0.068 + 0.04 * scale - 0.04)),
            "lamp",
            GLASS,
            Tier.FIXED,
        )
    if a.maybe("slide", 0.6, "specimen"):
        a.add(
            slab((0.075, 0.025, 0.004), 0.001, 4, (0, -0.005, stage_z + 0.006)),
            "slide",
            GLASS,
            Tier.FIXED,
        )
    # the head over the stage: a turret of objectives below, the eyepiece tube tilted back above
    head = (0.0, -0.005, 0.25 * scale)
    a.add(rod(head, (0, 0.03 * scale, top_z), 0.022 * scale, 16), "head", body)
    turret_z = head[2] - 0.03 * scale
    a.add(
        cylinder(0.032 * scale, 0.03 * scale, 20, (0, -0.005, turret_z)),
        "turret",
        CHROME,
        Tier.FIXED,
    )
    start = (0.0, -0.005, turret_z + 0.004)
    lenses = [
        plain_barrel(0.008, 0.05 * scale, 12, start, -90 + 20, -40.0 * (1 - k) - 90, 0.006)
        for k in range(a.count("objective", 3, 1, 4))
    ]
    a.add(union(lenses), "objective", CHROME, Tier.FIXED)
    eyepiece = plain_barrel(0.017 * scale, 0.13 * scale, 16, head, 55.0, 90.0)
    a.add(eyepiece, "eyepiece", OPTIC_BLACK, Tier.FIXED)


TEMPLATE = Template(
    "microscope",
    build_microscope,
    0.36,
    description="a laboratory instrument with lenses over a stage, for looking at tiny specimens",
    synonyms=("compound microscope", "light microscope", "optical microscope", "lab microscope"),
    not_claimed=("electron microscope",),
    parts=(
        "base",
        "arm",
        "knob",
        "stage",
        "lamp",
        "slide",
        "head",
        "turret",
        "objective",
        "eyepiece",
    ),
    aliases={
        "foot": "base",
        "body": "arm",
        "light": "lamp",
        "lens": "objective",
        "lenses": "objective",
        "ocular": "eyepiece",
        "tube": "eyepiece",
        "specimen": "slide",
        "nosepiece": "turret",
    },
)
