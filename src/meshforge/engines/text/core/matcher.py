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

Without the encoder (package not installed) only step 1 runs. Either way the match says which
of the prompt's words the object was read from (``Match.span``), so that the prompt reader
can attach the prompt's colours and sizes to that very object.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

import numpy as np

from meshforge.engines.text.core.distractors import DISTRACTORS
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
            return self._by_embedding(" ".join(content(words)), (0, len(words)))
        for start, end in spans:
            segment = words[start:end]
            hits = self._hits(segment)
            if not hits:
                continue
            head = hits[-1]
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
            return self._by_embedding(" ".join(content(phrase)), (start, start + len(phrase)))
        if not embeddings:
            return Match(None, 0.0, "keyword")
        named = [(s, e) for s, e in spans if set(content(words[s:e])) - MEASURES]
        if named:
            start, end = named[0]
            return self._by_embedding(" ".join(content(words[start:end])), named[0])
        return self._by_embedding(prompt.strip(), (0, len(words)))

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

    def _by_embedding(self, query: str, span: Span) -> Match:
        """Nearest template phrase by cosine; None when a distractor or the threshold says so."""
        vectors = self._phrase_vectors()
        encoder = self._encoder or shared_encoder()
        similarity = vectors @ encoder.encode([query])[0]
        best = int(np.argmax(similarity))
        template, phrase = self._phrases[best]
        score = float(similarity[best])
        if template is None or score < self.threshold:
            return Match(None, score, "embedding", phrase, span=span)
        return Match(template, score, "embedding", phrase, span=span)

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
