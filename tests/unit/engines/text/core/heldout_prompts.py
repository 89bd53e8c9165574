"""Held-out prompts for the template matcher: prompt → expected template name, or "abstract".

HELD OUT. This list was written from the template names alone, before the matcher existed and
without running it. Never tune the matcher on it: do not add, drop, relabel or reword entries
because of what the matcher does. Tune on ``DEV_PROMPTS`` in ``test_matcher.py`` instead.

Revision, 2026-11-25: the catalog grew from 32 to 92 templates. Under the unchanged policy
below, 13 prompts whose object now *is* a template were relabelled from "abstract" (or from
"car", for the pickup truck) to that template; nothing else was touched. Revision, 2026-11-26:
one more by the same rule, found by reading the labels (not by running the matcher): a shark
is a fish, and "fish" is a template now. Revision, 2026-12-05: the catalog grew from 92 to
290 templates. Under the unchanged policy, 32 prompts were relabelled by reading the labels
against the new template list (not by running the matcher): 23 from "abstract" to the template
their object now *is* (e.g. a smartphone; by rule 2, a cheeseburger → hamburger, a t-rex
dinosaur → t rex), and 9 from a broader template to the most specific one the object is
(rule 2: a great white shark → shark, a log cabin → log cabin, a bonsai → bonsai, an
ergonomic office chair → office chair, a rocking chair → rocking chair, a small nightstand →
nightstand, a potion bottle → potion bottle, a rocking horse → rocking horse; rule 6: a desk
light with a flexible arm → anglepoise lamp); nothing else was touched. Revision, 2026-12-05
(second): 353 templates; by reading the labels against the 63 new template names, 2 relabelled:
a human skull → skull (was abstract), a kayak → kayak (rule 2, was boat). Revision, 2026-12-05
(third): by reading the labels against the new template names of the household, kitchen, food,
furniture, office, tools, electronics, plants and buildings folders, 6 relabelled by rule 2 to
the most specific template: a tall bar stool → stool, a royal throne → throne (both were chair),
a glass jar of honey → honey pot (was bottle), a mansion → mansion (was house), a clock tower →
clock tower (was tower), a piggy bank → piggy bank (was pig, by rule 3). Revision, 2026-12-06:
by reading the labels against the new household, kitchen and furniture template names, 1
relabelled by rule 2 to the most specific template: an antique writing desk → desk (was table).
Revision, 2026-12-06 (second), by the lead, after ~180 templates landed: 5 relabelled by rule 2
to templates that now exist or that earlier revisions missed: a ramen bowl → ramen (was bowl),
a space shuttle → space shuttle (was rocket), a pirate ship → pirate ship (was boat), a fighter
jet → fighter jet (was airplane), a retro toy robot → toy robot (was robot). On 2026-12-06 the
lead also printed this set's misses once while planning the round, so it is no longer held out
in the strict sense: it measures phrasing like the product's acceptance sets do, and the fresh
sets in ``bench/heldout/`` are the honest measure. Revision, 2026-12-06 (third), in the matcher
round: by reading the labels against the template names that landed that day, 5 relabelled by
rule 2 to the most specific template: a highchair for a baby → high chair (was chair), a jeweled
goblet and a golden chalice → goblet (were cup), a terracotta flower pot → flower pot (was
vase), a tall candlestick → candle holder (was candle). Revision, 2026-12-06 (fourth), by the same
reading: a picnic table → picnic table (was table), a template of its own now.

Labelling policy, fixed before writing the list: a prompt gets a template when the thing asked
for *is* that object or a kind of it (a pony is a horse, a katana is a sword, a minivan is a
car; a piggy bank is a pig-shaped object and counts as a pig). Things that are merely related
(a teapot is not a cup, a giraffe is not a horse, a helicopter is not an airplane, a
motorcycle is not a car) are "abstract": the engine should make its abstract sculpture rather
than the wrong object.

The same policy labels every prompt set (``DEV_PROMPTS`` in ``test_matcher.py`` and
``heldout_prompts_v2.py``). Written out, 2026-11-26, as it was already applied:

1. The label is the object the prompt asks for: in a scene or a list, the first thing named
   ("a vase of tulips" → vase, "a cat on a car" → cat); an owner is not the object ("a
   knight's sword" → sword); counts, colours, materials, sizes and style words do not matter.
2. A kind of a template's object gets that template (an owl is a bird, a corgi is a dog, a
   bungalow is a house). Template names mean the everyday object the template builds: "cat"
   is a house cat, "teddy bear" a toy, so a lion or a grizzly bear is "abstract".
3. A toy, model, figurine or object shaped like X counts as X (piggy bank → pig, rocking
   horse → horse, paper airplane → airplane).
4. A compound is labelled by what the thing is: usually its last noun (tree house → house,
   snowman mug → mug), but a sofa bed is a sofa that unfolds, so → sofa.
5. Merely related, similar-looking or part-of is "abstract" (a mosque is not a church, a
   dolphin is not a fish, a submarine is not a boat, a shield is not a knight).
6. A misspelt word is labelled as if spelt right; a description without the name gets the
   template it clearly describes ("something to sit on" → chair).
7. The label is decided from the words and this policy alone, never from what the matcher
   returns.
"""

from __future__ import annotations

ABSTRACT = "abstract"

HELDOUT_PROMPTS: tuple[tuple[str, str], ...] = (
    # chair
    ("a cozy armchair by the fireplace", "chair"),
    ("an ergonomic office chair", "office chair"),
    ("a rocking chair on the porch", "rocking chair"),
    ("a tall bar stool", "stool"),
    ("a leather recliner", "chair"),
    ("a royal throne", "throne"),
    ("a highchair for a baby", "high chair"),
    ("something to sit on", "chair"),
    # table
    ("a farmhouse dining table", "table"),
    ("an antique writing desk", "desk"),
    ("a small nightstand", "nightstand"),
    ("a round cafe table", "table"),
    ("a glass coffee table with metal legs", "table"),
    ("a picnic table", "picnic table"),
    # bench
    ("a wooden park bench", "bench"),
    ("a church pew", "bench"),
    ("benches in a garden", "bench"),
    ("a weathered bench at the bus stop", "bench"),
    # mug
    ("a coffee mug with a handle", "mug"),
    ("a beer stein", "mug"),
    ("a camping mug made of enamel", "mug"),
    ("two mugs of hot cocoa", "mug"),
    # cup
    ("a porcelain teacup on a saucer", "cup"),
    ("an espresso cup", "cup"),
    ("a paper cup", "cup"),
    ("a jeweled goblet", "goblet"),
    ("a golden chalice", "goblet"),
    # vase
    ("a tall vase of tulips", "vase"),
    ("a greek amphora", "vase"),
    ("a ceramic urn", "vase"),
    ("a terracotta flower pot", "flower pot"),
    # bottle
    ("a green wine bottle", "bottle"),
    ("a glass jar of honey", "honey pot"),
    ("a hip flask", "bottle"),
    ("a water bottle for the gym", "bottle"),
    ("a potion bottle", "potion bottle"),
    # bowl
    ("a ramen bowl", "ramen"),
    ("a wooden salad bowl", "bowl"),
    ("a mixing bowl", "bowl"),
    # lamp
    ("a bedside lamp", "lamp"),
    ("an art deco floor lamp", "lamp"),
    ("a lava lamp", "lamp"),
    ("a desk light with a flexible arm", "anglepoise lamp"),
    # sword
    ("a medieval longsword", "sword"),
    ("a samurai katana", "sword"),
    ("a pirate cutlass", "sword"),
    ("a viking sword with runes", "sword"),
    ("a scimitar", "sword"),
    # candle
    ("a scented candle in a jar", "candle"),
    ("a tall candlestick", "candle holder"),
    ("birthday candles", "candle"),
    # umbrella
    ("a red umbrella", "umbrella"),
    ("a beach parasol", "umbrella"),
    ("an umbrela", "umbrella"),
    # car
    ("a sports coupe", "car"),
    ("a vintage convertible", "car"),
    ("a yellow taxi cab", "car"),
    ("a police car", "car"),
    ("a pickup truck", "truck"),
    ("a formula 1 racecar", "car"),
    ("a limousine", "car"),
    ("a minivan", "car"),
    # rocket
    ("a rocket ship blasting off", "rocket"),
    ("a space shuttle", "space shuttle"),
    ("a retro spaceship", "rocket"),
    ("a nasa rocket", "rocket"),
    # boat
    ("a small fishing boat", "boat"),
    ("a pirate ship", "pirate ship"),
    ("a kayak", "kayak"),
    ("a luxury yacht", "boat"),
    ("a wooden canoe on a lake", "boat"),
    ("a tugboat", "boat"),
    # airplane
    ("a jumbo jet", "airplane"),
    ("a vintage biplane", "airplane"),
    ("an aeroplane", "airplane"),
    ("a fighter jet", "fighter jet"),
    ("a passenger airliner", "airplane"),
    ("a glider", "airplane"),
    # house
    ("a cozy cottage in the woods", "house"),
    ("a log cabin", "log cabin"),
    ("a suburban house with a garage", "house"),
    ("a farmhouse", "house"),
    ("a beach bungalow", "house"),
    ("a mansion", "mansion"),
    # lighthouse
    ("a lighthouse on a rocky cliff", "lighthouse"),
    ("a red and white striped lighthouse", "lighthouse"),
    ("a light house", "lighthouse"),
    # tower
    ("a stone watchtower", "tower"),
    ("a wizard's tower", "tower"),
    ("a clock tower", "clock tower"),
    ("a bell tower", "tower"),
    # castle
    ("a medieval castle with a moat", "castle"),
    ("a fairytale castle", "castle"),
    ("a crusader fortress", "castle"),
    ("a sandcastle", "castle"),
    # tree
    ("an oak sapling", "tree"),
    ("a big oak tree", "tree"),
    ("a weeping willow", "tree"),
    ("a decorated christmas tree", "tree"),
    ("a palm tree on a beach", "tree"),
    ("a birch", "tree"),
    ("a bonsai", "bonsai"),
    # mushroom
    ("a red toadstool with white spots", "mushroom"),
    ("a fly agaric", "mushroom"),
    ("a cluster of mushrooms", "mushroom"),
    # cactus
    ("a potted cactus", "cactus"),
    ("a saguaro in the desert", "cactus"),
    ("cacti", "cactus"),
    ("a prickly pear cactus", "cactus"),
    # flower
    ("a single red rose", "flower"),
    ("a bunch of daisies", "flower"),
    ("a sunflower", "flower"),
    ("an orchid", "flower"),
    ("a lily", "flower"),
    # snowman
    ("a snowman with a carrot nose", "snowman"),
    ("a snow man with a top hat", "snowman"),
    ("frosty the snowman", "snowman"),
    # teddy bear
    ("a fluffy teddy bear", "teddy bear"),
    ("a stuffed bear toy", "teddy bear"),
    ("a plush teddy", "teddy bear"),
    ("a cuddly plushie bear", "teddy bear"),
    # duck
    ("a rubber duck for the bath", "duck"),
    ("a mallard", "duck"),
    ("a yellow duckling", "duck"),
    # robot
    ("a friendly robot", "robot"),
    ("a giant mech", "robot"),
    ("a humanoid android", "robot"),
    ("a retro toy robot with antennas", "toy robot"),
    # dog
    ("a golden retriever puppy", "dog"),
    ("a dachshund", "dog"),
    ("a sitting beagle", "dog"),
    ("a poodle", "dog"),
    ("a german shepherd", "dog"),
    # cat
    ("a sleeping kitten", "cat"),
    ("a tabby cat", "cat"),
    ("a maine coon", "cat"),
    ("a black cat on a fence", "cat"),
    # pig
    ("a pink piglet", "pig"),
    ("a piggy bank", "piggy bank"),
    ("a wild boar", "pig"),
    # horse
    ("a galloping horse", "horse"),
    ("a shetland pony", "horse"),
    ("a rocking horse", "rocking horse"),
    ("a black stallion", "horse"),
    # things no template covers
    ("a bicycle", "bicycle"),
    ("an acoustic guitar", "guitar"),
    ("a smartphone", "smartphone"),
    ("a laptop computer", "laptop"),
    ("a fire-breathing dragon", "dragon"),
    ("an elephant", "elephant"),
    ("a giraffe", "giraffe"),
    ("a t-rex dinosaur", "t rex"),
    ("a great white shark", "shark"),
    ("a butterfly", "butterfly"),
    ("a pair of sneakers", "sneaker"),
    ("a baseball cap", "cap"),
    ("a pepperoni pizza", "pizza"),
    ("a cheeseburger", "hamburger"),
    ("a banana", "banana"),
    ("a wristwatch", "watch"),
    ("a pair of scissors", "scissors"),
    ("a claw hammer", "hammer"),
    ("my grandma's teapot", "teapot"),
    ("a hiking backpack", "backpack"),
    ("a soccer ball", "ball"),
    ("a glazed donut", "donut"),
    ("a skateboard", "skateboard"),
    ("a grand piano", "grand piano"),
    ("a violin", "violin"),
    ("a king's crown", "crown"),
    ("a diamond ring", "ring"),
    ("a human skull", "skull"),
    ("a treasure chest", "treasure chest"),
    ("a fire hydrant", "fire hydrant"),
    ("a traffic cone", "traffic cone"),
    ("a helicopter", "helicopter"),
    ("a motorcycle", "motorcycle"),
    ("a steam locomotive", "train"),
    ("an egyptian pyramid", "pyramid"),
    ("an octopus", "octopus"),
    ("a penguin", "penguin"),
    ("a swirling abstract shape", ABSTRACT),
)
