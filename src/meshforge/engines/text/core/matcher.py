"""Prompt → template: the keyword pass first, then WordNet's reading, then sentence embedding.

The matcher composes four modules, each one pass over the prompt, and the phrasing rules
between them; this module only decides which applies when:

0. **Typos** (``spelling.py``): misspelt or cut-short names are put right ("umbrela", "a
   giraf") when the word is unknown to the model's vocabulary, so real words never change.
1. **Forms** (``forms.py``): a prompt that names a form ("a klein bottle", "tangled loops")
   and no concrete object besides is the abstract sculpture, which builds that form.
2. **Keywords** (``keyword_pass.py``): the prompt is cut into noun-phrase segments at
   prepositions, conjunctions, commas and parentheses ("a vase | of tulips", "a knight, | 4k").
   Only the first noun phrase that names a thing may name the object (``phrase_rules.py``:
   clauses after it, and what it is for or looks like, only describe it). In that segment the
   last keyword is the head ("a terracotta flower pot" → pot); words after it may be the real
   head ("a desk light", "a piggy bank"), unless a participle ends the phrase ("a cat curled
   up").
3. **Lexicon** (``lexicon_pass.py``): a head noun WordNet knows is a kind of a template's
   object ("a beagle" → dog), or a thing of a category with no template (that category's
   fallback), whatever lookalike the encoder finds.
4. **Embedding** (``embedding_pass.py``): otherwise the words are compared with every template
   phrase and everyday thing; a weak match of a named noun is a near miss and gets its
   category's fallback, never another object's template; nothing near is the sculpture.

Without the encoder (package not installed) only steps 1 and 2 run. Either way the match says
which of the prompt's words the object was read from (``Match.span``), so that the prompt
reader can attach the prompt's colours and sizes to that very object.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from meshforge.engines.text.core.abstract_reading import ART_FORM_WORDS, AbstractReading
from meshforge.engines.text.core.distractors import DISTRACTOR_CATEGORIES, DISTRACTORS
from meshforge.engines.text.core.embedding import SentenceEncoder
from meshforge.engines.text.core.embedding_pass import (
    DEFAULT_NEAR_MISS,
    DEFAULT_SURE,
    DEFAULT_THRESHOLD,
    EmbeddingPass,
)
from meshforge.engines.text.core.forms import named_form
from meshforge.engines.text.core.keyword_pass import Hit, KeywordIndex
from meshforge.engines.text.core.lexicon import MATERIALS, tokenize
from meshforge.engines.text.core.lexicon_pass import (
    DEFAULT_VERY_SURE,
    SENSE_VOTERS,
    LexiconPass,
)
from meshforge.engines.text.core.match import Match, Method
from meshforge.engines.text.core.noun_phrases import (
    MEASURES,
    YOUNG,
    Span,
    clause_starts,
    content,
    ends_in_purpose,
    is_generic,
    is_pose_shape,
    represents,
    segments,
    subject_end,
    until_verb,
)
from meshforge.engines.text.core.nouns import ABSTRACT, CONCRETE, NounLexicon
from meshforge.engines.text.core.phrase_rules import CATEGORY_NOUNS, PhraseRules
from meshforge.engines.text.core.spelling import Speller

__all__ = ["Match", "Method", "TemplateMatcher"]

#: Prepositions that place the subject on, under, in or by another thing ("a painting on the
#: wall"): what follows them is where the subject is, never what it is.
_PLACING = frozenset(
    "on onto upon under beneath below above over beside behind near against inside in at by "  # noqa: SIM905
    "next".split()
)


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
        self.sure = sure
        self.near_miss = near_miss
        self.very_sure = very_sure
        self._encoder = encoder
        self._categories = dict(categories or {})
        self._distractor_categories = distractor_categories
        self._index = KeywordIndex(templates, distractors)
        self._embedding = EmbeddingPass(
            self._index,
            encoder=encoder,
            categories=self._categories,
            distractor_categories=distractor_categories,
            threshold=threshold,
            sure=sure,
            near_miss=near_miss,
        )
        self._lexicon_pass = LexiconPass(
            self._index,
            self._embedding,
            categories=self._categories,
            distractor_categories=distractor_categories,
            nouns=nouns,
            very_sure=very_sure,
        )
        self._speller = Speller(
            self._index, self._embedding, self._lexicon_pass, distractor_categories
        )
        self._rules = PhraseRules(self._index, self._lexicon_pass, self._categories)
        self._abstract = AbstractReading(self._index, self._embedding, self._lexicon_pass)
        # what the tests inspect: the compared phrases and the blocked everyday things
        self._phrases = self._index.phrases
        self._blocked = self._index.blocked

    @property
    def uses_embeddings(self) -> bool:
        """True when the sentence encoder is installed, so non-keyword prompts can match."""
        directory = self._encoder.directory if self._encoder is not None else None
        return SentenceEncoder.available(directory)

    def warm_up(self) -> None:
        """Load the encoder and embed the template phrases now rather than on the first prompt."""
        if self.uses_embeddings:
            self._embedding.phrase_vectors()

    def match(self, prompt: str) -> Match:
        """The template ``prompt`` asks for, or ``template=None`` for an abstract sculpture."""
        embeddings = self.uses_embeddings
        words = tokenize(prompt)
        if embeddings:
            words = self._speller.respelled_all(words)
        return replace(self._choose(prompt, words, embeddings), words=tuple(words))

    def _choose(self, prompt: str, words: list[str], embeddings: bool) -> Match:
        """The match for ``words``, the prompt's words with misspelt keywords put right."""
        clauses = clause_starts(prompt)
        spans = segments(words, self._index.spanning, clauses)
        form = self._abstract.form_asked(words)
        if form is not None:
            return form
        if (
            embeddings
            and self._abstract.only_abstract(words)
            and any(w in self._index.joined for w in words)
        ):
            # every noun abstract, a template's word among them ("the sound of silence")
            return self._abstract.sculpture(" ".join(content(words)), (0, len(words)), words)
        if embeddings and spans and is_generic(words[spans[0][0] : spans[0][1]]):
            # "something that tells the time": the head says nothing, the rest says it all;
            # "make something cool" says nothing at all
            if len(spans) == 1 and self._abstract.only_abstract(words):
                return self._abstract.sculpture(" ".join(content(words)), (0, len(words)), words)
            return self._embedding.match(" ".join(content(words)), (0, len(words)), words=None)
        # "a statue of a lion" is the lion; "a giraffe eating leaves" the giraffe
        # "a pangolin curled into a ball" is the pangolin, posed
        spans = [
            span for span in spans if not represents(words, span) and not is_pose_shape(words, span)
        ] or spans
        spans = self._rules.deciding(words, spans, clauses)
        contents = self._rules.of_contents(words, spans)
        if contents is not None:
            return contents
        for start, end in spans:
            verb = self._subject_end(words[start:end])
            subject = (start, end) if verb is None else (start, start + verb)
            hits = self._index.hits(words[subject[0] : subject[1]])
            if hits:
                return self._by_keyword(words, subject, hits, embeddings, clauses)
            placed = embeddings and (start, end) == spans[0] and self._placed_thing(words, subject)
            if embeddings and (verb is not None or placed):
                # "a racehorse jumping a fence"; "a painting on the wall": the subject is a
                # thing of its own, though only what it is placed on has a template
                return self._by_noun(words, subject)
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
        return self._embedding.match(prompt.strip(), (0, len(words)), words=None)

    def _person_only_by_wordnet(self, decided: Match, query: str, span: Span) -> bool:
        """True when a noun's match is a person's fallback only because WordNet knows no other
        thing (the sign is filed abstract: "a poster"), the hand list does not file it so and
        no person is near."""
        if decided.template is not None or decided.fallback != "characters":
            return False
        phrase = decided.phrase or ""
        if (
            phrase in self._distractor_categories
            or len(self._lexicon_pass.lexicon.senses(phrase)) < 2
        ):
            return False  # a person for sure: the hand list's, or WordNet's one sense
        near = self._embedding.match(query, span, None).neighbours[:SENSE_VOTERS]
        return not any(self._categories.get(name) == "characters" for name in near)

    def _by_parts(self, words: Sequence[str], span: Span, query: str) -> Match | None:
        """The match of a phrase ending in a word neither the lexicon nor the encoder knows
        that is two words run together ("keychain"): by the lexicon's reading of its last
        part; None when it is no such word or the lexicon cannot tell."""
        word = words[span[1] - 1]
        lexicon = self._lexicon_pass.lexicon
        if lexicon.is_word(word) or self._embedding.encoder.knows_word(word):
            return None
        for cut in range(3, len(word) - 2):
            noun = self._lexicon_pass.noun(word[cut:])
            if lexicon.is_word(word[:cut]) and noun is not None and noun.code != ABSTRACT:
                parts = f"{query[: len(query) - len(word)]}{word[:cut]} {word[cut:]}"
                return self._lexicon_pass.decide(noun, span, words, query=parts)
        return None

    def _subject_end(self, segment: Sequence[str]) -> int | None:
        """Where a segment's subject ends before its verb ("a giraffe | eating leaves", "a
        mouse | eating cheese"), None when no verb follows a noun."""
        verb = subject_end(segment)
        return verb if verb is not None else self._rules.doing_end(segment)

    def _placed_thing(self, words: Sequence[str], span: Span) -> bool:
        """True when ``span`` names a concrete noun and a placing preposition follows it."""
        start, end = span
        if end >= len(words) or words[end] not in _PLACING:
            return False
        head = self._lexicon_pass.head_noun(words, start, end)
        return (
            head is not None
            and head[0].code != ABSTRACT
            and head[0].phrase not in MEASURES
            and head[0].phrase not in MATERIALS
        )

    def _by_keyword(
        self,
        words: list[str],
        segment_span: Span,
        hits: list[Hit],
        embeddings: bool,
        clauses: frozenset[int] = frozenset(),
    ) -> Match:
        """The match of a noun-phrase segment with keywords in it (``hits``)."""
        start, end = segment_span
        segment = words[start:end]
        hits = [*hits[:-1], self._index.longest_ending(segment, hits[-1])]
        head = hits[-1]
        if head.template is None:
            return self._by_blocked(words, (start, start + head.end), head, embeddings)
        trailing = self._rules.trailing(segment, head)
        toy = self._rules.toy_of(segment, head) if embeddings else None
        if toy is not None:
            span = (start, start + head.end)
            return Match(toy, 1.0, "keyword", head.keyword, span=span)
        if len(hits) > 1 and head.keyword in YOUNG:
            head = hits[-2]  # "an elephant calf" is an elephant, not a cow
        if embeddings:
            around = self._by_words_around(words, segment_span, hits, head, bool(trailing), clauses)
            if around is not None:
                return around
        if not embeddings or not trailing:
            # the whole compound names the object: "a red flower pot" is a red pot
            span = (start, start + hits[-1].end)
            return Match(head.template, 1.0, "keyword", head.keyword, span=span)
        phrase = until_verb(segment, head.end)
        span = (start, start + len(phrase))
        query = " ".join(content(phrase))
        if self._rules.head_follows(words, span, start + hits[-1].end):
            # "a pirate cutlass", "a muffin tin", "a viking longship": the keyword only
            # modifies the noun after it, which is the object
            return self._by_head(words, span, query, {hit.template for hit in hits})
        return self._embedding.match(query, span, words)

    def _by_words_around(
        self,
        words: list[str],
        segment_span: Span,
        hits: list[Hit],
        head: Hit,
        trailing: bool,
        clauses: frozenset[int],
    ) -> Match | None:
        """The match the words around a keyword decide, None when they leave it to the
        keyword: a compound around it, a category named after it, a sense they mean."""
        start, end = segment_span
        segment = words[start:end]
        # "a soldering iron", "a piggy bank": a compound around the keyword that names
        # another thing ("iron" is the clothes iron's keyword)
        compound = self._lexicon_pass.compound(segment, hits[-1])
        if compound is not None:
            noun, (first, last) = compound
            decided = self._lexicon_pass.decide(noun, (start + first, start + last), words)
            if decided is not None:
                return decided
        # "a crane standing on one leg", "a bass (the fish)": the words around a keyword
        # may name the category of another sense of its word
        hint = self._rules.context_category(words, start + head.end, clauses)
        if hint is not None and hint != self._categories.get(head.template or ""):
            other = self._lexicon_pass.sense_in(head.keyword, hint, (start, start + head.end))
            if other is not None:
                return other
        if trailing or hint is not None:
            return None
        # "a crane lifting a container", "a torch": which of a word's senses is meant
        return self._by_sense(words, (start + head.end - 1, start + head.end), head, clauses)

    def _by_sense(
        self, words: list[str], span: Span, head: Hit, clauses: frozenset[int]
    ) -> Match | None:
        """The match of a two-sense keyword read by the words around it ("a crane lifting a
        container" is the construction crane, "a torch" the flashlight), None when it has one
        sense or its own template is meant."""
        encoder = self._embedding.encoder
        sense = self._rules.sense_by_context(words, span, head, encoder, clauses)
        if sense is None or sense == head.template:
            return None
        reason = f"the words around {head.keyword!r} mean its sense {sense!r}"
        return Match(sense, 1.0, "keyword", head.keyword, span=span, reason=reason)

    def _by_blocked(self, words: list[str], span: Span, head: Hit, embeddings: bool) -> Match:
        """The match of a keyword inside a phrase that names another thing ("a toaster oven",
        "a hot dog" with no hot dog template): not the keyword's object, but some object; the
        encoder can still tell which category."""
        if not embeddings:
            return Match(None, 1.0, "keyword", head.keyword, span=span)
        noun = self._lexicon_pass.noun(head.keyword)
        decided = None if noun is None else self._lexicon_pass.decide(noun, span, words)
        if decided is not None:
            return decided
        inside = {hit.template for hit in self._index.hits(head.keyword.split()[1:])}
        inside |= {hit.template for hit in self._index.hits(head.keyword.split()[:-1])}
        found = self._embedding.match(head.keyword, span, None, not_these=inside)
        blocked = {self._categories.get(name or "") for name in inside}
        last = head.keyword.split()[-1]
        if found.template is None and found.fallback in blocked and found.phrase == last:
            # "a wax seal", "a ribbon bow": near only the keyword's own word, yet no animal, no
            # weapon; the word's sense of another category is meant (WordNet's order)
            return self._other_sense(last, blocked, span) or found
        return found

    def _other_sense(self, word: str, not_in: set[str | None], span: Span) -> Match | None:
        """``word`` read in its first WordNet sense of a category not in ``not_in``."""
        lexicon = self._lexicon_pass.lexicon
        for sense in lexicon.senses(word):
            category = lexicon.sense_code(sense).partition("/")[0]
            if category not in not_in and category not in (CONCRETE, ABSTRACT):
                return self._lexicon_pass.sense_in(word, category, span)
        return None

    def _by_head(
        self, words: Sequence[str], span: Span, query: str, modifiers: set[str | None]
    ) -> Match:
        """The match of a noun phrase by its head noun, the templates of the nouns that only
        modify it (``modifiers``) excluded: the head's kind or category, else the encoder's
        nearest other template when sure, else a near miss's fallback."""
        head = self._lexicon_pass.head_noun(words, *span)
        noun = head[0] if head is not None else None
        if self._lexicon_pass.noun(words[span[1] - 1]) is None:
            # "a viking longship": a head the lexicon lacks is embedded alone, or its
            # modifier's neighbours would vote
            query = words[span[1] - 1]
        if (
            noun is not None
            and noun.category == "characters"
            and noun.phrase not in self._distractor_categories
        ):
            # "a label maker", "a desk organizer": WordNet knows only the person; a person it
            # is only if the encoder puts a person near too ("a zombie hunter")
            near = self._embedding.match(query, span, None).neighbours[:SENSE_VOTERS]
            if not any(self._categories.get(name) == "characters" for name in near):
                noun = None
        found = self._embedding.match(query, span, words, not_these=modifiers)
        if (
            noun is not None
            and head is not None
            and (noun.category is not None or noun.phrase in MATERIALS)
        ):
            decided = self._lexicon_pass.decide(
                noun, head[1], words, query=query, trust_encoder=True
            )
            if decided is not None and decided.template not in modifiers:
                if (
                    decided.template is None
                    and found.template
                    and found.score >= self._lexicon_pass.very_sure
                ):
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
        # "an iron for ironing shirts": what it is for tells which iron
        described = len(words) if ends_in_purpose(words, span) else end
        query = " ".join(content(words[start:described]))
        elided = self._rules.elided_name(words, span)
        if elided is not None:
            return elided  # "a maine coon": "maine coon cat", its last word unsaid
        plural = self._rules.plural_name(words, span)
        if plural is not None:
            return plural  # "a marble": one of the marbles
        head = self._lexicon_pass.head_noun(words, start, end) if own is not None else None
        if head is not None:
            decided = self._lexicon_pass.decide(
                head[0], span, words, query=query, trust_encoder=True
            )
            if decided is not None and decided.template is None and head[0].phrase in MATERIALS:
                # "a glass of red wine", "an iron for ironing shirts": a material's name as
                # the noun names the thing only as a kind of a template ("a rubber" is an
                # eraser); else the encoder reads the whole phrase, as for any material
                decided, head = None, None
            if decided is not None and self._person_only_by_wordnet(decided, query, span):
                # "a poster on the wall": WordNet knows only the person who posts
                found = self._embedding.match(query, span, own)
                fallback = found.fallback if found.fallback not in (None, "characters") else "props"
                reason = f"{decided.phrase!r} is no person here: the encoder puts none near"
                return replace(decided, fallback=fallback, kind=None, reason=reason)
            if decided is not None:
                return decided
        concrete_head = head is not None and head[0].code != ABSTRACT
        if (
            own is not None
            and not concrete_head
            and self._abstract.only_abstract(words, adjectives=True)
        ):
            return self._abstract.sculpture(query, span, words)
        found = self._embedding.match(query, span, own)
        if head is None and found.template is not None and own is not None:
            # "a keychain": a word run together from two, read by its last ("chain"), never
            # by a lookalike of its letters ("pushchair")
            parts = self._by_parts(words, span, query)
            if parts is not None and not self._embedding.supports(found.template, words):
                return parts
        if (
            head is not None
            and head[0].code == CONCRETE
            and found.template is not None
            and found.score < self._lexicon_pass.very_sure
            and not self._embedding.supports(found.template, words)
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
