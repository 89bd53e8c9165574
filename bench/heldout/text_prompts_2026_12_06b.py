"""Held-out text-to-3D prompt set of 2026-12-06 (second set, "b") for MeshForge's text engine.

What this is
    A labelled set of prompts of the kind people really type into 3D generators (Meshy, Tripo,
    Luma Genie, ModelsLab, Shap-E demos, game-asset and 3D-printing requests). It was written on
    2026-12-06 by an engineer who did not look at the catalog, its tests or older prompt sets: the
    objects were chosen afresh from what people ask 3D generators for, and labelled from the
    policy below only. 443 prompts: 251 single objects, 77 near misses, 73 scenes, 42 abstract.

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
                        whose parts name other things (a kettlebell is not a kettle, a guinea pig
                        is not a pig), rare animals, specialised tools and instruments, regional
                        words and words with two senses.
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

SINGLE_OBJECTS = (
    # animal
    _one("cat", "cat", "animal"),
    _one("a 3d model of a golden retriever", "dog", "animal", "golden retriever"),
    _one("low poly fox", "fox", "animal"),
    _one(
        "a sleeping kitten curled up in a ball", "cat", "animal", "kitten", "sleeping", "curled up"
    ),
    _one("black horse rearing up on its hind legs", "horse", "animal", "black", "rearing"),
    _one("a cute cartoon penguin", "penguin", "animal"),
    _one(
        "realistic african elephant with long tusks", "elephant", "animal", "african", "long tusks"
    ),
    _one("a great white shark, mouth open", "shark", "animal", "great white", "mouth open"),
    _one("OWL", "owl", "animal"),
    _one("a roaring t-rex", "t-rex", "animal", "roaring"),
    _one("green frog sitting", "frog", "animal", "green", "sitting"),
    _one("a red dragon with its wings spread", "dragon", "animal", "red", "wings spread"),
    _one("a black and white dairy cow", "cow", "animal", "black and white"),
    _one("pink pig, low-poly game asset", "pig", "animal", "pink"),
    _one("a bunny", "rabbit", "animal"),
    _one("a white unicorn with a rainbow mane", "unicorn", "animal", "white", "rainbow mane"),
    _one("a lion with a big fluffy mane", "lion", "animal", "fluffy mane"),
    _one("a wolf howling", "wolf", "animal", "howling"),
    _one("a brown bear standing on two legs", "bear", "animal", "brown", "standing"),
    _one("corgi puppy", "dog", "animal", "corgi", "puppy"),
    _one("a german shepard dog sitting", "dog", "animal", "german shepherd", "sitting"),
    # food
    _one("a slice of pepperoni pizza", "pizza slice", "food", "pepperoni"),
    _one("cheeseburger", "burger", "food", "cheese"),
    _one("a banana", "banana", "food"),
    _one("a bunch of ripe bananas", "banana", "food", "bunch", "ripe"),
    _one("Strawberry", "strawberry", "food"),
    _one("a glazed donut with rainbow sprinkles", "donut", "food", "glazed", "rainbow sprinkles"),
    _one("a chocolate doughnut", "donut", "food", "chocolate"),
    _one("a three-tier wedding cake", "cake", "food", "three-tier"),
    _one("croissant", "croissant", "food"),
    _one("an orange carrot with green leaves", "carrot", "food", "orange", "green leaves"),
    _one("a cup of coffee", "coffee cup", "food"),
    _one("a can of soda", "soda can", "food"),
    _one("a loaf of bread", "bread", "food", "loaf"),
    _one("an ice cream cone with two scoops", "ice cream cone", "food", "two scoops"),
    _one("avocado cut in half with the pit", "avocado", "food", "cut in half", "pit"),
    _one("a fried egg", "fried egg", "food"),
    _one("a green apple", "apple", "food", "green"),
    _one("three pancakes stacked with syrup", "pancake", "food", "three", "stacked", "syrup"),
    # kitchen
    _one("stainless steel electric kettle", "kettle", "kitchen", "stainless steel", "electric"),
    _one("a frying pan", "frying pan", "kitchen"),
    _one("a cast iron skillet", "frying pan", "kitchen", "cast iron"),
    _one("toaster", "toaster", "kitchen"),
    _one("a microwave oven", "microwave", "kitchen"),
    _one("a kitchen knife with a wooden handle", "kitchen knife", "kitchen", "wooden handle"),
    _one("a white ceramic mug", "mug", "kitchen", "white", "ceramic"),
    _one("blue and white porcelain teapot", "teapot", "kitchen", "blue and white", "porcelain"),
    _one("a blender", "blender", "kitchen"),
    _one("wooden rolling pin", "rolling pin", "kitchen", "wooden"),
    _one("a chopping board", "cutting board", "kitchen"),
    _one("a wooden spoon", "spoon", "kitchen", "wooden"),
    _one("a mint green retro fridge", "refrigerator", "kitchen", "mint green"),
    _one("espresso machine", "espresso machine", "kitchen"),
    # household
    _one("a table lamp with a beige shade", "lamp", "household", "beige shade"),
    _one("a lit candle", "candle", "household", "lit"),
    _one("a tall blue vase", "vase", "household", "tall", "blue"),
    _one("toothbrush", "toothbrush", "household"),
    _one("a metal bucket", "bucket", "household", "metal"),
    _one("a broom", "broom", "household"),
    _one("a retro twin-bell alarm clock", "alarm clock", "household", "twin bell"),
    _one("a vacuum cleaner", "vacuum cleaner", "household"),
    _one("a folded bath towel", "towel", "household", "folded"),
    _one("a wicker laundry basket", "laundry basket", "household", "wicker"),
    _one("a round mirror with a gold frame", "mirror", "household", "round", "gold frame"),
    _one("an old brass key", "key", "household", "brass"),
    _one("a hairdryer", "hair dryer", "household"),
    _one("a toilet", "toilet", "household"),
    _one("a black umbrella, open", "umbrella", "household", "black", "open"),
    # furniture
    _one("a wooden chair", "chair", "furniture", "wooden"),
    _one("office chair", "office chair", "furniture"),
    _one("an l-shaped grey sofa", "sofa", "furniture", "l-shaped", "grey"),
    _one("a settee", "sofa", "furniture"),
    _one("a round dining table", "table", "furniture", "round"),
    _one("a low coffee table", "coffee table", "furniture", "low"),
    _one("a double bed with a tufted headboard", "bed", "furniture", "double", "tufted headboard"),
    _one("bunk bed", "bunk bed", "furniture"),
    _one("a bookcase", "bookshelf", "furniture"),
    _one("three-legged wooden stool", "stool", "furniture", "three-legged", "wooden"),
    _one("a rocking chair", "rocking chair", "furniture"),
    _one("an oak writing desk with drawers", "desk", "furniture", "oak", "drawers"),
    _one("a bedside table", "nightstand", "furniture"),
    _one(
        "a Chesterfield sofa in green velvet",
        "sofa",
        "furniture",
        "chesterfield",
        "green",
        "velvet",
    ),
    # electronics
    _one("smartphone", "smartphone", "electronics"),
    _one("an iphone", "smartphone", "electronics", "iphone"),
    _one("an open silver laptop", "laptop", "electronics", "open", "silver"),
    _one("a gaming pc tower with rgb lights", "computer tower", "electronics", "rgb lights"),
    _one("black over-ear headphones", "headphones", "electronics", "black", "over-ear"),
    _one("a game controller", "game controller", "electronics"),
    _one("a gamepad", "game controller", "electronics"),
    _one("an old crt tv with rabbit ear antennas", "television", "electronics", "crt", "antennas"),
    _one("a vintage film camera", "camera", "electronics", "film"),
    _one("a quadcopter drone", "drone", "electronics", "quadcopter"),
    _one("a smartwatch", "smartwatch", "electronics"),
    _one("a cylindrical bluetooth speaker", "speaker", "electronics", "cylindrical"),
    _one("vr headset", "vr headset", "electronics"),
    _one("a nintendo switch", "game console", "electronics", "nintendo switch"),
    # office
    _one("a red stapler", "stapler", "office", "red"),
    _one("a yellow pencil with an eraser on the end", "pencil", "office", "yellow", "eraser"),
    _one("a ballpoint pen", "pen", "office", "ballpoint"),
    _one("paperclip", "paper clip", "office"),
    _one("a spiral notebook", "notebook", "office", "spiral"),
    _one("a pair of scissors with orange handles", "scissors", "office", "orange handles"),
    _one(
        "a grey filing cabinet with three drawers",
        "filing cabinet",
        "office",
        "grey",
        "three drawers",
    ),
    _one("a calculator", "calculator", "office"),
    _one("a tape dispenser", "tape dispenser", "office"),
    _one("a desk globe", "globe", "office"),
    _one("a green highlighter", "highlighter", "office", "green"),
    _one("a post-it note", "sticky note", "office", "post-it"),
    # tool
    _one("a claw hammer", "hammer", "tool", "claw"),
    _one(
        "a phillips screwdriver with a yellow handle",
        "screwdriver",
        "tool",
        "phillips",
        "yellow handle",
    ),
    _one("an adjustable wrench", "wrench", "tool", "adjustable"),
    _one("pliers", "pliers", "tool"),
    _one("a cordless power drill", "drill", "tool", "cordless"),
    _one("a hand saw", "saw", "tool"),
    _one("a chainsaw", "chainsaw", "tool"),
    _one("a rusty shovel", "shovel", "tool", "rusty"),
    _one("a wood splitting axe", "axe", "tool"),
    _one("a tape measure", "tape measure", "tool"),
    _one("a red metal toolbox", "toolbox", "tool", "red", "metal"),
    _one("a wooden stepladder", "stepladder", "tool", "wooden"),
    # weapon
    _one("a longsword with a leather-wrapped grip", "sword", "weapon", "long", "leather grip"),
    _one("katana", "katana", "weapon"),
    _one("a recurve bow", "bow", "weapon", "recurve"),
    _one("a round wooden viking shield", "shield", "weapon", "round", "wooden", "viking"),
    _one("a medieval knight helmet with a visor", "helmet", "weapon", "visor"),
    _one("a dagger", "dagger", "weapon"),
    _one("a handgun", "pistol", "weapon"),
    _one("a sniper rifle with a scope", "rifle", "weapon", "sniper", "scope"),
    _one("a spear", "spear", "weapon"),
    _one("a spiked mace", "mace", "weapon", "spiked"),
    _one("a battle axe", "battle axe", "weapon"),
    _one("a full suit of armour", "suit of armor", "weapon"),
    # instrument
    _one("a classical guitar", "guitar", "instrument", "classical"),
    _one(
        "a red fender stratocaster", "electric guitar", "instrument", "red", "fender stratocaster"
    ),
    _one("a black grand piano", "grand piano", "instrument", "black"),
    _one("an upright piano", "upright piano", "instrument"),
    _one("violin", "violin", "instrument"),
    _one("a fiddle", "violin", "instrument"),
    _one("a drum kit", "drum kit", "instrument"),
    _one("a snare drum", "drum", "instrument", "snare"),
    _one("a brass trumpet", "trumpet", "instrument", "brass"),
    _one("a sax", "saxophone", "instrument"),
    _one("a flute", "flute", "instrument"),
    _one("ukulele", "ukulele", "instrument"),
    # sports
    _one("a soccer ball", "soccer ball", "sports"),
    _one("basketball", "basketball", "sports"),
    _one("a tennis racquet", "tennis racket", "sports"),
    _one("a skateboard with red wheels", "skateboard", "sports", "red wheels"),
    _one("a dumbbell", "dumbbell", "sports"),
    _one("a surfboard", "surfboard", "sports"),
    _one("a pair of skis", "ski", "sports", "pair"),
    _one("a red boxing glove", "boxing glove", "sports", "red"),
    _one("a hockey stick", "hockey stick", "sports"),
    _one("a volleyball", "volleyball", "sports"),
    _one("a gold trophy cup", "trophy", "sports", "gold"),
    _one("tennis ball", "tennis ball", "sports"),
    # clothing
    _one("a white t-shirt", "t-shirt", "clothing", "white"),
    _one("blue denim jeans", "jeans", "clothing", "blue", "denim"),
    _one("a pair of sneakers", "sneaker", "clothing", "pair"),
    _one("a baseball cap", "baseball cap", "clothing"),
    _one("a hoodie", "hoodie", "clothing"),
    _one("a hooded sweatshirt", "hoodie", "clothing"),
    _one(
        "a knitted sweater with a reindeer pattern",
        "sweater",
        "clothing",
        "knitted",
        "reindeer pattern",
    ),
    _one("a leather jacket", "jacket", "clothing", "leather"),
    _one("a long red evening gown", "dress", "clothing", "long", "red"),
    _one("a pair of brown leather hiking boots", "boot", "clothing", "pair", "brown", "leather"),
    _one("aviator sunglasses", "sunglasses", "clothing", "aviator"),
    _one("a striped wool scarf", "scarf", "clothing", "striped", "wool"),
    _one("a red stiletto high heel", "high heel", "clothing", "red", "stiletto"),
    _one("a pair of grey trousers", "trousers", "clothing", "grey"),
    # toy
    _one("a red 2x4 lego brick", "toy brick", "toy", "red", "2x4", "lego"),
    _one("a yo-yo", "yo-yo", "toy"),
    _one("a rubik's cube", "rubik's cube", "toy"),
    _one("a toy car", "toy car", "toy"),
    _one("a wooden toy train", "toy train", "toy", "wooden"),
    _one("a rag doll with button eyes", "doll", "toy", "rag", "button eyes"),
    _one("a spinning top", "spinning top", "toy"),
    _one("a diamond-shaped kite with a long tail", "kite", "toy", "diamond-shaped", "long tail"),
    _one("a jack-in-the-box", "jack-in-the-box", "toy"),
    _one("a wind-up toy robot", "toy robot", "toy", "wind-up"),
    _one("a striped beach ball", "beach ball", "toy", "striped"),
    _one("a twenty-sided die", "dice", "toy", "twenty-sided"),
    # vehicle
    _one("a red sports car", "sports car", "vehicle", "red"),
    _one("car", "car", "vehicle"),
    _one("a pickup truck", "pickup truck", "vehicle"),
    _one("a red double-decker bus", "bus", "vehicle", "red", "double-decker"),
    _one("a motorbike", "motorcycle", "vehicle"),
    _one("a bicylce", "bicycle", "vehicle"),
    _one("an aeroplane", "airplane", "vehicle"),
    _one("a helicopter", "helicopter", "vehicle"),
    _one("a submarien", "submarine", "vehicle"),
    _one("a sailboat", "sailboat", "vehicle"),
    _one("a pirate ship with black sails", "ship", "vehicle", "pirate", "black sails"),
    _one("a military tank", "tank", "vehicle"),
    _one("a steam train", "train", "vehicle", "steam"),
    _one("a sci-fi spaceship", "spaceship", "vehicle"),
    _one("a fire engine", "fire truck", "vehicle"),
    _one("a yellow taxi", "taxi", "vehicle", "yellow"),
    _one("a yellow school bus", "bus", "vehicle", "yellow", "school bus"),
    _one("a mini cooper", "car", "vehicle", "mini cooper"),
    # building
    _one("a house", "house", "building"),
    _one("a small cottage with a thatched roof", "cottage", "building", "thatched roof"),
    _one("a medieval castle with four towers", "castle", "building", "four towers"),
    _one("a skyscraper", "skyscraper", "building"),
    _one("a red barn", "barn", "building", "red"),
    _one("a church with a steeple", "church", "building", "steeple"),
    _one("an igloo", "igloo", "building"),
    _one("a log cabin", "cabin", "building", "log"),
    _one("a stone wizard tower", "tower", "building", "stone"),
    _one("a petrol station", "gas station", "building"),
    _one("a greek temple with columns", "temple", "building", "columns"),
    _one(
        "a modern two-story house with a flat roof", "house", "building", "two-story", "flat roof"
    ),
    # plant
    _one("a pine tree", "tree", "plant", "pine"),
    _one("a palm tree", "tree", "plant", "palm"),
    _one("a red rose", "rose", "plant", "red"),
    _one("a tall sunflower", "sunflower", "plant", "tall"),
    _one("a saguaro cactus", "cactus", "plant", "saguaro"),
    _one("a monstera plant in a terracotta pot", "monstera", "plant", "terracotta pot"),
    _one("a bonsai tree", "bonsai", "plant"),
    _one("a yellow tulip", "tulip", "plant", "yellow"),
    _one("a red mushroom with white spots", "mushroom", "plant", "red", "white spots"),
    _one("a cherry blossom tree", "tree", "plant", "cherry blossom"),
    _one("a weeping willow", "tree", "plant", "weeping willow"),
    _one("a four-leaf clover", "clover", "plant", "four-leaf"),
    # character
    _one("a knight in shining armor", "knight", "character", "shining armor"),
    _one(
        "a wizard with a long white beard and a pointy hat",
        "wizard",
        "character",
        "long white beard",
        "pointy hat",
    ),
    _one("a humanoid robot", "robot", "character"),
    _one("an astronaut", "astronaut", "character"),
    _one("a pirate with an eyepatch", "pirate", "character", "eyepatch"),
    _one("ninja", "ninja", "character"),
    _one("a chef in a white hat", "chef", "character", "white hat"),
    _one("an old man with a cane", "man", "character", "old", "cane"),
    _one("a little girl in a yellow raincoat", "girl", "character", "yellow raincoat"),
    _one("a fireman", "firefighter", "character"),
    _one("a viking with a horned helmet", "viking", "character", "horned helmet"),
    _one("a superhero with a red cape", "superhero", "character", "red cape"),
    _one("a little green alien", "alien", "character", "green"),
    _one("a policeman", "police officer", "character"),
    # prop
    _one(
        "a wooden treasure chest full of gold coins",
        "treasure chest",
        "prop",
        "wooden",
        "gold coins",
    ),
    _one("a wooden barrel with iron bands", "barrel", "prop", "wooden", "iron bands"),
    _one("a red health potion", "potion", "prop", "red"),
    _one("a traffic cone", "traffic cone", "prop"),
    _one("a signpost with two arrows", "signpost", "prop", "two arrows"),
    _one("a red fire hydrant", "fire hydrant", "prop", "red"),
    _one("a wooden crate", "crate", "prop", "wooden"),
    _one("a campfire", "campfire", "prop"),
    _one("a magic wand", "magic wand", "prop"),
    _one("a golden crown with red jewels", "crown", "prop", "golden", "red jewels"),
    _one("an old oil lantern", "lantern", "prop", "oil"),
    _one("a human skull", "skull", "prop"),
    _one("a spellbook with a leather cover", "spellbook", "prop", "leather cover"),
)

NEAR_MISSES = (
    # animal
    _one("a catfish", "catfish", "animal"),
    _one("a seahorse", "seahorse", "animal"),
    _one("a ladybird", "ladybug", "animal"),
    _one("an axolotl", "axolotl", "animal"),
    _one("a pangolin curled into a ball", "pangolin", "animal", "curled up"),
    _one("a red panda", "red panda", "animal"),
    _one("a fruit bat hanging upside down", "bat", "animal", "fruit bat", "hanging upside down"),
    _one("a red-crowned crane, the bird", "crane", "animal", "red-crowned"),
    # food
    _one("a hot dog with mustard", "hot dog", "food", "mustard"),
    _one("a courgette", "zucchini", "food"),
    _one("a red capsicum", "bell pepper", "food", "red"),
    _one("a gingerbread man", "gingerbread man", "food"),
    _one("a corn dog", "corn dog", "food"),
    # kitchen
    _one("a gravy boat", "gravy boat", "kitchen"),
    _one("a pepper mill", "pepper mill", "kitchen"),
    _one("a butter knife", "butter knife", "kitchen"),
    # household
    _one("a steam iron for clothes", "clothes iron", "household"),
    _one("a hoover", "vacuum cleaner", "household"),
    _one("a dustbin", "trash can", "household"),
    _one("a torch, the battery kind", "flashlight", "household"),
    _one("a piggy bank", "piggy bank", "household"),
    # furniture
    _one("a chest of drawers", "chest of drawers", "furniture"),
    _one("a beanbag chair", "beanbag", "furniture"),
    _one("a baby's cot with wooden bars", "crib", "furniture", "wooden bars"),
    # electronics
    _one("a computer mouse", "computer mouse", "electronics"),
    _one("a mechanical keyboard", "computer keyboard", "electronics", "mechanical"),
    _one("a retro arcade cabinet", "arcade machine", "electronics"),
    # office
    _one("a pencil rubber", "eraser", "office"),
    _one("a drawing pin", "thumbtack", "office"),
    _one("a fountain pen", "pen", "office", "fountain"),
    _one("a rubber stamp", "rubber stamp", "office"),
    # tool
    _one("a spanner", "wrench", "tool"),
    _one("a spirit level", "spirit level", "tool"),
    _one("a sledgehammer", "sledgehammer", "tool"),
    _one("a soldering iron", "soldering iron", "tool"),
    # weapon
    _one("a crossbow", "crossbow", "weapon"),
    _one("a warhammer", "warhammer", "weapon"),
    _one("a morning star", "morning star", "weapon"),
    _one("a claymore", "claymore", "weapon"),
    # instrument
    _one("a french horn", "french horn", "instrument"),
    _one("a didgeridoo", "didgeridoo", "instrument"),
    _one("a keytar", "keytar", "instrument"),
    _one(
        "a triangle, the percussion instrument, with its beater", "triangle", "instrument", "beater"
    ),
    # sports
    _one("a baseball bat", "baseball bat", "sports"),
    _one("a golf club", "golf club", "sports"),
    _one("a cricket bat", "cricket bat", "sports"),
    _one(
        "a football, the black and white kind with pentagons",
        "soccer ball",
        "sports",
        "black and white",
        "pentagons",
    ),
    _one("a bike helmet", "bicycle helmet", "sports"),
    # clothing
    _one("a bow tie", "bow tie", "clothing"),
    _one("a pair of trainers", "sneaker", "clothing", "pair"),
    _one("thongs, the aussie beach footwear", "flip-flop", "clothing"),
    _one("khaki pants", "trousers", "clothing", "khaki"),
    _one("a bobble hat", "beanie", "clothing", "pom-pom"),
    # toy
    _one("a teddy bear", "teddy bear", "toy"),
    _one("a yellow rubber duck", "rubber duck", "toy", "yellow"),
    _one("a rocking horse", "rocking horse", "toy"),
    _one("a chess knight", "chess knight", "toy"),
    _one("a jigsaw puzzle piece", "jigsaw puzzle piece", "toy"),
    _one("a glass marble with a swirl", "marble", "toy", "glass", "swirl"),
    # vehicle
    _one("a hot air balloon", "hot air balloon", "vehicle"),
    _one("a lorry", "truck", "vehicle"),
    _one("a vespa", "scooter", "vehicle", "vespa"),
    _one("a zeppelin", "airship", "vehicle", "zeppelin"),
    # building
    _one("a lighthouse", "lighthouse", "building"),
    _one("a treehouse", "treehouse", "building"),
    _one("an egyptian pyramid", "pyramid", "building"),
    # plant
    _one("a venus flytrap", "venus flytrap", "plant"),
    _one("a snapdragon", "snapdragon", "plant"),
    _one("a dandelion", "dandelion", "plant"),
    _one("a tiger lily", "lily", "plant", "tiger"),
    # character
    _one("a snowman with a carrot nose", "snowman", "character", "carrot nose"),
    _one("a plague doctor", "plague doctor", "character"),
    _one("a cyclops", "cyclops", "character"),
    # prop
    _one("a burning medieval torch in a wall bracket", "torch", "prop", "burning", "wall bracket"),
    _one("a jack-o'-lantern", "jack-o'-lantern", "prop"),
    _one("a red postbox", "mailbox", "prop", "red"),
    _one("a lamppost", "street lamp", "prop"),
)

SCENES = (
    # on
    _scene("a cat sleeping on a sofa", ("cat", "sofa"), "on", "animal", "sleeping"),
    _scene("a bird perched on a branch", ("bird", "branch"), "on", "animal"),
    _scene(
        "a teddy bear sitting on a wooden chair",
        ("teddy bear", "chair"),
        "on",
        "toy",
        "wooden chair",
    ),
    _scene("an apple on a plate", ("apple", "plate"), "on", "food"),
    _scene("a laptop on a desk", ("laptop", "desk"), "on", "electronics"),
    _scene(
        "a vase of flowers on a wooden table",
        ("vase", "flower", "table"),
        "on",
        "household",
        "wooden table",
    ),
    _scene("an owl perched on a tree stump", ("owl", "tree stump"), "on", "animal"),
    _scene("a pirate captain with a parrot on his shoulder", ("parrot", "pirate"), "on", "animal"),
    _scene("a skull resting on a pile of old books", ("skull", "book"), "on", "prop", "pile"),
    _scene("a lamp on a nightstand", ("lamp", "nightstand"), "on", "household"),
    _scene(
        "a teapot and two cups on a tray", ("teapot", "cup", "tray"), "on", "kitchen", "two cups"
    ),
    _scene("a frog sitting on a lily pad", ("frog", "lily pad"), "on", "animal", "sitting"),
    _scene(
        "a gnome sitting on top of a mushroom", ("gnome", "mushroom"), "on", "character", "sitting"
    ),
    _scene(
        "a sleeping dragon lying on a pile of gold coins",
        ("dragon", "gold coin"),
        "on",
        "animal",
        "sleeping",
        "pile",
    ),
    _scene("a claw hammer lying on a workbench", ("hammer", "workbench"), "on", "tool", "claw"),
    _scene("a cowboy hat hanging on a coat rack", ("cowboy hat", "coat rack"), "on", "clothing"),
    _scene("a birthday cake on a cake stand", ("cake", "cake stand"), "on", "food"),
    _scene("a cat perched atop a bookshelf", ("cat", "bookshelf"), "on", "animal"),
    # in
    _scene("a goldfish in a fishbowl", ("goldfish", "fishbowl"), "in", "animal"),
    _scene(
        "a kitten inside a cardboard box", ("cat", "box"), "in", "animal", "kitten", "cardboard box"
    ),
    _scene("the sword in the stone", ("sword", "rock"), "in", "weapon"),
    _scene("a ship in a bottle", ("ship", "bottle"), "in", "vehicle"),
    _scene("a yellow bird in a cage", ("bird", "birdcage"), "in", "animal", "yellow"),
    _scene("a rabbit peeking out of a top hat", ("rabbit", "top hat"), "in", "animal"),
    _scene(
        "a mouse peeking out of a piece of swiss cheese",
        ("mouse", "cheese"),
        "in",
        "animal",
        "swiss cheese",
    ),
    _scene("a baby asleep in a crib", ("baby", "crib"), "in", "character", "sleeping"),
    _scene("a rubber duck floating in a bathtub", ("rubber duck", "bathtub"), "in", "toy"),
    _scene(
        "an apple and a banana in a fruit bowl", ("apple", "banana", "fruit bowl"), "in", "food"
    ),
    _scene(
        "chocolate chip cookies in a glass jar",
        ("cookie", "jar"),
        "in",
        "food",
        "chocolate chip",
        "glass jar",
    ),
    _scene("a mug full of pencils", ("pencil", "mug"), "in", "office"),
    _scene("a wrench in an open toolbox", ("wrench", "toolbox"), "in", "tool", "open toolbox"),
    # next to
    _scene(
        "a dog sitting next to a red fire hydrant",
        ("dog", "fire hydrant"),
        "next to",
        "animal",
        "sitting",
        "red fire hydrant",
    ),
    _scene("a cup of coffee beside a croissant", ("coffee cup", "croissant"), "next to", "food"),
    _scene(
        "a bicycle leaning against a lamppost", ("bicycle", "street lamp"), "next to", "vehicle"
    ),
    _scene(
        "an electric guitar leaning against an amp",
        ("electric guitar", "amplifier"),
        "next to",
        "instrument",
    ),
    _scene(
        "a snowman next to a pine tree", ("snowman", "tree"), "next to", "character", "pine tree"
    ),
    _scene(
        "a mailbox beside a white picket fence",
        ("mailbox", "fence"),
        "next to",
        "prop",
        "white picket fence",
    ),
    _scene(
        "two chairs beside a round table",
        ("chair", "table"),
        "next to",
        "furniture",
        "two",
        "round table",
    ),
    _scene(
        "a red car parked next to a small house", ("car", "house"), "next to", "vehicle", "red car"
    ),
    _scene(
        "a rowing boat tied up next to a wooden dock",
        ("boat", "dock"),
        "next to",
        "vehicle",
        "rowing",
        "wooden dock",
    ),
    _scene("a cat and a dog sitting side by side", ("cat", "dog"), "next to", "animal", "sitting"),
    _scene(
        "a horse standing by a red barn",
        ("horse", "barn"),
        "next to",
        "animal",
        "standing",
        "red barn",
    ),
    _scene(
        "a police officer standing beside a police car",
        ("police officer", "car"),
        "next to",
        "character",
        "standing",
        "police car",
    ),
    # holding
    _scene("a robot holding a flower", ("robot", "flower"), "holding", "character"),
    _scene(
        "a girl holding a red balloon", ("girl", "balloon"), "holding", "character", "red balloon"
    ),
    _scene("a bear holding a jar of honey", ("bear", "honey jar"), "holding", "animal"),
    _scene("a chef holding a frying pan", ("chef", "frying pan"), "holding", "character"),
    _scene("a samurai holding a katana", ("samurai", "katana"), "holding", "character"),
    _scene("a squirrel holding an acorn", ("squirrel", "acorn"), "holding", "animal"),
    _scene(
        "a wizard holding a glowing staff",
        ("wizard", "staff"),
        "holding",
        "character",
        "glowing staff",
    ),
    _scene(
        "a knight holding a sword and a shield",
        ("knight", "sword", "shield"),
        "holding",
        "character",
    ),
    _scene(
        "a kid with an ice cream cone in his hand",
        ("child", "ice cream cone"),
        "holding",
        "character",
    ),
    _scene("an eagle carrying a fish in its talons", ("eagle", "fish"), "holding", "animal"),
    # under
    _scene("a cat hiding under a table", ("cat", "table"), "under", "animal", "hiding"),
    _scene("a dog sleeping under a tree", ("dog", "tree"), "under", "animal", "sleeping"),
    _scene("a fox curled up beneath a bush", ("fox", "bush"), "under", "animal", "curled up"),
    _scene(
        "a treasure chest buried under a palm tree",
        ("treasure chest", "tree"),
        "under",
        "prop",
        "buried",
        "palm tree",
    ),
    _scene(
        "a troll lurking under a stone bridge",
        ("troll", "bridge"),
        "under",
        "character",
        "stone bridge",
    ),
    _scene(
        "a picnic table under a beach umbrella",
        ("picnic table", "umbrella"),
        "under",
        "furniture",
        "beach umbrella",
    ),
    _scene("a frog sheltering under a mushroom", ("frog", "mushroom"), "under", "animal"),
    _scene("a toy car under the sofa", ("toy car", "sofa"), "under", "toy"),
    _scene("a pair of sneakers under a bed", ("sneaker", "bed"), "under", "clothing", "pair"),
    _scene("a puppy underneath a blanket", ("dog", "blanket"), "under", "animal", "puppy"),
    # riding
    _scene("an astronaut riding a horse", ("astronaut", "horse"), "riding", "character"),
    _scene("a knight on horseback", ("knight", "horse"), "riding", "character"),
    _scene("a witch flying on a broomstick", ("witch", "broom"), "riding", "character", "flying"),
    _scene("a cowboy riding a bucking bull", ("cowboy", "bull"), "riding", "character", "bucking"),
    _scene("a monkey riding a bicycle", ("monkey", "bicycle"), "riding", "animal"),
    _scene("a little girl riding a unicorn", ("girl", "unicorn"), "riding", "character"),
    _scene("a bulldog riding a skateboard", ("dog", "skateboard"), "riding", "animal", "bulldog"),
    _scene("a soldier on a motorbike", ("soldier", "motorcycle"), "riding", "character"),
    _scene(
        "a child on a red tricycle", ("child", "tricycle"), "riding", "character", "red tricycle"
    ),
    _scene("a viking astride a wolf", ("viking", "wolf"), "riding", "character"),
)

ABSTRACT = (
    # named mathematical forms
    _abstract("a möbius strip"),
    _abstract("a klein bottle"),
    _abstract("trefoil knot"),
    _abstract("a (3,7) torus knot"),
    _abstract("a gyroid surface"),
    _abstract("a menger sponge, level 3"),
    _abstract("a sierpinski tetrahedron"),
    _abstract("a hyperboloid of one sheet"),
    _abstract("a penrose triangle"),
    _abstract("an icosahedron"),
    _abstract("a stellated dodecahedron"),
    _abstract("a tesseract"),
    _abstract("a lorenz attractor as a 3d tube"),
    _abstract("a 3d dragon curve fractal"),
    _abstract("a koch snowflake extruded"),
    _abstract("boy's surface"),
    _abstract("the enneper minimal surface"),
    _abstract("a calabi-yau manifold"),
    _abstract("a hopf fibration"),
    _abstract("a 3d lissajous curve"),
    _abstract("a mandelbulb fractal"),
    _abstract("a seifert surface"),
    # sculptural forms
    _abstract("an abstract sculpture"),
    _abstract("Abstract Art Sculpture, smooth flowing curves"),
    _abstract("a twisted flowing organic form"),
    _abstract("a parametric voronoi lattice sculpture"),
    _abstract("geometric shapes intertwined"),
    _abstract("a minimalist abstract form with a hole through it"),
    _abstract("a random shape"),
    _abstract("an infinite spiral"),
    # moods and concepts
    _abstract("melancholy"),
    _abstract("the feeling of nostalgia"),
    _abstract("joy as a 3d shape"),
    _abstract("pure chaos"),
    _abstract("serenity"),
    _abstract("an abstract representation of time"),
    _abstract("love"),
    _abstract("the concept of freedom"),
    _abstract("anxiety made solid"),
    _abstract("entropy"),
    _abstract("balance and harmony"),
    _abstract("the sound of silence"),
)

PROMPTS = SINGLE_OBJECTS + NEAR_MISSES + SCENES + ABSTRACT
