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
#: the CIFAR-100 classes, the Quick, Draw! categories) and a few groups of our own, each list
#: then extended with a broad set of everyday concrete nouns (the things people own, see and
#: ask a 3D generator for) written from general knowledge, 2026-12-05; filed by the template
#: folder (category) they belong to, animals also by body plan ("animals/bird"). Kinds of a
#: template's object are left out by hand (sports ball, flamingo, palm tree, police car, and so
#: every bird and fish: "bird" and "fish" are templates), and names that are a template's
#: keyword are filtered again at run time. A phrase with a template's word inside that names
#: something else ("hot dog") is not listed here but in that template's ``not_claimed``. The
#: key "" files what belongs to no category.
_BY_CATEGORY: dict[str, str] = {
    "animals/mammal": "sheep, cow, elephant, zebra, giraffe, bear, beaver, camel, cattle, "
    "chimpanzee, fox, hamster, kangaroo, leopard, lion, otter, porcupine, possum, raccoon, shrew, "
    "skunk, squirrel, tiger, wolf, bat, monkey, panda, rhinoceros, hedgehog, hippopotamus, hippo, "
    "koala, reindeer, moose, goat, donkey, mule, llama, alpaca, sloth, gorilla, rhino, meerkat, "
    "bison, buffalo, yak, antelope, gazelle, badger, armadillo, platypus, wallaby, wombat, "
    "opossum, mole, weasel, ferret, mink, stoat, ermine, marten, wolverine, mongoose, lemur, "
    "orangutan, baboon, gibbon, mandrill, macaque, marmoset, hyena, tapir, okapi, anteater, "
    "aardvark, pangolin, capybara, chinchilla, quokka, tasmanian devil, bandicoot, echidna, "
    "impala, wildebeest, gnu, oryx, springbok, kudu, chamois, water buffalo, honey "
    "badger, polecat, pika",
    "animals/bird": "bird",
    "animals/fish": "dolphin, whale, seal, walrus, sea lion, manatee, dugong",
    "animals/bug": "bee, beetle, butterfly, caterpillar, cockroach, spider, worm, ant, mosquito, "
    "scorpion, snail, crab, lobster, shrimp, grasshopper, locust, cicada, mantis, praying mantis, "
    "stick insect, firefly, flea, tick, louse, earwig, centipede, millipede, weevil, scarab, dung "
    "beetle, fly, housefly, gnat, mayfly, aphid, silkworm, woodlouse, pill bug, crayfish, prawn, "
    "krill, barnacle",
    "animals/reptile": "crocodile, dinosaur, lizard, dragon, loch ness monster, nessie, "
    "plesiosaur, mosasaur",
    "animals/mollusc": "jellyfish, starfish, sea urchin, squid, clam, oyster, coral, sea anemone, "
    "octopus, slug, nautilus, sea slug, nudibranch, scallop, mussel, cockle, conch, whelk, sea "
    "cucumber, sand dollar, limpet, abalone",
    "characters": "person, baby, boy, girl, man, woman, angel, mermaid, farmer, gardener, "
    "postman, mail carrier, teacher, student, lawyer, judge, pilot, sailor, fisherman, hunter, "
    "lumberjack, miner, builder, construction worker, plumber, electrician, mechanic, carpenter, "
    "blacksmith, painter, artist, musician, singer, dancer, ballerina, athlete, runner, boxer, "
    "footballer, golfer, skier, surfer, clown, jester, mime, juggler, acrobat, waiter, waitress, "
    "butler, maid, nanny, shopkeeper, cashier, barber, hairdresser, tailor, priest, monk, nun, "
    "librarian, banker, janitor, lifeguard, cheerleader, referee, hiker, tourist, explorer, "
    "caveman, beekeeper, elf, dwarf, gnome, troll, ogre, goblin, giant, vampire, mummy, "
    "devil, demon, genie, leprechaun, scarecrow",
    "vehicles": "bicycle, motorcycle, bus, train, truck, streetcar, tank, tractor, ambulance, "
    "bulldozer, submarine, flying saucer, hot air balloon, wheelchair, stroller, pram, shopping "
    "cart, cart, space station, satellite, ufo, lawn mower, excavator, digger, backhoe, "
    "steamroller, road roller, snowplow, snowmobile, golf cart, segway, hoverboard, unicycle, "
    "tram, rickshaw, tuk tuk, carriage, stagecoach, wagon, covered wagon, chariot, sled, sleigh, "
    "bobsled, toboggan, zeppelin, blimp, airship, combine harvester, street sweeper, jetpack, "
    "lunar rover, mars rover, funicular, ski lift, quad bike, atv, all terrain vehicle",
    "buildings": "bridge, hospital, jail, mosque, temple, synagogue, shrine, gas station, roller "
    "coaster, door, fence, stairs, school, schoolhouse, library, museum, hotel, motel, "
    "restaurant, cafe, diner, bakery, shop, store, supermarket, shopping mall, post office, "
    "police station, fire station, airport, hangar, garage, warehouse, factory, power plant, "
    "stadium, arena, colosseum, amphitheatre, theater, cinema, town hall, city hall, parliament, "
    "clinic, prison, dam, tunnel, triumphal arch, arch, monument, obelisk, mausoleum, "
    "observatory, silo, chimney, pier, dock, jetty, harbor, kiosk, market stall, ferris wheel, "
    "carousel, merry go round, stonehenge, taj mahal, inn, tavern, pub, pharmacy, "
    "university, gym, swimming pool, wall, brick wall, gate, balcony, staircase, escalator, "
    "elevator, bunker, phone booth",
    "furniture": "couch, bed, fireplace, hot tub, hammock, mattress, headboard, playpen, room "
    "divider, folding screen, wine rack, towel rack, spice rack, magazine rack, locker, bar cart, "
    "kitchen island, counter, porch swing, mantelpiece, lectern, podium, pulpit",
    "household": "toilet, clock, hair drier, toothbrush, sink, bandage, basket, bathtub, broom, "
    "dog collar, "
    "bucket, ceiling fan, chandelier, fan, flashlight, hourglass, lighter, matches, picture "
    "frame, pillow, power outlet, soap, toothpaste, syringe, stethoscope, suitcase, christmas "
    "ornament, bauble, mop, dustpan, feather duster, sponge, scrub brush, plunger, tissue box, "
    "towel, shower, shower head, faucet, tap, comb, hairbrush, razor, hair dryer, nail clipper, "
    "tweezers, mirror, hand mirror, deodorant, shampoo, lotion, cotton swab, first aid kit, "
    "thermometer, blanket, quilt, duvet, rug, carpet, doormat, curtain, blinds, light "
    "switch, smoke detector, thermostat, radiator, space heater, air conditioner, humidifier, air "
    "purifier, incense, clothes hanger, clothespin, drying rack, padlock, lock, doorknob, "
    "doorbell, jewelry box, photo album, tissue, trash bag, extension cord, power strip, fire "
    "extinguisher, mousetrap, fly swatter, sewing machine, pin cushion, thimble, yarn, knitting "
    "needles, spool of thread, safety pin, pacifier, diaper, walking stick, cane, crutch, pill, "
    "birdcage, cage, aquarium, litter box",
    "kitchen": "wine glass, fork, knife, spoon, microwave, oven, toaster, refrigerator, "
    "dishwasher, frying pan, stove, saucepan, cooler, can, washing machine, spatula, tongs, "
    "colander, strainer, sieve, grater, peeler, corkscrew, cutting board, chopping board, baking "
    "tray, baking sheet, ice cube tray, salt shaker, pepper shaker, pepper grinder, mortar and "
    "pestle, air fryer, deep fryer, mixer, stand mixer, hand mixer, juicer, waffle maker, popcorn "
    "maker, lunchbox, bento box, tupperware, food container, napkin, placemat, tablecloth, apron, "
    "tea towel, chopsticks, skewer, toothpick, drinking straw, grill, barbecue, kitchen timer, "
    "kitchen scale, cocktail shaker, trivet",
    "food": "banana, apple, sandwich, orange, broccoli, carrot, pizza, donut, cake, pear, sweet "
    "pepper, asparagus, birthday cake, blackberry, blueberry, bread, cookie, grapes, hamburger, "
    "ice cream, lollipop, onion, peanut, peas, pineapple, popsicle, potato, steak, strawberry, "
    "string bean, watermelon, egg, croissant, bagel, muffin, cupcake, pie, pretzel, cheese, "
    "sushi, taco, noodles, candy cane, candy, pumpkin, kiwi, mango, papaya, peach, plum, apricot, "
    "nectarine, pomegranate, fig, coconut, lychee, passion fruit, persimmon, durian, jackfruit, "
    "guava, olive, cucumber, zucchini, eggplant, aubergine, lettuce, cabbage, cauliflower, "
    "celery, spinach, kale, corn, corn on the cob, garlic, ginger, radish, beet, beetroot, "
    "turnip, sweet potato, yam, artichoke, brussels sprout, leek, chili pepper, jalapeno, walnut, "
    "almond, chestnut, hazelnut, pistachio, cashew, pasta, spaghetti, lasagna, ramen, dumpling, "
    "burrito, nachos, quesadilla, rice, fried rice, curry, soup, stew, salad, omelette, bacon, "
    "sausage, ham, meatball, pork chop, ribs, kebab, falafel, hummus, tofu, popcorn, crisps, "
    "waffle, cereal, porridge, granola bar, chocolate bar, chocolate, jelly bean, marshmallow, "
    "cotton candy, eclair, brownie, cinnamon roll, pudding, jelly, custard, milkshake, smoothie, "
    "lemonade, honey, jam, butter, peanut butter, ketchup, mustard, yogurt, milk carton, chewing "
    "gum, bubble gum, meringue, spring roll, pickle",
    "electronics": "tv, laptop, mouse, remote, keyboard, cell phone, camera, computer, "
    "headphones, megaphone, microphone, radio, stereo, telephone, television, binoculars, modem, "
    "printer, scanner, photocopier, projector, pager, fax machine, mp3 player, ipod, cd player, "
    "dvd player, record player, turntable, gramophone, cassette player, cassette tape, vhs tape, "
    "floppy disk, compact disc, usb stick, flash drive, hard drive, memory card, battery, "
    "charger, power bank, game console, arcade machine, jukebox, vending machine, atm, cash "
    "register, server rack, circuit board, computer chip, antenna, radar, walkman, oscilloscope, "
    "telescope, microscope, metal detector, solar panel",
    "office": "book, calculator, calendar, crayon, envelope, eraser, marker, paper clip, pencil, "
    "postcard, passport, map, scroll, compass, scissors, tape dispenser, sticky note, binder, "
    "folder, paper shredder, label maker, planner, rubber stamp, stamp, ink pad, inkwell, "
    "highlighter, ruler, "
    "protractor, sharpener, push pin, thumbtack, rubber band, glue stick, sheet of paper, "
    "newspaper, magazine, brochure, letter, business card, name tag, badge, id card, credit card, "
    "ticket, receipt, label, whiteboard, blackboard, chalkboard, chalk, easel, paperweight, "
    "bookend, letter opener, diploma, certificate, abacus, slide rule, typewriter, banknote, "
    "palette, canvas, magnifying glass",
    "clothing": "necktie, bow tie, hoodie, backpack, handbag, tie, belt, bowtie, bracelet, "
    "eyeglasses, flip flops, hat, "
    "jacket, lipstick, necklace, pants, purse, shoe, shorts, sock, sweater, t-shirt, underwear, "
    "wristwatch, collar, leash, scarf, glove, gloves, mitten, mittens, bandana, headband, "
    "earmuffs, earring, earrings, brooch, pendant, locket, anklet, cufflinks, hair clip, hairpin, "
    "skirt, vest, waistcoat, cardigan, tuxedo, suit, kimono, sari, toga, robe, bathrobe, pajamas, "
    "overalls, dungarees, jumpsuit, bikini, swimsuit, uniform, cape, cloak, poncho, shawl, "
    "sarong, kilt, corset, sandal, sandals, slipper, slippers, wallet, fanny pack, duffel bag, "
    "luggage, mask, face mask, gas mask, goggles, turban, hijab, veil, headscarf, balaclava, wig, "
    "suspenders, shoelace, button, zipper, bangle",
    "sports": "frisbee, skis, snowboard, baseball bat, baseball glove, skateboard, surfboard, "
    "tennis racket, dumbbell, golf club, hockey puck, hockey stick, rollerskates, snorkel, "
    "paddle, oar, sleeping bag, diving board, parachute, shuttlecock, lacrosse stick, golf bag, "
    "tennis net, hoop, soccer goal, goalpost, hurdle, discus, shot put, balance beam, trampoline, "
    "treadmill, rowing machine, yoga mat, punching bag, jump rope, skipping rope, hula hoop, ice "
    "skates, inline skates, ski poles, climbing rope, carabiner, fishing rod, fishing pole, "
    "fishing reel, fishing net, tackle box, fishing lure, life vest, lifebuoy, buoy, swim fins, "
    "flippers, diving mask, wetsuit, scoreboard, medal, archery target, dartboard, dart, pool "
    "cue, knee pads, shin guards, mouthguard, water skis, parallel bars",
    "toys": "kite, swing set, boomerang, chess piece, chess pawn, gift box, action figure, "
    "marble, marbles, jigsaw puzzle, puzzle piece, slinky, play dough, modeling "
    "clay, puppet, hand puppet, marionette, bubble wand, sandbox, seesaw, slide, jungle gym, "
    "monkey bars, pogo stick, board game, checkers, chessboard, dominoes, domino, playing card, "
    "deck of cards, poker chip, kaleidoscope, fidget spinner, gyroscope, tamagotchi, shape "
    "sorter, confetti, party popper, pinata, whoopee cushion, present, wrapped present, gift, "
    "bobblehead, figurine, wind up toy",
    "tools": "drill, ladder, nail, pliers, rake, paintbrush, paint can, garden hose, pickaxe, "
    "pitchfork, anvil, chisel, rasp, sandpaper, screw, bolt, hinge, vise, clamp, hoe, leaf "
    "blower, strimmer, sprinkler, hose reel, scythe, sickle, welder, sander, angle grinder, "
    "lathe, air compressor, generator, multimeter, tool belt, plumb bob, scraper, awl, bolt "
    "cutters, wire stripper, pulley, squeegee, scaffold, crank, soldering station",
    "weapons": "rifle, cannon, shield, spear, bow and arrow, crossbow, helmet, catapult, "
    "trebuchet, ballista, flail, nunchucks, nunchaku, sai, whip, bullwhip, grenade, hand grenade, "
    "bomb, dynamite, landmine, bazooka, flamethrower, bullet, cartridge, ammunition, armor, suit "
    "of armor, chainmail, breastplate, gauntlet, blowgun, brass knuckles, taser, sling, quiver, "
    "holster, sheath, scabbard, atomic bomb, warhead",
    "instruments": "cello, clarinet, harp, piano, saxophone, trombone, trumpet, violin, tuba, "
    "french horn, euphonium, sousaphone, oboe, bassoon, kazoo, bagpipes, didgeridoo, sitar, lute, "
    "mandolin, zither, dulcimer, balalaika, bouzouki, shamisen, koto, keytar, synthesizer, pipe "
    "organ, harpsichord, melodica, harmonium, tambourine, maracas, castanets, cymbal, cymbals, "
    "gong, wind chimes, washboard, music stand, metronome, guiro, kalimba, theremin, amplifier",
    "plants": "potted plant, forest, leaf, fern, moss, grass, bamboo, vine, ivy, reed, cattail, "
    "seaweed, kelp, lily pad, clover, four leaf clover, shamrock, wheat, hay bale, haystack, "
    "pinecone, acorn, seed, seedling, sprout, stump, branch, twig, root, herb, basil, weed, venus "
    "flytrap, carnivorous plant, tumbleweed, sugarcane, terrarium, mistletoe, nettle, bracken, "
    "beanstalk, garden, jungle",
    "props": "traffic light, fire hydrant, stop sign, parking meter, mailbox, streetlight, "
    "campfire, skull, coin, gem, diamond, bottlecap, torch, horseshoe, saddle, statue, bust, "
    "bollard, manhole cover, billboard, totem pole, sundial, weather vane, garden gnome, lawn "
    "ornament, coffin, casket, cross, wreath, magic wand, wand, broomstick, sack, sandbag, "
    "pallet, shipping container, tire, barricade, traffic barrier, speed bump, hitching post, "
    "water pump, turnstile, pedestal, plinth, pillar, milestone, newspaper stand, money bag, gold "
    "bar, ingot, chain, rope, trap, bus stop, bus shelter, amulet, talisman, idol, dreamcatcher, "
    "fossil, seashell",
    # concrete, but no archetype would read as them: they keep the abstract sculpture
    "": "cloud, mountain, plain, road, sea, beach, rainbow, lightning, moon, sun, star, "
    "snowflake, tornado, waterfall, island, cave, desert, lake, river, hill, canyon, glacier, "
    "cube, sphere, cylinder, cone, torus, spiral, helix, knot, heart, blob, arm, ear, eye, face, "
    "finger, foot, hand, leg, mouth, nose, tooth, brain, beard, feather, wheel, volcano, valley, "
    "meadow, swamp, ocean, iceberg, cliff, sand dune, crater, pond, galaxy, nebula, asteroid, "
    "comet, thunderstorm, hurricane, sunset, aurora, prism, hexagon, triangle, pentagon, "
    "mobius strip, fractal, dodecahedron, icosahedron, tetrahedron,"
    # no object at all: abstract nouns, so that "a feeling of joy" is not read as some thing
    "feeling, emotion, idea, concept, memory, dream, freedom, love, hope, happiness, sadness, "
    "chaos, peace, nothing, silence, energy, mood, thought, meaning, beauty, nostalgia, "
    "justice, truth, wisdom, courage, fear, anger, joy, friendship, knowledge, infinity, "
    "kindness, loneliness, curiosity, serenity",
}

#: Every distractor name → its category label ("kitchen", "animals/bird"; "" for none).
DISTRACTOR_CATEGORIES: dict[str, str] = {
    name: label for label, text in _BY_CATEGORY.items() for name in _names(text)
}
#: The distractor names, in the order above.
DISTRACTORS: tuple[str, ...] = tuple(DISTRACTOR_CATEGORIES)
