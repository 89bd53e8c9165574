"""What the category fallbacks share: which variant a prompt leans to, vessels and cased boxes.

A fallback builds the generic object of its category for a prompt that names something with
no template of its own ("a colander", "a banjo"). The matcher tells it the nearest templates
(``Match.neighbours``) and, for a known everyday thing, its kind (``Match.kind``): ``leaning``
turns those into one of the archetype's variants (a wind or a string instrument, a land or a
water vehicle), so the generic build fits the prompt without copying a neighbour's template.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.kit.appliances import BLACK_PLASTIC, SCREEN, front_knob, front_panel
from meshforge.engines.text.kit.solids import arc_tube, box, lathe, rounded_box, vessel


def leaning(
    a: Assembly, groups: Mapping[str, Collection[str]], default: str, *, cues: bool = True
) -> str:
    """The group of ``groups`` (name → template names and cue words) the prompt leans to.

    In order: the match's kind ("bird" for a known everyday bird), a cue word of a group in
    the prompt ("a jet ski" → water), the group of the nearest template that is in one.
    """
    kind = a.prompt.match.kind
    if kind is not None and kind in groups:
        return kind
    if cues:
        for group, members in groups.items():
            if a.mentions(*members):
                return group
    for name in a.prompt.match.neighbours:
        for group, members in groups.items():
            if name in members:
                return group
    return default


def revolved_vessel(a: Assembly, height: float, colors: Sequence[RGB], lid: bool) -> float:
    """A turned container of ``height``: belly, shoulder, neck and rim, hollow, maybe lidded.

    Returns its rim radius. Proportions are seeded, so two unknown containers differ.
    """
    belly = height * a.between(0.3, 0.45)
    foot, neck = belly * a.between(0.55, 0.8), belly * a.between(0.45, 0.95)
    bulge = a.between(0.3, 0.55)
    outer = [
        (foot, 0.0),
        (belly * 0.9, height * bulge * 0.5),
        (belly, height * bulge),
        ((belly + neck) / 2 * 1.02, height * (bulge + 1) / 2),
        (neck, height * 0.93),
        (neck * 1.06, height),
    ]
    wall = max(0.003, belly * 0.06)
    body = vessel(outer, wall, height * 0.05, a.segments(belly))
    a.add(body, "body", colors)
    if lid and a.wants("lid"):
        knob_r = neck * 0.22
        cap = lathe(
            [
                (0.0, 0.0),
                (neck * 1.1, 0.0),
                (neck * 1.1, height * 0.04),
                (neck * 0.5, height * 0.08),
                (knob_r, height * 0.09),
                (knob_r * 1.3, height * 0.14),
                (0.0, height * 0.15),
            ],
            a.segments(neck),
            (0.0, 0.0, height * 0.985),
        )
        a.add(cap, "lid", colors, Tier.SECONDARY)
    if a.maybe("handle", 0.35):
        grip = arc_tube((belly * 0.95, 0.0, height * 0.55), height * 0.18, wall * 1.4, 16, -80, 160)
        a.add(grip, "handle", colors)
    return neck * 1.06


def appliance_box(a: Assembly, size: tuple[float, float, float], colors: Sequence[RGB]) -> None:
    """A cased box with a front panel or door, a display, knobs or buttons and feet."""
    width, depth, height = size
    lift = height * 0.03
    a.add(
        rounded_box(
            size, min(size) * 0.08, a.segments(min(size) * 0.1), (0.0, 0.0, lift + height / 2)
        ),
        "body",
        colors,
    )
    front = -depth / 2
    door = a.pick(("door", "window", "panel"))
    if door == "window":  # a round porthole, as on washers and dryers
        ring = arc_tube(
            (0.0, front - 0.002, lift + height * 0.45),
            width * 0.28,
            width * 0.03,
            a.segments(width * 0.3),
            0,
            360,
        )
        a.add(ring, "door", (200, 203, 208), Tier.FIXED)
        front_panel(
            a,
            width * 0.45,
            width * 0.45,
            (0.0, lift + height * 0.45),
            front,
            "window",
            SCREEN,
            depth=0.006,
            radius=width * 0.2,
        )
    else:
        share = 0.62 if door == "door" else 0.5
        front_panel(
            a,
            width * 0.84,
            height * share,
            (-width * 0.04 if door == "door" else 0.0, lift + height * (0.08 + share / 2)),
            front,
            "door",
            a.color("door", colors, Tier.SECONDARY),
            depth=0.006,
            radius=0.01,
            tier=Tier.SECONDARY,
        )
    strip_z = lift + height * 0.86
    front_panel(
        a,
        width * 0.3,
        height * 0.07,
        (width * 0.22, strip_z),
        front,
        "display",
        SCREEN,
        depth=0.005,
    )
    for k in range(a.pick((2, 3))):
        front_knob(
            a,
            min(width, height) * 0.04,
            depth * 0.05,
            -width * (0.3 - 0.12 * k),
            strip_z,
            front,
            BLACK_PLASTIC,
        )
    if a.wants("foot"):
        for sx in (-1, 1):
            for sy in (-1, 1):
                a.add(
                    box(
                        (width * 0.1, depth * 0.1, lift * 1.2),
                        (sx * width * 0.38, sy * depth * 0.38, lift * 0.6),
                    ),
                    "foot",
                    BLACK_PLASTIC,
                    Tier.FIXED,
                )
