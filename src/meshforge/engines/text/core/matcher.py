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

4. **Lexicon.** With the encoder, the head noun is also read in WordNet's noun lexicon
   (``core/nouns.py``): a kind of a template's object up its hypernym chain is that template
   ("a beagle" → dog); any other noun WordNet files under a category gets that category's
   fallback, whatever lookalike the encoder finds ("a crowbar" is no bird); a prompt whose
   nouns are all abstract, or no English words, is the sculpture ("harmony", "asdfghjkl");
   typos are put right against template names, everyday things and WordNet's nouns.

5. **Forms.** Before all of this, a prompt that names a form ("a klein bottle", "gyroid",
   "tangled loops", "stacked floating rings"; ``core/forms.py``) and no concrete object
   besides is the abstract sculpture, which builds that form.

Where WordNet gives a noun several senses of different categories, the encoder's nearest
templates choose the one the prompt means ("a samoyed" is the dog, not the Siberian people).

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
from meshforge.engines.text.core.forms import ARRANGEMENTS, FORM_HELPERS, form_words, named_form
from meshforge.engines.text.core.lexicon import (
    COLORS,
    JOINERS,
    MATERIALS,
    singularize,
    tokenize,
)
from meshforge.engines.text.core.noun_phrases import (
    BOUNDARIES,
    GENERIC,
    MAX_KEYWORD_WORDS,
    MEASURES,
    REPRESENTATIONS,
    YOUNG,
    Span,
    content,
    is_generic,
    is_keyword,
    is_modifier,
    is_participle,
    represents,
    segments,
    subject_end,
    until_verb,
)
from meshforge.engines.text.core.nouns import (
    ABSTRACT,
    CONCRETE,
    MAX_NOUN_WORDS,
    Noun,
    NounLexicon,
    shared_lexicon,
)
from meshforge.engines.text.core.vector_cache import encode_cached

#: "lexicon": the noun was found in the WordNet lexicon (``core/nouns.py``): a kind of a
#: template's object ("a beagle" → dog), or a thing of a category no template builds.
Method = Literal["keyword", "embedding", "lexicon"]

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
#: naming one ("a musical instrument with strings" → guitar), so its match is no near miss;
#: but it is of that category ("a hanging plant" is no hammock).
CATEGORY_NOUNS: dict[str, str | None] = {
    **dict.fromkeys(("instrument",), "instruments"),
    **dict.fromkeys(("furniture",), "furniture"),
    **dict.fromkeys(("appliance", "utensil"), "kitchen"),
    **dict.fromkeys(("weapon",), "weapons"),
    **dict.fromkeys(("toy",), "toys"),
    **dict.fromkeys(("plant",), "plants"),
    **dict.fromkeys(("food", "vegetable", "fruit", "dish", "snack", "drink", "beverage"), "food"),
    **dict.fromkeys(("clothing", "clothes", "garment", "accessory"), "clothing"),
    **dict.fromkeys(("gadget",), "electronics"),
    **dict.fromkeys(("character",), "characters"),
    **dict.fromkeys(("insect", "mammal", "reptile", "fish", "bird"), "animals"),
    **dict.fromkeys(("equipment", "gear"), None),
}
#: Words that ask for the abstract sculpture itself when the prompt names no template's object:
#: art forms and the styles that only describe a form.
ART_FORM_WORDS = frozenset(
    "abstract art sculpture sculptures sculptural artwork generative parametric biomorphic".split()  # noqa: SIM905
)
#: Words this long may have two typos and still name a template; shorter ones one.
_LONG_WORD = 8
#: How many of the nearest phrases are ranked at all (enough for the votes and neighbours).
_SHORTLIST = 96
#: How many of the nearest templates a match lists as its neighbours.
_NEIGHBOURS = 5
#: Names shorter than this are not checked for misspellings or compounds ("ox", "cat").
_MIN_SUPPORT_LENGTH = 4
#: Misspellings are corrected in words at least this long ("hamer"); shorter ones are too
#: often another word. Real words are never corrected ("peony" is no misspelt "pony").
_MIN_FUZZY_LENGTH = 4
#: How many hypernym steps up a kind may be from a template's object: a beagle is three
#: (hound, hunting dog, dog), a blue jay five (jay, corvine bird, oscine, passerine, bird).
#: Further up the chain the template's word is a class whose members look nothing alike.
_KIND_DEPTH = 7
#: How far up from a template's own name its keywords' senses are looked for.
_NAME_DEPTH = 3
#: How many of the encoder's nearest templates choose among a noun's WordNet senses.
_SENSE_VOTERS = 3
#: With the lexicon sure the noun is some other thing of the same category, the encoder must be
#: this sure to keep a template (calibrated on the dev sets: "a viola" → violin at 0.80 stays,
#: "a harmonica" → harp at 0.63 does not).
DEFAULT_VERY_SURE = 0.75


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
        nouns: NounLexicon | None = None,
        very_sure: float = DEFAULT_VERY_SURE,
    ) -> None:
        """Index ``templates`` (name → phrases); embeddings are computed on first use.

        ``categories`` gives each template's category (template → "animals"); a near miss
        gets the fallback of the categories voted for, and without them the sculpture.
        ``distractor_categories`` files distractors likewise ("kangaroo" → "animals/mammal").
        ``nouns`` is the WordNet lexicon (the shipped one when None), used with the encoder.
        """
        self.threshold = threshold
        self.very_sure = very_sure
        self._nouns = nouns
        self._kinds: dict[int, str] | None = None  #: lexicon sense → the template it is
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
        # So are everyday things named so ("a mortar and pestle"), and template names too long
        # for keywords ("a jack in the box").
        self._spanning = {
            tuple(key.split())
            for key in (*self._keywords, *(_as_words(p) for p in (*templates, *distractors)))
            if set(key.split()) & BOUNDARIES
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
        #: single-word everyday things, the second choice when a typo is put right
        self._everyday_words = {
            name
            for name in self._distractor_categories
            if name.isalpha() and name not in self._joined
        }
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
        form = self._form_asked(words)
        if form is not None:
            return form
        if embeddings and self._only_abstract(words) and any(w in self._joined for w in words):
            # every noun abstract, a template's word among them ("the sound of silence")
            return self._sculpture(" ".join(content(words)), (0, len(words)), words)
        if embeddings and spans and is_generic(words[spans[0][0] : spans[0][1]]):
            # "something that tells the time": the head says nothing, the rest says it all;
            # "make something cool" says nothing at all
            if len(spans) == 1 and self._only_abstract(words):
                return self._sculpture(" ".join(content(words)), (0, len(words)), words)
            return self._by_embedding(" ".join(content(words)), (0, len(words)), words=None)
        # "a statue of a lion" is the lion; "a giraffe eating leaves" the giraffe
        spans = [span for span in spans if not represents(words, span)] or spans
        for start, end in spans:
            verb = subject_end(words[start:end])
            subject = (start, end) if verb is None else (start, start + verb)
            hits = self._hits(words[subject[0] : subject[1]])
            if hits:
                return self._by_keyword(words, subject, hits, embeddings)
            if verb is not None and embeddings:
                return self._by_noun(words, subject)  # "a racehorse jumping a fence"
        if ART_FORM_WORDS.intersection(words):
            # "an abstract sculpture", "generative art 3d", "a cubist sculpture": the prompt asks
            # for a form, not a thing (WordNet files "sculpture" as an artifact, whose fallback
            # would be a prop); a named object still wins above ("a marble sculpture of a horse")
            reason = "the prompt asks for an abstract form, and names no object"
            phrase = named_form(words)
            return Match(None, 0.0, "keyword", phrase, span=(0, len(words)), reason=reason)
        if not embeddings:
            return Match(None, 0.0, "keyword")
        named = [(s, e) for s, e in spans if set(content(words[s:e])) - MEASURES]
        if named:
            return self._by_noun(words, named[0])
        return self._by_embedding(prompt.strip(), (0, len(words)), words=None)

    def _form_asked(self, words: list[str]) -> Match | None:
        """The sculpture, when the prompt names a form ("a klein bottle", "tangled loops",
        "stacked floating rings") and no other word of it a concrete object ("a spiral
        staircase", "a knot of rope", "a lattice fence" name one); None otherwise."""
        runs = form_words(words)
        if not runs:
            return None
        inside = {index for start, end in runs.items() for index in range(start, end)}
        # a template's keyword outside the form's words ("ice cream swirl") names an object;
        # one inside them is the form ("klein bottle", arranged "rings")
        for start, end in segments(words, self._spanning):
            for hit in self._hits(words[start:end]):
                first = start + hit.end - len(hit.keyword.split())
                if not set(range(first, start + hit.end)) <= inside:
                    return None
        for index, word in enumerate(words):
            if index in inside or is_modifier(word) or _says_nothing(word):
                continue
            if word in FORM_HELPERS or word in ARRANGEMENTS or word in ART_FORM_WORDS:
                continue
            noun = self._noun(word)
            if noun is not None and noun.category is not None:
                return None  # "a lattice fence", "a wave surfboard": an object's shape
        first = min(runs)
        phrase = named_form(words) or " ".join(words[first : runs[first]])
        reason = f"the prompt asks for a form ({phrase}) and names no object"
        return Match(None, 0.0, "keyword", phrase, span=(0, len(words)), reason=reason)

    def _by_keyword(
        self, words: list[str], segment_span: Span, hits: list[_Hit], embeddings: bool
    ) -> Match:
        """The match of a noun-phrase segment with keywords in it (``hits``)."""
        start, end = segment_span
        segment = words[start:end]
        head = hits[-1]
        if head.template is None:
            # "a toaster oven", "a hot dog" with no hot dog template: not the keyword's
            # object, but some object; the encoder can still tell which category
            span = (start, start + head.end)
            if not embeddings:
                return Match(None, 1.0, "keyword", head.keyword, span=span)
            noun = self._noun(head.keyword)
            decided = None if noun is None else self._decide(noun, span, words)
            if decided is not None:
                return decided
            inside = {hit.template for hit in self._hits(head.keyword.split()[1:])}
            inside |= {hit.template for hit in self._hits(head.keyword.split()[:-1])}
            return self._by_embedding(head.keyword, span, None, not_these=inside)
        # Compounds keep their last noun as head ("flower pot", "snowman mug"); words after
        # it that are not modifiers may be the real head ("desk light", "piggy bank").
        trailing = [w for w in segment[head.end :] if not is_modifier(w)]
        if len(hits) > 1 and head.keyword in YOUNG:
            head = hits[-2]  # "an elephant calf" is an elephant, not a cow
        if embeddings:
            # "a soldering iron", "a piggy bank": a compound around the keyword that names
            # another thing ("iron" is the clothes iron's keyword)
            compound = self._compound(segment, hits[-1])
            if compound is not None:
                noun, (first, last) = compound
                decided = self._decide(noun, (start + first, start + last), words)
                if decided is not None:
                    return decided
        if not embeddings or not trailing:
            # the whole compound names the object: "a red flower pot" is a red pot
            span = (start, start + hits[-1].end)
            return Match(head.template, 1.0, "keyword", head.keyword, span=span)
        phrase = until_verb(segment, head.end)
        span = (start, start + len(phrase))
        query = " ".join(content(phrase))
        if self._head_follows(words, span, start + hits[-1].end):
            # "a pirate cutlass", "a muffin tin", "a viking longship": the keyword only
            # modifies the noun after it, which is the object
            return self._by_head(words, span, query, {hit.template for hit in hits})
        return self._by_embedding(query, span, words)

    def _head_follows(self, words: Sequence[str], span: Span, keyword_end: int) -> bool:
        """True when the noun phrase ``words[span]`` ends in a noun after its last keyword
        (ending at ``keyword_end``): a concrete noun the lexicon knows, or a word it does not
        know at all ("longship"); abstract nouns and verbs ("a desk light", "a dog running")
        leave the choice to the encoder."""
        tail = [w for w in words[keyword_end : span[1]] if not is_modifier(w)]
        if not tail or is_participle(tail[-1]) or tail[-1] in GENERIC:
            return False
        if tail[-1] in REPRESENTATIONS:
            return False  # "a duck decoy", "a lion statue": a likeness of the keyword's object
        for word in tail:
            noun = self._noun(word)
            if noun is None and (self._lexicon.is_word(word) or len(word) < _LONG_WORD - 2):
                # "a table against the wall": no compound; "a teddy baer": a typo
                return False
        noun = self._noun(tail[-1])
        return noun is None or noun.code != ABSTRACT

    def _by_head(
        self, words: Sequence[str], span: Span, query: str, modifiers: set[str | None]
    ) -> Match:
        """The match of a noun phrase by its head noun, the templates of the nouns that only
        modify it (``modifiers``) excluded: the head's kind or category, else the encoder's
        nearest other template when sure, else a near miss's fallback."""
        head = self._head_noun(words, *span)
        noun = head[0] if head is not None else None
        if self._noun(words[span[1] - 1]) is None:
            # "a viking longship": a head the lexicon lacks is embedded alone, or its
            # modifier's neighbours would vote
            query = words[span[1] - 1]
        if noun is not None and noun.category == "characters":
            # "a label maker", "a desk organizer": WordNet knows only the person; a person it
            # is only if the encoder puts a person near too ("a zombie hunter")
            near = self._by_embedding(query, span, None).neighbours[:_SENSE_VOTERS]
            if not any(self._categories.get(name) == "characters" for name in near):
                noun = None
        found = self._by_embedding(query, span, words, not_these=modifiers)
        if noun is not None and head is not None and noun.category is not None:
            decided = self._decide(noun, head[1], words, query=query, trust_encoder=True)
            if decided is not None and decided.template not in modifiers:
                if decided.template is None and found.template and found.score >= self.very_sure:
                    return found  # "a soup ladle": very near the spoon, whatever WordNet says
                return replace(decided, span=span)
        return found

    def _by_noun(self, words: list[str], span: Span) -> Match:
        """The match of a segment with no keyword: by the lexicon's reading of its head noun,
        else the sculpture when nothing in the prompt is a thing, else by embedding."""
        start, end = span
        # "a musical instrument with strings" describes, so no near miss is possible
        named_category = [CATEGORY_NOUNS[w] for w in words[start:end] if w in CATEGORY_NOUNS]
        own = None if named_category else words
        query = " ".join(content(words[start:end]))
        head = self._head_noun(words, start, end) if own is not None else None
        if head is not None:
            decided = self._decide(head[0], span, words, query=query, trust_encoder=True)
            if decided is not None:
                return decided
        concrete_head = head is not None and head[0].code != ABSTRACT
        if own is not None and not concrete_head and self._only_abstract(words, adjectives=True):
            return self._sculpture(query, span, words)
        found = self._by_embedding(query, span, own)
        if (
            head is not None
            and head[0].code == CONCRETE
            and found.template is not None
            and found.score < self.very_sure
            and not self._supports(found.template, words)
        ):
            # "the planet saturn": a thing of no category, nearest a template's lookalike
            # ("neptune trident"); the head decides, not the lookalike
            reason = (
                f"{head[0].phrase!r} is a thing of no category; {found.template!r} only looks near"
            )
            return replace(found, template=None, fallback=None, reason=reason)
        category = named_category[-1] if named_category else None
        if found.template is not None and category not in (None, self._categories[found.template]):
            reason = f"the prompt names a thing of {category}, and {found.template!r} is none"
            return replace(found, template=None, fallback=category, reason=reason)
        return found

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
            # "chest of drawers" is a keyword as written, "two armchairs" once made singular;
            # run together only words that may form one ("snow man"), never "a corn" → acorn
            joined = ("".join(span),) if length == 1 or not JOINERS & set(written) else ()
            for key in (" ".join(written), " ".join(span), *joined):
                shown = " ".join(written if key == " ".join(written) else span)
                name = self._keywords.get(key) or self._joined.get(key)
                if name is not None:
                    return _Hit(start + length, shown, name)
                if key in self._blocked:
                    return _Hit(start + length, shown, None)
        return None

    def _respelled(self, word: str) -> str:
        """A misspelt noun put right ("umbrela", "kangeroo"); English words stay ("peony").

        A word neither the lexicon nor the encoder's vocabulary knows is a typo of a template's
        name or an everyday thing's within one edit (two in words of ``_LONG_WORD - 1`` letters
        or more: "bycicle"), else of a lexicon noun within one edit. Only a single nearest
        spelling is taken; typos rarely hit the first letter, so it must match.
        """
        if len(word) < _MIN_FUZZY_LENGTH or word in self._joined or not word.isalpha():
            return word
        if word in self._distractor_categories:
            return word  # an everyday thing ("ramen"), though neither vocabulary knows it
        encoder = self._encoder or shared_encoder()
        lexicon = self._lexicon
        if encoder.knows_word(word) or encoder.knows_word(singularize(word)):
            return word
        if lexicon.is_word(word):
            return word
        allowed = 2 if len(word) >= _LONG_WORD - 1 else 1
        for names in (self._joined, self._everyday_words):
            for typos in range(1, allowed + 1):
                close = [
                    name
                    for name in names
                    if name[0] == word[0] and _typos(word, name, typos + 1) == typos
                ]
                doubled = [name for name in close if _doubling(word, name)]
                if len(close) == 1 or len(doubled) == 1:
                    # "hamer" is hammer, not hamper: a letter not doubled is the usual slip
                    return close[0] if len(close) == 1 else doubled[0]
                if close:
                    return word  # two names as near: no telling which was meant
        close = [
            candidate
            for candidate in _one_edit(word)
            if candidate[0] == word[0] and (noun := lexicon.noun(candidate)) and noun.category
        ]
        return close[0] if len(set(close)) == 1 else word

    @property
    def _lexicon(self) -> NounLexicon:
        return self._nouns or shared_lexicon()

    def _noun(self, phrase: str) -> Noun | None:
        """``phrase`` as a noun: an everyday thing of the hand list (its label), else WordNet's."""
        label = self._distractor_categories.get(phrase)
        if label is None:
            label = self._distractor_categories.get(singularize(phrase))
        noun = self._lexicon.noun(phrase)
        if noun is None and " " in phrase:
            noun = self._lexicon.noun(phrase.replace(" ", ""))  # "house plant" = "houseplant"
        if label is None:
            return noun
        if not label:  # outside every category: a mountain, or an idea ("silence")
            return Noun(phrase, ABSTRACT if noun and noun.code == ABSTRACT else CONCRETE)
        return Noun(phrase, label)

    def _head_noun(self, words: Sequence[str], start: int, end: int) -> tuple[Noun, Span] | None:
        """The noun phrase's head: the longest known noun ending at its last noun word
        ("a green watering can" → watering can), and where it is; None if it has none."""
        phrase = list(words[start:end])
        for index in range(1, len(phrase)):
            # "a hovercraft gliding", "a horse pulling a cart": a verb after a noun ends the
            # noun phrase; "a soldering iron" is one noun
            word = phrase[index]
            # "-ed" nouns stay nouns: "a dog bed", "a garden shed"
            verb = is_participle(word) and not (word.endswith("ed") and self._noun(word))
            # "the empire state building": a compound that ends in the "-ing" word is a noun
            compound = any(
                self._noun(" ".join(phrase[first : index + 1]))
                for first in range(max(0, index + 1 - MAX_NOUN_WORDS), index)
            )
            noun_before = not is_modifier(phrase[index - 1]) and self._noun(phrase[index - 1])
            if verb and noun_before and not compound:
                phrase = phrase[:index]
                break
        for last in range(len(phrase) - 1, -1, -1):
            word = phrase[last]
            if is_modifier(word) or self._noun(word) is None:
                continue
            # "a sewing machine": a generic word may end a compound, never be one alone
            alone = 0 if word in GENERIC else 1
            for first in range(max(0, last + 1 - MAX_NOUN_WORDS), last + alone):
                noun = self._noun(" ".join(phrase[first : last + 1]))
                if noun is not None:
                    return noun, (start + first, start + last + 1)
        return None

    def _compound(self, segment: Sequence[str], hit: _Hit) -> tuple[Noun, Span] | None:
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
                noun = self._noun(" ".join(segment[first:last]))
                longer = best is None or last - first > best[1][1] - best[1][0]
                if noun is not None and noun.category is not None and longer:
                    best = (noun, (first, last))
        return best

    def _kind_of(self, sense: int) -> str | None:
        """The template whose object a noun's ``sense`` is a kind of, by WordNet's hypernyms
        ("beagle" → hound → hunting dog → dog → the dog template); None when none is near."""
        kinds = self._template_senses()
        for node, _distance in self._lexicon.hypernyms(sense, _KIND_DEPTH):
            if node in kinds:
                return kinds[node]
        return None

    def _reading(self, noun: Noun, query: str, span: Span) -> tuple[str | None, Noun]:
        """The template ``noun`` is a kind of (None: none), and the noun filed by the sense
        the prompt means.

        WordNet lists a noun's senses most common first, but a prompt may mean a later one:
        "a samoyed" is first a Siberian people, "a writing desk" first a portable case, "a
        jumper" first someone who jumps. When the senses disagree, the encoder's nearest
        templates choose: the sense that is a kind of one of them, else the sense of their
        category; the first sense when none fits.
        """
        lexicon = self._lexicon
        senses = lexicon.senses(noun.phrase)
        if not senses or noun.phrase in self._distractor_categories:
            # the hand list names things no template builds, though WordNet may file them
            # under one ("a walrus" under the fish's sea creatures): only WordNet's are kinds
            return None, noun
        readings = [(self._kind_of(sense), lexicon.sense_code(sense)) for sense in senses]
        own = self._template_senses()
        # a later sense that is a template's very object under a name the template does not
        # claim is a rare synonym ("plug" for the fire hydrant): only the nearest template
        # may take it ("a knitted christmas jumper" is the sweater)
        rare = [
            index > 0
            and sense in own
            and noun.phrase.replace(" ", "") not in self._names[own[sense]]
            for index, sense in enumerate(senses)
        ]
        chosen = readings[0]
        if len(set(readings)) > 1:
            near = self._by_embedding(query, span, None).neighbours[:_SENSE_VOTERS]
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
        """Lexicon sense → the template one of whose keywords names it in the template's own
        category ("bat" is the animal for an animal template, the club for a sports one)."""
        if self._kinds is None:
            lexicon = self._lexicon
            kinds: dict[int, str] = {}
            for key, name in self._keywords.items():
                category = self._categories.get(name)
                # the keyword's most likely sense in the template's category: "harp" is the
                # harp, though WordNet also files the harmonica as a (mouth) harp
                # (or its most likely sense, when WordNet files none under that category:
                # the kitchen's knife is WordNet's edge tool)
                senses = lexicon.senses(key)
                fitting = [
                    sense
                    for sense in senses
                    if lexicon.sense_code(sense).partition("/")[0] == category
                ]
                # of those, the one the template's own name is a kind of: "chocolate" is
                # the chocolate bar's sweet, not hot chocolate (WordNet's first sense)
                above = {
                    node
                    for own in lexicon.senses(name)
                    for node, _ in lexicon.hypernyms(own, _NAME_DEPTH)
                }
                fitting.sort(key=lambda sense: sense not in above)
                # else the first sense ("knife" is WordNet's edge tool, a "ladle" a household
                # thing), unless the keyword is a plural whose singular is another thing
                # ("cans" are headphones, a "can" no pair of them)
                noun = lexicon.noun(key)
                plural_only = noun is not None and noun.phrase != key
                for sense in fitting[:1] or ([] if plural_only else senses[:1]):
                    kinds.setdefault(sense, name)
            self._kinds = kinds
        return self._kinds

    def _decide(
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
        kind, noun = self._reading(noun, query or noun.phrase, span)
        if kind is not None:
            reason = f"{noun.phrase!r} is a kind of {kind!r} (WordNet)"
            return Match(kind, 1.0, "lexicon", noun.phrase, span=span, reason=reason)
        if noun.category is None:
            return None
        found = self._by_embedding(query or noun.phrase, span, words)
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

    def _only_abstract(self, words: Sequence[str], *, adjectives: bool = False) -> bool:
        """True when no word of the prompt names a thing: its nouns are abstract ("the sound
        of silence"), the rest adjectives, verbs or no English word at all ("asdfghjkl").

        ``adjectives``: a prompt of adjectives alone ("untitled") counts too; not where a
        generic noun stands for the thing ("a shiny vehicle").
        """
        lexicon = self._lexicon
        if lexicon.is_empty():
            return False  # no words to tell a thing from an idea by
        if self._names_a_compound(words):
            return False
        nothing = 0  # abstract nouns and non-words
        for word in words:
            noun = self._noun(word)
            if word in self._joined or singularize(word) in self._joined:
                # a template's word whose usual sense is abstract ("the sound of silence")
                # counts as abstract only beside another abstract noun ("a light" is a lamp)
                if noun is None or noun.code != ABSTRACT:
                    return False
            elif word in GENERIC and noun is not None and noun.category is not None:
                return False  # "a shiny vehicle": some vehicle, if not which
            elif _says_nothing(word):
                continue
            elif noun is not None and noun.code != ABSTRACT:
                return False  # "a white orchid": a colour's name, but a thing here
            elif not lexicon.is_word(word) and _is_compound(word, lexicon):
                return False  # "gamepad", "lightsaber": an unknown word made of nouns
            elif noun is None and self._ends_in_a_thing(word):
                return False  # "dehumidifier": a prefix before a thing's name
            elif noun is not None or adjectives or not lexicon.is_word(word):
                nothing += 1  # an abstract noun, an adjective or verb ("untitled"), a non-word
        return nothing > 0

    def _ends_in_a_thing(self, word: str) -> bool:
        """True when ``word`` ends in a concrete noun of ``_LONG_WORD`` letters or more
        ("dehumidifier"): a prefix does not make a thing an idea."""
        for cut in range(1, len(word) - _LONG_WORD + 1):
            noun = self._noun(word[cut:])
            if noun is not None and noun.code != ABSTRACT:
                return True
        return False

    def _names_a_compound(self, words: Sequence[str]) -> bool:
        """True when two or three of the words name a thing together, though each alone may
        be abstract ("a tennis racket": "racket" is first a din)."""
        for size in (3, 2):
            for start in range(len(words) - size + 1):
                compound = " ".join(words[start : start + size])
                noun = self._noun(compound)
                if compound in self._keywords or (noun is not None and noun.code != ABSTRACT):
                    return True
        return False

    def _sculpture(self, query: str, span: Span, words: Sequence[str]) -> Match:
        """The abstract sculpture for a prompt with no concrete noun, unless a word the lexicon
        lacks is very near a template ("a pikachu" may still be a thing)."""
        found = self._by_embedding(query, span, words)
        known = all(self._lexicon.is_word(word) or _says_nothing(word) for word in words)
        concrete = found.template is not None or found.fallback is not None
        if not known and concrete and found.score >= self.sure:
            return found
        reason = "no word of the prompt names a thing (WordNet)"
        return replace(found, template=None, fallback=None, kind=None, reason=reason)

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
            # (by the phrase's last word: "a desk light" names no desk)
            last = words[span[1] - 1 : span[1]] if span[1] > span[0] else words
            for neighbour in neighbours:
                if neighbour != template and self._supports(neighbour, last):
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


#: Words that name nothing even when no list files them: pronouns and the like.
_FUNCTION_WORDS = frozenset(
    "i me my we us you it they them he him she her this that what whatever anything "  # noqa: SIM905
    "everything nothing something anyone someone please nobody somebody anybody everybody "
    "none".split()
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _says_nothing(word: str) -> bool:
    """True for words that never name a thing: sizes, numbers, articles, pronouns, "thing"
    (colours and materials may: "an orange", "a white orchid", "a soldering iron")."""
    if word in COLORS or word in MATERIALS:
        return False
    return is_modifier(word) or word in GENERIC or word in _FUNCTION_WORDS or word in BOUNDARIES


def _narrower(phrase: str, noun: str) -> bool:
    """True when ``phrase`` names a kind of ``noun``: longer, and ending in it ("tin whistle")."""
    words, head = tokenize(phrase), tokenize(noun)
    return len(words) > len(head) and words[-len(head) :] == head


def _as_words(phrase: str) -> str:
    """``phrase`` as the matcher's words, joined by spaces."""
    return " ".join(tokenize(phrase))


def _doubling(word: str, name: str) -> bool:
    """True when ``name`` is ``word`` with one letter doubled or undoubled ("hamer")."""
    longer, shorter = (name, word) if len(name) > len(word) else (word, name)
    return len(longer) == len(shorter) + 1 and any(
        longer[i] == longer[i - 1] and longer[:i] + longer[i + 1 :] == shorter
        for i in range(1, len(longer))
    )


def _one_edit(word: str) -> set[str]:
    """Every string one edit from ``word`` (delete, swap neighbours, replace, insert)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return deletes | swaps | replaces | inserts


def _is_compound(word: str, lexicon: NounLexicon) -> bool:
    """True when ``word`` is two English words run together, the last a noun ("gamepad")."""
    return any(
        lexicon.is_word(word[:cut]) and lexicon.is_noun(word[cut:])
        for cut in range(3, len(word) - 2)
    )
