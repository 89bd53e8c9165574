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
   no template covers (distractors). Below ``threshold`` nothing concrete was recognised:
   ``template=None`` and no fallback, the abstract sculpture.
3. **Fallback, not swap.** A concrete noun without a template of its own never gets another
   object's template. The match says ``template=None`` and ``fallback=<category>`` (the
   category's archetype is built) when the nearest phrase is a distractor (its category), or
   when the nearest template is only a near miss: the prompt named a noun of its own, the score
   is below ``sure``, and nothing in the prompt supports the template (none of its names, no
   compound ending in one, "riverboat", no misspelling of one). Then the category is the vote
   of the nearest templates' categories, weighted by score ("a motor scooter" is near the
   motorcycle: a vehicle, but not that vehicle). Descriptions without a noun ("something to
   sit on") and strong scores keep their template.

Without the encoder (package not installed) only step 1 runs. Either way the match says which
of the prompt's words the object was read from (``Match.span``), so that the prompt reader
can attach the prompt's colours and sizes to that very object.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from meshforge.engines.text.core.distractors import DISTRACTOR_CATEGORIES, DISTRACTORS
from meshforge.engines.text.core.embedding import Array, SentenceEncoder, shared_encoder
from meshforge.engines.text.core.lexicon import singularize, tokenize
from meshforge.engines.text.core.noun_phrases import (
    BOUNDARIES,
    MAX_KEYWORD_WORDS,
    MEASURES,
    YOUNG,
    Span,
    content,
    is_generic,
    is_keyword,
    is_modifier,
    segments,
    until_verb,
)
from meshforge.engines.text.core.vector_cache import encode_cached

Method = Literal["keyword", "embedding"]

#: Below this cosine the best template is not close enough: abstract sculpture instead.
DEFAULT_THRESHOLD = 0.45
#: From this cosine on a template is taken even when the prompt names another noun: below it,
#: an unsupported match of a named noun is a near miss and gets its category's fallback.
#: Calibrated on ``tests/unit/engines/text/core/fallback_prompts.py``: kinds a template does not
#: name ("a beagle", "a limousine") score as low as near misses ("a snowmobile" → boot), so the
#: encoder cannot part them. 0.55 is the highest value that loses none of the kinds (10 of 15
#: kept, as with no rule); it turns 16 of 63 near-miss swaps into fallbacks. 0.85 would stop
#: all but one swap but keep only 3 of the 15 kinds, and the held-out sets are mostly kinds.
DEFAULT_SURE = 0.55
#: Below this cosine a near miss is no near miss: nothing concrete was recognised. On the dev
#: set, 0.5 sent 6 of 102 concrete nouns to the sculpture and 0.45 2 (and 2 of 12 abstract
#: prompts to a fallback): a concrete noun matters more, so it is the threshold itself.
DEFAULT_NEAR_MISS = DEFAULT_THRESHOLD
#: How many of the nearest labelled phrases vote on a near miss's category.
_VOTERS = 20
#: Names of whole categories: a prompt whose noun is one describes an object rather than
#: naming one ("a musical instrument with strings" → guitar), so its match is no near miss.
CATEGORY_NOUNS = frozenset(
    "instrument furniture appliance weapon toy plant food clothing clothes garment gadget "  # noqa: SIM905
    "utensil vegetable fruit dish snack drink beverage character insect mammal reptile "
    "fish bird accessory equipment gear".split()
)
#: Words this long may have two typos and still name a template; shorter ones one.
_LONG_WORD = 8
#: How many of the nearest phrases are ranked at all (enough for the votes and neighbours).
_SHORTLIST = 96
#: How many of the nearest templates a match lists as its neighbours.
_NEIGHBOURS = 5
#: Names shorter than this are not checked for misspellings or compounds ("ox", "cat").
_MIN_SUPPORT_LENGTH = 4
#: Misspellings are corrected in words at least this long, one typo at most: shorter words and
#: bolder corrections turn rare real words into keywords ("peony" → pony).
_MIN_FUZZY_LENGTH = 6


@dataclass(frozen=True)
class Match:
    """Which template a prompt asks for (None: none fits), how sure, and how it was found."""

    template: str | None
    score: float  #: 1.0 for a keyword hit, else the best template's cosine similarity
    method: Method
    phrase: str | None = None  #: the keyword or template phrase that matched
    #: the prompt's words as the matcher read them (``tokenize``, misspelt keywords put right)
    #: and which of them the object was read from (``words[span[0]:span[1]]``: its noun
    #: phrase, or the whole prompt when that was embedded); not part of equality, which is
    #: about the choice
    words: tuple[str, ...] = field(default=(), compare=False)
    span: Span = field(default=(0, 0), compare=False)
    #: with ``template=None``: the category whose fallback archetype is built ("animals"); None
    #: with no template either is the abstract sculpture (nothing concrete was named)
    fallback: str | None = None
    #: what the fallback should be within its category, when known ("bird" for an animal)
    kind: str | None = field(default=None, compare=False)
    #: the nearest templates, best first (embedding matches only): a fallback reads its build
    #: hints from them ("an unknown animal takes the body plan of its nearest animals")
    neighbours: tuple[str, ...] = field(default=(), compare=False)
    #: one line on why there is no template, for ``meta``
    reason: str | None = field(default=None, compare=False)


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
        sure: float = DEFAULT_SURE,
        near_miss: float = DEFAULT_NEAR_MISS,
        distractors: Sequence[str] = DISTRACTORS,
        categories: Mapping[str, str] | None = None,
        distractor_categories: Mapping[str, str] = DISTRACTOR_CATEGORIES,
    ) -> None:
        """Index ``templates`` (name → phrases); embeddings are computed on first use.

        ``categories`` gives each template's category (template → "animals"); a near miss
        gets the fallback of the categories voted for, and without them the sculpture.
        ``distractor_categories`` files distractors likewise ("kangaroo" → "animals/mammal").
        """
        self.threshold = threshold
        self.sure = sure
        self.near_miss = near_miss
        self._categories = dict(categories or {})
        self._distractor_categories = distractor_categories
        self._keywords: dict[str, str] = {}
        self._blocked: dict[str, str] = {}  #: distractor phrases that contain a keyword
        # "snow man" and "snowman", "light house" and "lighthouse" are the same word: the first
        # template to claim it, in either spelling, keeps it (the catalog lists the templates
        # by priority, so that is the one with the higher priority)
        self._joined: dict[str, str] = {}
        for name, phrases in templates.items():
            for phrase in (name, *phrases):
                words = tokenize(phrase)
                if is_keyword(phrase, words):
                    key = " ".join(words)
                    if self._joined.setdefault(key.replace(" ", ""), name) == name:
                        self._keywords.setdefault(key, name)
        # "chest of drawers": keywords with a boundary word inside are read before segmenting.
        self._spanning = {
            tuple(key.split()) for key in self._keywords if set(key.split()) & BOUNDARIES
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
        # each template's keywords, in both spellings, to see if a prompt supports a match
        self._names: dict[str, set[str]] = {}
        for key, name in (*self._keywords.items(), *self._joined.items()):
            self._names.setdefault(name, set()).add(key.replace(" ", ""))
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
        return replace(self._choose(prompt, words, embeddings), words=tuple(words))

    def _choose(self, prompt: str, words: list[str], embeddings: bool) -> Match:
        """The match for ``words``, the prompt's words with misspelt keywords put right."""
        spans = segments(words, self._spanning)
        if embeddings and spans and is_generic(words[spans[0][0] : spans[0][1]]):
            # "something that tells the time": the head says nothing, the rest says it all.
            return self._by_embedding(" ".join(content(words)), (0, len(words)), words=None)
        for start, end in spans:
            segment = words[start:end]
            hits = self._hits(segment)
            if not hits:
                continue
            head = hits[-1]
            if head.template is None:
                # "a toaster oven", "a hot dog" with no hot dog template: not the keyword's
                # object, but some object; the encoder can still tell which category
                span = (start, start + head.end)
                if not embeddings:
                    return Match(None, 1.0, "keyword", head.keyword, span=span)
                inside = {hit.template for hit in self._hits(head.keyword.split()[1:])}
                inside |= {hit.template for hit in self._hits(head.keyword.split()[:-1])}
                return self._by_embedding(head.keyword, span, None, not_these=inside)
            # Compounds keep their last noun as head ("flower pot", "snowman mug"); words after
            # it that are not modifiers may be the real head ("desk light", "piggy bank").
            trailing = [w for w in segment[head.end :] if not is_modifier(w)]
            if len(hits) > 1 and head.keyword in YOUNG:
                head = hits[-2]  # "an elephant calf" is an elephant, not a cow
            if not embeddings or not trailing:
                # the whole compound names the object: "a red flower pot" is a red pot
                span = (start, start + hits[-1].end)
                return Match(head.template, 1.0, "keyword", head.keyword, span=span)
            phrase = until_verb(segment, head.end)
            query = content(phrase)
            return self._by_embedding(" ".join(query), (start, start + len(phrase)), words)
        if not embeddings:
            return Match(None, 0.0, "keyword")
        named = [(s, e) for s, e in spans if set(content(words[s:e])) - MEASURES]
        if named:
            start, end = named[0]
            # "a musical instrument with strings" describes, so no near miss is possible
            own = None if set(words[start:end]) & CATEGORY_NOUNS else words
            return self._by_embedding(" ".join(content(words[start:end])), named[0], own)
        return self._by_embedding(prompt.strip(), (0, len(words)), words=None)

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
        for length in range(min(MAX_KEYWORD_WORDS, len(words) - start), 0, -1):
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

    def _by_embedding(
        self,
        query: str,
        span: Span,
        words: Sequence[str] | None,
        *,
        not_these: Collection[str | None] = (),
    ) -> Match:
        """Nearest template phrase by cosine, or a fallback category, or nothing (sculpture).

        ``words`` are the prompt's words when it names a noun of its own (None for a
        description, "something to sit on"): only then can a weak match be a near miss.
        ``not_these`` are templates the noun is known not to be: a phrase that blocks their
        keyword ("a toaster oven" is no toaster); it may still be another template, if sure.
        """
        vectors = self._phrase_vectors()
        encoder = self._encoder or shared_encoder()
        similarity = vectors @ encoder.encode([query])[0]
        # only the nearest few matter: partition, then sort those (a full sort of every phrase
        # costs more than the rest of the match)
        nearest = np.argpartition(-similarity, min(_SHORTLIST, len(similarity) - 1))[:_SHORTLIST]
        order: NDArray[np.intp] = nearest[np.argsort(-similarity[nearest], kind="stable")]
        best = int(order[0])
        template, phrase = self._phrases[best]
        score = float(similarity[best])
        neighbours = self._nearest_templates(order)
        found = Match(None, score, "embedding", phrase, span=span, neighbours=neighbours)
        if score < self.threshold:
            reason = f"nothing concrete recognised (nearest {phrase!r} at {score:.2f})"
            return replace(found, reason=reason)
        named = bool(not_these)
        supported = named or words is None or score >= self.sure
        if template is None:
            label = self._distractor_categories.get(phrase)
            supported = supported or self._supports(phrase, words or ())
            # a labelled thing outside every category (weather, landscape, an abstract noun)
            # stays the sculpture even when not named: "something beautiful" is near "beauty"
            if label is None or (label and not supported and score >= self.near_miss):
                # nearest to an everyday thing, but not named by it either ("a hammock" is no
                # hamster): some object, category by its nearest neighbours
                reason = f"no template; nearest everyday thing {phrase!r} at {score:.2f}"
                return replace(found, fallback=self._vote(order, similarity), reason=reason)
            category, _, kind = (label or "").partition("/")
            if not category or not supported:
                reason = f"{phrase!r} is no object of any category"
                return replace(found, reason=reason)
            reason = f"{phrase!r} has no template of its own"
            return replace(found, fallback=category, kind=kind or None, reason=reason)
        if named and template not in not_these and score >= self.sure:
            return replace(found, template=template)
        if not named and words and not self._supports(template, words):
            # a near neighbour the prompt's own words name ("a riverboat": nearest the kayak,
            # but a compound ending in "boat") is the object; a compound's head is its last part
            for neighbour in neighbours:
                if neighbour != template and self._supports(neighbour, words):
                    return replace(found, template=neighbour)
        if not named and (supported or self._supports(template, words or ())):
            return replace(found, template=template)
        if score < self.near_miss:
            reason = f"nothing concrete recognised (nearest {phrase!r} at {score:.2f})"
            return replace(found, reason=reason)
        reason = f"near miss: nearest template {template!r} at {score:.2f} is another object"
        return replace(found, fallback=self._vote(order, similarity), reason=reason)

    def _nearest_templates(self, order: NDArray[np.intp]) -> tuple[str, ...]:
        """The ``_NEIGHBOURS`` nearest distinct templates, best first."""
        ranked: dict[str, None] = {}
        for index in order:
            name = self._phrases[int(index)][0]
            if name is not None:
                ranked[name] = None
                if len(ranked) == _NEIGHBOURS:
                    break
        return tuple(ranked)

    def _vote(self, order: NDArray[np.intp], similarity: Array) -> str | None:
        """The category of the nearest labelled phrases (templates' and everyday things'),
        each vote weighted by its cosine to the fourth power, so the closest count most."""
        votes: dict[str, float] = {}
        taken = 0
        for index in order:
            name, phrase = self._phrases[int(index)]
            if name is not None:
                category = self._categories.get(name, "")
            else:
                category = self._distractor_categories.get(phrase, "").partition("/")[0]
            if category:
                votes[category] = votes.get(category, 0.0) + float(similarity[int(index)]) ** 4
                taken += 1
                if taken == _VOTERS:
                    break
        return max(votes, key=lambda category: votes[category]) if votes else None

    def _supports(self, owner: str, words: Sequence[str]) -> bool:
        """True when the prompt's words name ``template`` after all.

        One of its names, alone or as the end of a compound ("riverboat", "racehorse"), or one
        misspelt ("airplain", "teddy baer"): a misspelling is a word the encoder's vocabulary
        lacks within two typos of a name, so real words ("beer") never count as "bear".
        """
        # a template's names, or a distractor's own name ("kangaroo")
        names = self._names.get(owner) or {owner.replace(" ", "")}
        encoder = self._encoder or shared_encoder()
        for size in range(1, MAX_KEYWORD_WORDS + 1):
            for start in range(len(words) - size + 1):
                written = "".join(words[start : start + size])
                last = singularize(words[start + size - 1])
                singular = "".join([*words[start : start + size - 1], last])
                for candidate in {written, singular}:
                    if candidate in names:
                        return True
                    long_names = [name for name in names if len(name) >= _MIN_SUPPORT_LENGTH]
                    if any(candidate.endswith(name) for name in long_names):
                        return True
                    if size == 1 and encoder.knows_word(candidate):
                        continue
                    # one typo in a short word, two in a long one ("airplain"); "jack" is no
                    # misspelt "jackal"
                    allowed = 1 if len(candidate) < _LONG_WORD else 2
                    if len(candidate) > _MIN_SUPPORT_LENGTH and any(
                        name[0] == candidate[0] and _typos(candidate, name, 3) <= allowed
                        for name in long_names
                    ):
                        return True
        return False

    def _phrase_vectors(self) -> Array:
        """Embeddings of all template and distractor phrases, computed once per matcher."""
        with self._lock:
            if self._vectors is None:
                encoder = self._encoder or shared_encoder()
                texts = [phrase for _, phrase in self._phrases]
                # Encoded in one fixed order: the encoder batches its input, and a phrase's
                # vector may differ in the last bits with its batch; sorted, it depends only on
                # which phrases there are, never on the order templates were found in.
                unique = sorted(set(texts))
                row = {text: index for index, text in enumerate(unique)}
                self._vectors = encode_cached(encoder, unique)[[row[text] for text in texts]]
            return self._vectors


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
