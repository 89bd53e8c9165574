"""Everyday things no template builds: the matcher's counter-examples."""

from __future__ import annotations


def _names(text: str) -> tuple[str, ...]:
    """Comma-separated names, stripped, without duplicates, in order."""
    return tuple(dict.fromkeys(name.strip() for name in text.split(",") if name.strip()))


#: Everyday objects and animals, from three public category lists (the COCO detection classes,
#: the CIFAR-100 classes, the Quick, Draw! categories) and a few groups of our own. Kinds of a
#: template's object are left out by hand (sports ball, flamingo, palm tree, police car…), and
#: names that are a template's keyword are filtered again at run time. A phrase with a
#: template's word inside that names something else ("hot dog") is not listed here but in that
#: template's ``not_claimed``. A prompt nearer to one of these than to any template asks for
#: something we cannot build, so it gets the abstract sculpture.
DISTRACTORS: tuple[str, ...] = _names(
    # COCO
    "person, bicycle, motorcycle, bus, train, truck, traffic light, fire hydrant, stop sign,"
    "parking meter, bird, sheep, cow, elephant, zebra, giraffe, backpack, handbag, tie, suitcase,"
    "frisbee, skis, snowboard, kite, baseball bat, baseball glove, skateboard,"
    "surfboard, tennis racket, wine glass, fork, knife, spoon, banana, apple, sandwich, orange,"
    "broccoli, carrot, pizza, donut, cake, couch, potted plant, bed, toilet, tv, laptop,"
    "mouse, remote, keyboard, cell phone, microwave, oven, toaster, sink, refrigerator, book,"
    "clock, scissors, hair drier, toothbrush,"
    # CIFAR-100 (maple, oak, palm, pine and willow trees, orchid, poppy, rose, sunflower,
    # tulip, trout, flatfish, aquarium fish, ray, shark and pickup truck are kinds of templates)
    "baby, bear, beaver, bee, beetle, boy, bridge, butterfly, camel, can, caterpillar, cattle,"
    "chimpanzee, cloud, cockroach, crab, crocodile, dinosaur, dolphin, forest, fox, girl,"
    "hamster, kangaroo, lawn mower, leopard, lion, lizard, lobster, man, mountain, otter, pear,"
    "plain, porcupine, possum, raccoon, road, sea, seal, shrew, skunk, snail, spider,"
    "squirrel, streetcar, sweet pepper, tank, telephone, television, tiger, tractor, whale, wolf,"
    "woman, worm,"
    # Quick, Draw! (less shapes, scenes and kinds of templates such as baseball or owl)
    "ambulance, angel, ant, anvil, arm, asparagus, bandage, basket,"
    "bat, bathtub, beach, beard, belt, binoculars, birthday cake, blackberry, blueberry,"
    "boomerang, bottlecap, bowtie, bracelet, brain, bread, broom, bucket, bulldozer, calculator,"
    "calendar, camera, campfire, cannon, cello, ceiling fan, chandelier, clarinet, compass,"
    "computer, cookie, cooler, crayon, diamond, dishwasher, diving board, door, dragon, drill,"
    "dumbbell, ear, envelope, eraser, eye, eyeglasses, face, fan, feather, fence, finger,"
    "fireplace, flashlight, flip flops, flying saucer, foot, frying pan, garden hose, golf club,"
    "grapes, hamburger, hand, harp, hat, headphones, hedgehog, helmet, hockey puck, hockey stick,"
    "hospital, hot air balloon, hot tub, hourglass, ice cream, jacket, jail, ladder, leaf, leg,"
    "lighter, lightning, lipstick, lollipop, mailbox, map, marker, matches, megaphone, mermaid,"
    "microphone, monkey, moon, mosquito, mouth, nail, necklace, nose, octopus, onion,"
    "paintbrush, paint can, panda, pants, paper clip, parachute, passport, peanut, peas, pencil,"
    "piano, picture frame, pillow, pineapple, pliers, popsicle, postcard, potato, power outlet,"
    "purse, radio, rainbow, rake, rhinoceros, rifle, roller coaster, rollerskates, saxophone,"
    "scorpion, shoe, shorts, skull, sleeping bag, snorkel, snowflake, sock, stairs, star,"
    "steak, stereo, stethoscope, stove, strawberry, streetlight, string bean, submarine, sun,"
    "sweater, swing set, syringe, tooth, toothpaste, tornado, trombone, trumpet, t-shirt,"
    "underwear, violin, washing machine, watermelon, wheel, wristwatch,"
    # ours: props, sea animals that are not fish, places of worship that are not churches,
    # food, landscape and plain shapes, each a kind of prompt that used to find a template
    "shield, torch, pickaxe, pitchfork, spear, bow and arrow, crossbow, scroll, coin, gem,"
    "collar, leash, saddle, horseshoe, paddle, oar,"
    "jellyfish, starfish, sea urchin, squid, shrimp, clam, oyster, coral, sea anemone,"
    "mosque, temple, synagogue, shrine,"
    "egg, croissant, bagel, muffin, cupcake, pie, pretzel, cheese, sushi, taco, noodles,"
    "waterfall, island, cave, desert, lake, river, hill, canyon, glacier,"
    "cube, sphere, cylinder, cone, torus, spiral, helix, knot, heart, blob,"
    "hippopotamus, hippo, koala, reindeer, moose, goat, donkey, mule, llama, alpaca, sloth,"
    "gorilla, rhino, meerkat, bison, buffalo, yak, antelope, gazelle, badger, armadillo,"
    "platypus, walrus,"
    "saucepan, wheelchair, stroller, pram, shopping cart, cart, space station,"
    "satellite, ufo, gas station, christmas ornament, bauble, gift box, candy cane, candy,"
    "soap, pumpkin, chess piece, chess pawn"
)
