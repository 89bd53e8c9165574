"""Held-out text-to-3D prompt set of 2026-12-06 (third set, "c") for MeshForge's text engine.

What this is
    A labelled set of prompts of the kind people really type into 3D generators (Meshy, Tripo,
    Luma Genie, ModelsLab, Shap-E demos, game-asset and 3D-printing requests). It was written on
    2026-12-06 by an engineer who did not look at the catalog, its tests or older prompt sets: the
    objects were chosen afresh from what people ask 3D generators for, and labelled from the
    policy below only. 446 prompts: 250 single objects, 82 near misses, 72 scenes, 42 abstract.

How it must be used
    Never looked at while tuning the engine, never grepped for object names, never run piecemeal.
    It is scored ONCE, at the end, by ``bench/text_heldout.py``; after that it is spent and a new
    set must be written for the next round. ``tests/unit/test_heldout_text_prompts_file.py`` only
    checks that the file is well formed.

Contents
    ``SINGLE_OBJECTS``  one concrete object each, across all 18 concrete categories, weighted
                        towards everyday things, phrased the many ways people type (bare nouns,
                        "a 3d model of", materials, styles, colours per part, counts, typos,
                        casing, synonyms and British/American words).
    ``NEAR_MISSES``     single objects that a weak matcher would swap for a neighbour: compounds
                        whose parts name other things (a seahorse is not a horse, a cricket bat
                        is neither a cricket nor a bat), rare animals, specialised tools and
                        instruments, regional words and words with two senses.
    ``SCENES``          two or three objects and a relation, in many wordings.
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
    * Clarifications added for this set (they refine, not change, the rules above):
      - Breeds, cultivars, species varieties, brands and flavours go to their kind ("a
        mustang" -> "horse", ("mustang",); "a vw beetle" -> "car", ("volkswagen beetle",)).
        A made object whose compound name denotes its own shape, which a user would reject
        the plain kind for, keeps the compound ("office chair", "grand piano", "cowboy hat",
        "electric guitar"); a variety that looks like the plain kind does not ("an acoustic
        guitar" -> "guitar", ("acoustic",)).
      - A regional word is labelled by its sense in the prompt: a burning medieval torch is a
        "torch" (a prop), not a flashlight; a British "rubber" for pencils is an "eraser".
      - A young animal is labelled with its kind, the age going into modifiers ("kitten" ->
        "cat", ("kitten",)).
    * ``category``: one of ``CATEGORIES``, following issue 13 item 2: fantasy creatures and
      dinosaurs are "animal"; humanoids, people, professions and robots are "character"; armour
      and fighting helmets are "weapon"; kitchenware and kitchen appliances are "kitchen", other
      home appliances and home items "household"; drinks are "food"; game props and street
      set-dressing (chests, barrels, potions, signposts, traffic cones) are "prop". A scene takes
      the category of its first object (the subject).
    * ``relation``: empty for a single object; for a scene one of ``RELATIONS``, normalised from
      the wording ("perched on" -> "on", "leaning against" -> "next to", "on horseback" ->
      "riding", "peeking out of" -> "in"). Scenes name two or three objects; the relation holds
      between the first object(s) and the last one. When the wording names the last object
      first ("a pirate with a parrot on his shoulder"), the labels are still ordered subject
      first: ("parrot", "pirate"), "on", category "animal".
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

#: One concrete object each, weighted towards everyday things, in the many ways people type them.
SINGLE_OBJECTS: tuple[HeldoutPrompt, ...] = (
    # animal
    _one("cat", "cat", "animal"),
    _one("a 3d model of a tabby cat sitting upright", "cat", "animal", "tabby", "sitting"),
    _one("LOW POLY FOX", "fox", "animal"),
    _one("cute cartoon elephent with big ears", "elephant", "animal", "big ears"),
    _one(
        "a brown bear standing on its hind legs",
        "bear",
        "animal",
        "brown",
        "standing on hind legs",
    ),
    _one("Penguin, stylized, game asset", "penguin", "animal"),
    _one("a dolphin mid jump", "dolphin", "animal", "jumping"),
    _one("green frog sitting", "frog", "animal", "green", "sitting"),
    _one("giraf", "giraffe", "animal"),
    _one("a realistic german shepherd", "dog", "animal", "german shepherd"),
    _one("white bunny with floppy ears", "rabbit", "animal", "white", "floppy ears"),
    _one("an eagle with its wings spread", "eagle", "animal", "spread wings"),
    _one("a red dragon breathing fire", "dragon", "animal", "red", "breathing fire"),
    _one("tyrannosaurus rex roaring, museum quality", "tyrannosaurus rex", "animal", "roaring"),
    _one("a tortoise with a green shell", "tortoise", "animal", "green shell"),
    _one(
        "a galloping horse, brown with a black mane",
        "horse",
        "animal",
        "galloping",
        "brown",
        "black mane",
    ),
    _one("snail with a spiral shell", "snail", "animal", "spiral shell"),
    _one("a black and white dairy cow", "cow", "animal", "black and white"),
    # food
    _one("a slice of pepperoni pizza", "pizza slice", "food", "pepperoni"),
    _one("a double cheeseburger", "hamburger", "food", "double", "cheese"),
    _one("a 3d model of a banana", "banana", "food"),
    _one("bananna, peeled halfway", "banana", "food", "half peeled"),
    _one("a shiny red apple with a leaf", "apple", "food", "red", "with a leaf"),
    _one("a chocolate doughnut with sprinkles", "donut", "food", "chocolate", "sprinkles"),
    _one("birthday cake with five candles", "cake", "food", "five candles"),
    _one("croissant", "croissant", "food"),
    _one("a can of soda", "soda can", "food"),
    _one("a watermelon cut in half", "watermelon", "food", "cut in half"),
    _one("strawberry, photorealistic", "strawberry", "food"),
    _one("a loaf of bread", "bread", "food", "loaf"),
    _one("a taco with lettuce and cheese", "taco", "food", "lettuce", "cheese"),
    _one(
        "ice cream cone with two scoops, strawberry and vanilla",
        "ice cream cone",
        "food",
        "two scoops",
        "strawberry",
        "vanilla",
    ),
    _one("a pinaple", "pineapple", "food"),
    _one("a bunch of purple grapes", "grape", "food", "bunch", "purple"),
    _one("a bottle of orange juice", "juice bottle", "food", "orange"),
    _one("three carrots", "carrot", "food", "three"),
    # kitchen
    _one("a white electric kettle", "kettle", "kitchen", "white"),
    _one("frying pan", "frying pan", "kitchen"),
    _one("a ceramic coffee mug with a blue handle", "mug", "kitchen", "ceramic", "blue handle"),
    _one("a kitchen knife with a wooden handle", "kitchen knife", "kitchen", "wooden handle"),
    _one("toaster, retro chrome", "toaster", "kitchen", "chrome"),
    _one("a microwave oven", "microwave", "kitchen"),
    _one("a teapot with flowers painted on it", "teapot", "kitchen", "painted flowers"),
    _one("wooden chopping board", "cutting board", "kitchen", "wooden"),
    _one("a blender", "blender", "kitchen"),
    _one("a cooking pot with a lid", "cooking pot", "kitchen", "with a lid"),
    _one("an empty wine glass", "wine glass", "kitchen", "empty"),
    _one("Rolling Pin", "rolling pin", "kitchen"),
    _one("a silicone spatula", "spatula", "kitchen", "silicone"),
    _one("a stainless steel fridge", "refrigerator", "kitchen", "stainless steel"),
    _one("a glass jar with a cork lid", "jar", "kitchen", "glass", "cork lid"),
    _one("a salt shaker", "salt shaker", "kitchen"),
    # household
    _one("a table lamp with a white shade", "table lamp", "household", "white shade"),
    _one("an old fashioned alarm clock with two bells", "alarm clock", "household", "two bells"),
    _one("a folded bath towel", "towel", "household", "folded"),
    _one("a scented candle in a glass", "candle", "household", "in a glass"),
    _one("toilet", "toilet", "household"),
    _one("a toothbrush", "toothbrush", "household"),
    _one("a vacuum cleaner", "vacuum cleaner", "household"),
    _one("a front loading washing machine", "washing machine", "household", "front loading"),
    _one("an open red umbrela", "umbrella", "household", "open", "red"),
    _one("a plastic bucket", "bucket", "household", "plastic"),
    _one("a tall vase with a narrow neck", "vase", "household", "narrow neck", "tall"),
    _one("a wicker laundry basket", "laundry basket", "household", "wicker"),
    _one("an old brass key", "key", "household", "brass", "old"),
    _one("a wooden clothes hanger", "clothes hanger", "household", "wooden"),
    _one("a bar of soap", "soap", "household", "bar"),
    _one("a round mirror with a gold frame", "mirror", "household", "round", "gold frame"),
    # furniture
    _one("a grey three seater couch", "sofa", "furniture", "grey", "three seater"),
    _one("a wooden dining chair", "chair", "furniture", "wooden", "dining"),
    _one("ergonomic office chair, black mesh", "office chair", "furniture", "black", "mesh"),
    _one("a glass coffee table", "coffee table", "furniture", "glass"),
    _one("bookshelf full of books", "bookshelf", "furniture", "full of books"),
    _one("a double bed with a padded headboard", "bed", "furniture", "double", "padded headboard"),
    _one("a wardrobe with mirrored doors", "wardrobe", "furniture", "mirrored doors"),
    _one("a bar stool", "bar stool", "furniture"),
    _one("rocking chair", "rocking chair", "furniture"),
    _one("a writing desk with three drawers", "desk", "furniture", "three drawers"),
    _one("a bedside table", "nightstand", "furniture"),
    _one("a chest of drawers, white", "dresser", "furniture", "white"),
    _one("a brown leather armchair", "armchair", "furniture", "brown", "leather"),
    _one("a wooden garden bench", "bench", "furniture", "wooden"),
    _one("a round kitchen table", "table", "furniture", "round"),
    # electronics
    _one("a smartphone", "smartphone", "electronics"),
    _one("lapttop, open, silver", "laptop", "electronics", "open", "silver"),
    _one("a desktop computer tower with rgb fans", "desktop computer", "electronics", "rgb fans"),
    _one("over-ear headphones", "headphones", "electronics", "over-ear"),
    _one("an old crt television", "television", "electronics", "crt", "old"),
    _one("a game controller", "game controller", "electronics"),
    _one("a vintage film camera", "camera", "electronics", "film"),
    _one("a wireless computer mouse", "computer mouse", "electronics", "wireless"),
    _one("mechanical keyboard with rgb lights", "computer keyboard", "electronics", "rgb lights"),
    _one("a smart watch", "smartwatch", "electronics"),
    _one("a quadcopter drone", "drone", "electronics", "four propellers"),
    _one("an ipad", "tablet", "electronics", "ipad"),
    _one("an old transistor radio", "radio", "electronics", "transistor", "old"),
    _one("a VR headset", "vr headset", "electronics"),
    _one("a studio microphone on a stand", "microphone", "electronics", "on a stand"),
    # office
    _one("a stapler", "stapler", "office"),
    _one("a yellow pencil", "pencil", "office", "yellow"),
    _one("a ballpoint pen", "pen", "office", "ballpoint"),
    _one("a pair of scissers", "scissors", "office"),
    _one("paper clip", "paper clip", "office"),
    _one("an adjustable desk lamp", "desk lamp", "office", "adjustable"),
    _one("a spiral bound notebook", "notebook", "office", "spiral bound"),
    _one("a metal filing cabinet", "filing cabinet", "office", "metal"),
    _one("a calculator", "calculator", "office"),
    _one("a globe on a stand", "globe", "office", "on a stand"),
    _one("a tape dispenser", "tape dispenser", "office"),
    _one("a black permanent marker", "marker", "office", "black", "permanent"),
    # tool
    _one("hamer", "hammer", "tool"),
    _one("a screwdriver with a yellow handle", "screwdriver", "tool", "yellow handle"),
    _one("an adjustable wrench", "wrench", "tool", "adjustable"),
    _one("a cordless drill", "drill", "tool", "cordless"),
    _one("a hand saw", "saw", "tool"),
    _one("a wheelbarrow", "wheelbarrow", "tool"),
    _one("tape measure", "tape measure", "tool"),
    _one("a wood splitting axe", "axe", "tool"),
    _one("a red metal toolbox", "toolbox", "tool", "red", "metal"),
    _one("an aluminium step ladder", "ladder", "tool", "aluminum", "step"),
    _one("a paint brush", "paintbrush", "tool"),
    _one("pliers", "pliers", "tool"),
    # weapon
    _one("a katana", "katana", "weapon"),
    _one("a medieval longsword", "sword", "weapon", "longsword"),
    _one("a wooden longbow", "bow", "weapon", "wooden", "long"),
    _one("a knight helmet with a visor", "knight helmet", "weapon", "visor"),
    _one("a revolver", "revolver", "weapon"),
    _one("sci-fi laser rifle", "rifle", "weapon", "laser"),
    _one("a round wooden shield", "shield", "weapon", "round", "wooden"),
    _one("a dagger with a jeweled hilt", "dagger", "weapon", "jeweled hilt"),
    _one("a crossbow", "crossbow", "weapon"),
    _one("a double headed battle axe", "battle axe", "weapon", "double headed"),
    _one("hand grenade", "grenade", "weapon"),
    _one("a spiked mace", "mace", "weapon", "spiked"),
    # instrument
    _one("a guitr", "guitar", "instrument"),
    _one("an upright piano", "piano", "instrument", "upright"),
    _one("a violin with a bow", "violin", "instrument", "with a bow"),
    _one("a drum kit", "drum kit", "instrument"),
    _one("a brass trumpet", "trumpet", "instrument", "brass"),
    _one("a gold saxophone", "saxophone", "instrument", "gold"),
    _one("a flute", "flute", "instrument"),
    _one("ukulele", "ukulele", "instrument"),
    _one("a golden harp", "harp", "instrument", "golden"),
    _one("a snare drum", "drum", "instrument", "snare"),
    _one("an electric bass guitar", "bass guitar", "instrument"),
    _one("a colourful xylophone", "xylophone", "instrument", "colorful"),
    # sports
    _one("a soccer ball", "soccer ball", "sports"),
    _one("basketball", "basketball", "sports"),
    _one("a tennis racket", "tennis racket", "sports"),
    _one("a wooden baseball bat", "baseball bat", "sports", "wooden"),
    _one("a skatebord", "skateboard", "sports"),
    _one("an american football", "american football", "sports"),
    _one("a pair of dumbbells", "dumbbell", "sports", "pair"),
    _one("a golf club", "golf club", "sports"),
    _one("an ice hockey stick", "hockey stick", "sports"),
    _one("a surfboard with a blue stripe", "surfboard", "sports", "blue stripe"),
    _one("red boxing gloves", "boxing gloves", "sports", "red"),
    _one("a bowling pin", "bowling pin", "sports"),
    _one("a gold trophy cup", "trophy", "sports", "gold"),
    # clothing
    _one("a plain white t-shirt", "t-shirt", "clothing", "white", "plain"),
    _one("blue jeans", "jeans", "clothing", "blue"),
    _one("a pair of sneakers", "sneaker", "clothing", "pair"),
    _one("a baseball cap", "baseball cap", "clothing"),
    _one("a black leather jacket", "jacket", "clothing", "black", "leather"),
    _one("a red and white striped scarf", "scarf", "clothing", "red and white", "striped"),
    _one("a grey hoodie", "hoodie", "clothing", "grey"),
    _one("a floral summer dress", "dress", "clothing", "floral"),
    _one("sunglasses", "sunglasses", "clothing"),
    _one("a red high heel shoe", "high heel", "clothing", "red"),
    _one("a leather handbag", "handbag", "clothing", "leather"),
    _one("a knitted wool beanie", "beanie", "clothing", "knitted", "wool"),
    _one("a pair of yellow rain boots", "rain boot", "clothing", "pair", "yellow"),
    # toy
    _one("a tedy bear", "teddy bear", "toy"),
    _one("a yellow rubber duck", "rubber duck", "toy", "yellow"),
    _one("a lego brick", "lego brick", "toy"),
    _one("a wooden toy train", "toy train", "toy", "wooden"),
    _one("a yo-yo", "yo-yo", "toy"),
    _one("a rocking horse", "rocking horse", "toy"),
    _one("a diamond kite", "kite", "toy", "diamond"),
    _one("a spinning top", "spinning top", "toy"),
    _one("a rubik's cube", "rubik's cube", "toy"),
    _one("a doll with blonde hair", "doll", "toy", "blonde hair"),
    _one("a wind-up toy robot", "toy robot", "toy", "wind-up"),
    _one("jack in the box", "jack-in-the-box", "toy"),
    _one("a toy car", "toy car", "toy"),
    # vehicle
    _one("A RED SPORTS CAR", "sports car", "vehicle", "red"),
    _one("a yellow school bus", "school bus", "vehicle", "yellow"),
    _one("a bicycle", "bicycle", "vehicle"),
    _one("motorcyle", "motorcycle", "vehicle"),
    _one("a fire truck", "fire truck", "vehicle"),
    _one("a sailboat with white sails", "sailboat", "vehicle", "white sails"),
    _one("a passenger aeroplane", "airplane", "vehicle", "passenger"),
    _one("a helicopter", "helicopter", "vehicle"),
    _one("a green tractor", "tractor", "vehicle", "green"),
    _one("a pickup truck", "pickup truck", "vehicle"),
    _one("a steam locomotive", "locomotive", "vehicle", "steam"),
    _one("a yellow submarine", "submarine", "vehicle", "yellow"),
    _one("a rocket ship", "rocket", "vehicle"),
    _one("a kick scooter", "scooter", "vehicle", "kick"),
    _one("a hot air balloon", "hot air balloon", "vehicle"),
    # building
    _one("a cottage with a thatched roof", "cottage", "building", "thatched roof"),
    _one("a lighthouse", "lighthouse", "building"),
    _one("a medieval castle", "castle", "building"),
    _one("a red barn", "barn", "building", "red"),
    _one("a dutch windmill", "windmill", "building", "dutch"),
    _one("a glass skyscraper", "skyscraper", "building", "glass"),
    _one("a japanese pagoda", "pagoda", "building"),
    _one("a log cabin", "cabin", "building", "log"),
    _one("a small church with a steeple", "church", "building", "steeple"),
    _one("a gas station", "gas station", "building"),
    _one("a two storey house with a chimney", "house", "building", "two storey", "chimney"),
    _one("a stone bridge", "bridge", "building", "stone"),
    # plant
    _one("a cactus in a pot", "cactus", "plant", "in a pot"),
    _one("a palm tree", "tree", "plant", "palm"),
    _one("a single red rose", "rose", "plant", "red"),
    _one("a tulip", "tulip", "plant"),
    _one("a bonsai tree", "bonsai", "plant"),
    _one("red mushroom with white spots", "mushroom", "plant", "red", "white spots"),
    _one("a snow covered pine tree", "tree", "plant", "pine", "snow covered"),
    _one("a monstera in a white pot", "houseplant", "plant", "monstera", "white pot"),
    _one("a fern", "fern", "plant"),
    _one("a round green bush", "bush", "plant", "round", "green"),
    _one("an aloe vera plant", "aloe vera", "plant"),
    _one("a weeping willow", "tree", "plant", "weeping willow"),
    # character
    _one("a knight in shining armour", "knight", "character", "shining armor"),
    _one("an old wizard with a staff", "wizard", "character", "old", "staff"),
    _one("astronaut", "astronaut", "character"),
    _one("a humanoid robot", "robot", "character", "humanoid"),
    _one("a pirate captain with a tricorn hat", "pirate", "character", "captain", "tricorn hat"),
    _one("a chef in a white hat", "chef", "character", "white hat"),
    _one("a zombie", "zombie", "character"),
    _one("a firefighter", "firefighter", "character"),
    _one("a cowboy", "cowboy", "character"),
    _one("an old man with a long beard", "man", "character", "old", "long beard"),
    _one("a princess in a pink dress", "princess", "character", "pink dress"),
    _one("a skelleton", "skeleton", "character"),
    _one("a superhero with a red cape", "superhero", "character", "red cape"),
    # prop
    _one("a treasure chest", "treasure chest", "prop"),
    _one("a wooden barrel", "barrel", "prop", "wooden"),
    _one("a red health potion", "potion", "prop", "red"),
    _one("a traffic cone", "traffic cone", "prop"),
    _one("a street lamp", "street lamp", "prop"),
    _one("a mailbox", "mailbox", "prop"),
    _one("a wooden crate", "crate", "prop", "wooden"),
    _one("a signpost", "signpost", "prop"),
    _one("a campfire", "campfire", "prop"),
    _one("tombstone", "gravestone", "prop"),
    _one("a lantern", "lantern", "prop"),
    _one("a gold coin", "coin", "prop", "gold"),
    _one("a glowing blue magic crystal", "crystal", "prop", "glowing", "blue"),
)

#: Single objects a weak matcher would swap for a neighbour.
NEAR_MISSES: tuple[HeldoutPrompt, ...] = (
    # animal
    _one("a seahorse", "seahorse", "animal"),
    _one("a dragonfly", "dragonfly", "animal"),
    _one("a ladybird", "ladybug", "animal"),
    _one("a hammerhead shark", "shark", "animal", "hammerhead"),
    _one("a swordfish", "swordfish", "animal"),
    _one("a pangolin", "pangolin", "animal"),
    _one("an axolotl", "axolotl", "animal"),
    _one("a bat hanging upside down", "bat", "animal", "hanging upside down"),
    _one("a crane standing on one leg", "crane", "animal", "standing on one leg"),
    # food
    _one("a hot dog with mustard", "hot dog", "food", "mustard"),
    _one("a courgette", "zucchini", "food"),
    _one("a dragon fruit", "dragon fruit", "food"),
    _one("a digestive biscuit", "cookie", "food", "digestive"),
    _one("a kiwi fruit cut in half", "kiwi fruit", "food", "cut in half"),
    _one("a gingerbread man", "gingerbread man", "food"),
    # kitchen
    _one("a cheese grater", "grater", "kitchen"),
    _one("a pepper mill", "pepper grinder", "kitchen"),
    _one("a corkscrew", "corkscrew", "kitchen"),
    _one("a waffle iron", "waffle iron", "kitchen"),
    # household
    _one("a torch with a rubber grip", "flashlight", "household", "rubber grip"),
    _one("a hot water bottle", "hot water bottle", "household"),
    _one("a clothes peg", "clothespin", "household"),
    _one("a piggy bank", "piggy bank", "household"),
    _one("a fly swatter", "fly swatter", "household"),
    # furniture
    _one("a beanbag", "bean bag chair", "furniture"),
    _one("an ottoman", "ottoman", "furniture"),
    _one("a cupboard", "cupboard", "furniture"),
    _one("a hammock between two posts", "hammock", "furniture", "two posts"),
    # electronics
    _one("a walkie talkie", "walkie-talkie", "electronics"),
    _one("a wifi router with antennas", "router", "electronics", "antennas"),
    _one("a record player", "turntable", "electronics"),
    _one("a tv remote", "remote control", "electronics"),
    # office
    _one("a bulldog clip", "binder clip", "office"),
    _one("a drawing pin", "thumbtack", "office"),
    _one("a pencil sharpener", "pencil sharpener", "office"),
    _one("an inkwell with a quill", "inkwell", "office", "quill"),
    # tool
    _one("a spanner", "wrench", "tool"),
    _one("a crowbar", "crowbar", "tool"),
    _one("a soldering iron", "soldering iron", "tool"),
    _one("a pitchfork", "pitchfork", "tool"),
    _one("a caulking gun", "caulking gun", "tool"),
    # weapon
    _one("a claymore", "claymore", "weapon"),
    _one("a halberd", "halberd", "weapon"),
    _one("a boomerang", "boomerang", "weapon"),
    _one("a steel gauntlet", "gauntlet", "weapon", "steel"),
    # instrument
    _one("a french horn", "french horn", "instrument"),
    _one("bagpipes", "bagpipes", "instrument"),
    _one("a didgeridoo", "didgeridoo", "instrument"),
    _one("a triangle, the percussion instrument", "triangle", "instrument"),
    _one("a recorder you play at school", "recorder", "instrument"),
    # sports
    _one("a cricket bat", "cricket bat", "sports"),
    _one("a shuttlecock", "shuttlecock", "sports"),
    _one("a football for a premier league match", "soccer ball", "sports"),
    _one("a skipping rope", "jump rope", "sports"),
    # clothing
    _one("a pair of trainers", "sneaker", "clothing", "pair"),
    _one("a waistcoat", "vest", "clothing"),
    _one("a bow tie", "bow tie", "clothing"),
    _one("a bum bag", "fanny pack", "clothing"),
    # toy
    _one("a hobby horse", "hobby horse", "toy"),
    _one("a water gun", "water gun", "toy"),
    _one("a nutcracker soldier", "nutcracker", "toy"),
    _one("a slinky", "slinky", "toy"),
    # vehicle
    _one("a lorry", "truck", "vehicle"),
    _one("a tuk tuk", "auto rickshaw", "vehicle"),
    _one("a zeppelin", "airship", "vehicle"),
    _one("a hovercraft", "hovercraft", "vehicle"),
    # building
    _one("a doghouse", "doghouse", "building"),
    _one("a greenhouse", "greenhouse", "building"),
    _one("a treehouse", "treehouse", "building"),
    _one("an igloo", "igloo", "building"),
    # plant
    _one("a venus flytrap", "venus flytrap", "plant"),
    _one("a dandelion", "dandelion", "plant"),
    _one("a tiger lily", "lily", "plant", "tiger lily"),
    _one("a spider plant", "spider plant", "plant"),
    # character
    _one("a mermaid", "mermaid", "character"),
    _one("a snowman with a carrot nose", "snowman", "character", "carrot nose"),
    _one("an egyptian mummy", "mummy", "character"),
    _one("a bobby in his helmet", "police officer", "character", "custodian helmet"),
    # prop
    _one("a wishing well", "well", "prop"),
    _one("a bear trap", "bear trap", "prop"),
    _one("a crystal ball", "crystal ball", "prop"),
    _one("a bale of hay", "hay bale", "prop"),
)

#: Two or three objects and the relation between them, in many wordings.
SCENES: tuple[HeldoutPrompt, ...] = (
    # on
    _scene("a cat sleeping on a sofa", ("cat", "sofa"), "on", "animal", "sleeping"),
    _scene("an owl perched on a branch", ("owl", "branch"), "on", "animal"),
    _scene("a laptop on a wooden desk", ("laptop", "desk"), "on", "electronics", "wooden"),
    _scene("coffee mug sitting on a stack of books", ("mug", "book"), "on", "kitchen", "stack"),
    _scene("a vase of flowers on a table", ("vase", "table"), "on", "household", "flowers"),
    _scene("a bird standing on top of a fence post", ("bird", "fence post"), "on", "animal"),
    _scene(
        "a ginger cat curled up on a windowsill",
        ("cat", "windowsill"),
        "on",
        "animal",
        "ginger",
        "curled up",
    ),
    _scene("a candle resting on a plate", ("candle", "plate"), "on", "household"),
    _scene(
        "a crown on a red velvet cushion", ("crown", "cushion"), "on", "prop", "red velvet cushion"
    ),
    _scene("a frog sat on a lily pad", ("frog", "lily pad"), "on", "animal"),
    _scene(
        "a pirate with a parrot perched on his shoulder",
        ("parrot", "pirate"),
        "on",
        "animal",
    ),
    _scene("a lamp on a nightstand", ("lamp", "nightstand"), "on", "household"),
    _scene("a snowman on a sled", ("snowman", "sled"), "on", "character"),
    _scene(
        "an apple and a pear on a wooden cutting board",
        ("apple", "pear", "cutting board"),
        "on",
        "food",
        "wooden",
    ),
    # in
    _scene("a puppy in a cardboard box", ("dog", "box"), "in", "animal", "puppy", "cardboard"),
    _scene("a goldfish in a round bowl", ("goldfish", "fish bowl"), "in", "animal", "round"),
    _scene(
        "apples and bananas in a fruit bowl",
        ("apple", "banana", "bowl"),
        "in",
        "food",
    ),
    _scene("a rose in a glass vase", ("rose", "vase"), "in", "plant", "glass"),
    _scene("a hamster inside a teacup", ("hamster", "teacup"), "in", "animal"),
    _scene("a bird in a cage", ("bird", "birdcage"), "in", "animal"),
    _scene("a ship in a bottle", ("ship", "bottle"), "in", "vehicle"),
    _scene("a mouse peeking out of a boot", ("mouse", "boot"), "in", "animal"),
    _scene("pencils in a pencil cup", ("pencil", "pencil holder"), "in", "office"),
    _scene("a car parked inside a garage", ("car", "garage"), "in", "vehicle"),
    _scene("a sword stuck in a stone", ("sword", "stone"), "in", "weapon"),
    _scene("a baby sleeping in a crib", ("baby", "crib"), "in", "character", "sleeping"),
    # next to
    _scene("a dog next to a fire hydrant", ("dog", "fire hydrant"), "next to", "animal"),
    _scene(
        "a bicycle leaning against a lamp post",
        ("bicycle", "street lamp"),
        "next to",
        "vehicle",
    ),
    _scene(
        "a chair beside a small round table", ("chair", "table"), "next to", "furniture", "round"
    ),
    _scene("a mailbox by a white picket fence", ("mailbox", "fence"), "next to", "prop", "white"),
    _scene("a guitar propped against an amp", ("guitar", "amplifier"), "next to", "instrument"),
    _scene("a horse standing beside a barn", ("horse", "barn"), "next to", "animal"),
    _scene("a fox and a rabbit side by side", ("fox", "rabbit"), "next to", "animal"),
    _scene("a broom leaning on a wall", ("broom", "wall"), "next to", "household"),
    _scene("a tent next to a campfire", ("tent", "campfire"), "next to", "building"),
    _scene("a bench beside a lamppost", ("bench", "street lamp"), "next to", "furniture"),
    _scene("two penguins next to an igloo", ("penguin", "igloo"), "next to", "animal", "two"),
    _scene(
        "a kettle and a teapot next to a toaster",
        ("kettle", "teapot", "toaster"),
        "next to",
        "kitchen",
    ),
    # holding
    _scene("a robot holding a flower", ("robot", "flower"), "holding", "character"),
    _scene("a viking holding an axe", ("viking", "axe"), "holding", "character"),
    _scene("a girl holding a red balloon", ("girl", "balloon"), "holding", "character", "red"),
    _scene("a squirrel holding an acorn", ("squirrel", "acorn"), "holding", "animal"),
    _scene("a wizard carrying a glowing orb", ("wizard", "orb"), "holding", "character", "glowing"),
    _scene("a chef with a frying pan in his hand", ("chef", "frying pan"), "holding", "character"),
    _scene("a panda eating bamboo", ("panda", "bamboo"), "holding", "animal"),
    _scene("an astronaut holding a flag", ("astronaut", "flag"), "holding", "character"),
    _scene("a samurai wielding a katana", ("samurai", "katana"), "holding", "character"),
    _scene("a dog with a stick in its mouth", ("dog", "stick"), "holding", "animal"),
    _scene("an otter clutching a seashell", ("otter", "seashell"), "holding", "animal"),
    _scene("a monkey holding a banana", ("monkey", "banana"), "holding", "animal"),
    # under
    _scene("a cat hiding under a table", ("cat", "table"), "under", "animal"),
    _scene("a frog sheltering under a mushroom", ("frog", "mushroom"), "under", "animal"),
    _scene("a person standing under an umbrella", ("person", "umbrella"), "under", "character"),
    _scene("a dog asleep underneath a tree", ("dog", "tree"), "under", "animal", "sleeping"),
    _scene(
        "a treasure chest beneath a palm tree", ("treasure chest", "tree"), "under", "prop", "palm"
    ),
    _scene("a rug under a coffee table", ("rug", "coffee table"), "under", "household"),
    _scene("a boat under a bridge", ("boat", "bridge"), "under", "vehicle"),
    _scene("presents under a christmas tree", ("gift box", "christmas tree"), "under", "prop"),
    _scene(
        "a hedgehog curled up beneath a fallen leaf",
        ("hedgehog", "leaf"),
        "under",
        "animal",
        "curled up",
    ),
    _scene("a bunny under a toadstool", ("rabbit", "mushroom"), "under", "animal"),
    # riding
    _scene("a monkey riding a bicycle", ("monkey", "bicycle"), "riding", "animal"),
    _scene("a cowboy on horseback", ("cowboy", "horse"), "riding", "character"),
    _scene("a knight riding a white horse", ("knight", "horse"), "riding", "character", "white"),
    _scene("a frog riding a skateboard", ("frog", "skateboard"), "riding", "animal"),
    _scene("a witch on a broomstick", ("witch", "broom"), "riding", "character"),
    _scene("a boy riding a dinosaur", ("boy", "dinosaur"), "riding", "character"),
    _scene("a cat on a roomba", ("cat", "robot vacuum"), "riding", "animal"),
    _scene("an elf riding a giant deer", ("elf", "deer"), "riding", "character"),
    _scene("a bear on a unicycle", ("bear", "unicycle"), "riding", "animal"),
    _scene("a soldier mounted on a camel", ("soldier", "camel"), "riding", "character"),
    _scene("a mouse riding on the back of a turtle", ("mouse", "turtle"), "riding", "animal"),
    _scene("a surfer riding a surfboard", ("surfer", "surfboard"), "riding", "character"),
)

#: Prompts that name no concrete object: the abstract sculpture is the right answer.
ABSTRACT: tuple[HeldoutPrompt, ...] = (
    _abstract("an abstract sculpture"),
    _abstract("something that represents hope"),
    _abstract("the feeling of nostalgia"),
    _abstract("chaos"),
    _abstract("make something cool"),
    _abstract("surprise me"),
    _abstract("asdfgh"),
    _abstract("anything"),
    _abstract("a flowing organic form"),
    _abstract("geometric abstract art"),
    _abstract("the concept of time"),
    _abstract("dreams"),
    _abstract("infinity"),
    _abstract("LOVE"),
    _abstract("entropy"),
    _abstract("what silence looks like"),
    _abstract("my mood today"),
    _abstract("pure energy"),
    _abstract("harmony between order and chaos"),
    _abstract("an impossible shape"),
    _abstract("a fractal"),
    _abstract("the passage of time"),
    _abstract("freedom"),
    _abstract("a visual representation of anxiety"),
    _abstract("parametric generative art, smooth curves"),
    _abstract("the smell of summer"),
    _abstract("a feeling of calm"),
    _abstract("test"),
    _abstract("3d"),
    _abstract("???"),
    _abstract("melancholy in bronze"),
    _abstract("modern art piece, twisted and smooth"),
    _abstract("joy"),
    _abstract("the internet"),
    _abstract("an idea"),
    _abstract("nothing"),
    _abstract("random shape"),
    _abstract("a minimalist abstract form, white marble"),
    _abstract("grief"),
    _abstract("the sound of music"),
    _abstract("curiosity"),
    _abstract("something weird"),
)

#: Every prompt of the set, in section order.
PROMPTS: tuple[HeldoutPrompt, ...] = SINGLE_OBJECTS + NEAR_MISSES + SCENES + ABSTRACT
