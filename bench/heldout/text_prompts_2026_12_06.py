"""Held-out text prompts for the text-to-3D engine, set of 2026-12-06 (issue 13, item 6).

What this is
    A fresh, labelled set of prompts of the kind people type into 3D generators (Meshy, Tripo,
    Luma Genie, ModelsLab, Shap-E demos, game-asset and 3D-printing requests). It was written
    on 2026-12-06, after both sets of 2026-12-05 (``text_prompts_2026_12_05.py`` and
    ``text_prompts_2026_12_05b.py``) had been spent, by an engineer who did NOT look at the text
    catalog (``src/meshforge/engines/text/``), its tests (``tests/unit/engines/``), the prompts of
    either older set or any other held-out set: only the format (``schema.py``) and the older
    set's docstring (its labelling policy) were read. The objects were chosen afresh, from what
    people ask 3D generators for first, not recalled from any list in this repository. The
    engine was never run on these prompts while writing them.

How it must be used
    Never look at this file while building or tuning the catalog: no reading it, no grepping it,
    no printing its failures and fixing them one by one. It is scored ONCE, at the end of issue 13,
    and that single figure (with this file's name and date) goes into ``bench/RESULTS.md``. If it is
    ever used for tuning, it stops being held out: write a new file with a new date instead.

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
    _one("a cat", "cat", "animal"),
    _one("a sleeping black cat curled up", "cat", "animal", "sleeping", "black", "curled up"),
    _one("cartoon dog with floppy ears", "dog", "animal", "floppy ears"),
    _one("A German Shepherd", "dog", "animal", "german shepherd"),
    _one("low poly fox", "fox", "animal"),
    _one("a 3d model of a horse", "horse", "animal"),
    _one("elephant", "elephant", "animal"),
    _one("a rabit", "rabbit", "animal"),
    _one("an owl with big yellow eyes", "owl", "animal", "yellow eyes"),
    _one("penguin", "penguin", "animal"),
    _one("a green frog", "frog", "animal", "green"),
    _one("a cow with black and white spots", "cow", "animal", "black and white spots"),
    _one("a red dragon with its wings spread", "dragon", "animal", "red", "wings spread"),
    _one("low poly dinosaur for a game", "dinosaur", "animal"),
    _one("a butterfly with blue wings", "butterfly", "animal", "blue wings"),
    _one("a colourful parrot", "parrot", "animal", "colorful"),
    _one("a chicken", "chicken", "animal"),
    _one("goldfish", "goldfish", "animal"),
    _one("a brown bear standing on its hind legs", "bear", "animal", "brown", "standing"),
    _one("a male lion with a big mane", "lion", "animal", "mane"),
    _one("a deer with antlers", "deer", "animal", "antlers"),
    _one("a giraf", "giraffe", "animal"),
    # food
    _one("a red apple", "apple", "food", "red"),
    _one("banana", "banana", "food"),
    _one("a strawberry", "strawberry", "food"),
    _one("a pepperoni pizza", "pizza", "food", "pepperoni"),
    _one("a juicy burger with a sesame bun", "hamburger", "food", "sesame bun"),
    _one("a glazed donut with sprinkles", "donut", "food", "glazed", "sprinkles"),
    _one(
        "a chocolate birthday cake with candles",
        "cake",
        "food",
        "chocolate",
        "with candles",
    ),
    _one("a slice of watermelon", "watermelon", "food", "slice"),
    _one("a cup of coffee", "coffee cup", "food"),
    _one("a can of soda", "soda can", "food"),
    _one("a bottle of beer", "beer bottle", "food"),
    _one("a pineapple", "pineapple", "food"),
    _one("an ice cream cone with two scoops", "ice cream cone", "food", "two scoops"),
    _one("a loaf of bread", "bread", "food", "loaf"),
    _one("a carrot", "carrot", "food"),
    _one("a cupcake with pink frosting", "cupcake", "food", "pink frosting"),
    _one("a wedge of cheese with holes", "cheese", "food", "wedge", "holes"),
    _one("three pancakes stacked with syrup", "pancake", "food", "three", "stacked", "syrup"),
    _one("a courgette", "zucchini", "food"),
    _one("a brocoli", "broccoli", "food"),
    # kitchen
    _one("a coffee mug", "mug", "kitchen"),
    _one(
        "white ceramic mug with a black handle",
        "mug",
        "kitchen",
        "white",
        "ceramic",
        "black handle",
    ),
    _one("a frying pan", "frying pan", "kitchen"),
    _one("an electric kettle", "kettle", "kitchen", "electric"),
    _one("a toaster", "toaster", "kitchen"),
    _one("a microwave", "microwave", "kitchen"),
    _one("a fridge", "refrigerator", "kitchen"),
    _one("a wooden spoon", "spoon", "kitchen", "wooden"),
    _one(
        "a stainless steel saucepan with a lid",
        "saucepan",
        "kitchen",
        "stainless steel",
        "with a lid",
    ),
    _one("a blue and white porcelain teapot", "teapot", "kitchen", "blue and white", "porcelain"),
    _one("a dinner plate", "plate", "kitchen"),
    _one("a chopping board", "cutting board", "kitchen"),
    _one("a bowl", "bowl", "kitchen"),
    # household
    _one("a lamp with a white shade", "lamp", "household", "white shade"),
    _one("a candle", "candle", "household"),
    _one("a white pillow", "pillow", "household", "white"),
    _one("a toothbrush", "toothbrush", "household"),
    _one("an alarm clock", "alarm clock", "household"),
    _one("a blue ceramic vase", "vase", "household", "blue", "ceramic"),
    _one("an oval mirror with a gold frame", "mirror", "household", "oval", "gold frame"),
    _one("a trash can", "trash can", "household"),
    _one("a rubbish bin", "trash can", "household"),
    _one("a washing machine", "washing machine", "household"),
    _one("a vacuum cleaner", "vacuum cleaner", "household"),
    _one("a hoover", "vacuum cleaner", "household"),
    _one("an umbrela", "umbrella", "household"),
    _one("a light bulb", "light bulb", "household"),
    _one("a wooden picture frame", "picture frame", "household", "wooden"),
    _one("a broom", "broom", "household"),
    _one("an electric fan", "fan", "household", "electric"),
    _one("a key", "key", "household"),
    # furniture
    _one("chair", "chair", "furniture"),
    _one("a wooden chair", "chair", "furniture", "wooden"),
    _one("a chiar", "chair", "furniture"),
    _one("an office chair", "office chair", "furniture"),
    _one("a grey settee", "sofa", "furniture", "grey"),
    _one("a round dining table", "table", "furniture", "round", "dining"),
    _one("a bed", "bed", "furniture"),
    _one("a bookcase", "bookshelf", "furniture"),
    _one("a desk", "desk", "furniture"),
    _one("a dresser with three drawers", "dresser", "furniture", "three drawers"),
    _one("a glass coffee table", "coffee table", "furniture", "glass"),
    _one("a bedside table", "nightstand", "furniture"),
    # electronics
    _one("a smartphone", "smartphone", "electronics"),
    _one("a mobile phone", "smartphone", "electronics"),
    _one("a laptop", "laptop", "electronics"),
    _one("a silver laptop, open", "laptop", "electronics", "silver", "open"),
    _one("a flat screen TV", "television", "electronics", "flat screen"),
    _one("headphones", "headphones", "electronics"),
    _one("a gamepad", "game controller", "electronics"),
    _one("a computer monitor", "monitor", "electronics"),
    _one("a vintage film camera", "camera", "electronics", "film"),
    _one("a retro radio", "radio", "electronics"),
    _one("a bluetooth speaker", "speaker", "electronics"),
    # office
    _one("a stapler", "stapler", "office"),
    _one("a yellow pencil", "pencil", "office", "yellow"),
    _one("a ballpoint pen", "pen", "office"),
    _one("a spiral notebook", "notebook", "office", "spiral"),
    _one("scissors", "scissors", "office"),
    _one("a paper clip", "paper clip", "office"),
    _one("a filing cabinet", "filing cabinet", "office"),
    _one("a calculator", "calculator", "office"),
    _one("a ruler", "ruler", "office"),
    _one("a hardcover book", "book", "office", "hardcover"),
    # tool
    _one("a hammer", "hammer", "tool"),
    _one("a hammer with a wooden handle", "hammer", "tool", "wooden handle"),
    _one("a screwdriver with a red handle", "screwdriver", "tool", "red handle"),
    _one("a spanner", "wrench", "tool"),
    _one("a cordless drill", "drill", "tool"),
    _one("a hand saw", "saw", "tool"),
    _one("a shovel", "shovel", "tool"),
    _one("a ladder", "ladder", "tool"),
    _one("an axe for chopping wood", "axe", "tool"),
    _one("a red metal toolbox", "toolbox", "tool", "red", "metal"),
    # weapon
    _one("a sword", "sword", "weapon"),
    _one("a medieval sword with a gold hilt", "sword", "weapon", "gold hilt"),
    _one("katana", "katana", "weapon"),
    _one(
        "a round wooden shield with an iron rim",
        "shield",
        "weapon",
        "round",
        "wooden",
        "iron rim",
    ),
    _one("a handgun", "pistol", "weapon"),
    _one("a sci-fi rifle", "rifle", "weapon"),
    _one("a dagger", "dagger", "weapon"),
    _one("a knight helmet with a visor", "helmet", "weapon", "knight", "visor"),
    _one("a battle axe", "battle axe", "weapon"),
    _one("a suit of armour", "armor", "weapon"),
    # instrument
    _one("an acoustic guitar", "guitar", "instrument", "acoustic"),
    _one("a red electric guitar", "electric guitar", "instrument", "red"),
    _one("a piano", "piano", "instrument"),
    _one("a black grand piano", "grand piano", "instrument", "black"),
    _one("a violin", "violin", "instrument"),
    _one("a fiddle", "violin", "instrument"),
    _one("a drum set", "drum kit", "instrument"),
    _one("a trumpet", "trumpet", "instrument"),
    _one("a golden saxophone", "saxophone", "instrument", "golden"),
    _one("a ukelele", "ukulele", "instrument"),
    # sports
    _one("a soccer ball", "soccer ball", "sports"),
    _one("a basketball", "basketball", "sports"),
    _one("a tennis racquet", "tennis racket", "sports"),
    _one("a baseball bat", "baseball bat", "sports"),
    _one("a skateboard", "skateboard", "sports"),
    _one("a surfboard", "surfboard", "sports"),
    _one("a dumbbell", "dumbbell", "sports"),
    _one("a golf club", "golf club", "sports"),
    _one("a red boxing glove", "boxing glove", "sports", "red"),
    _one("a gold trophy cup", "trophy", "sports", "gold"),
    # clothing
    _one("a t-shirt", "t-shirt", "clothing"),
    _one("a white tshirt", "t-shirt", "clothing", "white"),
    _one("blue jeans", "jeans", "clothing", "blue"),
    _one("a hoodie", "hoodie", "clothing"),
    _one("a pair of trainers", "sneaker", "clothing", "pair"),
    _one("a baseball cap", "baseball cap", "clothing"),
    _one("a black leather jacket", "jacket", "clothing", "black", "leather"),
    _one("a red dress", "dress", "clothing", "red"),
    _one("a pair of sunglasses", "sunglasses", "clothing"),
    _one("a backpack", "backpack", "clothing"),
    _one("a rucksack", "backpack", "clothing"),
    _one("leather boots", "boot", "clothing", "leather"),
    # toy
    _one("a yo-yo", "yo-yo", "toy"),
    _one("a toy car", "toy car", "toy"),
    _one("a rubik's cube", "rubik's cube", "toy"),
    _one("a lego brick", "lego brick", "toy"),
    _one("a red lego brick", "lego brick", "toy", "red"),
    _one("a doll", "doll", "toy"),
    _one("a kite", "kite", "toy"),
    _one("a toy robot", "toy robot", "toy"),
    _one("a wooden toy train", "toy train", "toy", "wooden"),
    _one("a dollhouse", "dollhouse", "toy"),
    # vehicle
    _one("a car", "car", "vehicle"),
    _one("a yellow car with black wheels", "car", "vehicle", "yellow", "black wheels"),
    _one("a red sports car", "sports car", "vehicle", "red"),
    _one("a pickup truck", "pickup truck", "vehicle"),
    _one("a bus", "bus", "vehicle"),
    _one("a motorbike", "motorcycle", "vehicle"),
    _one("a motorcyle", "motorcycle", "vehicle"),
    _one("a bike", "bicycle", "vehicle"),
    _one("an aeroplane", "airplane", "vehicle"),
    _one("a helicopter", "helicopter", "vehicle"),
    _one("a yellow sumbarine", "submarine", "vehicle", "yellow"),
    _one("a sailboat", "sailboat", "vehicle"),
    _one("a fire engine", "fire truck", "vehicle"),
    _one("a green tractor", "tractor", "vehicle", "green"),
    _one("a steam train", "train", "vehicle", "steam"),
    _one("a sci-fi spaceship", "spaceship", "vehicle"),
    _one("a taxi", "taxi", "vehicle"),
    _one("a lorry", "truck", "vehicle"),
    _one("a yellow school bus", "school bus", "vehicle", "yellow"),
    _one("an ambulance", "ambulance", "vehicle"),
    # building
    _one("a house", "house", "building"),
    _one("a cottage with a thatched roof", "cottage", "building", "thatched roof"),
    _one("a castle", "castle", "building"),
    _one("a lighthouse", "lighthouse", "building"),
    _one("a church", "church", "building"),
    _one("a skyscraper", "skyscraper", "building"),
    _one("a red barn", "barn", "building", "red"),
    _one("a windmill", "windmill", "building"),
    _one("a log cabin", "log cabin", "building"),
    _one("a petrol station", "gas station", "building"),
    # plant
    _one("a tree", "tree", "plant"),
    _one("a pine tree", "tree", "plant", "pine"),
    _one("a palm tree", "tree", "plant", "palm"),
    _one("a cactus", "cactus", "plant"),
    _one("a red rose", "rose", "plant", "red"),
    _one("a tulip", "tulip", "plant"),
    _one("bonsai tree", "bonsai", "plant"),
    _one("a potted plant", "potted plant", "plant"),
    _one("a fern", "fern", "plant"),
    _one(
        "a red mushroom with white spots",
        "mushroom",
        "plant",
        "red cap",
        "white spots",
    ),
    _one("a flower", "flower", "plant"),
    # character
    _one("a knight", "knight", "character"),
    _one("a robot", "robot", "character"),
    _one("a wizard with a long white beard", "wizard", "character", "long white beard"),
    _one("a pirate with a wooden leg", "pirate", "character", "wooden leg"),
    _one("an astronaut", "astronaut", "character"),
    _one("a zombie", "zombie", "character"),
    _one("a ninja", "ninja", "character"),
    _one("a viking warrior with a horned helmet", "viking", "character", "horned helmet"),
    _one("a chef", "chef", "character"),
    _one("a fireman", "firefighter", "character"),
    _one("a cop", "police officer", "character"),
    _one("a doctor in a white coat", "doctor", "character", "white coat"),
    _one("an old man with a cane", "man", "character", "old", "cane"),
    _one("a girl with pigtails", "girl", "character", "pigtails"),
    _one("a superhero with a red cape", "superhero", "character", "red cape"),
    _one("a green alien", "alien", "character", "green"),
    _one("a witch", "witch", "character"),
    # prop
    _one("a treasure chest", "treasure chest", "prop"),
    _one("a wooden barrel", "barrel", "prop", "wooden"),
    _one("a red health potion", "potion", "prop", "red"),
    _one("a traffic cone", "traffic cone", "prop"),
    _one("a lamppost", "street lamp", "prop"),
    _one("a mailbox", "mailbox", "prop"),
    _one("a wooden crate", "crate", "prop", "wooden"),
    _one("a gold coin", "coin", "prop", "gold"),
    _one("a golden crown with red jewels", "crown", "prop", "golden", "red jewels"),
    _one("a lantern", "lantern", "prop"),
    _one("a boulder", "rock", "prop"),
)


NEAR_MISSES = (
    # compounds whose parts name other things
    _one("a hot dog with mustard", "hot dog", "food", "mustard"),
    _one("a gingerbread man", "gingerbread man", "food"),
    _one("buffalo wings", "chicken wing", "food", "buffalo sauce"),
    _one("a dragon fruit", "dragon fruit", "food"),
    _one("a kiwi fruit cut in half", "kiwi fruit", "food", "cut in half"),
    _one("a catfish", "catfish", "animal"),
    _one("a seahorse", "seahorse", "animal"),
    _one("a ladybird", "ladybug", "animal"),
    _one("a guinea pig", "guinea pig", "animal"),
    _one("a red panda", "red panda", "animal"),
    _one("a hammerhead shark", "hammerhead shark", "animal"),
    _one("a duck-billed platypus", "platypus", "animal"),
    _one("a teddy bear", "teddy bear", "toy"),
    _one("a yellow rubber duck", "rubber duck", "toy", "yellow"),
    _one("a rocking horse", "rocking horse", "toy"),
    _one("a computer mouse", "computer mouse", "electronics"),
    _one("a bulldog clip", "bulldog clip", "office"),
    _one("a cricket bat", "cricket bat", "sports"),
    _one("a kettlebell", "kettlebell", "sports"),
    _one("a pommel horse", "pommel horse", "sports"),
    _one("a badminton birdie", "shuttlecock", "sports"),
    _one("a monkey wrench", "monkey wrench", "tool"),
    _one("a bench vice", "vise", "tool"),
    _one("a butterfly knife", "butterfly knife", "weapon"),
    _one("a ninja throwing star", "shuriken", "weapon"),
    _one("a bow tie", "bow tie", "clothing"),
    _one("a bucket hat", "bucket hat", "clothing"),
    _one("a forklift", "forklift", "vehicle"),
    _one("a greenhouse", "greenhouse", "building"),
    _one("a house shaped like a mushroom", "house", "building", "mushroom-shaped"),
    _one("a snake plant", "snake plant", "plant"),
    _one("a bird of paradise flower", "bird of paradise flower", "plant"),
    _one("a pitcher plant", "pitcher plant", "plant"),
    _one("a toadstool", "mushroom", "plant"),
    _one("a fish tank", "aquarium", "household"),
    # words with two senses, regional words
    _one("a field mouse", "mouse", "animal", "field"),
    _one("a jaguar prowling", "jaguar", "animal", "prowling"),
    _one("a vw beetle", "car", "vehicle", "volkswagen beetle"),
    _one("a kiwi bird", "kiwi", "animal"),
    _one("a crane standing on one leg", "crane", "animal", "standing on one leg"),
    _one("a largemouth bass", "bass", "animal", "largemouth"),
    _one("a double bass", "double bass", "instrument"),
    _one("a recorder, the school wind instrument", "recorder", "instrument"),
    _one("a triangle (percussion instrument)", "triangle", "instrument"),
    _one("a rubber for my pencil case", "eraser", "office"),
    _one("a biro", "pen", "office"),
    _one("a burning medieval torch", "torch", "prop", "burning"),
    _one("an iron for ironing shirts", "iron", "household"),
    _one("a glass pitcher", "pitcher", "kitchen", "glass"),
    _one("a mace with spikes", "mace", "weapon", "spikes"),
    _one("an army tank", "tank", "vehicle"),
    _one("a stone pyramid", "pyramid", "building", "stone"),
    _one("a wooden bow for archery", "bow", "weapon", "wooden"),
    _one("wellies", "rain boot", "clothing"),
    _one("a bum bag", "fanny pack", "clothing"),
    # rare animals
    _one("an axolotl", "axolotl", "animal"),
    _one("a pangolin", "pangolin", "animal"),
    _one("a narwhal", "narwhal", "animal"),
    _one("a triceratops", "triceratops", "animal"),
    # specialised tools and instruments
    _one("a soldering iron", "soldering iron", "tool"),
    _one("a blacksmith's anvil", "anvil", "tool"),
    _one("a didgeridoo", "didgeridoo", "instrument"),
    _one("a french horn", "french horn", "instrument"),
    _one("a mouth organ", "harmonica", "instrument"),
    _one("a halberd", "halberd", "weapon"),
)


SCENES = (
    # on
    _scene("a cat sitting on a sofa", ("cat", "sofa"), "on", "animal", "sitting"),
    _scene("a bird perched on a branch", ("bird", "branch"), "on", "animal"),
    _scene("an owl perched on a tree stump", ("owl", "tree stump"), "on", "animal"),
    _scene(
        "a pirate with a parrot on his shoulder",
        ("parrot", "pirate"),
        "on",
        "animal",
    ),
    _scene(
        "a dragon perched on top of a castle",
        ("dragon", "castle"),
        "on",
        "animal",
    ),
    _scene("a strawberry on a white plate", ("strawberry", "plate"), "on", "food", "white"),
    _scene(
        "a burger and fries on a tray",
        ("hamburger", "french fries", "tray"),
        "on",
        "food",
    ),
    _scene("a cup of tea on a saucer", ("teacup", "saucer"), "on", "food"),
    _scene("a frying pan on a stove", ("frying pan", "stove"), "on", "kitchen"),
    _scene("a laptop on a desk", ("laptop", "desk"), "on", "electronics", "open"),
    _scene(
        "headphones hanging on a monitor",
        ("headphones", "monitor"),
        "on",
        "electronics",
    ),
    _scene(
        "a candle and a book on a desk",
        ("candle", "book", "desk"),
        "on",
        "household",
    ),
    _scene(
        "a sword and a shield lying on a table",
        ("sword", "shield", "table"),
        "on",
        "weapon",
    ),
    _scene("a violin resting on a chair", ("violin", "chair"), "on", "instrument"),
    _scene("a golf ball on a tee", ("golf ball", "golf tee"), "on", "sports"),
    _scene("a cowboy hat on a coat rack", ("cowboy hat", "coat rack"), "on", "clothing"),
    _scene(
        "a lighthouse on a rocky island",
        ("lighthouse", "island"),
        "on",
        "building",
        "rocky",
    ),
    _scene(
        "a potted fern on a windowsill",
        ("fern", "windowsill"),
        "on",
        "plant",
        "potted",
    ),
    _scene("a lantern hanging on a signpost", ("lantern", "signpost"), "on", "prop"),
    # in
    _scene(
        "a cat sitting in a cardboard box",
        ("cat", "box"),
        "in",
        "animal",
        "sitting",
        "cardboard",
    ),
    _scene("a goldfish in a fishbowl", ("goldfish", "fishbowl"), "in", "animal"),
    _scene(
        "a mouse peeking out of a teapot",
        ("mouse", "teapot"),
        "in",
        "animal",
        "peeking out",
    ),
    _scene(
        "a kitten asleep inside a teacup",
        ("cat", "teacup"),
        "in",
        "animal",
        "kitten",
        "sleeping",
    ),
    _scene(
        "apples in a wicker basket",
        ("apple", "basket"),
        "in",
        "food",
        "wicker",
    ),
    _scene("a pizza in a pizza box", ("pizza", "pizza box"), "in", "food"),
    _scene("pencils in a mug", ("pencil", "mug"), "in", "office"),
    _scene("a ship inside a glass bottle", ("ship", "bottle"), "in", "vehicle", "glass"),
    _scene("a rubber duck in a bathtub", ("rubber duck", "bathtub"), "in", "toy"),
    _scene(
        "a cactus in a terracotta pot",
        ("cactus", "flower pot"),
        "in",
        "plant",
        "terracotta",
    ),
    _scene("a red rose in a glass vase", ("rose", "vase"), "in", "plant", "red", "glass"),
    _scene("a sword stuck in a stone", ("sword", "rock"), "in", "weapon"),
    _scene("arrows in a leather quiver", ("arrow", "quiver"), "in", "weapon", "leather"),
    _scene("a baseball in a glove", ("baseball", "baseball glove"), "in", "sports"),
    # next to
    _scene(
        "a bicycle leaning against a brick wall",
        ("bicycle", "wall"),
        "next to",
        "vehicle",
        "brick",
    ),
    _scene(
        "a motorcycle parked beside a gas station",
        ("motorcycle", "gas station"),
        "next to",
        "vehicle",
    ),
    _scene(
        "an electric guitar leaning against an amp",
        ("electric guitar", "amplifier"),
        "next to",
        "instrument",
    ),
    _scene("a lamp beside a bed", ("lamp", "bed"), "next to", "household"),
    _scene("a penguin standing beside an igloo", ("penguin", "igloo"), "next to", "animal"),
    _scene("a mug next to a laptop", ("mug", "laptop"), "next to", "kitchen"),
    _scene(
        "a bottle of wine and two glasses",
        ("wine bottle", "wine glass"),
        "next to",
        "food",
        "two glasses",
    ),
    _scene("a hammer lying next to a toolbox", ("hammer", "toolbox"), "next to", "tool"),
    _scene("a stapler by a stack of paper", ("stapler", "paper"), "next to", "office", "stack"),
    _scene("a windmill next to a red barn", ("windmill", "barn"), "next to", "building", "red"),
    _scene("a barrel beside a wooden crate", ("barrel", "crate"), "next to", "prop", "wooden"),
    _scene("a backpack leaning against a tree", ("backpack", "tree"), "next to", "clothing"),
    _scene("an oak tree beside a cottage", ("tree", "cottage"), "next to", "plant", "oak"),
    # under
    _scene("a dog sleeping under a table", ("dog", "table"), "under", "animal", "sleeping"),
    _scene("a frog under a mushroom", ("frog", "mushroom"), "under", "animal"),
    _scene("under the umbrella sat a frog", ("frog", "umbrella"), "under", "animal"),
    _scene(
        "a treasure chest under a palm tree",
        ("treasure chest", "tree"),
        "under",
        "prop",
        "palm",
    ),
    _scene("a boat under a bridge", ("boat", "bridge"), "under", "vehicle"),
    _scene("mushrooms growing under a tree", ("mushroom", "tree"), "under", "plant"),
    _scene("sneakers under a bench", ("sneaker", "bench"), "under", "clothing"),
    # holding
    _scene("a wizard holding a staff", ("wizard", "staff"), "holding", "character"),
    _scene("a robot holding a flower", ("robot", "flower"), "holding", "character"),
    _scene(
        "a girl holding a red balloon",
        ("girl", "balloon"),
        "holding",
        "character",
        "red balloon",
    ),
    _scene("a chef holding a frying pan", ("chef", "frying pan"), "holding", "character"),
    _scene("a squirrel holding an acorn", ("squirrel", "acorn"), "holding", "animal"),
    _scene("a bear holding a fish in its mouth", ("bear", "fish"), "holding", "animal"),
    # riding
    _scene("a cowboy riding a horse", ("cowboy", "horse"), "riding", "character"),
    _scene("a knight on horseback", ("knight", "horse"), "riding", "character"),
    _scene("an astronaut riding a bicycle", ("astronaut", "bicycle"), "riding", "character"),
    _scene("a monkey riding a motorcycle", ("monkey", "motorcycle"), "riding", "animal"),
    _scene("a goblin riding a wolf", ("goblin", "wolf"), "riding", "character"),
    _scene("a witch riding a broomstick", ("witch", "broom"), "riding", "character"),
    _scene("a dog riding a skateboard", ("dog", "skateboard"), "riding", "animal"),
    _scene(
        "a lego minifigure riding a dinosaur",
        ("lego minifigure", "dinosaur"),
        "riding",
        "toy",
    ),
)


ABSTRACT = (
    _abstract("an abstract sculpture"),
    _abstract("abstract art"),
    _abstract("generative art in 3d"),
    _abstract("a shape nobody has ever seen"),
    _abstract("a mobius strip"),
    _abstract("a klein bottle"),
    _abstract("a torus knot"),
    _abstract("a trefoil knot"),
    _abstract("a gyroid surface"),
    _abstract("a fractal"),
    _abstract("a mandelbulb"),
    _abstract("sacred geometry"),
    _abstract("a voronoi pattern"),
    _abstract("swirling organic forms"),
    _abstract("the feeling of loneliness"),
    _abstract("joy"),
    _abstract("chaos and order"),
    _abstract("something beautiful"),
    _abstract("surprise me"),
    _abstract("a geometric form"),
    _abstract("a parametric sculpture"),
    _abstract("an impossible penrose triangle"),
    _abstract("a tesseract"),
    _abstract("a hyperbolic surface"),
    _abstract("minimalist modern art piece"),
    _abstract("dreams"),
    _abstract("the concept of time"),
    _abstract("a low poly abstract shape"),
    _abstract("melancholy"),
    _abstract("a dodecahedron"),
    _abstract("an infinity symbol"),
    _abstract("entropy"),
    _abstract("a brutalist abstract form"),
    _abstract("a blob"),
    _abstract("biomorphic sculpture"),
    _abstract("an organic shape inspired by nature"),
    _abstract("xyzzy"),
    _abstract("harmony"),
    _abstract("a 3d visualization of music"),
    _abstract("something that doesn't exist"),
    _abstract("a spiral"),
    _abstract("Twisted Flowing Form"),
)


PROMPTS = SINGLE_OBJECTS + NEAR_MISSES + SCENES + ABSTRACT
