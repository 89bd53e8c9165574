"""Build the text engine's noun lexicon from Princeton WordNet 3.0.

Usage (once, offline; the output is committed)::

    apt-get install -y wordnet-base            # the dict files, in /usr/share/wordnet
    .venv/bin/python tools/build_noun_lexicon.py [--wordnet /usr/share/wordnet]

Writes ``src/meshforge/engines/text/core/wordnet/nouns.tsv.gz`` (and the WordNet licence beside
it, ``WORDNET_LICENSE``). The engine reads only that file (``core/nouns.py``): neither this
script, WordNet nor nltk is needed at run time.

What it holds
    Every noun lemma of WordNet, single and multi-word ("soldering iron", "bow tie"), filed as
    one of: a template category ("tools", "animals/mammal": an animal also by body plan),
    ``.`` a concrete thing no category archetype reads as (a mountain, a hand, sand), or ``-``
    abstract (harmony, the future). Plus the adjective, verb and adverb lemmas as ``+``, so
    that the matcher can tell an English word from a typo. A concrete lemma also points into
    the hypernym graph of concrete synsets (shipped too), so that "a beagle" can be found to be
    a dog (beagle → hound → hunting dog → dog) and built by the dog template.

How a noun gets its category
    A synset's category is that of the nearest *anchor* among its hypernyms (``ANCHORS``:
    musical_instrument.n.01 → instruments, conveyance.n.03 → vehicles, ...); at equal distance
    the anchor listed first wins. Synsets of the concrete lexicographer files (artifact,
    animal, plant, food, person, object, body, substance) with no anchor are concrete without
    a category (``.``), all others abstract (``-``). A lemma with several senses takes the
    first sense, in WordNet's order (most frequent first), among its tagged senses (those with
    corpus counts; all senses when none has any) that has a category; failing that, it is
    concrete when one of those senses is, else abstract. So "crane" is the lifting machine (its
    first senses are people, instances, which are skipped), "date" the fruit, "harmony" abstract.
    Proper names (instance synsets: "Eiffel Tower") are kept when the name is no common noun
    and its category is an object category.

Format (UTF-8, gzip, tab-separated, ``#`` comments): first the concrete synsets, one a line,
numbered from 0 in file order: ``S <category> <hypernym ids, comma-separated> <name>``; then
the lemmas, lower case with spaces: ``L <lemma> <code>`` where code is ``-``, ``+`` or the
synset ids of the lemma's concrete senses, the chosen one first (comma-separated).
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "src/meshforge/engines/text/core/wordnet"

#: Hypernym anchors → category (the template folders), nearest wins, earlier wins a tie.
#: Animal anchors carry the body plan the animal archetype builds ("animals/bird").
ANCHORS: dict[str, str] = {
    # animals, by body plan (dolphins, whales and seals swim like fish)
    "aquatic_mammal.n.01": "animals/fish",
    "bird.n.01": "animals/bird",
    "fish.n.01": "animals/fish",
    "insect.n.01": "animals/bug",
    "arachnid.n.01": "animals/bug",
    "crustacean.n.01": "animals/bug",
    "myriapod.n.01": "animals/bug",
    "worm.n.01": "animals/bug",
    "arthropod.n.01": "animals/bug",
    "reptile.n.01": "animals/reptile",
    "amphibian.n.03": "animals/reptile",
    "dinosaur.n.01": "animals/reptile",
    "mollusk.n.01": "animals/mollusc",
    "coelenterate.n.01": "animals/mollusc",
    "echinoderm.n.01": "animals/mollusc",
    "invertebrate.n.01": "animals/bug",
    "mammal.n.01": "animals/mammal",
    # fantasy creatures are animals, humanoid ones characters (see HUMANOID)
    "mythical_monster.n.01": "animals",
    "imaginary_being.n.01": "characters",
    "spiritual_being.n.01": "characters",
    "person.n.01": "characters",
    "automaton.n.02": "characters",
    # plants and food: a fruit is food before it is a plant part
    "food.n.01": "food",
    "food.n.02": "food",
    "foodstuff.n.02": "food",
    "produce.n.01": "food",
    "edible_fruit.n.01": "food",
    "edible_nut.n.01": "food",
    "plant.n.02": "plants",
    "plant_part.n.01": "plants",
    "fungus.n.01": "plants",
    # artifacts
    "musical_instrument.n.01": "instruments",
    "weapon.n.01": "weapons",
    "weaponry.n.01": "weapons",
    "armor.n.01": "weapons",
    "body_armor.n.01": "weapons",
    "ammunition.n.01": "weapons",
    "projectile.n.01": "weapons",
    "sports_equipment.n.01": "sports",
    "sports_implement.n.01": "sports",
    "exercise_device.n.01": "sports",
    "gymnastic_apparatus.n.01": "sports",
    "skateboard.n.01": "sports",
    "snowboard.n.01": "sports",
    "surfboard.n.01": "sports",
    "shield.n.01": "weapons",
    "helmet.n.02": "weapons",
    "puppet.n.01": "toys",
    "ball.n.01": "sports",
    "game_equipment.n.01": "toys",
    "plaything.n.01": "toys",
    "doll.n.01": "toys",
    "kitchen_utensil.n.01": "kitchen",
    "cooking_utensil.n.01": "kitchen",
    "kitchenware.n.01": "kitchen",
    "kitchen_appliance.n.01": "kitchen",
    "tableware.n.01": "kitchen",
    "crockery.n.01": "kitchen",
    "cutlery.n.02": "kitchen",
    "drinking_vessel.n.01": "kitchen",
    "home_appliance.n.01": "household",
    "toiletry.n.01": "household",
    "cleaning_implement.n.01": "household",
    "furnishing.n.02": "household",
    "lamp.n.02": "household",
    "clock.n.01": "household",
    "timepiece.n.01": "household",
    "furniture.n.01": "furniture",
    "clothing.n.01": "clothing",
    "garment.n.01": "clothing",
    "footwear.n.01": "clothing",
    "footwear.n.02": "clothing",
    "headdress.n.01": "clothing",
    "jewelry.n.01": "clothing",
    "accessory.n.01": "clothing",
    "bag.n.04": "clothing",
    "handwear.n.01": "clothing",
    "writing_implement.n.01": "office",
    "stationery.n.01": "office",
    "paper.n.01": "office",
    "office_furniture.n.01": "furniture",
    "computer.n.01": "electronics",
    "electronic_equipment.n.01": "electronics",
    "electronic_device.n.01": "electronics",
    "telephone.n.01": "electronics",
    "camera.n.01": "electronics",
    "hand_tool.n.01": "tools",
    "garden_tool.n.01": "tools",
    "power_tool.n.01": "tools",
    "tool.n.01": "tools",
    "cutter.n.06": "tools",
    "conveyance.n.03": "vehicles",
    "vehicle.n.01": "vehicles",
    "craft.n.02": "vehicles",
    "building.n.01": "buildings",
    "housing.n.01": "buildings",
    "place_of_worship.n.01": "buildings",
    "tower.n.01": "buildings",
    "bridge.n.01": "buildings",
    "fence.n.01": "props",
    "column.n.07": "props",
    "memorial.n.03": "props",
    "sculpture.n.01": "props",
    "scientific_instrument.n.01": "tools",
    "measuring_instrument.n.01": "tools",
    "optical_instrument.n.01": "tools",
}
#: Catch-all anchors, used only when no anchor above is a hypernym, in this order: a dog is a
#: domestic animal two steps up but a mammal four, and it is filed by its body plan.
BROAD_ANCHORS: dict[str, str] = {
    "animal.n.01": "animals",
    "structure.n.01": "buildings",
    "container.n.01": "household",
    "implement.n.01": "tools",
    "device.n.01": "props",
    "artifact.n.01": "props",
}

#: Lexicographer files of physical things: a synset in one of them is concrete.
CONCRETE_FILES = frozenset(
    {
        "noun.artifact",
        "noun.animal",
        "noun.body",
        "noun.food",
        "noun.object",
        "noun.person",
        "noun.plant",
        "noun.substance",
    }
)
#: WordNet's lexicographer file numbers (lexnames), nouns only.
LEXNAMES = {
    3: "noun.Tops",
    4: "noun.act",
    5: "noun.animal",
    6: "noun.artifact",
    7: "noun.attribute",
    8: "noun.body",
    9: "noun.cognition",
    10: "noun.communication",
    11: "noun.event",
    12: "noun.feeling",
    13: "noun.food",
    14: "noun.group",
    15: "noun.location",
    16: "noun.motive",
    17: "noun.object",
    18: "noun.person",
    19: "noun.phenomenon",
    20: "noun.plant",
    21: "noun.possession",
    22: "noun.process",
    23: "noun.quantity",
    24: "noun.relation",
    25: "noun.shape",
    26: "noun.state",
    27: "noun.substance",
    28: "noun.time",
}


@dataclass
class Synset:
    """One noun synset of data.noun."""

    offset: int
    lexname: str
    lemmas: list[str]
    lex_ids: list[int] = field(default_factory=list)
    hypernyms: list[int] = field(default_factory=list)
    instance_of: list[int] = field(default_factory=list)
    gloss: str = ""
    name: str = ""


def read_synsets(wordnet: Path) -> dict[int, Synset]:
    """Every noun synset by offset, from ``data.noun``."""
    synsets: dict[int, Synset] = {}
    for line in (wordnet / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        head, _, gloss = line.partition(" | ")
        fields = head.split()
        count = int(fields[3], 16)
        lemmas = [fields[4 + 2 * i] for i in range(count)]
        lex_ids = [int(fields[5 + 2 * i], 16) for i in range(count)]
        at = 4 + 2 * count
        pointers = int(fields[at])
        synset = Synset(int(fields[0]), LEXNAMES[int(fields[1])], lemmas, lex_ids)
        synset.gloss = gloss.strip()
        for index in range(pointers):
            symbol, target, pos = fields[at + 1 + 4 * index : at + 4 + 4 * index]
            if pos == "n" and symbol == "@":
                synset.hypernyms.append(int(target))
            elif pos == "n" and symbol == "@i":
                synset.instance_of.append(int(target))
        synsets[synset.offset] = synset
    return synsets


@dataclass(frozen=True)
class IndexEntry:
    """A noun lemma's senses (synset offsets, most frequent first) and how many are tagged."""

    offsets: tuple[int, ...]
    tagged: int


def read_index(wordnet: Path, pos: str) -> dict[str, IndexEntry]:
    """``index.<pos>``: lemma → its senses in WordNet's order."""
    entries: dict[str, IndexEntry] = {}
    for line in (wordnet / f"index.{pos}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        senses, pointers = int(fields[2]), int(fields[3])
        tagged = int(fields[5 + pointers])
        offsets = tuple(int(offset) for offset in fields[6 + pointers : 6 + pointers + senses])
        entries[fields[0]] = IndexEntry(offsets, tagged)
    return entries


def name_synsets(synsets: dict[int, Synset], index: dict[str, IndexEntry]) -> None:
    """nltk's names ("dog.n.01"): the first lemma and its sense number."""
    for synset in synsets.values():
        lemma = synset.lemmas[0].lower()
        entry = index[lemma]
        synset.name = f"{lemma}.n.{entry.offsets.index(synset.offset) + 1:02d}"


def read_sense_counts(wordnet: Path, synsets: dict[int, Synset]) -> dict[tuple[str, int], int]:
    """(lemma, synset offset) → how often the sense was tagged in the Brown-corpus concordance
    (``cntlist.rev``); senses never tagged are absent."""
    lexfile_number = {name: number for number, name in LEXNAMES.items()}
    where: dict[tuple[str, int, int], int] = {}
    for synset in synsets.values():
        for lemma, lex_id in zip(synset.lemmas, synset.lex_ids, strict=True):
            place = (lemma.lower(), lexfile_number[synset.lexname], lex_id)
            where[place] = synset.offset
    counts: dict[tuple[str, int], int] = {}
    for line in (wordnet / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, count = line.split()
        lemma, _, rest = key.partition("%")
        parts = rest.split(":")
        if parts[0] != "1":  # nouns only
            continue
        offset = where.get((lemma, int(parts[1]), int(parts[2])))
        if offset is not None:
            counts[(lemma, offset)] = int(count)
    return counts


#: A mythical being whose gloss says it is part human is a character ("body of a man").
HUMANOID = re.compile(r"\b(man|woman|men|women|human|humans|humanoid|person|girl|boy)\b")
#: The object categories a lemma may be filed under; the rest is ``.`` or ``-``.
CONCRETE_NO_CATEGORY = "."
ABSTRACT = "-"
OTHER_WORD = "+"


def categorize(
    synsets: dict[int, Synset], anchors: dict[str, str], broad: dict[str, str]
) -> dict[int, str]:
    """Every synset's category, ``.`` (concrete, no category) or ``-`` (abstract)."""
    by_name = {synset.name: synset.offset for synset in synsets.values()}
    ordered = {**anchors, **broad}
    missing = [name for name in ordered if name not in by_name]
    if missing:
        raise SystemExit(f"anchors not in this WordNet: {missing}")
    rank = {
        by_name[name]: (order, category) for order, (name, category) in enumerate(ordered.items())
    }
    # a broad anchor ranks after every specific one, whatever the distance
    far = {by_name[name] for name in broad}
    myth = {by_name["mythical_monster.n.01"], by_name["imaginary_being.n.01"]}
    result: dict[int, str] = {}
    for synset in synsets.values():
        if synset.lexname not in CONCRETE_FILES:
            result[synset.offset] = ABSTRACT
            continue
        best: tuple[int, int, str] | None = None
        mythical = False
        for offset, distance in reach(synsets, synset.offset).items():
            mythical = mythical or offset in myth
            if offset in rank:
                order, category = rank[offset]
                if offset in far:
                    distance += 1000 * (1 + order)
                if best is None or (distance, order) < best[:2]:
                    best = (distance, order, category)
        category = best[2] if best is not None else CONCRETE_NO_CATEGORY
        if mythical:
            humanoid = HUMANOID.search(synset.gloss.partition('"')[0])
            category = "characters" if humanoid else "animals"
        result[synset.offset] = category
    return result


def reach(synsets: dict[int, Synset], start: int) -> dict[int, int]:
    """Every hypernym (and class of an instance) of ``start`` → its distance, itself at 0."""
    distances = {start: 0}
    queue = deque([start])
    while queue:
        offset = queue.popleft()
        synset = synsets[offset]
        for parent in (*synset.hypernyms, *synset.instance_of):
            if parent not in distances:
                distances[parent] = distances[offset] + 1
                queue.append(parent)
    return distances


#: A later sense counts when tagged at least this share as often as the lemma's most tagged
#: sense: "love" is an emotion, though a beloved person is a rarer sense of it.
SHARE_OF_TOP = 0.25


def lemma_senses(
    lemma: str,
    entry: IndexEntry,
    synsets: dict[int, Synset],
    categories: dict[int, str],
    counts: dict[tuple[str, int], int],
) -> tuple[str, list[int]]:
    """A lemma's code (category, ``.`` or ``-``) and its concrete senses, the chosen first.

    The chosen sense is the first physical one among the likely senses: "snowflake" is the ice
    crystal, not the bunting its second sense names. Likely senses are those tagged at least
    ``SHARE_OF_TOP`` as often as the most tagged one, or, when none is tagged, all of them,
    those the lemma heads first.
    """
    common = [o for o in entry.offsets if not synsets[o].instance_of]
    senses = common or list(entry.offsets)
    tags = [counts.get((lemma, offset), 0) for offset in senses]
    top = max(tags)
    likely = [
        o for o, n in zip(senses, tags, strict=True) if top == 0 or n >= max(1, top * SHARE_OF_TOP)
    ]
    if top == 0:
        # No corpus counts: a sense the lemma heads comes before one it is only another name
        # for ("hard hat" is the helmet before it is slang for a construction worker).
        likely.sort(key=lambda offset: synsets[offset].lemmas[0].lower() != lemma)
    concrete = [o for o in senses if categories[o] != ABSTRACT]
    physical = [o for o in likely if categories[o] != ABSTRACT]
    if not physical:
        # a thing among the first two senses is still what a 3D prompt means: "a volleyball"
        # (the game, then the ball), "a penny"; "the future" has none there
        physical = [o for o in senses[:2] if categories[o] != ABSTRACT]
    if not physical:
        return ABSTRACT, []
    chosen = physical[0]
    if not common and categories[chosen] in (ABSTRACT, CONCRETE_NO_CATEGORY):
        return ABSTRACT, []  # a place or a person's name without an object category
    return categories[chosen], [chosen, *(o for o in concrete if o != chosen)]


def normalized(lemma: str) -> str:
    """A WordNet lemma as the engine's tokenizer reads it: "free-reed_instrument" →
    "free reed instrument" (lower-case words and digits, single spaces)."""
    return " ".join(re.findall(r"[a-z]+|\d+", lemma.lower()))


def build(wordnet: Path) -> list[str]:
    """The lexicon's lines."""
    synsets = read_synsets(wordnet)
    index = read_index(wordnet, "noun")
    name_synsets(synsets, index)
    counts = read_sense_counts(wordnet, synsets)
    categories = categorize(synsets, ANCHORS, BROAD_ANCHORS)
    codes: dict[str, tuple[str, list[int]]] = {}
    for lemma, entry in index.items():
        key = normalized(lemma)
        code, senses = lemma_senses(lemma, entry, synsets, categories, counts)
        if code == ABSTRACT and all(synsets[o].instance_of for o in entry.offsets):
            continue  # a place or a person by name: no abstract idea, and no object either
        # "t-shirt" and "t_shirt" read alike: a filed reading beats an abstract one
        if key and (key not in codes or (codes[key][0] == ABSTRACT and code != ABSTRACT)):
            codes[key] = (code, senses)
    words = set()
    for pos in ("adj", "verb", "adv"):
        words |= {normalized(lemma) for lemma in read_index(wordnet, pos) if "_" not in lemma}
        exceptions = (wordnet / f"{pos}.exc").read_text(encoding="utf-8").split()[::2]
        words |= {normalized(word) for word in exceptions if "_" not in word}
    single = {key for key in codes if " " not in key} | words
    # A compound is looked up as a whole ("soldering iron") only when it names a thing; an
    # abstract one adds nothing to its words, and one whose last word is no English word is a
    # Latin name ("canis familiaris") no prompt uses: both are left out to keep the file small.
    codes = {
        key: (code, senses)
        for key, (code, senses) in codes.items()
        if " " not in key or (code != ABSTRACT and key.rsplit(" ", 1)[1] in single)
    }
    # the concrete synsets the lemmas point to, and all their concrete hypernyms
    kept: dict[int, int] = {}
    queue = deque(offset for _, senses in codes.values() for offset in senses)
    while queue:
        offset = queue.popleft()
        if offset in kept or categories[offset] == ABSTRACT:
            continue
        kept[offset] = len(kept)
        queue.extend((*synsets[offset].hypernyms, *synsets[offset].instance_of))
    lines = [
        "# Noun lexicon of the text engine, generated by tools/build_noun_lexicon.py from",
        "# Princeton WordNet 3.0 (licence: WORDNET_LICENSE beside this file). Do not edit.",
    ]
    for offset in kept:
        parents = (*synsets[offset].hypernyms, *synsets[offset].instance_of)
        ids = ",".join(str(kept[p]) for p in parents if p in kept)
        lines.append(f"S\t{categories[offset]}\t{ids}")
    for key, (code, senses) in sorted(codes.items()):
        lines.append(f"L\t{key}\t{','.join(str(kept[o]) for o in senses) or code}")
    lines += [f"L\t{word}\t{OTHER_WORD}" for word in sorted(words - codes.keys()) if word]
    for line in (wordnet / "noun.exc").read_text(encoding="utf-8").splitlines():
        plural, singular = line.split()[:2]
        if "_" not in plural and normalized(singular) in codes:
            lines.append(f"P\t{normalized(plural)}\t{normalized(singular)}")
    return lines


def main(argv: Iterable[str] | None = None) -> None:
    """Build the lexicon file from the WordNet dict directory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(None if argv is None else list(argv))
    lines = build(args.wordnet)
    args.output.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same WordNet gives the same bytes, so a rebuild shows no spurious diff
    with (
        open(args.output / "nouns.tsv.gz", "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as packed,
    ):
        packed.write(("\n".join(lines) + "\n").encode("utf-8"))
    # the licence as WordNet states it, in the header of its own data files
    with open(args.wordnet / "data.noun", encoding="utf-8") as data:
        header = [line for line in data.read(4096).splitlines() if line.startswith("  ")]
    licence = [re.sub(r"^\s+\d+ ?", "", line).rstrip() for line in header]
    (args.output / "WORDNET_LICENSE").write_text("\n".join(licence).strip() + "\n")
    print(f"{len(lines)} lines → {args.output / 'nouns.tsv.gz'}")


if __name__ == "__main__":
    main()
