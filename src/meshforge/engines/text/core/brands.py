"""Brand and model names people type for a thing ("a mini cooper", "a harley davidson"), and
the kind of thing each one is.

Why a hand-written table: the matcher reads what a noun is in WordNet (``core/nouns.py``), and
WordNet 3.0 (2006) knows almost no trademarks or product names: it lacks "playstation",
"macbook" and "harley davidson", and reads the ones it has as something else ("cooper" is a
barrel maker, "wrangler" a cowboy, "mustang" and "beetle" are animals). The sentence encoder
knows some of them but puts a name near whatever it sounds like. So the names are listed here,
as data, each with the kind of thing it names: an ordinary noun that a template claims
("car", "game console") or that WordNet files under a category ("smartwatch"). The table only
says what a brand *is*; which template builds it is decided as for the kind itself.

A name is written lower case, words spaced as the tokenizer cuts them ("f 150" for "F-150").
Only names that mean the product first belong here: a name that is first an ordinary word
("jaguar", "apple", "corona") is listed with the word that makes it a product ("jaguar car").
"""

from __future__ import annotations

from collections.abc import Sequence

#: Brand or model name → the kind of thing it names.
BRANDS: dict[str, str] = {
    # cars
    "mini cooper": "car",
    "jeep wrangler": "car",
    "jeep cherokee": "car",
    "tesla": "car",
    "tesla model": "car",
    "ford mustang": "car",
    "ford focus": "car",
    "ford fiesta": "car",
    "model t": "car",
    "ford model t": "car",
    "volkswagen beetle": "car",
    "vw beetle": "car",
    "volkswagen golf": "car",
    "vw golf": "car",
    "volkswagen": "car",
    "porsche": "car",
    "ferrari": "car",
    "lamborghini": "car",
    "maserati": "car",
    "bugatti": "car",
    "mclaren": "car",
    "aston martin": "car",
    "rolls royce": "car",
    "bentley": "car",
    "cadillac": "car",
    "chevrolet": "car",
    "chevy": "car",
    "corvette": "car",
    "camaro": "car",
    "toyota": "car",
    "toyota corolla": "car",
    "toyota prius": "car",
    "prius": "car",
    "honda civic": "car",
    "nissan": "car",
    "subaru": "car",
    "audi": "car",
    "bmw": "car",
    "mercedes": "car",
    "mercedes benz": "car",
    "delorean": "car",
    "range rover": "car",
    "land rover": "car",
    "fiat": "car",
    "fiat panda": "car",
    "dodge charger": "car",
    "hummer": "car",
    "humvee": "car",
    # trucks, vans and buses
    "ford f": "truck",
    "dodge ram": "truck",
    "toyota hilux": "truck",
    "volkswagen bus": "camper van",
    "vw bus": "camper van",
    "vw camper": "camper van",
    "kombi": "camper van",
    "winnebago": "camper van",
    "greyhound bus": "bus",
    "routemaster": "bus",
    # two wheels
    "harley davidson": "motorcycle",
    "harley": "motorcycle",
    "ducati": "motorcycle",
    "kawasaki": "motorcycle",
    "kawasaki ninja": "motorcycle",
    "triumph bonneville": "motorcycle",
    "yamaha motorcycle": "motorcycle",
    "lambretta": "scooter",
    "segway": "scooter",
    "penny farthing": "bicycle",
    "bmx": "bicycle",
    # aircraft, boats and machines
    "boeing": "airplane",
    "airbus": "airplane",
    "cessna": "airplane",
    "concorde": "airplane",
    "black hawk": "helicopter",
    "blackhawk": "helicopter",
    "chinook helicopter": "helicopter",
    "apache helicopter": "helicopter",
    "zeppelin": "blimp",
    "goodyear blimp": "blimp",
    "jetski": "jet ski",
    "sea doo": "jet ski",
    "ski doo": "snowmobile",
    "caterpillar bulldozer": "bulldozer",
    "john deere": "tractor",
    "gulfstream": "airplane",
    # game consoles and handhelds
    "playstation": "game console",
    "ps": "game console",
    "sega genesis": "game console",
    "sega mega drive": "game console",
    "mega drive": "game console",
    "sega dreamcast": "game console",
    "dreamcast": "game console",
    "nintendo": "game console",
    "nes": "game console",
    "snes": "game console",
    "super nintendo": "game console",
    "gamecube": "game console",
    "game cube": "game console",
    "nintendo wii": "game console",
    "wii": "game console",
    "atari": "game console",
    "nintendo ds": "handheld console",
    "nintendo 3 ds": "handheld console",
    "game gear": "handheld console",
    "psp": "handheld console",
    "playstation portable": "handheld console",
    "steam deck": "handheld console",
    "dualshock": "game controller",
    "joycon": "game controller",
    "joy con": "game controller",
    "oculus": "vr headset",
    "oculus rift": "vr headset",
    "oculus quest": "vr headset",
    "vision pro": "vr headset",
    # computers, phones and gadgets
    "iphone": "smartphone",
    "android phone": "smartphone",
    "samsung galaxy": "smartphone",
    "google pixel": "smartphone",
    "blackberry phone": "smartphone",
    "nokia": "smartphone",
    "macbook": "laptop",
    "macbook pro": "laptop",
    "macbook air": "laptop",
    "chromebook": "laptop",
    "thinkpad": "laptop",
    "imac": "desktop computer",
    "mac mini": "desktop computer",
    "apple watch": "watch",
    "rolex": "watch",
    "casio watch": "watch",
    "fitbit": "watch",
    "airpods": "headphones",
    "polaroid": "camera",
    "polaroid camera": "camera",
    "gopro": "camera",
    "leica": "camera",
    "kodak": "camera",
    "instax": "camera",
    "roomba": "vacuum cleaner",
    "dyson": "vacuum cleaner",
    "hoover": "vacuum cleaner",
    "alexa": "speaker",
    "echo dot": "speaker",
    "amazon echo": "speaker",
    "homepod": "speaker",
    "sonos": "speaker",
    # kitchen and household
    "kitchenaid": "stand mixer",
    "vitamix": "blender",
    "nutribullet": "blender",
    "nespresso": "coffee maker",
    "keurig": "coffee maker",
    "bialetti": "coffee maker",
    "zippo": "lighter",
    "tiffany lamp": "lamp",
    "lava lamp": "lamp",
    # instruments
    "stratocaster": "guitar",
    "telecaster": "guitar",
    "les paul": "guitar",
    "steinway": "grand piano",
    "moog": "synthesizer",
    # clothing
    "converse": "sneaker",
    "nike": "sneaker",
    "air jordan": "sneaker",
    "jordans": "sneaker",
    "adidas": "sneaker",
    "reebok": "sneaker",
    "doc martens": "boot",
    "dr martens": "boot",
    "timberland": "boot",
    "uggs": "boot",
    "ugg boot": "boot",
    "birkenstock": "sandal",
    "crocs": "sandal",
    "ray ban": "glasses",
    "rayban": "glasses",
    "levis": "trousers",
    # toys
    "lego": "toy block",
    "lego brick": "toy block",
    "duplo": "toy block",
    "barbie": "doll",
    "ken doll": "doll",
    "hot wheels": "toy car",
    "matchbox car": "toy car",
    "tonka truck": "toy car",
    "nerf gun": "blaster",
    "nerf blaster": "blaster",
    # weapons and tools
    "glock": "pistol",
    "colt revolver": "revolver",
    "ak": "rifle",
    "kalashnikov": "rifle",
    "winchester rifle": "rifle",
    "swiss army knife": "pocketknife",
    "leatherman": "pliers",
    "dremel": "drill",
    "black and decker": "drill",
    "stanley knife": "knife",
    "maglite": "flashlight",
}

#: Model codes and words after a name that say which model, not what it is ("a tesla model 3",
#: "a porsche 911", "a ford f-150", "an iphone 15 pro max").
_MODEL_WORDS = frozenset(
    "model series edition pro max plus ultra mini mk mark classic gt turbo sport".split()  # noqa: SIM905
)
#: Longest name in the table, in words.
_LONGEST = max(len(name.split()) for name in BRANDS)


def _model_code(word: str) -> bool:
    """True for a word that only numbers a model: digits, one letter, or a model word."""
    return word.isdigit() or len(word) == 1 or word in _MODEL_WORDS


def brand_kind(phrase: str) -> str | None:
    """The kind of thing ``phrase`` names when it is a brand or model name (with any model
    code after it: "tesla model 3" → car), else None."""
    words = phrase.split()
    found = brand_at_end(words)
    return None if found is None or found[0] != 0 else found[2]


def brand_at_end(words: Sequence[str]) -> tuple[int, int, str] | None:
    """A brand name that ends ``words`` (model codes after it aside): where it is
    (``words[start:end]``) and its kind; the longest name first; None when none does."""
    for end in range(len(words), 0, -1):
        for start in range(max(0, end - _LONGEST), end):
            name = " ".join(words[start:end])
            kind = BRANDS.get(name) or (
                BRANDS.get(name.replace(" ", "")) if end - start > 1 else None
            )
            if kind is not None:
                return start, end, kind
        if not _model_code(words[end - 1]):
            return None
    return None
