"""Everyday things no template builds: the matcher's counter-examples, each with its category.

A prompt nearer to one of these than to any template asks for something no template builds:
it gets the fallback of the thing's category (``fallbacks/<category>.py``: "a kangaroo" becomes
the animal archetype with a mammal's body plan, "a dishwasher" the appliance box), or, for
things outside every category (landscape, plain shapes, body parts, weather), the abstract
sculpture.
"""

from __future__ import annotations


def _names(text: str) -> tuple[str, ...]:
    """Comma-separated names, stripped, without duplicates, in order."""
    return tuple(dict.fromkeys(name.strip() for name in text.split(",") if name.strip()))


#: Everyday objects and animals, from three public category lists (the COCO detection classes,
#: the CIFAR-100 classes, the Quick, Draw! categories) and a few groups of our own, filed by
#: the template folder (category) they belong to; animals also by body plan ("animals/bird").
#: Kinds of a template's object are left out by hand (sports ball, flamingo, palm tree, police
#: car…), and names that are a template's keyword are filtered again at run time. A phrase with
#: a template's word inside that names something else ("hot dog") is not listed here but in
#: that template's ``not_claimed``. The key "" files what belongs to no category.
_BY_CATEGORY: dict[str, str] = {
    "animals/mammal": "sheep, cow, elephant, zebra, giraffe, bear, beaver, camel, cattle,"
    "chimpanzee, fox, hamster, kangaroo, leopard, lion, otter, porcupine, possum, raccoon,"
    "shrew, skunk, squirrel, tiger, wolf, bat, monkey, panda, rhinoceros, hedgehog,"
    "hippopotamus, hippo, koala, reindeer, moose, goat, donkey, mule, llama, alpaca, sloth,"
    "gorilla, rhino, meerkat, bison, buffalo, yak, antelope, gazelle, badger, armadillo,"
    "platypus",
    "animals/bird": "bird",
    "animals/fish": "dolphin, whale, seal, walrus",
    "animals/bug": "bee, beetle, butterfly, caterpillar, cockroach, spider, worm, ant, mosquito,"
    "scorpion, snail, crab, lobster, shrimp",
    "animals/reptile": "crocodile, dinosaur, lizard, dragon",
    "animals/mollusc": "jellyfish, starfish, sea urchin, squid, clam, oyster, coral, sea anemone,"
    "octopus",
    "characters": "person, baby, boy, girl, man, woman, angel, mermaid",
    "vehicles": "bicycle, motorcycle, bus, train, truck, streetcar, tank, tractor, ambulance,"
    "bulldozer, submarine, flying saucer, hot air balloon, wheelchair, stroller, pram,"
    "shopping cart, cart, space station, satellite, ufo, lawn mower",
    "buildings": "bridge, hospital, jail, mosque, temple, synagogue, shrine, gas station,"
    "roller coaster, door, fence, stairs",
    "furniture": "couch, bed, fireplace, hot tub",
    "household": "toilet, clock, hair drier, toothbrush, sink, bandage, basket, bathtub, broom,"
    "bucket, ceiling fan, chandelier, fan, flashlight, hourglass, lighter, matches,"
    "picture frame, pillow, power outlet, soap, toothpaste, syringe, stethoscope, suitcase,"
    "christmas ornament, bauble",
    "kitchen": "wine glass, fork, knife, spoon, microwave, oven, toaster, refrigerator,"
    "dishwasher, frying pan, stove, saucepan, cooler, can, washing machine",
    "food": "banana, apple, sandwich, orange, broccoli, carrot, pizza, donut, cake, pear,"
    "sweet pepper, asparagus, birthday cake, blackberry, blueberry, bread, cookie, grapes,"
    "hamburger, ice cream, lollipop, onion, peanut, peas, pineapple, popsicle, potato, steak,"
    "strawberry, string bean, watermelon, egg, croissant, bagel, muffin, cupcake, pie,"
    "pretzel, cheese, sushi, taco, noodles, candy cane, candy, pumpkin",
    "electronics": "tv, laptop, mouse, remote, keyboard, cell phone, camera, computer,"
    "headphones, megaphone, microphone, radio, stereo, telephone, television, binoculars",
    "office": "book, calculator, calendar, crayon, envelope, eraser, marker, paper clip, pencil,"
    "postcard, passport, map, scroll, compass, scissors",
    "clothing": "backpack, handbag, tie, belt, bowtie, bracelet, eyeglasses, flip flops, hat,"
    "jacket, lipstick, necklace, pants, purse, shoe, shorts, sock, sweater, t-shirt,"
    "underwear, wristwatch, collar, leash",
    "sports": "frisbee, skis, snowboard, baseball bat, baseball glove, skateboard, surfboard,"
    "tennis racket, dumbbell, golf club, hockey puck, hockey stick, rollerskates, snorkel,"
    "paddle, oar, sleeping bag, diving board, parachute",
    "toys": "kite, swing set, boomerang, chess piece, chess pawn, gift box",
    "tools": "drill, ladder, nail, pliers, rake, paintbrush, paint can, garden hose, pickaxe,"
    "pitchfork, anvil",
    "weapons": "rifle, cannon, shield, spear, bow and arrow, crossbow, helmet",
    "instruments": "cello, clarinet, harp, piano, saxophone, trombone, trumpet, violin",
    "plants": "potted plant, forest, leaf",
    "props": "traffic light, fire hydrant, stop sign, parking meter, mailbox, streetlight,"
    "campfire, skull, coin, gem, diamond, bottlecap, torch, horseshoe, saddle",
    # concrete, but no archetype would read as them: they keep the abstract sculpture
    "": "cloud, mountain, plain, road, sea, beach, rainbow, lightning, moon, sun, star,"
    "snowflake, tornado, waterfall, island, cave, desert, lake, river, hill, canyon, glacier,"
    "cube, sphere, cylinder, cone, torus, spiral, helix, knot, heart, blob, arm, ear, eye,"
    "face, finger, foot, hand, leg, mouth, nose, tooth, brain, beard, feather, wheel,"
    # no object at all: abstract nouns, so that "a feeling of joy" is not read as some thing
    "feeling, emotion, idea, concept, memory, dream, freedom, love, hope, happiness,"
    "sadness, chaos, peace, nothing, silence, energy, mood, thought, meaning, beauty, nostalgia",
}

#: Every distractor name → its category label ("kitchen", "animals/bird"; "" for none).
DISTRACTOR_CATEGORIES: dict[str, str] = {
    name: label for label, text in _BY_CATEGORY.items() for name in _names(text)
}
#: The distractor names, in the order above.
DISTRACTORS: tuple[str, ...] = tuple(DISTRACTOR_CATEGORIES)
