"""The words a prompt is read with: colours, materials, sizes, numbers and filler."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass

from PIL import ImageColor

from meshforge.mesh.materials import Pattern

#: An sRGB colour, 0..255 per channel.
RGB = tuple[int, int, int]


@dataclass(frozen=True)
class NamedColor:
    """A colour and the name it was asked for by."""

    name: str
    rgb: RGB


@dataclass(frozen=True)
class Material:
    """A surface: glTF metallic/roughness, the colour it has unless told otherwise, its look."""

    name: str
    metallic: float
    roughness: float
    rgb: RGB
    pattern: Pattern = Pattern.PLAIN  #: the procedural texture the bake paints it with


def _css_colors() -> dict[str, RGB]:
    """The 148 CSS colour names, taken from Pillow's table so that we need not copy the spec."""
    table: dict[str, RGB] = {}
    for name in ImageColor.colormap:
        red, green, blue = ImageColor.getrgb(name)[:3]
        table[name] = (red, green, blue)
    return table


#: Colour names: CSS plus a few everyday words CSS lacks.
COLORS: dict[str, RGB] = {
    **_css_colors(),
    # CSS "brown" is a brick red (165, 42, 42): "a brown bear" or "a brown basket" means this
    "brown": (120, 78, 45),
    "cream": (255, 248, 220),
    "burgundy": (128, 0, 32),
    "charcoal": (54, 69, 79),
    "mustard": (225, 173, 1),
    "rust": (183, 65, 14),
    "emerald": (80, 200, 120),
    "ruby": (224, 17, 95),
    "sapphire": (15, 82, 186),
    "mint": (152, 255, 152),
    "peach": (255, 203, 164),
    "lilac": (200, 162, 200),
    "rose": (255, 0, 127),
    "amber": (255, 191, 0),
    "blonde": (250, 240, 190),
    "pastel": (255, 209, 220),
}

#: Shade words that darken or lighten the colour after them when no CSS name joins them.
SHADES: dict[str, tuple[float, float]] = {
    # word: (multiply, mix with white)
    "dark": (0.55, 0.0),
    "deep": (0.7, 0.0),
    "light": (1.0, 0.45),
    "pale": (1.0, 0.6),
    "bright": (1.0, 0.0),
    "pastel": (1.0, 0.55),
}

_WOOD = Material("wood", 0.0, 0.75, (150, 100, 60), Pattern.WOOD)
_METAL = Material("metal", 1.0, 0.35, (170, 172, 178), Pattern.BRUSHED_METAL)
_GOLD = Material("gold", 1.0, 0.25, (255, 200, 60), Pattern.POLISHED_METAL)
_SILVER = Material("silver", 1.0, 0.2, (205, 208, 214), Pattern.POLISHED_METAL)
_STONE = Material("stone", 0.0, 0.9, (140, 138, 132), Pattern.STONE)
_PLASTIC = Material("plastic", 0.0, 0.45, (235, 235, 235), Pattern.PLASTIC)
_GLASS = Material("glass", 0.0, 0.05, (200, 230, 235), Pattern.GLASS)
_CERAMIC = Material("ceramic", 0.0, 0.3, (245, 244, 238), Pattern.CERAMIC)
_FABRIC = Material("fabric", 0.0, 0.95, (120, 120, 150), Pattern.FABRIC)
_ALUMINIUM = Material("aluminium", 1.0, 0.3, (200, 202, 206), Pattern.BRUSHED_METAL)
_WOOL = Material("wool", 0.0, 1.0, (230, 225, 215), Pattern.FABRIC)
#: Rubber is also the default of tyres (kit parts may name it).
RUBBER = Material("rubber", 0.0, 0.9, (40, 40, 40), Pattern.RUBBER)
#: Window glass, the default of vehicle windows (tinted darker than a glass vase).
WINDOW_GLASS = Material("glass", 0.0, 0.05, (40, 60, 75), Pattern.GLASS)

#: Material words (nouns and adjectives) to the surface they name.
MATERIALS: dict[str, Material] = {
    "wood": _WOOD,
    "wooden": _WOOD,
    "oak": Material("oak", 0.0, 0.7, (180, 135, 80), Pattern.WOOD),
    "pine": Material("pine", 0.0, 0.7, (215, 175, 115), Pattern.WOOD),
    "walnut": Material("walnut", 0.0, 0.7, (95, 65, 40), Pattern.WOOD),
    "bamboo": Material("bamboo", 0.0, 0.6, (210, 190, 120), Pattern.WOOD),
    "metal": _METAL,
    "metallic": _METAL,
    "steel": Material("steel", 1.0, 0.3, (160, 165, 172), Pattern.BRUSHED_METAL),
    "iron": Material("iron", 1.0, 0.6, (95, 95, 100), Pattern.BRUSHED_METAL),
    "aluminum": _ALUMINIUM,
    "aluminium": _ALUMINIUM,
    "chrome": Material("chrome", 1.0, 0.08, (220, 222, 226), Pattern.POLISHED_METAL),
    "gold": _GOLD,
    "golden": _GOLD,
    "silver": _SILVER,
    "bronze": Material("bronze", 1.0, 0.4, (205, 127, 50), Pattern.POLISHED_METAL),
    "copper": Material("copper", 1.0, 0.35, (184, 115, 51), Pattern.POLISHED_METAL),
    "brass": Material("brass", 1.0, 0.35, (200, 165, 70), Pattern.POLISHED_METAL),
    "glass": _GLASS,
    "crystal": Material("crystal", 0.0, 0.02, (225, 240, 255), Pattern.GLASS),
    "ice": Material("ice", 0.0, 0.1, (200, 235, 250), Pattern.GLASS),
    "stone": _STONE,
    "rock": _STONE,
    "granite": Material("granite", 0.0, 0.8, (120, 118, 115), Pattern.STONE),
    "marble": Material("marble", 0.0, 0.25, (238, 236, 230), Pattern.MARBLE),
    "concrete": Material("concrete", 0.0, 0.95, (160, 160, 155), Pattern.STONE),
    "brick": Material("brick", 0.0, 0.9, (170, 74, 68), Pattern.BRICK),
    "plastic": _PLASTIC,
    "rubber": RUBBER,
    "ceramic": _CERAMIC,
    "porcelain": _CERAMIC,
    "clay": Material("clay", 0.0, 0.85, (190, 110, 70), Pattern.STONE),
    "terracotta": Material("terracotta", 0.0, 0.85, (205, 110, 75), Pattern.STONE),
    "paper": Material("paper", 0.0, 0.9, (245, 242, 230), Pattern.PAPER),
    "cardboard": Material("cardboard", 0.0, 0.9, (190, 150, 100), Pattern.PAPER),
    "leather": Material("leather", 0.0, 0.6, (110, 70, 40), Pattern.LEATHER),
    "fabric": _FABRIC,
    "cloth": _FABRIC,
    "wool": _WOOL,
    "woolen": _WOOL,
    "velvet": Material("velvet", 0.0, 0.9, (120, 20, 40), Pattern.FABRIC),
    "silk": Material("silk", 0.0, 0.35, (235, 225, 210), Pattern.FABRIC),
    "satin": Material("satin", 0.0, 0.3, (240, 235, 225), Pattern.FABRIC),
    "denim": Material("denim", 0.0, 0.9, (60, 85, 130), Pattern.FABRIC),
    "linen": Material("linen", 0.0, 0.9, (225, 215, 190), Pattern.FABRIC),
    "suede": Material("suede", 0.0, 0.95, (160, 110, 70), Pattern.LEATHER),
    "chocolate": Material("chocolate", 0.0, 0.5, (90, 50, 25), Pattern.PLASTIC),
}

#: Size words: (uniform scale, height scale, width scale).
SIZES: dict[str, tuple[float, float, float]] = {
    "tiny": (0.5, 1.0, 1.0),
    "mini": (0.5, 1.0, 1.0),
    "miniature": (0.5, 1.0, 1.0),
    "small": (0.75, 1.0, 1.0),
    "little": (0.75, 1.0, 1.0),
    "large": (1.35, 1.0, 1.0),
    "big": (1.35, 1.0, 1.0),
    "huge": (1.8, 1.0, 1.0),
    "giant": (1.8, 1.0, 1.0),
    "enormous": (1.8, 1.0, 1.0),
    "tall": (1.0, 1.4, 1.0),
    "short": (1.0, 0.7, 1.0),
    "low": (1.0, 0.75, 1.0),
    "wide": (1.0, 1.0, 1.4),
    "broad": (1.0, 1.0, 1.4),
    "fat": (1.0, 1.0, 1.35),
    "thin": (1.0, 1.0, 0.7),
    "slim": (1.0, 1.0, 0.7),
    "narrow": (1.0, 1.0, 0.7),
    "skinny": (1.0, 1.0, 0.65),
}

#: Number words up to twelve; digits are read directly.
NUMBERS: dict[str, int] = {
    "one": 1,
    "single": 1,
    "two": 2,
    "pair": 2,
    "couple": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

#: Words that join modifiers without ending them ("red and white car").
JOINERS = frozenset({"and", "or", "&", "a", "an", "the", "of", "some", "very", "really", "-"})

#: Words that say the next noun is absent ("a snowman without a hat").
NEGATORS = frozenset({"no", "without", "minus", "except", "not"})

#: Irregular plurals the suffix rules get wrong.
IRREGULAR_PLURALS: dict[str, str] = {
    "puppies": "puppy",
    "knives": "knife",
    "leaves": "leaf",
    "wolves": "wolf",
    "shelves": "shelf",
    "mice": "mouse",
    "geese": "goose",
    "feet": "foot",
    "teeth": "tooth",
    "people": "person",
    "children": "child",
    "glasses": "glass",
    "buses": "bus",
    "cactuses": "cactus",
    "cacti": "cactus",
    "fungi": "fungus",
    "oxen": "ox",
}

#: Words ending in "s" that are already singular.
SINGULAR_S = frozenset(
    {"glass", "bus", "cactus", "grass", "dress", "gas", "is", "was", "this", "chess"}
)

_TOKEN = re.compile(r"[a-z]+|\d+|&")


def singularize(word: str, known: Container[str] = ()) -> str:
    """The singular of ``word``, preferring a form in ``known`` ("benches" → "bench")."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word in known or not word.endswith("s") or word in SINGULAR_S or len(word) <= 3:
        return word
    candidates = [word[:-1]]
    if word.endswith("es"):
        candidates.insert(0, word[:-2])
    if word.endswith("ves"):  # "bookshelves", "calves": only when the f-form is known
        candidates[:0] = [word[:-3] + "f", word[:-3] + "fe"]
    if word.endswith("ies"):
        candidates.insert(0, word[:-3] + "y")
    for candidate in candidates:
        if candidate in known:
            return candidate
    if word.endswith("us"):  # Latin singulars ("platypus", "octopus"); "menus" needs ``known``
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("ss"):
        return word
    return word[:-1]


def tokenize(text: str) -> list[str]:
    """Lower-case words and numbers of ``text``, accents dropped ("möbius" is "mobius")."""
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return _TOKEN.findall(plain)
