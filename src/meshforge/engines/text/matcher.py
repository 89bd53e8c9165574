"""Prompt → template: keyword hits first, sentence-embedding similarity otherwise.

1. **Keyword.** The prompt is cut into noun-phrase segments at prepositions and conjunctions
   ("a vase | of tulips", "a snowman | with a hat"). In the first segment that names a template
   (whole words, plurals made singular, "light house" = "lighthouse"), its last such noun is the
   head ("a terracotta flower pot" → pot → vase). A known noun followed by words that are not
   colours, materials or sizes ("a desk light", "a piggy bank") may only be a modifier: such
   segments go to the encoder when it is installed. Misspelt keywords ("umbrela") are put right
   when the word is unknown to the model's vocabulary, so real words ("horse") never change.
2. **Embedding.** The first segment's words are embedded with all-MiniLM-L6-v2 and compared
   with every template phrase (max cosine per template) and with the names of everyday objects
   no template covers. A prompt closest to one of those, or scoring below the threshold, gets
   ``template=None`` and becomes an abstract sculpture.

Without the encoder (package not installed) only step 1 runs.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

import numpy as np

from meshforge.engines.text.embedding import Array, SentenceEncoder, shared_encoder
from meshforge.engines.text.lexicon import COLORS, DISTRACTORS, MATERIALS, NUMBERS, SIZES
from meshforge.engines.text.prompt import singularize, tokenize

Method = Literal["keyword", "embedding"]

#: Below this cosine the best template is not close enough: abstract sculpture instead.
DEFAULT_THRESHOLD = 0.45
#: Longest keyword, in words ("sailing boat", "plush teddy bear").
_MAX_KEYWORD_WORDS = 3
#: Misspellings are corrected in words at least this long, one typo at most: shorter words and
#: bolder corrections turn rare real words into keywords ("peony" → pony).
_MIN_FUZZY_LENGTH = 6
#: Words that end a noun phrase: what follows describes something else.
# Word lists as text (noqa SIM905): one word per line would triple this header's length.
_BOUNDARIES = frozenset(
    "with on in by at for of from under over near beside behind inside into onto next to "  # noqa: SIM905
    "and or but while that which who whose where wearing holding made".split()
)
#: Nouns too broad to name a template ("a vehicle that flies to the moon", "a tool for
#: digging"): never keywords, and a prompt that starts with one is embedded whole.
_GENERIC = frozenset(
    "thing things something object item stuff machine device vehicle building structure animal "  # noqa: SIM905
    "creature pet container tool place kind type sort one".split()
)
#: Words that measure out the object named after them ("a bar of soap", "a bunch of roses").
_MEASURES = frozenset(
    "bar loaf slice piece bunch bouquet stack pile heap cluster group family set herd flock "  # noqa: SIM905
    "pack row bundle collection handful pair couple".split()
)
#: Young of an animal: after another template's noun they name its young ("a giraffe calf").
_YOUNG = frozenset("calf pup puppy cub chick foal kid baby".split())  # noqa: SIM905
#: Words with no bearing on which object is meant.
_FILLER = frozenset("a an the my your our his her their its this that some s very".split())  # noqa: SIM905


@dataclass(frozen=True)
class Match:
    """Which template a prompt asks for (None: none fits), how sure, and how it was found."""

    template: str | None
    score: float  #: 1.0 for a keyword hit, else the best template's cosine similarity
    method: Method
    phrase: str | None = None  #: the keyword or template phrase that matched


@dataclass(frozen=True)
class _Hit:
    """A keyword found in a segment: where it ends and what it names."""

    end: int
    keyword: str
    template: str | None  #: None for a distractor that contains a keyword ("hot dog")


class TemplateMatcher:
    """Matches prompts against templates, each given as a few phrases (name, synonyms, …).

    Phrases of at most three plain words ("teddy bear", "sports car") are also keywords;
    longer ones ("a seat with a backrest for one person") are only compared by embedding.
    """

    def __init__(
        self,
        templates: Mapping[str, Sequence[str]],
        *,
        encoder: SentenceEncoder | None = None,
        threshold: float = DEFAULT_THRESHOLD,
        distractors: Sequence[str] = DISTRACTORS,
    ) -> None:
        """Index ``templates`` (name → phrases); embeddings are computed on first use."""
        self.threshold = threshold
        self._keywords: dict[str, str] = {}
        self._blocked: dict[str, str] = {}  #: distractor phrases that contain a keyword
        for name, phrases in templates.items():
            for phrase in (name, *phrases):
                words = tokenize(phrase)
                if _is_keyword(phrase, words):
                    self._keywords.setdefault(" ".join(words), name)
        # "snow man" and "snowman", "light house" and "lighthouse" are the same word.
        self._joined = {key.replace(" ", ""): name for key, name in self._keywords.items()}
        # "chest of drawers": keywords with a boundary word inside are read before segmenting.
        self._spanning = {
            tuple(key.split()) for key in self._keywords if set(key.split()) & _BOUNDARIES
        }
        self._phrases: list[tuple[str | None, str]] = [
            (name, phrase) for name, phrases in templates.items() for phrase in (name, *phrases)
        ]
        for phrase in distractors:
            words = tokenize(phrase)
            hits = self._hits(words)
            if not hits:
                self._phrases.append((None, phrase))
            elif len(words) > 1 and hits[0].keyword != " ".join(words):
                # "hot dog", "cooking pot": a keyword inside, but another thing; longest wins.
                self._blocked[" ".join(words)] = phrase
        self._encoder = encoder
        self._vectors: Array | None = None
        self._lock = threading.Lock()

    @property
    def uses_embeddings(self) -> bool:
        """True when the sentence encoder is installed, so non-keyword prompts can match."""
        directory = self._encoder.directory if self._encoder is not None else None
        return SentenceEncoder.available(directory)

    def warm_up(self) -> None:
        """Load the encoder and embed the template phrases now rather than on the first prompt."""
        if self.uses_embeddings:
            self._phrase_vectors()

    def match(self, prompt: str) -> Match:
        """The template ``prompt`` asks for, or ``template=None`` for an abstract sculpture."""
        embeddings = self.uses_embeddings
        words = tokenize(prompt)
        if embeddings:
            words = [self._respelled(word) for word in words]
        segments = _segments(words, self._spanning)
        if embeddings and segments and _is_generic(segments[0]):
            # "something that tells the time": the head says nothing, the rest says it all.
            return self._by_embedding(" ".join(_content(words)))
        for segment in segments:
            hits = self._hits(segment)
            if not hits:
                continue
            head = hits[-1]
            # Compounds keep their last noun as head ("flower pot", "snowman mug"); words after
            # it that are not modifiers may be the real head ("desk light", "piggy bank").
            trailing = [w for w in segment[head.end :] if not _is_modifier(w)]
            if len(hits) > 1 and head.keyword in _YOUNG:
                head = hits[-2]  # "an elephant calf" is an elephant, not a cow
            if not embeddings or not trailing:
                return Match(head.template, 1.0, "keyword", head.keyword)
            return self._by_embedding(" ".join(_content(_until_verb(segment, head.end))))
        if not embeddings:
            return Match(None, 0.0, "keyword")
        named = [s for s in segments if set(_content(s)) - _MEASURES]
        query = " ".join(_content(named[0])) if named else prompt.strip()
        return self._by_embedding(query)

    def _hits(self, words: Sequence[str]) -> list[_Hit]:
        """Keywords in ``words``, longest first at each position, left to right."""
        hits: list[_Hit] = []
        index = 0
        while index < len(words):
            hit = self._keyword_at(words, index)
            if hit is None:
                index += 1
            else:
                hits.append(hit)
                index = hit.end
        return hits

    def _keyword_at(self, words: Sequence[str], start: int) -> _Hit | None:
        """The longest keyword starting at ``words[start]``, plural or not."""
        for length in range(min(_MAX_KEYWORD_WORDS, len(words) - start), 0, -1):
            written = list(words[start : start + length])
            span = [*written[:-1], singularize(written[-1], self._keywords)]
            # "chest of drawers" is a keyword as written, "two armchairs" once made singular
            for key in (" ".join(written), " ".join(span), "".join(span)):
                shown = " ".join(written if key == " ".join(written) else span)
                name = self._keywords.get(key) or self._joined.get(key)
                if name is not None:
                    return _Hit(start + length, shown, name)
                if key in self._blocked:
                    return _Hit(start + length, shown, None)
        return None

    def _respelled(self, word: str) -> str:
        """A misspelt keyword put right ("umbrela"); words the model knows stay ("horse")."""
        if len(word) < _MIN_FUZZY_LENGTH or word in self._joined or not word.isalpha():
            return word
        encoder = self._encoder or shared_encoder()
        if encoder.knows_word(word) or encoder.knows_word(singularize(word)):
            return word
        # Typos rarely hit the first letter; requiring it keeps rare words from being "corrected".
        close = [key for key in self._joined if key[0] == word[0] and _typos(word, key, 2) == 1]
        return close[0] if len(close) == 1 else word

    def _by_embedding(self, query: str) -> Match:
        """Nearest template phrase by cosine; None when a distractor or the threshold says so."""
        vectors = self._phrase_vectors()
        encoder = self._encoder or shared_encoder()
        similarity = vectors @ encoder.encode([query])[0]
        best = int(np.argmax(similarity))
        template, phrase = self._phrases[best]
        score = float(similarity[best])
        if template is None or score < self.threshold:
            return Match(None, score, "embedding", phrase)
        return Match(template, score, "embedding", phrase)

    def _phrase_vectors(self) -> Array:
        """Embeddings of all template and distractor phrases, computed once per matcher."""
        with self._lock:
            if self._vectors is None:
                encoder = self._encoder or shared_encoder()
                self._vectors = encoder.encode([phrase for _, phrase in self._phrases])
            return self._vectors


def _is_keyword(phrase: str, words: Sequence[str]) -> bool:
    """Short plain noun phrases are keywords; descriptions are not."""
    plain = phrase.replace(" ", "").replace("-", "").isalpha()
    short = 0 < len(words) <= _MAX_KEYWORD_WORDS
    return plain and short and not set(words) & _FILLER and not set(words) <= _GENERIC


def _typos(word: str, other: str, cap: int) -> int:
    """Edits (insert, delete, substitute, swap neighbours) from ``word`` to ``other``, ≤ cap."""
    if abs(len(word) - len(other)) >= cap:
        return cap
    before: list[int] | None = None
    previous = list(range(len(other) + 1))
    for i, char in enumerate(word, 1):
        current = [i]
        for j, theirs in enumerate(other, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != theirs))
            swapped = i > 1 and j > 1 and char == other[j - 2] and word[i - 2] == theirs
            if swapped and before is not None:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) >= cap:
            return cap
        before, previous = previous, current
    return min(previous[-1], cap)


def _segments(words: Sequence[str], spanning: Collection[tuple[str, ...]] = ()) -> list[list[str]]:
    """The prompt's words cut at prepositions and conjunctions, except inside ``spanning``."""
    segments: list[list[str]] = [[]]
    index = 0
    while index < len(words):
        kept = next((k for k in spanning if tuple(words[index : index + len(k)]) == k), None)
        if kept is not None:
            segments[-1] += kept
            index += len(kept)
            continue
        if words[index] in _BOUNDARIES:
            segments.append([])
        else:
            segments[-1].append(words[index])
        index += 1
    return [segment for segment in segments if segment]


def _is_generic(segment: Sequence[str]) -> bool:
    """True for "a thing", "a wooden thing", "something": a head that names no object."""
    nouns = [word for word in segment if not _is_modifier(word)]
    return bool(nouns) and all(word in _GENERIC for word in nouns)


def _until_verb(segment: Sequence[str], start: int) -> Sequence[str]:
    """``segment`` up to its first "-ing" word from ``start`` on: "ox pulling | a cart"."""
    for index in range(start, len(segment)):
        if segment[index].endswith("ing") and len(segment[index]) > 5:
            return segment[: index + 1]
    return segment


def _is_modifier(word: str) -> bool:
    """Colour, material, size, number or filler: words that never name the object."""
    return (
        word in _FILLER
        or word in COLORS
        or word in MATERIALS
        or word in SIZES
        or word in NUMBERS
        or word.isdigit()
    )


def _content(segment: Sequence[str]) -> list[str]:
    """The segment without articles and possessives (colours stay: "golden retriever")."""
    return [word for word in segment if word not in _FILLER and not word.isdigit()]


class _Named(Protocol):
    """What the matcher reads from a catalog template."""

    @property
    def name(self) -> str: ...

    @property
    def synonyms(self) -> tuple[str, ...]: ...


#: One-line descriptions per template, embedded next to its name and synonyms so that
#: prompts without any of those words ("something to sit on") still find it. Kept generic on
#: purpose (what the object is and looks like, no lists of kinds), see the held-out test.
DESCRIPTIONS: dict[str, str] = {
    "chair": "a seat with a backrest and legs for one person",
    "table": "a piece of furniture with a flat top on legs",
    "bench": "a long seat for several people",
    "mug": "a cylindrical drinking vessel with a handle",
    "cup": "a small cup for drinking tea or coffee",
    "vase": "a decorative ceramic vessel for flowers",
    "bottle": "a container for liquids with a narrow neck",
    "bowl": "a round open dish for food",
    "lamp": "a light with a lampshade",
    "sword": "a weapon with a long metal blade and a hilt",
    "candle": "a wax stick with a wick that burns with a flame",
    "umbrella": "a folding canopy that protects from rain or sun",
    "car": "a motor vehicle with four wheels",
    "rocket": "a vehicle launched into space",
    "boat": "a vessel that floats and travels on water",
    "airplane": "a fixed-wing aircraft that flies",
    "house": "a building where people live",
    "lighthouse": "a coastal tower with a light that guides ships",
    "tower": "a tall narrow building",
    "castle": "a fortified medieval building with walls and towers",
    "tree": "a tall plant with a trunk, branches and leaves",
    "mushroom": "a fungus with a cap on a stem",
    "cactus": "a spiny desert plant",
    "flower": "a blooming plant with colourful petals",
    "snowman": "a figure built from balls of snow",
    "teddy bear": "a soft stuffed toy bear",
    "duck": "a water bird with a flat bill",
    "robot": "a humanoid machine",
    "dog": "a pet canine",
    "cat": "a small pet feline",
    "pig": "a farm animal with a snout and a curly tail",
    "horse": "a large hoofed animal that people ride",
    "hammer": "a hand tool with a heavy metal head on a handle for driving nails",
    "screwdriver": "a hand tool with a handle and a metal shaft for turning screws",
    "wrench": "a metal hand tool with jaws for turning nuts and bolts",
    "axe": "a tool with a sharp blade on a long handle for chopping wood",
    "shovel": "a garden tool with a broad blade on a long handle for digging",
    "saw": "a tool with a toothed steel blade for cutting wood",
    "plate": "a flat round dish that food is served on",
    "wine glass": "a stemmed drinking glass with a bowl on a thin stem",
    "teapot": "a round pot with a spout, a lid and a handle for brewing tea",
    "kettle": "a metal pot with a spout and a handle for boiling water",
    "pitcher": "a tall jug with a handle and a pouring lip",
    "spoon": "an eating utensil with a small shallow bowl on a handle",
    "fork": "an eating utensil with prongs on a handle",
    "knife": "a utensil with a sharp blade and a handle for cutting food",
    "bed": "a piece of furniture with a mattress for sleeping",
    "sofa": "an upholstered seat with a back and arms for several people",
    "bookshelf": "a tall piece of furniture with shelves full of books",
    "wardrobe": "a tall cabinet with doors for storing clothes",
    "truck": "a large heavy motor vehicle for carrying goods",
    "bus": "a long motor vehicle that carries many passengers",
    "bicycle": "a two-wheeled vehicle with pedals",
    "train": "a railway engine that pulls carriages along tracks",
    "helicopter": "an aircraft lifted by a large spinning rotor on top",
    "barn": "a large farm building for animals and hay",
    "tent": "a shelter of fabric on poles for camping",
    "skyscraper": "a very tall city building with many floors of glass windows",
    "windmill": "a tall building with sails that turn in the wind",
    "church": "a building with a steeple where people worship",
    "potted plant": "a green leafy plant growing in a pot",
    "bush": "a low leafy shrub growing in a garden",
    "bird": "a small feathered animal with wings and a beak",
    "fish": "an animal with fins and a tail that lives in water",
    "turtle": "a slow reptile with a hard domed shell",
    "snake": "a long legless reptile that slithers",
    "frog": "a small green amphibian that hops and croaks",
    "penguin": "a black and white bird that swims but cannot fly",
    "rabbit": "a small furry animal with long ears",
    "cow": "a large farm animal that gives milk",
    "sheep": "a woolly farm animal",
    "giraffe": "a tall animal with a very long neck",
    "elephant": "a huge grey animal with a trunk and tusks",
    "ball": "a round toy that bounces and rolls",
    "toy block": "a wooden cube toy that children stack",
    "spinning top": "a toy that spins on its point",
    "kite": "a toy that flies in the wind on a string",
    "drum": "a percussion instrument with a skin stretched over a shell",
    "knight": "a medieval warrior in armour with a sword and shield",
    "wizard": "an old magician in a robe and a pointed hat",
    "ghost": "a spooky spirit draped in a white sheet",
    "alien": "a creature from another planet with big eyes",
    "guitar": "a stringed musical instrument with a long neck",
    "clock": "a device with hands on a round face that shows the time",
    "trophy": "a golden cup awarded to a winner",
    "crown": "a golden headpiece worn by a king or queen",
    "treasure chest": "a wooden box bound with metal that holds treasure",
    "barrel": "a round wooden container bound with metal hoops",
    "key": "a small metal object that opens a lock",
    "anchor": "a heavy metal hook that holds a ship in place",
    "bell": "a hollow bronze cup that chimes when it swings",
    "light bulb": "a glass bulb that gives light",
}


def catalog_phrases(
    templates: Mapping[str, _Named], extra: Mapping[str, Sequence[str]] | None = None
) -> dict[str, list[str]]:
    """Phrases per template: its synonyms, ``extra`` names and description (name implied)."""
    phrases: dict[str, list[str]] = {}
    for key, template in templates.items():
        described = [DESCRIPTIONS[key]] if key in DESCRIPTIONS else []
        more = list(extra.get(key, ())) if extra else []
        phrases[key] = [*template.synonyms, *more, *described]
    return phrases


_catalog_matcher: TemplateMatcher | None = None
_catalog_lock = threading.Lock()


def catalog_matcher() -> TemplateMatcher:
    """The process-wide matcher over the text engine's catalog (phrase embeddings cached)."""
    global _catalog_matcher
    with _catalog_lock:
        if _catalog_matcher is None:
            # Imported here: the catalog pulls in every template module, and must stay free to
            # import this module one day without a cycle.
            from meshforge.engines.text.catalog import EXTRA_SYNONYMS, TEMPLATES

            _catalog_matcher = TemplateMatcher(catalog_phrases(TEMPLATES, EXTRA_SYNONYMS))
        return _catalog_matcher
