"""Held-out text prompts for the text-to-3D engine, second set of 2026-12-05 (issue 13, item 6).

What this is
    A fresh, labelled set of prompts of the kind people type into 3D generators (Meshy, Tripo,
    Luma Genie, ModelsLab, Shap-E demos, game-asset and 3D-printing requests). It was written
    on 2026-12-05, after the first set of the day (``text_prompts_2026_12_05.py``) had been
    spent, by an engineer who did NOT look at the text catalog (``src/meshforge/engines/text/``),
    its tests (``tests/unit/engines/``), the first set's prompts or any older held-out set: only
    the first set's format (this docstring's policy, the dataclass and the section names) was
    read. The objects were chosen afresh, not recalled from any earlier set.

How it must be used
    Never look at this file while building or tuning the catalog: no reading it, no grepping it,
    no printing its failures and fixing them one by one. It is scored ONCE, at the end of issue 13,
    and that single figure (with this file's name and date) goes into ``bench/RESULTS.md``. If it is
    ever used for tuning, it stops being held out: write a new file with a new date instead.

Contents
    ``SINGLE_OBJECTS``  one concrete object each, across every category, phrased the many ways
                        people type (bare nouns, "a 3d model of", materials, styles, colours per
                        part, counts, typos, casing, synonyms and regional words).
    ``NEAR_MISSES``     single objects that a weak matcher would swap for a neighbour: compounds
                        whose parts name other things (a hot dog is not a dog, a sawhorse is not
                        a horse), rare animals, specialised tools and instruments.
    ``SCENES``          two or three objects and a relation.
    ``ABSTRACT``        no concrete object at all: the abstract sculpture is the right answer.
    ``PROMPTS``         all of the above, in that order.

Labelling policy
    * ``objects``: what the user wants, as a canonical lowercase English noun phrase in the
      singular ("fire hydrant", "cat"); nouns used only in the plural keep it ("jeans",
      "headphones", "sunglasses", "scissors", "pliers", "nunchucks"). Synonyms, regional
      words and typos are labelled with the common name: couch -> "sofa", jumper -> "sweater",
      torch -> "flashlight", aubergine -> "eggplant", "a helicoptor" -> "helicopter". A breed
      or variety is labelled with its kind, the variety going into ``modifiers`` ("golden
      retriever puppy" -> "dog", ("golden retriever", "puppy"); "oak tree" -> "tree", ("oak",)).
      A species or thing with a common name of its own keeps it ("owl", "rose", "sunflower",
      "sledgehammer"). A drink is labelled with its container ("a bottle of red wine" ->
      "wine bottle"). A count does not multiply the label: "three pancakes" -> ("pancake",)
      with modifiers ("three",).
    * ``category``: one of ``CATEGORIES``, following issue 13 item 2: fantasy creatures and
      dinosaurs are "animal"; humanoids, people, professions and robots are "character"; armour
      and fighting helmets are "weapon"; kitchenware and kitchen appliances are "kitchen", other
      home appliances and home items "household"; drinks are "food"; game props and street
      set-dressing (chests, barrels, potions, signposts, traffic cones) are "prop". A scene takes
      the category of its first object (the subject).
    * ``relation``: empty for a single object; for a scene one of ``RELATIONS``, normalised from
      the wording ("perched on" -> "on", "leaning against" -> "next to", "on horseback" ->
      "riding", "peeking out of" -> "in"). Scenes name two or three objects; the relation holds
      between the first object(s) and the last one.
    * ``modifiers``: the prompt's attributes that should be VISIBLE on the model, lowercase, as
      short phrases: colours (per part where the prompt says so: "red handle"), materials
      ("leather", "wooden"), counts ("two"), parts and accessories ("with a lid", "eyepatch"),
      shape or proportion words ("round", "long"), condition ("broken", "rusty") and pose
      ("sleeping", "rearing"). Style and rendering words are NOT modifiers ("low poly",
      "stylized", "realistic", "3d model of", "game asset", "chibi", "cute", "pbr"), nor are
      overall size words that a normalised model cannot show ("tiny", "little", "giant").
    * ``category == "abstract"``: ``objects == ()``, no relation, no modifiers.
"""

from bench.heldout.schema import CATEGORIES, RELATIONS, HeldoutPrompt
from bench.heldout.schema import abstract as _abstract
from bench.heldout.schema import one as _one
from bench.heldout.schema import scene as _scene

__all__ = ["CATEGORIES", "PROMPTS", "RELATIONS", "HeldoutPrompt"]


SINGLE_OBJECTS: tuple[HeldoutPrompt, ...] = (
    # animal
    _one("a 3d model of a hedgehog", "hedgehog", "animal"),
    _one("low poly fox sitting", "fox", "animal", "sitting"),
    _one("golden retriever puppy", "dog", "animal", "golden retriever", "puppy"),
    _one("Pig", "pig", "animal"),
    _one("a black and white dairy cow", "cow", "animal", "black and white"),
    _one("old tortoise with a mossy shell", "tortoise", "animal", "mossy shell"),
    _one("bald eagle with its wings spread wide", "eagle", "animal", "bald", "spread wings"),
    _one(
        "stylized green dragon with big bat wings, game asset",
        "dragon",
        "animal",
        "green",
        "bat wings",
    ),
    _one("snowy owl", "owl", "animal", "white"),
    _one("kawaii bunny rabbit", "rabbit", "animal"),
    _one(
        "brown horse rearing up with a white mane",
        "horse",
        "animal",
        "brown",
        "rearing",
        "white mane",
    ),
    _one("an octopus with curly tentacles", "octopus", "animal", "curly tentacles"),
    _one("emperor penguin", "penguin", "animal", "emperor"),
    _one("siamese cat lying down", "cat", "animal", "siamese", "lying down"),
    # food
    _one("a slice of pepperoni pizza", "pizza", "food", "slice", "pepperoni"),
    _one("cheeseburger with lettuce and tomato", "burger", "food", "cheese", "lettuce", "tomato"),
    _one("a stack of three pancakes with syrup", "pancake", "food", "three", "syrup"),
    _one("ripe banana", "banana", "food", "ripe"),
    _one("watermelon slice", "watermelon", "food", "slice"),
    _one("donut with pink frosting and sprinkles", "donut", "food", "pink frosting", "sprinkles"),
    _one("a bottle of red wine", "wine bottle", "food", "red"),
    _one("3d model of a croissant", "croissant", "food"),
    _one("a loaf of sourdough bread", "bread", "food", "loaf", "sourdough"),
    _one("ice cream cone with two scoops", "ice cream cone", "food", "two scoops"),
    _one("a courgette", "zucchini", "food"),
    _one("strawbery", "strawberry", "food"),
    # kitchen
    _one("cast iron frying pan", "frying pan", "kitchen", "cast iron"),
    _one("a whistling tea kettle", "kettle", "kitchen"),
    _one("teapot with little flowers painted on it", "teapot", "kitchen", "painted flowers"),
    _one("plain white COFFEE MUG", "mug", "kitchen", "white"),
    _one("a chef's knife with a black handle", "kitchen knife", "kitchen", "black handle"),
    _one("wooden cutting board", "cutting board", "kitchen", "wooden"),
    _one("retro chrome toaster", "toaster", "kitchen", "chrome"),
    _one("microwave oven", "microwave", "kitchen"),
    _one("a blender with a glass jug", "blender", "kitchen", "glass jug"),
    _one("whisk", "whisk", "kitchen"),
    _one("big soup pot with a lid", "cooking pot", "kitchen", "with a lid"),
    _one(
        "fridge, stainless steel, two doors",
        "refrigerator",
        "kitchen",
        "stainless steel",
        "two doors",
    ),
    # household
    _one("a scented candle in a glass jar", "candle", "household", "glass jar"),
    _one("blue ceramic flower vase", "vase", "household", "blue", "ceramic"),
    _one("twin bell alarm clock", "alarm clock", "household", "twin bells"),
    _one("laundry basket", "laundry basket", "household"),
    _one("a roll of toilet paper", "toilet paper", "household"),
    _one("clawfoot bathtub", "bathtub", "household", "claw feet"),
    _one("broom", "broom", "household"),
    _one("table lamp with a white lamp shade", "lamp", "household", "white shade"),
    _one("wooden clothes hanger", "coat hanger", "household", "wooden"),
    _one("an ornate gold picture frame", "picture frame", "household", "ornate", "gold"),
    _one("front loading washing machine", "washing machine", "household", "front loading"),
    _one("a steam iron for ironing clothes", "iron", "household"),
    # furniture
    _one("Wooden Chair", "chair", "furniture", "wooden"),
    _one("modern grey couch", "sofa", "furniture", "grey"),
    _one("bunk bed with a ladder", "bunk bed", "furniture", "with a ladder"),
    _one("ergonomic office chair with wheels", "office chair", "furniture", "wheels"),
    _one("a bookshelf full of books", "bookshelf", "furniture", "full of books"),
    _one("round dining table", "table", "furniture", "round"),
    _one("a bar stool", "stool", "furniture"),
    _one("rocking chair", "rocking chair", "furniture"),
    _one("oak wardrobe", "wardrobe", "furniture", "oak"),
    _one("chest of drawers", "dresser", "furniture"),
    _one("green velvet armchair", "armchair", "furniture", "green", "velvet"),
    _one("bedside table", "nightstand", "furniture"),
    # electronics
    _one("smartphone", "smartphone", "electronics"),
    _one("a laptop, half open", "laptop", "electronics", "half open"),
    _one("gaming pc tower with rgb lights", "desktop computer", "electronics", "rgb lights"),
    _one("old crt telivision", "television", "electronics", "crt"),
    _one("over-ear headphones", "headphones", "electronics", "over-ear"),
    _one("xbox style game controller", "game controller", "electronics"),
    _one("vintage radio", "radio", "electronics"),
    _one("DSLR camera with a big lens", "camera", "electronics", "big lens"),
    _one("wireless computer mouse", "computer mouse", "electronics"),
    _one("mechanical keyboard", "computer keyboard", "electronics"),
    _one("quadcopter drone", "drone", "electronics", "four rotors"),
    _one("VR headset", "vr headset", "electronics"),
    # office
    _one("a stapler", "stapler", "office"),
    _one("yellow pencil with a pink eraser", "pencil", "office", "yellow", "pink eraser"),
    _one("ballpoint pen", "pen", "office"),
    _one("paper clip", "paper clip", "office"),
    _one("a desk globe on a wooden stand", "globe", "office", "wooden stand"),
    _one(
        "metal filing cabinet with 4 drawers", "filing cabinet", "office", "metal", "four drawers"
    ),
    _one("scissors with orange handles", "scissors", "office", "orange handles"),
    _one("spiral notebook", "notebook", "office", "spiral"),
    _one("calculator", "calculator", "office"),
    _one("sellotape dispenser", "tape dispenser", "office"),
    _one("a clipboard", "clipboard", "office"),
    _one("closed hardcover book", "book", "office", "closed", "hardcover"),
    # tool
    _one("claw hammer with a wooden handle", "hammer", "tool", "wooden handle"),
    _one("screwdriver, yellow handle", "screwdriver", "tool", "yellow handle"),
    _one("cordless power drill", "drill", "tool", "cordless"),
    _one("a hand saw", "saw", "tool"),
    _one("garden shovel", "shovel", "tool"),
    _one("minecraft style diamond pickaxe", "pickaxe", "tool", "diamond"),
    _one("wood splitting axe", "axe", "tool"),
    _one("pliers", "pliers", "tool"),
    _one("tape measure", "tape measure", "tool"),
    _one("a red metal toolbox", "toolbox", "tool", "red", "metal"),
    _one("aluminium step ladder", "ladder", "tool", "aluminium"),
    _one("garden rake", "rake", "tool"),
    _one("a torch", "flashlight", "tool"),
    # weapon
    _one("medieval longsword", "sword", "weapon", "long"),
    _one("knight helmet", "helmet", "weapon"),
    _one(
        "round wooden shield with a metal rim", "shield", "weapon", "round", "wooden", "metal rim"
    ),
    _one("wooden hunting bow", "bow", "weapon", "wooden"),
    _one("a pistol", "pistol", "weapon"),
    _one("sci-fi laser rifle, game ready", "rifle", "weapon", "laser"),
    _one("double bladed battle axe", "battle axe", "weapon", "double bladed"),
    _one("dagger with a jeweled hilt", "dagger", "weapon", "jeweled hilt"),
    _one("spear", "spear", "weapon"),
    _one("crossbow", "crossbow", "weapon"),
    _one("spiked mace", "mace", "weapon", "spiked"),
    _one("a full suit of plate armour", "armor", "weapon", "plate"),
    # instrument
    _one("acoustic guitar", "guitar", "instrument", "acoustic"),
    _one("electric guitarr with a red body", "guitar", "instrument", "electric", "red body"),
    _one("black grand piano", "piano", "instrument", "black", "grand"),
    _one("a drum kit", "drum kit", "instrument"),
    _one("brass trumpet", "trumpet", "instrument", "brass"),
    _one("violin with its bow", "violin", "instrument", "with a bow"),
    _one("saxophone", "saxophone", "instrument"),
    _one("silver flute", "flute", "instrument", "silver"),
    _one("a golden harp", "harp", "instrument", "golden"),
    _one("tambourine", "tambourine", "instrument"),
    _one("a xylophone with rainbow keys", "xylophone", "instrument", "rainbow keys"),
    _one("snare drum", "drum", "instrument", "snare"),
    # sports
    _one("soccer ball", "soccer ball", "sports"),
    _one("basketball", "basketball", "sports"),
    _one("tennis racquet", "tennis racket", "sports"),
    _one("wooden baseball bat", "baseball bat", "sports", "wooden"),
    _one("skatebord", "skateboard", "sports"),
    _one("a surfboard with blue stripes", "surfboard", "sports", "blue stripes"),
    _one("dumbbell", "dumbbell", "sports"),
    _one("golf club", "golf club", "sports"),
    _one("ice hockey stick", "hockey stick", "sports"),
    _one("a red boxing glove", "boxing glove", "sports", "red"),
    _one("gold trophy cup with two handles", "trophy", "sports", "gold", "two handles"),
    _one("bowling pin", "bowling pin", "sports"),
    # clothing
    _one("a pair of white sneakers", "sneaker", "clothing", "white"),
    _one("baseball cap", "baseball cap", "clothing"),
    _one("straw sun hat", "hat", "clothing", "straw"),
    _one("plain t-shirt", "t-shirt", "clothing"),
    _one("black hoodie", "hoodie", "clothing", "black"),
    _one("ripped jeans", "jeans", "clothing", "ripped"),
    _one("brown leather jacket", "jacket", "clothing", "brown", "leather"),
    _one("knitted christmas jumper", "sweater", "clothing", "knitted"),
    _one("aviator sunglasses", "sunglasses", "clothing", "aviator"),
    _one("red and white striped scarf", "scarf", "clothing", "red and white stripes"),
    _one("wool beanie with a pom pom", "beanie", "clothing", "wool", "pom pom"),
    _one("wellies", "rain boot", "clothing"),
    # toy
    _one("teddy bear", "teddy bear", "toy"),
    _one("yellow rubber duck", "rubber duck", "toy", "yellow"),
    _one("rubiks cube", "rubik's cube", "toy"),
    _one("a toy car", "toy car", "toy"),
    _one("wooden rocking horse", "rocking horse", "toy", "wooden"),
    _one("yo-yo", "yo-yo", "toy"),
    _one("spinning top", "spinning top", "toy"),
    _one("a diamond kite with a long tail", "kite", "toy", "diamond", "long tail"),
    _one("lego brick 2x4", "lego brick", "toy", "2x4"),
    _one("porcelain doll", "doll", "toy", "porcelain"),
    _one("jack in the box", "jack-in-the-box", "toy"),
    _one("wind-up tin toy robot", "toy robot", "toy", "tin", "wind-up key"),
    # vehicle
    _one("red sports car", "car", "vehicle", "red", "sports"),
    _one("yellow school bus", "bus", "vehicle", "yellow", "school"),
    _one("18 wheeler semi truck", "truck", "vehicle", "semi"),
    _one("motorbike", "motorcycle", "vehicle"),
    _one("mountain bike", "bicycle", "vehicle", "mountain"),
    _one("helicoptor", "helicopter", "vehicle"),
    _one("a small sailboat", "sailboat", "vehicle"),
    _one("old steam train", "train", "vehicle", "steam"),
    _one("passenger airplane", "airplane", "vehicle"),
    _one("green farm tractor", "tractor", "vehicle", "green"),
    _one("space rocket", "rocket", "vehicle"),
    _one("a yellow submarine", "submarine", "vehicle", "yellow"),
    _one("hot air balloon", "hot air balloon", "vehicle"),
    # building
    _one("two story house with a red door", "house", "building", "two story", "red door"),
    _one("medieval castle with four towers", "castle", "building", "four towers"),
    _one("red and white striped lighthouse", "lighthouse", "building", "red and white stripes"),
    _one("dutch windmill", "windmill", "building"),
    _one("a red barn", "barn", "building", "red"),
    _one("skyscraper", "skyscraper", "building"),
    _one("small church with a steeple", "church", "building", "steeple"),
    _one("log cabin", "cabin", "building", "log"),
    _one("igloo", "igloo", "building"),
    _one("stone arch bridge", "bridge", "building", "stone", "arch"),
    _one("japanese pagoda", "pagoda", "building", "japanese"),
    _one("a gas station", "gas station", "building"),
    # plant
    _one("potted cactus", "cactus", "plant", "potted"),
    _one("oak tree", "tree", "plant", "oak"),
    _one("pine tree covered in snow", "tree", "plant", "pine", "snow-covered"),
    _one("a single red rose", "rose", "plant", "red"),
    _one("tall sunflower", "sunflower", "plant"),
    _one("bonsai tree", "bonsai", "plant"),
    _one("red mushroom with white spots", "mushroom", "plant", "red cap", "white spots"),
    _one("leafy houseplant", "houseplant", "plant", "leafy"),
    _one("fern", "fern", "plant"),
    _one("yellow tulip", "tulip", "plant", "yellow"),
    _one("bamboo stalks", "bamboo", "plant"),
    _one("four leaf clover", "clover", "plant", "four leaves"),
    # character
    _one("a knight in shining armor", "knight", "character", "shining armor"),
    _one(
        "old wizard with a long beard and a pointy hat",
        "wizard",
        "character",
        "long beard",
        "pointy hat",
    ),
    _one("astronaut", "astronaut", "character"),
    _one("friendly robot", "robot", "character"),
    _one("zombie", "zombie", "character"),
    _one("pirate captain with a tricorn hat", "pirate", "character", "tricorn hat"),
    _one("firefighter", "firefighter", "character"),
    _one("ninja", "ninja", "character"),
    _one("old man with a cane", "man", "character", "old", "cane"),
    _one("girl in a red dress", "girl", "character", "red dress"),
    _one("grey alien with big black eyes", "alien", "character", "grey", "big black eyes"),
    _one("snowman with a carrot nose", "snowman", "character", "carrot nose"),
    # prop
    _one("treasure chest", "treasure chest", "prop"),
    _one("wooden barrel", "barrel", "prop", "wooden"),
    _one("red health potion", "potion", "prop", "red"),
    _one("traffic cone", "traffic cone", "prop"),
    _one("victorian street lamp", "street lamp", "prop"),
    _one("american mailbox", "mailbox", "prop"),
    _one("wooden signpost", "signpost", "prop", "wooden"),
    _one("a wooden crate", "crate", "prop", "wooden"),
    _one("cracked tombstone", "gravestone", "prop", "cracked"),
    _one("campfire", "campfire", "prop"),
    _one("stop sign", "stop sign", "prop"),
    _one("old lantern", "lantern", "prop"),
    _one("rusty anvil", "anvil", "prop", "rusty"),
    _one("dustbin", "trash can", "household"),
)

NEAR_MISSES: tuple[HeldoutPrompt, ...] = (
    # compounds whose parts name other things
    _one("a butterfly", "butterfly", "animal"),
    _one("ladybug", "ladybug", "animal"),
    _one("seahorse", "seahorse", "animal"),
    _one("a starfish", "starfish", "animal"),
    _one("jellyfish", "jellyfish", "animal"),
    _one("swordfish", "fish", "animal", "swordfish"),
    _one("firefly", "firefly", "animal"),
    _one("sea lion", "sea lion", "animal"),
    _one("hammerhead shark", "shark", "animal", "hammerhead"),
    _one("bull terrier", "dog", "animal", "bull terrier"),
    _one("a bullfrog", "frog", "animal", "bullfrog"),
    _one("horseshoe crab", "horseshoe crab", "animal"),
    _one("bulldozer", "bulldozer", "vehicle"),
    _one("pineapple", "pineapple", "food"),
    _one("an eggplant", "eggplant", "food"),
    _one("hot dog with mustard", "hot dog", "food", "mustard"),
    _one("corn dog", "corn dog", "food"),
    _one("a green bell pepper", "bell pepper", "food", "green"),
    _one("roasted chicken drumstick", "drumstick", "food", "roasted"),
    _one("cupboard", "cupboard", "furniture"),
    _one("bookend", "bookend", "office"),
    _one("toothbrush", "toothbrush", "household"),
    _one("hairbrush", "hairbrush", "household"),
    _one("brass doorknob", "doorknob", "household", "brass"),
    _one("piggy bank", "piggy bank", "household"),
    _one("cuckoo clock", "cuckoo clock", "household"),
    _one("grandfather clock", "grandfather clock", "household"),
    _one("mousetrap", "mousetrap", "household"),
    _one("a snow globe", "snow globe", "household"),
    _one("mouse pad", "mouse pad", "office"),
    _one("letter opener", "letter opener", "office"),
    _one("bow tie", "bow tie", "clothing"),
    _one("turtleneck sweater", "sweater", "clothing", "turtleneck"),
    _one("cowboy boot", "boot", "clothing", "cowboy"),
    _one("guitar pick", "guitar pick", "instrument"),
    _one("cowbell", "cowbell", "instrument"),
    _one("tuning fork", "tuning fork", "instrument"),
    _one("paper airplane", "paper airplane", "toy"),
    _one("toy train", "toy train", "toy"),
    _one("football helmet", "football helmet", "sports"),
    _one("pommel horse", "pommel horse", "sports"),
    _one("doghouse", "doghouse", "building"),
    _one("catapult", "catapult", "weapon"),
    # rare animals and fantasy creatures
    _one("narwhal", "narwhal", "animal"),
    _one("an axolotl, pink", "axolotl", "animal", "pink"),
    _one("pangolin", "pangolin", "animal"),
    _one("platypus", "platypus", "animal"),
    _one("armadillo", "armadillo", "animal"),
    _one("okapi", "okapi", "animal"),
    _one("manta ray", "manta ray", "animal"),
    _one("griffin", "griffin", "animal"),
    _one("pegasus with white wings", "pegasus", "animal", "white wings"),
    _one("praying mantis", "praying mantis", "animal"),
    # specialised tools, instruments and weapons
    _one("sawhorse", "sawhorse", "tool"),
    _one("crowbar", "crowbar", "tool"),
    _one("sledgehammer", "sledgehammer", "tool"),
    _one("pitchfork", "pitchfork", "tool"),
    _one("spirit level", "spirit level", "tool"),
    _one("caulking gun", "caulking gun", "tool"),
    _one("hot glue gun", "glue gun", "tool"),
    _one("soldering iron", "soldering iron", "tool"),
    _one("pipe wrench", "wrench", "tool", "pipe"),
    _one("ukulele", "ukulele", "instrument"),
    _one("banjo", "banjo", "instrument"),
    _one("accordion", "accordion", "instrument"),
    _one("tuba", "tuba", "instrument"),
    _one("trebuchet", "trebuchet", "weapon"),
    _one("nunchucks", "nunchucks", "weapon"),
)

SCENES: tuple[HeldoutPrompt, ...] = (
    # on
    _scene("a cat sleeping on a sofa", ("cat", "sofa"), "on", "animal", "sleeping"),
    _scene("frog sitting on a lily pad", ("frog", "lily pad"), "on", "animal"),
    _scene("an owl perched on a branch", ("owl", "branch"), "on", "animal"),
    _scene("laptop on a wooden desk", ("laptop", "desk"), "on", "electronics", "wooden"),
    _scene(
        "a vase with flowers on a round table",
        ("vase", "table"),
        "on",
        "household",
        "with flowers",
        "round",
    ),
    _scene("cupcake on a plate", ("cupcake", "plate"), "on", "food"),
    _scene("a pigeon standing on a statue", ("pigeon", "statue"), "on", "animal"),
    _scene("parrot on a pirate's shoulder", ("parrot", "pirate"), "on", "animal"),
    _scene("a dragon perched on top of a castle", ("dragon", "castle"), "on", "animal"),
    _scene("burger and fries on a tray", ("burger", "french fries", "tray"), "on", "food"),
    _scene("a teapot and two cups on a tray", ("teapot", "cup", "tray"), "on", "kitchen", "two"),
    _scene("three candles on a birthday cake", ("candle", "cake"), "on", "household", "three"),
    _scene("an alarm clock on a nightstand", ("alarm clock", "nightstand"), "on", "household"),
    _scene("a tv on a low wooden stand", ("television", "tv stand"), "on", "electronics", "wooden"),
    _scene("car driving on a bridge", ("car", "bridge"), "on", "vehicle"),
    _scene("a crow on a scarecrow", ("crow", "scarecrow"), "on", "animal"),
    # in
    _scene("goldfish in a fishbowl", ("fish", "fishbowl"), "in", "animal", "goldfish"),
    _scene("a teddy bear in a cardboard box", ("teddy bear", "box"), "in", "toy", "cardboard"),
    _scene("bird in a cage", ("bird", "cage"), "in", "animal"),
    _scene("sword stuck in a stone", ("sword", "rock"), "in", "weapon"),
    _scene(
        "a kitten inside a wicker basket", ("cat", "basket"), "in", "animal", "kitten", "wicker"
    ),
    _scene("cactus in a clay pot", ("cactus", "flower pot"), "in", "plant", "clay"),
    _scene("three blue eggs in a nest", ("egg", "nest"), "in", "food", "three", "blue"),
    _scene("a dog in his doghouse", ("dog", "doghouse"), "in", "animal"),
    _scene("hamster in a teacup", ("hamster", "teacup"), "in", "animal"),
    _scene("a rabbit peeking out of a top hat", ("rabbit", "top hat"), "in", "animal"),
    _scene("pencils in a mug", ("pencil", "mug"), "in", "office"),
    _scene("a rubber duck in a bathtub", ("rubber duck", "bathtub"), "in", "toy"),
    # next to
    _scene("an apple next to a banana", ("apple", "banana"), "next to", "food"),
    _scene("a floor lamp beside an armchair", ("lamp", "armchair"), "next to", "household"),
    _scene("penguin standing next to an igloo", ("penguin", "igloo"), "next to", "animal"),
    _scene("bicycle leaning against a lamp post", ("bicycle", "lamp post"), "next to", "vehicle"),
    _scene(
        "electric guitar leaning on an amp",
        ("guitar", "amplifier"),
        "next to",
        "instrument",
        "electric",
    ),
    _scene("snowman next to a pine tree", ("snowman", "tree"), "next to", "character", "pine"),
    _scene(
        "a cat and a dog sitting by a fireplace",
        ("cat", "dog", "fireplace"),
        "next to",
        "animal",
        "sitting",
    ),
    _scene("two chairs beside a table", ("chair", "table"), "next to", "furniture", "two"),
    _scene("giraffe next to an acacia tree", ("giraffe", "tree"), "next to", "animal", "acacia"),
    _scene("a mushroom growing beside a rock", ("mushroom", "rock"), "next to", "plant"),
    _scene("sword leaning against a shield", ("sword", "shield"), "next to", "weapon"),
    _scene("a mailbox next to a picket fence", ("mailbox", "fence"), "next to", "prop", "picket"),
    # under
    _scene("dog sleeping under a table", ("dog", "table"), "under", "animal", "sleeping"),
    _scene("a car parked under a tree", ("car", "tree"), "under", "vehicle"),
    _scene("soccer ball under a chair", ("soccer ball", "chair"), "under", "sports"),
    _scene("a cat hiding under the bed", ("cat", "bed"), "under", "animal"),
    _scene("troll under a bridge", ("troll", "bridge"), "under", "character"),
    _scene("a fox asleep under an oak tree", ("fox", "tree"), "under", "animal", "sleeping", "oak"),
    _scene("park bench under a street lamp", ("bench", "street lamp"), "under", "furniture"),
    _scene("presents under a christmas tree", ("gift box", "christmas tree"), "under", "prop"),
    # holding
    _scene(
        "a little girl holding a red balloon", ("girl", "balloon"), "holding", "character", "red"
    ),
    _scene("robot holding a flower", ("robot", "flower"), "holding", "character"),
    _scene(
        "wizard holding a glowing staff", ("wizard", "staff"), "holding", "character", "glowing"
    ),
    _scene("bear holding a honey pot", ("bear", "honey pot"), "holding", "animal"),
    _scene("squirrel holding an acorn", ("squirrel", "acorn"), "holding", "animal"),
    _scene("chef holding a frying pan", ("chef", "frying pan"), "holding", "character"),
    _scene("pirate holding a treasure map", ("pirate", "map"), "holding", "character"),
    _scene("soldier holding a rifle", ("soldier", "rifle"), "holding", "character"),
    _scene("a robot holding a cup of coffee", ("robot", "coffee cup"), "holding", "character"),
    _scene("samurai holding a katana", ("samurai", "sword"), "holding", "character", "katana"),
    _scene("panda holding bamboo", ("panda", "bamboo"), "holding", "animal"),
    _scene("kid holding an ice cream cone", ("child", "ice cream cone"), "holding", "character"),
    # riding
    _scene("a cowboy riding a horse", ("cowboy", "horse"), "riding", "character"),
    _scene("knight on horseback", ("knight", "horse"), "riding", "character"),
    _scene("monkey riding a bicycle", ("monkey", "bicycle"), "riding", "animal"),
    _scene("an astronaut riding a horse", ("astronaut", "horse"), "riding", "character"),
    _scene("child on a rocking horse", ("child", "rocking horse"), "riding", "character"),
    _scene("witch riding a broomstick", ("witch", "broom"), "riding", "character"),
    _scene("a frog riding a turtle", ("frog", "turtle"), "riding", "animal"),
    _scene("man riding a motorcycle", ("man", "motorcycle"), "riding", "character"),
    _scene("a mouse riding a snail", ("mouse", "snail"), "riding", "animal"),
    _scene("goblin riding a wolf", ("goblin", "wolf"), "riding", "character"),
)

ABSTRACT: tuple[HeldoutPrompt, ...] = (
    _abstract("abstract sculpture"),
    _abstract("a twisting ribbon-like abstract form"),
    _abstract("organic blob shape"),
    _abstract("interlocking geometric shapes"),
    _abstract("a spiral of stacked cubes"),
    _abstract("minimalist smooth form"),
    _abstract("fractal structure"),
    _abstract("voronoi lattice sphere"),
    _abstract("parametric wave surface"),
    _abstract("mobius strip"),
    _abstract("a klein bottle"),
    _abstract("torus knot"),
    _abstract("melting surreal shapes"),
    _abstract("something that represents happiness"),
    _abstract("the concept of time"),
    _abstract("chaos"),
    _abstract("dreamlike surreal form"),
    _abstract("gyroid"),
    _abstract("random shape"),
    _abstract("modern art piece for a pedestal"),
    _abstract("a sculpture of pure motion"),
    _abstract("swirling vortex"),
    _abstract("tangled loops"),
    _abstract("an impossible shape"),
    _abstract("biomorphic sculpture in the style of henry moore"),
    _abstract("brutalist abstract monument"),
    _abstract("geometric polyhedron"),
    _abstract("stacked floating rings"),
    _abstract("noise displaced sphere"),
    _abstract("love"),
    _abstract("freedom, as a sculpture"),
    _abstract("kinetic sculpture with sweeping curves"),
    _abstract("cubist sculpture"),
    _abstract("a shape nobody has seen before"),
    _abstract("asymmetric organic form with holes"),
    _abstract("liquid metal splash"),
    _abstract("the feeling of loneliness"),
    _abstract("wireframe lattice structure"),
    _abstract("generative art 3d"),
    _abstract("untitled"),
    _abstract("something cool"),
    _abstract("test"),
)

PROMPTS: tuple[HeldoutPrompt, ...] = SINGLE_OBJECTS + NEAR_MISSES + SCENES + ABSTRACT
