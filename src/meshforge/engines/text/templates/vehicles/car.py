"""A car whose kind (sedan, hatchback, SUV, sports) comes from the prompt or the seed."""

from __future__ import annotations

from dataclasses import dataclass

from manifold3d import Manifold, OpType

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB, RUBBER, WINDOW_GLASS
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.apparel import skin
from meshforge.engines.text.kit.service_vehicles import light_bar
from meshforge.engines.text.kit.solids import box, ellipsoid, rod, rounded_box, subtract
from meshforge.engines.text.kit.vehicles import GLASS, HEADLIGHT, HUB, PAINTS, TAILLIGHT, TYRE

GRILLE: RGB = (35, 35, 38)
POLICE_BLACK: RGB = (30, 30, 35)
WHITE: RGB = (242, 242, 240)
TAXI_YELLOW: RGB = (245, 195, 30)
TAXI_SIGN: RGB = (250, 250, 245)


@dataclass(frozen=True)
class _Style:
    """Proportions of one kind of car (metres)."""

    body_h: float
    cabin_h: float
    wheel_r: float
    clearance: float
    hood: float  #: fraction of length ahead of the windscreen
    trunk: float  #: fraction of length behind the rear window
    front_rake: float
    rear_rake: float


_STYLES = {
    "sedan": _Style(0.58, 0.5, 0.33, 0.16, 0.3, 0.2, 0.55, 0.45),
    "hatchback": _Style(0.6, 0.52, 0.32, 0.16, 0.27, 0.04, 0.5, 0.25),
    "suv": _Style(0.75, 0.6, 0.4, 0.26, 0.24, 0.04, 0.45, 0.15),
    "sports": _Style(0.45, 0.38, 0.33, 0.12, 0.36, 0.16, 0.7, 0.6),
}


def _style_name(a: Assembly) -> str:
    """The kind of car the prompt names, else a seeded one."""
    if a.mentions("police", "cop", "patrol", "squad", "sheriff", "taxi", "cab", "taxicab"):
        return "hatchback" if a.mentions("hatchback") else "sedan"
    if a.mentions("sports", "race", "racing", "racecar", "supercar"):
        return "sports"
    if a.mentions("suv", "jeep", "van", "truck"):
        return "suv"
    if a.mentions("hatchback"):
        return "hatchback"
    return a.pick(tuple(_STYLES))


def build_car(a: Assembly) -> None:
    """A car whose kind (sedan, hatchback, SUV, sports) comes from the prompt or the seed."""
    style = _STYLES[_style_name(a)]
    length, width = a.vary(4.2, 0.08), a.vary(1.8, 0.05)
    body_h, cabin_h = a.vary(style.body_h, 0.08), a.vary(style.cabin_h, 0.08)
    wheel_r = style.wheel_r
    bottom = style.clearance + a.between(-0.02, 0.02)
    belt = bottom + body_h
    paint = a.pick(PAINTS)
    police = a.mentions("police", "cop", "patrol", "squad", "sheriff")
    taxi = a.mentions("taxi", "cab", "taxicab")
    if police:
        paint = POLICE_BLACK
    elif taxi:
        paint = TAXI_YELLOW
    axle_y = length / 2 - a.vary(0.8, 0.08)
    wheel_w = 0.24
    radius = 0.12
    # two stacked rounded boxes hulled: the shorter upper one slopes the bonnet and the boot
    lower = rounded_box(
        (width, length, body_h * 0.6), radius, a.segments(radius), (0, 0, bottom + body_h * 0.3)
    )
    upper = rounded_box(
        (width - 0.04, length - a.vary(0.35, 0.2), body_h * 0.5),
        radius,
        a.segments(radius),
        (0, 0.05, bottom + body_h * 0.75),
    )
    hull = Manifold.batch_hull([lower, upper])
    arches = [
        rod(
            (sx * (width / 2 - wheel_w - 0.04), sy * axle_y, wheel_r),
            (sx * (width / 2 + 0.1), sy * axle_y, wheel_r),
            wheel_r + 0.06,
            a.segments(wheel_r),
        )
        for sx in (-1, 1)
        for sy in (-1, 1)
    ]
    a.add(subtract(hull, *arches), "body", paint)
    cabin_w = width - 0.12
    front = -length / 2 + length * style.hood
    rear = length / 2 - length * style.trunk
    roof_z = belt + cabin_h
    base = box((cabin_w, rear - front, 0.05), (0, (front + rear) / 2, belt - 0.025))
    roof_front = front + style.front_rake * cabin_h * 1.6
    roof_rear = rear - style.rear_rake * cabin_h * 1.6
    top = rounded_box(
        (cabin_w - 0.22, roof_rear - roof_front, 0.04),
        0.02,
        8,
        (0, (roof_front + roof_rear) / 2, roof_z - 0.02),
    )
    cabin = Manifold.batch_hull([base, top])
    a.add(cabin, "roof", WHITE if police else paint, Tier.SECONDARY)
    _glazing(a, cabin, cabin_w, rear - front, belt, roof_z, (front + rear) / 2)
    for sy in (-1, 1):
        for sx in (-1, 1):
            x = sx * (width / 2 - wheel_w / 2 - 0.02)
            tyre = rod(
                (x - wheel_w / 2, sy * axle_y, wheel_r),
                (x + wheel_w / 2, sy * axle_y, wheel_r),
                wheel_r,
                a.segments(wheel_r),
            )
            a.add(tyre, "wheel", TYRE, Tier.FIXED, RUBBER)
            outer = x + sx * (wheel_w / 2 + 0.012)
            hub = rod(
                (x, sy * axle_y, wheel_r),
                (outer, sy * axle_y, wheel_r),
                wheel_r * 0.55,
                a.segments(wheel_r),
            )
            a.add(hub, "hubcap", HUB, Tier.FIXED)
        # an axle through the floor joins each pair of wheels to the body (one printable solid)
        axle = rod(
            (-width / 2 + 0.05, sy * axle_y, wheel_r),
            (width / 2 - 0.05, sy * axle_y, wheel_r),
            0.04,
            8,
        )
        a.add(axle, "wheel", TYRE, Tier.FIXED, RUBBER)
    _lights(a, length, width, bottom, body_h)
    if police:
        _police_livery(
            a, hull, length, bottom, body_h, roof_z, (roof_front + roof_rear) / 2, cabin_w
        )
    elif taxi and a.wants("sign"):
        sign = rounded_box(
            (0.5, 0.18, 0.16), 0.04, 8, (0, (roof_front + roof_rear) / 2, roof_z + 0.07)
        )
        a.add(sign, "sign", TAXI_SIGN, Tier.FIXED)
    if a.wants("spoiler") and (
        (style is _STYLES["sports"] and a.chance(0.7)) or a.mentions("spoiler")
    ):
        wing_y, wing_z = length / 2 - 0.25, belt + 0.22
        for sx in (-1, 1):
            a.add(
                box((0.05, 0.08, 0.26), (sx * width * 0.32, wing_y, belt + 0.08)), "spoiler", paint
            )
        a.add(box((width * 0.9, 0.26, 0.04), (0, wing_y, wing_z)), "spoiler", paint)


def _police_livery(
    a: Assembly,
    hull: Manifold,
    length: float,
    bottom: float,
    body_h: float,
    roof_z: float,
    roof_y: float,
    cabin_w: float,
) -> None:
    """White doors on the black body and a red-and-blue light bar on the roof."""
    doors = box((10.0, length * 0.42, body_h * 0.55), (0, 0, bottom + body_h * 0.5))
    a.add(skin(hull, doors, 0.012), "doors", WHITE, Tier.FIXED)
    if a.wants("lights"):
        light_bar(a, roof_y, roof_z - 0.02, min(1.1, cabin_w - 0.3))


def _glazing(
    a: Assembly,
    cabin: Manifold,
    cabin_w: float,
    cabin_l: float,
    belt: float,
    roof: float,
    middle_y: float,
) -> None:
    """A glass band around the cabin, broken by a pillar on each side."""
    grown = (
        cabin.translate((0, -middle_y, -belt))
        .scale((1 + 0.024 / cabin_w, 1 + 0.024 / cabin_l, 1.0))
        .translate((0, middle_y, belt))
    )
    band = box(
        (cabin_w + 1.0, cabin_l + 1.0, roof - belt - 0.12), (0, middle_y, (roof + belt) / 2 - 0.01)
    )
    pillar = box((cabin_w + 1.0, 0.08, roof - belt), (0, middle_y + 0.12, (roof + belt) / 2))
    glass = subtract(Manifold.batch_boolean([grown, band], OpType.Intersect), pillar)
    a.add(glass, "window", GLASS, Tier.FIXED, WINDOW_GLASS)


def _lights(a: Assembly, length: float, width: float, bottom: float, body_h: float) -> None:
    """Headlights and grille at the front (-Y), tail lights at the back."""
    z = bottom + body_h * 0.68
    for sx in (-1, 1):
        x = sx * (width / 2 - 0.3)
        lamp = ellipsoid((0.16, 0.06, 0.07), a.segments(0.07), (x, -length / 2 + 0.04, z))
        a.add(lamp, "headlight", HEADLIGHT, Tier.FIXED)
        # low on the flat part of the tail, deep enough to meet the rounded body at any seed
        tail = box((0.3, 0.12, 0.1), (x, length / 2 - 0.045, bottom + body_h * 0.42))
        a.add(tail, "taillight", TAILLIGHT, Tier.FIXED)
    a.add(
        box((width * 0.35, 0.04, body_h * 0.28), (0, -length / 2 + 0.005, z - 0.04)),
        "grille",
        GRILLE,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "car",
    build_car,
    1.5,
    description="a motor vehicle with four wheels",
    synonyms=(
        "automobile",
        "vehicle",
        "sedan",
        "suv",
        "jeep",
        "hatchback",
        "sports car",
        "race car",
        "racecar",
        "taxi",
        "cab",
        "coupe",
        "van",
        "police car",
        "cop car",
        "taxi cab",
        "taxicab",
        "volkswagen beetle",  # the car, not the insect (which is templates/animals/beetle.py)
        "vw beetle",
    ),
    kinds=(
        "station wagon",
        "estate car",
        "roadster",
        "muscle car",
        "supercar",
        "hypercar",
        "lamborghini",
        "porsche",
        "bmw",
        "mercedes",
        "tesla",
        "toyota",
        "dune buggy",
        "hot rod",
        "hotrod",
        "racing car",
        "rally car",
        "cabriolet",
        "saloon car",
        "electric car",
        "vintage car",
        "classic car",
        "patrol car",
        "squad car",
        "police cruiser",
        "sheriff car",
        "yellow cab",
        "limo",
        "formula one car",
        "stock car",
        "compact car",
        "family car",
        "city car",
    ),
    parts=(
        "body",
        "roof",
        "window",
        "doors",
        "lights",
        "beacon",
        "sign",
        "wheel",
        "hubcap",
        "headlight",
        "taillight",
        "grille",
        "spoiler",
    ),
    aliases={
        "tire": "wheel",
        "tyre": "wheel",
        "glass": "window",
        "windshield": "window",
        "cabin": "roof",
        "light": "headlight",
        "rim": "hubcap",
        "wing": "spoiler",
        "axle": "wheel",
    },
)
