"""The words scenes are read from: relation wordings and the words around them.

``relations`` cuts a prompt at a wording from ``WORDINGS``; the other tables say which words
before a wording are its verb (``POSTURES``), which references are no object at all (a
setting, the subject's body, clothes: ``NOT_OBJECTS``, ``WEARABLES``), and which wordings say
something other than where one object is: a pose ("curled up *in a ball*"), a decoration
("flowers *painted on* it"), two objects beside each other ("*side by side*").
"""

from __future__ import annotations

from typing import Literal

Relation = Literal["on", "in", "next to", "under", "holding", "riding"]
RELATIONS: tuple[Relation, ...] = ("on", "in", "next to", "under", "holding", "riding")

#: Relation wordings as word sequences, longest first where one starts another.
WORDINGS: dict[tuple[str, ...], Relation] = {
    **{
        tuple(w.split()): "on"
        for w in ("on top of", "on the top of", "atop", "upon", "onto", "on", "over", "above")
    },
    **{
        tuple(w.split()): "in"
        for w in ("inside of", "inside", "within", "into", "in", "aboard", "on board")
    },
    **{
        tuple(w.split()): "next to"
        for w in (
            "next to",
            "beside",
            "besides",
            "by the side of",
            "by",
            "near",
            "nearby",
            "alongside",
            "close to",
            "against",
            "in front of",
            "behind",
            "beside of",
            "together with",
        )
    },
    **{tuple(w.split()): "under" for w in ("under", "underneath", "beneath", "below")},
    **{
        tuple(w.split()): "holding"
        for w in (
            "holding",
            "holds",
            "carrying",
            "carries",
            "wielding",
            "wields",
            "clutching",
            "clutches",
            "grasping",
            "grasps",
            "gripping",
            "grips",
            "brandishing",
            "hugging",
            "hugs",
            "cradling",
            "cuddling",
            "lifting",
            "raising",
            "swinging",
            "waving",
            "hold",
            "carry",
            "wield",
        )
    },
    **{
        tuple(w.split()): "riding"
        for w in (
            "riding on",
            "riding",
            "flying on",
            "flies on",
            "flew on",
            "soaring on",
            "flying astride",
            "rides",
            "ride",
            "mounted on",
            "astride",
            "on the back of",
            "on top of the back of",
        )
    },
}
LONGEST_WORDING = max(len(words) for words in WORDINGS)

#: Posture words before the relation belong to it, not to the subject ("a cat sitting | on"):
#: the common ones, and irregular participles the "-ing"/"-ed" rule (``_is_verb``) misses.
POSTURES = frozenset(
    "sitting sits sat seated standing stands stood lying lies laying lays perched perching "  # noqa: SIM905
    "perches resting rests sleeping sleeps napping placed hiding hides curled up is are "
    "leaning leans parked set kept lounging relaxing crouching crouched swimming floating "
    "stacked piled hanging hung stuck held laid lay sunk buried frozen hidden caught left "
    "sit stand lie lean hang rest sleep hide perch float swim being was were "
    "sat put spun asleep awake".split()
)
#: Particles of a phrasal verb ("curled *up* in", "bent *down* under"): part of the relation
#: when a verb comes before them.
PARTICLES = frozenset("up down out over around about together back".split())  # noqa: SIM905
#: Words before a participle that show it is an adjective of the subject, not its verb
#: ("a *painting* on", "an old *building* by"): articles, numbers and the like.
NOT_BEFORE_VERB = frozenset(
    "a an the my your our his her their its this that these those some two three four five "  # noqa: SIM905
    "and or of".split()
)
#: Wordings that bring the subject into contact with the reference ("leaning against").
TOUCHING = frozenset({"against", "leaning", "leans", "lean", "propped"})
#: Verbs that make "on" a lean against the reference's side: "a guitar leaning on an amp"
#: stands beside it, touching, not on top of it.
LEANING = frozenset({"leaning", "leans", "lean", "propped"})
#: "out of" after a participle is being in it, coming out: "a rabbit peeking out of a hat",
#: "a tree growing out of a rock" (but "a chair made out of wood" is a material).
OUT_OF = ("out", "of")
#: "on horseback": the relation names its own reference object.
IMPLIED: dict[tuple[str, ...], tuple[Relation, str]] = {("on", "horseback"): ("riding", "a horse")}
#: "a knight with a sword in his hand": "with X in its hand" is holding X.
HOLDING_HANDS = frozenset("hand hands paw paws claw claws mouth beak grip arms".split())  # noqa: SIM905
POSSESSIVES = frozenset("its his her their the a one".split())  # noqa: SIM905
#: Reference words that are settings or states, never an object of a scene ("on fire", "in
#: space", "by the sea"): a prompt naming one is one object, however the catalog reads it.
NOT_OBJECTS = frozenset(
    "fire love space rain snow water sea ocean lake river pond grass ground floor wall sky air "  # noqa: SIM905
    "sand beach street road field forest jungle desert mountain hill room world city park "
    "garden background style shape form colour color light dark night day sun sunset moon "
    "sunlight shade shadow middle front top bottom center centre side corner edge wind mud "
    "stage focus motion action time place way home hand hands paw paws mouth "
    # states, weather, seasons and moods: "a bird in flight", "a rose in bloom"
    "ice flight bloom blossom autumn fall winter summer mood love trouble danger disguise "
    "storm clouds cloud fog mist darkness flames ruins pieces half line row circle pose "
    "profile silhouette orbit heaven hell universe galaxy dream dreams twilight dawn dusk "
    "moonlight starlight progress battle distance midair tiptoe tiptoes "
    "porch yard backyard woods meadow valley village town countryside mars earth planet "
    # the subject's own body: "a bear standing on its hind legs", "a cat on its back"
    "leg legs foot feet toe toes knee knees tail head back shoulder shoulders arms "
    "finger fingers lap belly tummy haunches hind fours".split()
)
#: Body parts a possessive names on the reference: "on a pirate's shoulder" is on the pirate,
#: at its shoulder; ``spot`` keeps the part for placement.
BODY_SPOTS = frozenset(
    "head shoulder shoulders back lap arm arms hand hands nose neck hat belly".split()  # noqa: SIM905
)
#: Clothes: "a man in a suit", "a cat in a hat" are one dressed object, not a scene.
WEARABLES = frozenset(
    "suit dress coat jacket costume uniform armor armour robe cloak tuxedo gown sweater hoodie "  # noqa: SIM905
    "scarf shirt pajamas pyjamas onesie kimono outfit clothes clothing boots shoes sneakers "
    "sunglasses glasses goggles mask hat cap helmet crown apron vest tie bowtie gloves mittens "
    "jeans trousers pants shorts skirt overalls raincoat bikini swimsuit diaper".split()
)

#: Shapes a body takes, after a verb that shapes it: "curled up in a ball", "coiled into a
#: spiral" are poses of the subject, not objects it is in.
POSE_SHAPES = frozenset("ball knot coil spiral heap bundle circle loop crescent".split())  # noqa: SIM905
#: Verbs that put a body into a shape ("curled", "rolled into"): with a ``POSE_SHAPES`` word
#: after them, a pose.
SHAPING = frozenset(
    "curled curling curls curl coiled coiling coils rolled rolling rolls balled huddled "  # noqa: SIM905
    "tucked twisted twisting tied bundled wrapped folded bent".split()
)
#: Verbs that put a picture on a surface: "flowers painted on it", "a cat printed on a mug"
#: are the surface's decoration, not objects on it.
DECORATING = frozenset(
    "painted printed drawn sketched carved engraved etched embossed stamped "  # noqa: SIM905
    "stenciled stencilled embroidered stitched sewn inlaid decorated tattooed depicted "
    "pictured illustrated written inscribed glazed".split()
)
#: Endings that put two listed objects beside each other: "a cat and a dog sitting side by
#: side", "two robots standing next to each other".
RECIPROCAL: tuple[tuple[str, ...], ...] = tuple(
    tuple(w.split())
    for w in (
        "side by side",
        "next to each other",
        "next to one another",
        "beside each other",
        "beside one another",
        "by each other",
        "near each other",
        "close together",
        "together",
        "back to back",
        "face to face",
        "shoulder to shoulder",
        "with each other",
    )
)
#: Holders made to hold one thing, fixed in them: a torch "in a wall bracket", a lamp "in a
#: sconce" is that thing in its own holder, one object (when no template is that holder).
MOUNTS = frozenset("bracket brackets sconce holder mount socket clamp cradle".split())  # noqa: SIM905
#: Words for how much of a thing there is, not what holds it: "a pile of books" is books.
QUANTITIES = frozenset(
    "pile piles stack stacks heap heaps bunch bunches pair pairs set sets piece pieces "  # noqa: SIM905
    "slice slices group lot lots couple handful row rows kind sort type bouquet cluster "
    "flock herd family team collection".split()
)
