"""The lexicon pass: a prompt's nouns read in WordNet's noun lexicon (``core/nouns.py``).

With the encoder, the head noun is read in WordNet: a kind of a template's object up its
hypernym chain is that template ("a beagle" → dog); any other noun WordNet files under a
category gets that category's fallback, whatever lookalike the encoder finds ("a crowbar" is
no bird); a prompt whose nouns are all abstract, or no English words, is the sculpture
("harmony", "asdfghjkl"). Where WordNet gives a noun several senses of different categories,
the encoder's nearest templates choose the one the prompt means ("a samoyed" is the dog, not
the Siberian people). A brand or model name WordNet lacks ("a mini cooper", "a harley
davidson") is read as the kind ``core/brands.py`` gives it. Its own module because it is the
pass that knows what a noun *is*: the keyword pass only knows names, the embedding pass only
what looks near.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import replace

from meshforge.engines.text.core.brands import brand_at_end, brand_kind
from meshforge.engines.text.core.embedding_pass import EmbeddingPass
from meshforge.engines.text.core.keyword_pass import Hit, KeywordIndex
from meshforge.engines.text.core.lexicon import COLORS, MATERIALS, singularize, tokenize
from meshforge.engines.text.core.match import Match
from meshforge.engines.text.core.noun_phrases import (
    GENERIC,
    Span,
    is_modifier,
    is_participle,
    spelled,
)
from meshforge.engines.text.core.nouns import (
    ABSTRACT,
    CONCRETE,
    MAX_NOUN_WORDS,
    Noun,
    NounLexicon,
    shared_lexicon,
)

#: How many hypernym steps up a kind may be from a template's object: a beagle is three
#: (hound, hunting dog, dog), a blue jay five (jay, corvine bird, oscine, passerine, bird).
#: Further up the chain the template's word is a class whose members look nothing alike.
KIND_DEPTH = 7
#: How far up from a template's own name its keywords' senses are looked for.
_NAME_DEPTH = 3
#: How many of the encoder's nearest templates choose among a noun's WordNet senses.
SENSE_VOTERS = 3
#: With the lexicon sure the noun is some other thing of the same category, the encoder must be
#: this sure to keep a template (calibrated on the dev sets: "a viola" → violin at 0.80 stays,
#: "a harmonica" → harp at 0.63 does not).
DEFAULT_VERY_SURE = 0.75


class LexiconPass:
    """What a noun of the prompt is, by WordNet: a template's kind, a category, or nothing."""

    def __init__(
        self,
        index: KeywordIndex,
        embedding: EmbeddingPass,
        *,
        categories: Mapping[str, str],
        distractor_categories: Mapping[str, str],
        nouns: NounLexicon | None = None,
        very_sure: float = DEFAULT_VERY_SURE,
    ) -> None:
        """Read nouns in ``nouns`` (the shipped lexicon when None); the hand list of everyday
        things (``distractor_categories``) files a noun before WordNet does."""
        self.very_sure = very_sure
        self._index = index
        self._embedding = embedding
        self._categories = categories
        self._distractor_categories = distractor_categories
        self._nouns = nouns
        self._kinds: dict[int, str] | None = None  #: lexicon sense → the template it is

    @property
    def lexicon(self) -> NounLexicon:
        return self._nouns or shared_lexicon()

    def noun(self, phrase: str) -> Noun | None:
        """``phrase`` as a noun: a brand name (filed as its kind), an everyday thing of the hand
        list (its label), else WordNet's."""
        kind = brand_kind(phrase)
        if kind is not None:
            return self._brand_noun(phrase, kind)
        label = self._distractor_categories.get(phrase)
        if label is None:
            label = self._distractor_categories.get(singularize(phrase))
        noun = self.lexicon.noun(phrase)
        if noun is None and " " in phrase:
            noun = self.lexicon.noun(phrase.replace(" ", ""))  # "house plant" = "houseplant"
        if label is None:
            return noun
        if not label:  # outside every category: a mountain, or an idea ("silence")
            return Noun(phrase, ABSTRACT if noun and noun.code == ABSTRACT else CONCRETE)
        return Noun(phrase, label)

    def _brand_noun(self, phrase: str, kind: str) -> Noun | None:
        """A brand name as a noun filed like its kind: the category of the template that claims
        the kind ("car"), else the kind's in WordNet."""
        template = self._claimant(kind)
        if template is not None:
            return Noun(phrase, self._categories.get(template) or CONCRETE)
        noun = self.noun(kind)
        return None if noun is None else Noun(phrase, noun.code)

    def _claimant(self, kind: str) -> str | None:
        """The template that claims ``kind`` as a keyword, None if none does."""
        words = tokenize(kind)
        return self._index.keywords.get(" ".join(words)) or self._index.joined.get("".join(words))

    def _colour_is_thing(self, phrase: Sequence[str], index: int) -> bool:
        """True when the colour word ``phrase[index]`` names a thing: a noun WordNet files
        under an object category ("a white orchid", "a ripe orange"), not after another noun
        ("the colour teal") and never a person ("a red" is no communist)."""
        noun = self.noun(phrase[index])
        before = phrase[index - 1] if index > 0 else ""
        after_noun = bool(before) and not is_modifier(before) and self.noun(before) is not None
        category = noun.category if noun is not None else None
        return category not in (None, "characters") and not after_noun

    def head_noun(self, words: Sequence[str], start: int, end: int) -> tuple[Noun, Span] | None:
        """The noun phrase's head: the longest known noun ending at its last noun word
        ("a green watering can" → watering can), and where it is; None if it has none."""
        phrase = list(words[start:end])
        for index in range(1, len(phrase)):
            # "a hovercraft gliding", "a horse pulling a cart": a verb after a noun ends the
            # noun phrase; "a soldering iron" is one noun
            word = phrase[index]
            # "-ed" nouns stay nouns: "a dog bed", "a garden shed"
            verb = is_participle(word) and not (word.endswith("ed") and self.noun(word))
            # "the empire state building": a compound that ends in the "-ing" word is a noun
            compound = any(
                self.noun(" ".join(phrase[first : index + 1]))
                for first in range(max(0, index + 1 - MAX_NOUN_WORDS), index)
            )
            noun_before = not is_modifier(phrase[index - 1]) and self.noun(phrase[index - 1])
            if verb and noun_before and not compound:
                phrase = phrase[:index]
                break
        branded = brand_at_end(phrase)
        if branded is not None:
            # "a harley davidson", "a tesla model 3": a brand name is its noun, model code aside
            first, end, _kind = branded
            noun = self.noun(" ".join(phrase[first:end]))
            if noun is not None:
                return noun, (start + first, start + end)
        for last in range(len(phrase) - 1, -1, -1):
            word = phrase[last]
            # a material's name that ends the phrase is its noun: "an iron", "a rubber"; so is
            # a colour's that names a thing of a category: "a white orchid", "an orange"
            ending = last == len(phrase) - 1
            material = word in MATERIALS and ending
            thing = ending and word in COLORS and self._colour_is_thing(phrase, last)
            if (is_modifier(word) and not (material or thing)) or self.noun(word) is None:
                continue
            # "a sewing machine": a generic word may end a compound, never be one alone
            alone = 0 if word in GENERIC else 1
            for first in range(max(0, last + 1 - MAX_NOUN_WORDS), last + alone):
                written = phrase[first : last + 1]
                # "an 18 wheeler": the lexicon spells the number ("eighteen wheeler")
                number = spelled(written[0])
                for candidate in (written, [number, *written[1:]] if number else []):
                    noun = self.noun(" ".join(candidate)) if len(candidate) > 1 or alone else None
                    if noun is not None:
                        return noun, (start + first, start + last + 1)
        return None

    def compound(self, segment: Sequence[str], hit: Hit) -> tuple[Noun, Span] | None:
        """A longer noun around a keyword that files it under a category ("soldering iron"
        around "iron", "piggy bank" around "piggy"), with its span in ``segment``."""
        first_hit = hit.end - len(hit.keyword.split())
        best: tuple[Noun, Span] | None = None
        for first in range(max(0, first_hit - 2), first_hit + 1):
            for last in range(min(len(segment), hit.end + 2), hit.end - 1, -1):
                if (first, last) == (first_hit, hit.end) or last - first > MAX_NOUN_WORDS:
                    continue
                if any(is_modifier(word) for word in segment[first:last]):
                    continue
                noun = self.noun(" ".join(segment[first:last]))
                longer = best is None or last - first > best[1][1] - best[1][0]
                if noun is not None and noun.category is not None and longer:
                    best = (noun, (first, last))
        return best

    def kind_of(self, sense: int) -> str | None:
        """The template whose object a noun's ``sense`` is a kind of, by WordNet's hypernyms
        ("beagle" → hound → hunting dog → dog → the dog template); None when none is near."""
        return kind_of(sense, self._template_senses(), self.lexicon)

    def _reading(self, noun: Noun, query: str, span: Span) -> tuple[str | None, Noun]:
        """The template ``noun`` is a kind of (None: none), and the noun filed by the sense
        the prompt means.

        WordNet lists a noun's senses most common first, but a prompt may mean a later one:
        "a samoyed" is first a Siberian people, "a writing desk" first a portable case, "a
        jumper" first someone who jumps. When the senses disagree, the encoder's nearest
        templates choose: the sense that is a kind of one of them, else the sense of their
        category; the first sense when none fits.
        """
        lexicon = self.lexicon
        senses = lexicon.senses(noun.phrase)
        if not senses or noun.phrase in self._distractor_categories:
            # the hand list names things no template builds, though WordNet may file them
            # under one ("a walrus" under the fish's sea creatures): only WordNet's are kinds
            return None, noun
        readings = [(self.kind_of(sense), lexicon.sense_code(sense)) for sense in senses]
        own = self._template_senses()
        # a later sense that is a template's very object under a name the template does not
        # claim is a rare synonym ("plug" for the fire hydrant): only the nearest template
        # may take it ("a knitted christmas jumper" is the sweater)
        rare = [
            index > 0
            and sense in own
            and noun.phrase.replace(" ", "") not in self._index.names[own[sense]]
            for index, sense in enumerate(senses)
        ]
        chosen = readings[0]
        if len(set(readings)) > 1:
            near = self._embedding.match(query, span, None).neighbours[:SENSE_VOTERS]
            if any(self._categories.get(name) == chosen[1].partition("/")[0] for name in near):
                # the encoder agrees on the first sense's category: within it, WordNet's order
                # decides ("a whistle" is the signal before the tin whistle, a flute)
                return chosen[0], noun
            by_kind = [
                reading
                for reading, far_fetched in zip(readings, rare, strict=True)
                if reading[0] in near and not (far_fetched and reading[0] != near[0])
            ]
            by_category = [
                reading
                for name in near
                for reading in readings
                if reading[1].partition("/")[0] == self._categories.get(name)
            ]
            chosen = (by_kind or by_category or readings)[0]
        kind, code = chosen
        return kind, Noun(noun.phrase, code)

    def _template_senses(self) -> dict[int, str]:
        """Lexicon sense → the template one of whose keywords names it (``template_senses``)."""
        if self._kinds is None:
            self._kinds = template_senses(self._index.keywords, self._categories, self.lexicon)
        return self._kinds

    def decide(
        self,
        noun: Noun,
        span: Span,
        words: Sequence[str],
        *,
        query: str | None = None,
        trust_encoder: bool = False,
    ) -> Match | None:
        """What a noun the lexicon knows is: a template it is a kind of, else its category's
        fallback; None when the lexicon cannot tell (no category).

        Never a lookalike template of another category. With ``trust_encoder`` a template of
        the noun's own category is kept when the encoder is very sure (kinds WordNet files
        elsewhere: "a viola" is no violin to WordNet); without it (a compound around another
        template's keyword: "a hair dryer" around the tumble dryer's "dryer") never.
        """
        branded = brand_kind(noun.phrase)
        if branded is not None:
            template = self._claimant(branded)
            if template is not None:
                reason = f"{noun.phrase!r} is a {branded} (brand names)"
                return Match(template, 1.0, "lexicon", noun.phrase, span=span, reason=reason)
            noun = self.noun(branded) or noun  # a kind no template claims: read in WordNet
        kind, noun = self._reading(noun, query or noun.phrase, span)
        if kind is not None:
            reason = f"{noun.phrase!r} is a kind of {kind!r} (WordNet)"
            return Match(kind, 1.0, "lexicon", noun.phrase, span=span, reason=reason)
        if noun.category is None:
            return None
        found = self._embedding.match(query or noun.phrase, span, words)
        if (
            trust_encoder
            and found.template is not None
            and found.score >= self.very_sure
            and self._categories.get(found.template) == noun.category
            # "a whistle" is near the flute's "tin whistle": one kind of whistle, so the
            # whistle asked for is not the flute
            and not _narrower(found.phrase or "", noun.phrase)
        ):
            return found
        reason = f"{noun.phrase!r} is a thing of {noun.category} with no template (noun lexicon)"
        return replace(
            found,
            template=None,
            method="lexicon",
            phrase=noun.phrase,
            fallback=noun.category,
            kind=noun.kind,
            reason=reason,
        )

    def sense_in(self, phrase: str, category: str, span: Span) -> Match | None:
        """``phrase`` read in its first WordNet sense of ``category``: the template that sense
        is a kind of ("crane" the bird → bird), else the category's fallback; None when the
        lexicon gives it no sense of that category."""
        lexicon = self.lexicon
        for sense in lexicon.senses(phrase):
            code = lexicon.sense_code(sense)
            if code.partition("/")[0] != category:
                continue
            kind = self.kind_of(sense)
            reason = f"the prompt means {phrase!r} as a thing of {category} (WordNet)"
            if kind is not None:
                return Match(kind, 1.0, "lexicon", phrase, span=span, reason=reason)
            return Match(
                None,
                1.0,
                "lexicon",
                phrase,
                span=span,
                fallback=category,
                kind=code.partition("/")[2] or None,
                reason=reason,
            )
        return None


def _narrower(phrase: str, noun: str) -> bool:
    """True when ``phrase`` names a kind of ``noun``: longer, and ending in it ("tin whistle")."""
    words, head = tokenize(phrase), tokenize(noun)
    return len(words) > len(head) and words[-len(head) :] == head


def kind_of(sense: int, kinds: Mapping[int, str], lexicon: NounLexicon) -> str | None:
    """The template of the nearest of ``sense``'s hypernyms (itself first) that is one of
    ``kinds`` (``template_senses``), within ``KIND_DEPTH`` steps; None when none is."""
    for node, _distance in lexicon.hypernyms(sense, KIND_DEPTH):
        if node in kinds:
            return kinds[node]
    return None


_senses_cache: weakref.WeakKeyDictionary[NounLexicon, dict[int, dict[int, str]]] = (
    weakref.WeakKeyDictionary()
)
_senses_lock = threading.Lock()


def template_senses(
    keywords: Mapping[str, str], categories: Mapping[str, str], lexicon: NounLexicon
) -> dict[int, str]:
    """Lexicon sense → the template one of whose ``keywords`` names it in the template's own
    category ("bat" is the animal for an animal template, the club for a sports one).

    Computed once per lexicon and keyword set (the catalog asks for it when it lists the kinds
    WordNet gives a template, the matcher on its first noun).
    """
    key = hash((frozenset(keywords.items()), frozenset(categories.items())))
    with _senses_lock:
        known = _senses_cache.setdefault(lexicon, {})
        if key not in known:
            known[key] = _compute_template_senses(keywords, categories, lexicon)
        return known[key]


def _compute_template_senses(
    keywords: Mapping[str, str], categories: Mapping[str, str], lexicon: NounLexicon
) -> dict[int, str]:
    kinds: dict[int, str] = {}
    for key, name in keywords.items():
        category = categories.get(name)
        # the keyword's most likely sense in the template's category: "harp" is the
        # harp, though WordNet also files the harmonica as a (mouth) harp
        # (or its most likely sense, when WordNet files none under that category:
        # the kitchen's knife is WordNet's edge tool)
        senses = lexicon.senses(key)
        fitting = [
            sense for sense in senses if lexicon.sense_code(sense).partition("/")[0] == category
        ]
        # of those, the one the template's own name is a kind of: "chocolate" is
        # the chocolate bar's sweet, not hot chocolate (WordNet's first sense)
        above = {
            node for own in lexicon.senses(name) for node, _ in lexicon.hypernyms(own, _NAME_DEPTH)
        }
        fitting.sort(key=lambda sense: sense not in above)
        # else the first sense ("knife" is WordNet's edge tool, a "ladle" a household
        # thing), unless the keyword is a plural whose singular is another thing
        # ("cans" are headphones, a "can" no pair of them)
        noun = lexicon.noun(key)
        plural_only = noun is not None and noun.phrase != key
        for sense in fitting[:1] or ([] if plural_only else senses[:1]):
            kinds.setdefault(sense, name)
    return kinds
