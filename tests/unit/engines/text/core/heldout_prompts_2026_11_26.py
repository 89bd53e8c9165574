"""Second held-out set for the template matcher: prompt → template name, or "abstract".

HELD OUT. Written on 2026-11-26 from the 92 template names and the labelling policy in
``heldout_prompts.py`` alone, before this session changed the matcher and before the matcher
was ever run on it. The first measurement (before any tuning) is recorded in
``test_matcher.py``. Never tune on it: do not add, drop, relabel or reword entries because of
what the matcher does, and do not look at which prompts it gets wrong. Tune on ``DEV_PROMPTS``.

It is phrased as users write: colours, materials, counts, sizes, scenes, style words, a few
typos, descriptions without the name, and objects no template covers (→ "abstract").

Revision, 2026-12-05: the catalog grew from 92 to 290 templates. Under the unchanged policy in
``heldout_prompts.py``, 25 prompts were relabelled by reading the labels against the new
template list (not by running the matcher): 21 from "abstract" to the template their object now
*is* (by rule 2 for a kind, e.g. a grizzly bear → bear, a honey bee → bee, a birthday cake →
cake, a bicycle helmet → helmet), and 4 from a broader template to the most specific one the
object is (rule 2: a parrot → parrot, an eagle → eagle, the eiffel tower → eiffel tower; rules
2 and 3: a toy car for kids → toy car). Nothing else was touched. Revision, 2026-12-05
(second): 353 templates; by reading the labels against the 63 new template names, 2
relabelled: a stack of pancakes → pancakes (was abstract), a fire truck → fire truck (rule 2).
Revision, 2026-12-05 (third): by reading the labels against the new template names of the
household, kitchen, food, furniture, office, tools, electronics, plants and buildings folders, 2
relabelled: a fern in a pot → fern (rule 2, was potted plant), a watering can → watering can
(was abstract). Revision, 2026-12-06: by reading the labels against the new animal template
names, 1 relabelled: a monkey → monkey (was abstract). Revision, 2026-12-06 (second): by
reading the labels against the new household, kitchen and furniture template names, 2
relabelled by rule 2 to the most specific template: a cuckoo clock → cuckoo clock, a
grandfather clock → grandfather clock (both were clock).
Revision, 2026-12-06 (third), by the lead, after ~180 templates landed: 4 relabelled by rule 2
to templates that now exist or that earlier revisions missed: a paper airplane → paper airplane
(was airplane), a volleyball → volleyball (was ball), a hamster → hamster (was abstract), a
bicycle helmet → bicycle helmet (was helmet). On 2026-12-06 the lead also printed this set's
misses once while planning the round, so it is no longer held out in the strict sense: the
fresh sets in ``bench/heldout/`` are the honest measure.
Revision, 2026-12-06 (fourth), in the matcher round: by reading the labels against the template
names that landed that day, 3 relabelled by rule 2: a rubber mallet → mallet (was hammer), an
18 wheeler → semi truck (was truck), a fish tank → aquarium (was abstract).
"""

from __future__ import annotations

ABSTRACT = "abstract"

HELDOUT_PROMPTS: tuple[tuple[str, str], ...] = (
    # furniture
    ("a blue plastic garden chair", "chair"),
    ("a director's chair", "chair"),
    ("a round oak kitchen table with four chairs", "table"),
    ("a long wooden bench for a picnic", "bench"),
    ("a canopy bed with white curtains", "bed"),
    ("a bunk bed for kids", "bed"),
    ("a green velvet sofa", "sofa"),
    ("a sectional couch in a living room", "sofa"),
    ("a bookshelf full of books", "bookshelf"),
    ("a wooden wardrobe with mirrored doors", "wardrobe"),
    # tableware
    ("a white ceramic mug with a cat print", "mug"),
    ("a plastic cup of lemonade", "cup"),
    ("a blue porcelain vase with dragons painted on it", "vase"),
    ("a bottle of olive oil", "bottle"),
    ("three glass milk bottles", "bottle"),
    ("a big ceramic bowl full of fruit", "bowl"),
    ("an empty dinner plate", "plate"),
    ("a plate of spaghetti", "plate"),
    ("a glass of red wine", "wine glass"),
    ("a chinese clay teapot", "teapot"),
    ("a copper kettle on the stove", "kettle"),
    ("a glass pitcher of lemonade", "pitcher"),
    ("a silver spoon", "spoon"),
    ("a wooden spoon for cooking", "spoon"),
    ("a plastic fork", "fork"),
    ("a butcher's knife", "knife"),
    ("a pocket knife", "knife"),
    # household
    ("a hanging pendant lamp", "lamp"),
    ("three red candles on a cake", "candle"),
    ("a black umbrella in the rain", "umbrella"),
    ("a cuckoo clock", "cuckoo clock"),
    ("a grandfather clock", "grandfather clock"),
    ("a glowing light bulb", "light bulb"),
    ("an led bulb", "light bulb"),
    ("a rusty old key", "key"),
    ("a skeleton key", "key"),
    # weapons and tools
    ("an elven sword with a curved blade", "sword"),
    ("a knight's broadsword", "sword"),
    ("a carpenter's hammer", "hammer"),
    ("a rubber mallet", "mallet"),
    ("a red screwdriver", "screwdriver"),
    ("an adjustable wrench", "wrench"),
    ("a lumberjack's axe", "axe"),
    ("a snow shovel", "shovel"),
    ("a rusty saw", "saw"),
    # vehicles
    ("a red ferrari", "car"),
    ("a toy car for kids", "toy car"),
    ("an old volkswagen beetle", "car"),
    ("a rocket on the launch pad", "rocket"),
    ("a viking longship", "boat"),
    ("a rowing boat", "boat"),
    ("a small cessna plane", "airplane"),
    ("a paper airplane", "paper airplane"),
    ("a fire truck", "fire truck"),
    ("a big dump truck", "truck"),
    ("an 18 wheeler", "semi truck"),
    ("a london double decker bus", "bus"),
    ("a yellow school bus", "bus"),
    ("a racing bicycle", "bicycle"),
    ("a tandem bike", "bicycle"),
    ("a bullet train", "train"),
    ("a military helicopter", "helicopter"),
    ("a helicoptor", "helicopter"),
    # buildings
    ("a two-storey brick house with a red roof", "house"),
    ("a haunted house", "house"),
    ("an old lighthouse by the sea", "lighthouse"),
    ("a tall stone tower", "tower"),
    ("the eiffel tower", "eiffel tower"),
    ("a scottish castle on a hill", "castle"),
    ("a huge red barn at sunset", "barn"),
    ("a tent by the campfire", "tent"),
    ("a glass skyscraper in new york", "skyscraper"),
    ("the empire state building", "skyscraper"),
    ("a skyscrapper", "skyscraper"),
    ("an old dutch windmill", "windmill"),
    ("a small white chapel", "church"),
    ("a gothic cathedral", "church"),
    # plants
    ("an apple tree with red apples", "tree"),
    ("a baobab tree", "tree"),
    ("a purple glowing mushroom", "mushroom"),
    ("a tall green cactus with pink flowers", "cactus"),
    ("a bouquet of roses", "flower"),
    ("a pink lotus flower", "flower"),
    ("a fern in a pot", "fern"),
    ("a fiddle leaf fig houseplant", "potted plant"),
    ("a rose bush", "bush"),
    # figures and toys
    ("a happy snowman with a scarf", "snowman"),
    ("a brown teddy bear holding a heart", "teddy bear"),
    ("a steampunk robot with gears", "robot"),
    ("a red rubber ball", "ball"),
    ("a volleyball", "volleyball"),
    ("a stack of wooden blocks", "toy block"),
    ("a wooden spinning top", "spinning top"),
    ("a colorful kite in the sky", "kite"),
    ("a marching drum", "drum"),
    ("a knight in shining armor", "knight"),
    ("a highly detailed medieval knight, 4k, unreal engine", "knight"),
    ("a wizard with a long beard", "wizard"),
    ("a cute chibi wizard", "wizard"),
    ("a cute little ghost", "ghost"),
    ("a green alien with three eyes", "alien"),
    ("an electric guitar", "guitar"),
    ("a gitar", "guitar"),
    ("a gold trophy for first place", "trophy"),
    ("a jewelled crown", "crown"),
    ("a pirate treasure chest full of gold", "treasure chest"),
    ("an oak barrel", "barrel"),
    ("game asset: wooden barrel", "barrel"),
    ("a ship's anchor", "anchor"),
    ("a brass bell", "bell"),
    # animals
    ("a duck swimming on a pond", "duck"),
    ("five tiny yellow ducks", "duck"),
    ("a fluffy white samoyed", "dog"),
    ("two small dogs playing", "dog"),
    ("a pug", "dog"),
    ("a siamese cat", "cat"),
    ("a 3d model of a cat", "cat"),
    ("a muddy farm pig", "pig"),
    ("a teacup pig", "pig"),
    ("a brown horse with a saddle", "horse"),
    ("a blue jay", "bird"),
    ("a parrot", "parrot"),
    ("a seagull", "bird"),
    ("an eagle", "eagle"),
    ("a goldfish in a bowl", "fish"),
    ("a tuna", "fish"),
    ("a sea turtle", "turtle"),
    ("a green snake coiled on a rock", "snake"),
    ("a tree frog", "frog"),
    ("an emperor penguin", "penguin"),
    ("a group of three penguins on ice", "penguin"),
    ("a penguine", "penguin"),
    ("a white rabbit with pink eyes", "rabbit"),
    ("a black and white cow", "cow"),
    ("a highland cow", "cow"),
    ("a fluffy sheep", "sheep"),
    ("a giraffe eating leaves", "giraffe"),
    ("an african elephant", "elephant"),
    ("an elefant", "elephant"),
    # described, not named
    ("a vehicle with two wheels and pedals", "bicycle"),
    ("the tool you hit nails with", "hammer"),
    ("a big grey animal with a trunk", "elephant"),
    # nothing in the catalog
    ("a coffee machine", "coffee maker"),
    ("a pair of headphones", "headphones"),
    ("a video game controller", "game controller"),
    ("a grizzly bear", "bear"),
    ("a dolphin", "dolphin"),
    ("a whale", "whale"),
    ("a spider", "spider"),
    ("a honey bee", "bee"),
    ("a crab", "crab"),
    ("a monkey", "monkey"),
    ("a zebra", "zebra"),
    ("a camel", "camel"),
    ("a deer in the forest", "deer"),
    ("a low poly fox", "fox"),
    ("a hamster", "hamster"),
    ("a wooden ladder", "ladder"),
    ("a watering can", "watering can"),
    ("a bicycle helmet", "bicycle helmet"),
    ("a car tire", ABSTRACT),
    ("a fish tank", "aquarium"),
    ("a pencil", "pencil"),
    ("a pair of glasses", "glasses"),
    ("a vacuum cleaner", "vacuum cleaner"),
    ("a strawberry", "strawberry"),
    ("an ice cream cone", "ice cream cone"),
    ("a birthday cake", "cake"),
    ("a stack of pancakes", "pancakes"),
    ("a volcano", ABSTRACT),
    ("a snowy mountain", ABSTRACT),
    ("the planet saturn", ABSTRACT),
    ("a rainbow", ABSTRACT),
    ("a dinosuar", ABSTRACT),
    ("an abstract sculpture", ABSTRACT),
)
