"""Which noun phrase of a prompt names the object, and which of its words are its head.

Rules of English phrasing that need the catalog's keywords and the noun lexicon, so that they
cannot live with the plain word lists of ``noun_phrases.py``: the first noun phrase decides
("a medieval knight, 4k, unreal engine"; "an iron for ironing shirts"), a container of its
contents is their compound ("a glass of red wine" is a wine glass), a participle ends the
phrase ("a black cat curled up"), a pose or an appositive chooses a word's sense ("a crane
standing on one leg"), a toy word makes a toy of an animal ("a plush toy bear"). The
matcher (``matcher.py``) applies them between its passes.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from meshforge.engines.text.core.embedding import SentenceEncoder
from meshforge.engines.text.core.keyword_pass import Hit, KeywordIndex
from meshforge.engines.text.core.lexicon import MATERIALS, singularize
from meshforge.engines.text.core.lexicon_pass import LexiconPass
from meshforge.engines.text.core.match import Match
from meshforge.engines.text.core.noun_phrases import (
    BOUNDARIES,
    FILLER,
    GENERIC,
    MEASURES,
    REPRESENTATIONS,
    Span,
    ends_in_purpose,
    is_modifier,
    is_participle,
)
from meshforge.engines.text.core.nouns import ABSTRACT
from meshforge.engines.text.core.spelling import LONG_WORD

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
#: Words of an appositive or a parenthesis that name the category of the sense meant ("a
#: bass (the fish)", "a triangle, the percussion instrument").
CONTEXT_CATEGORIES: dict[str, str] = {
    **{word: category for word, category in CATEGORY_NOUNS.items() if category},
    **dict.fromkeys(("animal", "creature", "pet", "beast"), "animals"),
    **dict.fromkeys(("tool",), "tools"),
    **dict.fromkeys(("vehicle",), "vehicles"),
    **dict.fromkeys(("building",), "buildings"),
    **dict.fromkeys(("flower", "tree"), "plants"),
}
#: Poses and doings only an animal takes, right after a noun: they choose the animal sense of
#: a word that also names a thing ("a crane standing on one leg", "a kite perched on a branch").
#: Motions a thing also makes ("flying", "running", "swimming") are not among them.
ANIMAL_POSES = frozenset(
    "standing sleeping asleep perched perching grazing nesting wading preening pecking "  # noqa: SIM905
    "roosting hibernating purring barking roaring howling growling hunting foraging feeding "
    "eating basking slithering galloping crawling hatching yawning stalking prowling "
    "pouncing curled coiled sitting lying".split()
)
#: Words that make a toy of the animal they describe ("a plushie bear", "a stuffed dog").
TOY_WORDS = ("plush", "stuffed", "toy", "plushie", "plushy", "cuddly", "soft")
#: Regional words whose bare sense is another template's object than the one that claims the
#: How a model is asked to be made, not what it is ("pink pig, low-poly game asset", "a torch,
#: unreal engine render"): no clause of these words tells a two-sense word's sense.
RENDERING = frozenset(
    "low poly lowpoly high res resolution game asset assets engine unreal unity blender octane "  # noqa: SIM905
    "render rendering renders cgi pbr hd uhd 4k 8k mesh model 3d d stylized stylised realistic "
    "photorealistic detailed highly quality topology textured texture printable print ready "
    "isometric cartoon voxel chibi".split()
)
#: Words for all of a thing: "a full suit of plate armor" is a suit of armour.
WHOLE = frozenset(("full", "whole", "complete", "entire"))
#: What a dish is served in or cut as: "a tray of lasagna" is the lasagna (a drink keeps its
#: container: "a glass of wine" is the wine glass, by the compound rule before this one).
SERVINGS = frozenset(
    "tray plate platter pan dish slice piece portion serving helping bag packet box tub "  # noqa: SIM905
    "bucket carton stack pile heap batch plateful wedge scoop chunk".split()
)
#: word: a British "torch" is a flashlight; the words around it may still mean the other sense
#: ("a burning torch in a wall bracket" is the torch).
REGIONAL_SENSES: dict[str, str] = {"torch": "flashlight"}
#: How to ask for a regional word's own template, its bare name meaning the other sense.
OWN_SENSES: dict[str, str] = {"torch": "a burning torch"}
#: How much nearer (cosine) the words around a two-sense keyword must be to another sense's
#: template than to the default sense's for that sense to be meant: "lifting a container" is
#: 0.17 nearer the construction crane than the bird, "in the harbour" 0.01 (no telling).
SENSE_MARGIN = 0.06
#: Doings after a noun whose object is a thing, not an animal ("a mouse eating cheese"): the
#: noun before them is the subject; after them an animal is a compound ("a man eating shark").
_EATING = frozenset("eating nibbling chewing holding carrying munching".split())  # noqa: SIM905


class PhraseRules:
    """The phrasing rules, over one catalog's keywords and the noun lexicon."""

    def __init__(
        self, index: KeywordIndex, lexicon_pass: LexiconPass, categories: Mapping[str, str]
    ) -> None:
        """Apply the rules with ``index``'s keywords and ``lexicon_pass``'s nouns."""
        self._index = index
        self._lexicon_pass = lexicon_pass
        self._categories = categories
        #: each template's description: its longest phrase ("a tall grey wading bird ...")
        self._descriptions: dict[str, str] = {}
        for name, phrase in index.phrases:
            if name is not None and len(phrase) > len(self._descriptions.get(name, "")):
                self._descriptions[name] = phrase

    def deciding(
        self, words: Sequence[str], spans: list[Span], clauses: frozenset[int]
    ) -> list[Span]:
        """The segments that may name the object: the first noun phrase decides.

        Once a segment has named a thing, a new clause after a comma or a parenthesis only
        describes it ("a medieval knight, 4k, unreal engine", "fridge, stainless steel, two
        doors"), and so does what it is for or looks like ("an iron for ironing shirts", "a
        house shaped like a mushroom"); segments before any thing is named ("a bunch | of
        roses", "a photorealistic, | detailed car") do not count.
        """
        kept: list[Span] = []
        named = False
        for start, end in spans:
            if named and start in clauses:
                break
            kept.append((start, end))
            named = named or self.names_a_thing(words[start:end])
            if named and ends_in_purpose(words, (start, end)):
                break
        return kept

    def elided_name(self, words: Sequence[str], span: Span) -> Match | None:
        """The template a noun phrase names with a keyword's last word left out ("a maine
        coon" is a "maine coon cat", "a great white" a "great white shark"), else None."""
        nouns = [word for word in words[span[0] : span[1]] if not is_modifier(word)]
        for size in (3, 2):
            phrase = " ".join(nouns[-size:])
            name = self._index.elided.get(phrase) if len(nouns) >= size else None
            # a noun of its own is not a name cut short ("a board game", "a tree trunk")
            if name is not None and self._lexicon_pass.noun(phrase) is None:
                reason = f"{phrase!r} is a {name!r} named without its last word"
                return Match(name, 1.0, "keyword", phrase, span=span, reason=reason)
        return None

    def names_a_thing(self, segment: Sequence[str]) -> bool:
        """True when a segment names a thing: a keyword, or a concrete noun that no measure is
        ("an iron", "fridge"; not "a bunch", "4k", "highly detailed")."""
        if self._index.hits(segment):
            return True
        last = len(segment) - 1
        for index, word in enumerate(segment):
            if word in MEASURES or word in GENERIC or (is_modifier(word) and index < last):
                continue
            if word in FILLER or word.isdigit() or len(word) < 3:
                continue
            noun = self._lexicon_pass.noun(word)
            if noun is not None and noun.code != ABSTRACT:
                return True
        return False

    def of_contents(self, words: Sequence[str], spans: list[Span]) -> Match | None:
        """The template named by a container and its contents run together: "a glass of red
        wine" is a wine glass, "a pot of honey" a honey pot, "a bowl of fruit" a fruit bowl;
        None unless the first segment is followed by "of" and the compound is a keyword."""
        if len(spans) < 2:
            return None
        (start, end), (after, stop) = spans[0], spans[1]
        if end >= len(words) or words[end] != "of" or after != end + 1:
            return None
        # ("a glass": a material's name that ends the phrase is its noun)
        container = [w for w in words[start:end] if not is_modifier(w) and w not in WHOLE] or [
            w for w in words[end - 1 : end] if w in MATERIALS
        ]
        filling = [w for w in words[after:stop] if not is_modifier(w)]
        if len(container) != 1 or not filling:
            return None
        compound = f"{singularize(filling[-1])} {container[0]}"
        name = self._index.keywords.get(compound) or self._index.joined.get(
            compound.replace(" ", "")
        )
        if name is None:
            return self._served(container[0], words, (after, stop), start)
        reason = f"a {container[0]} of {filling[-1]} is a {compound}"
        return Match(name, 1.0, "keyword", compound, span=(start, stop), reason=reason)

    def _served(
        self, container: str, words: Sequence[str], filling: Span, start: int
    ) -> Match | None:
        """A dish named by what it is served in or cut as: "a tray of lasagna", "a plate of
        dumplings", "a bag of popcorn" are the food (its template lays out its own serving);
        None unless the container is a serving word and the filling a food's keyword."""
        if container not in SERVINGS:
            return None
        hits = self._index.hits(words[filling[0] : filling[1]])
        if not hits or self._categories.get(hits[-1].template or "") != "food":
            return None
        food = hits[-1]
        reason = f"a {container} of {food.keyword} is the {food.template}, served"
        return Match(
            food.template, 1.0, "keyword", food.keyword, span=(start, filling[1]), reason=reason
        )

    def trailing(self, segment: Sequence[str], head: Hit) -> list[str]:
        """The words after the head keyword that may be the real head: compounds keep their
        last noun as head ("flower pot", "snowman mug"), but words after it that are not
        modifiers may name the object ("desk light", "piggy bank"). A participle's phrase
        does not ("a cat curled up"), nor one letter ("a lego brick 2x4"), nor the name of
        the keyword's own category ("a stuffed bear toy", "a rose flower")."""
        described = self.describing(segment, head.end)
        trailing = [
            w
            for index, w in enumerate(described, 1)
            if (not is_modifier(w) or self.names_a_thing_last(w, index == len(described)))
            and len(w) > 1
        ]
        category = self._categories.get(head.template or "")
        if all(CONTEXT_CATEGORIES.get(word) == category for word in trailing):
            return []
        return trailing

    def names_a_thing_last(self, word: str, last: bool) -> bool:
        """True for a material's name that ends a noun phrase and is then a thing's name, a
        kind of a template's object in some sense: "a pencil rubber" (an eraser); "a vase
        glass" would be a glass, but "a chair, wood" is wood."""
        if not last or word not in MATERIALS:
            return False
        lexicon = self._lexicon_pass.lexicon
        return any(self._lexicon_pass.kind_of(sense) for sense in lexicon.senses(word))

    def toy_of(self, segment: Sequence[str], head: Hit) -> str | None:
        """The toy template of an animal a toy word makes a toy of ("a cuddly plushie bear",
        "a plush toy bear" → the teddy bear: "plush bear" is its keyword); None when the
        segment has no toy word or no toy template claims the animal so."""
        if self._categories.get(head.template or "") != "animals":
            return None
        if not set(TOY_WORDS).intersection(segment):
            return None
        animal = head.keyword
        for phrase in (*(f"{toy} {animal}" for toy in TOY_WORDS), f"{animal} toy"):
            name = self._index.keywords.get(phrase)
            if name is not None and self._categories.get(name) == "toys":
                return name
        return None

    def describing(self, segment: Sequence[str], head_end: int) -> Sequence[str]:
        """The words after a keyword that may still belong to its noun phrase: up to a
        participle that says what the thing does or how it lies ("a black cat | curled up",
        "two small dogs | playing", "a snake | coiled"), unless a noun follows that
        participle as a compound's head ("a cat shaped cookie", "a baby changing table")."""
        for index in range(head_end, len(segment)):
            word = segment[index]
            posed = is_participle(word) or word in ANIMAL_POSES  # "lying" is short for the rule
            if not posed or (word.endswith("ed") and self._lexicon_pass.noun(word)):
                continue
            after = segment[index + 1 : index + 2]
            noun = (
                self._lexicon_pass.noun(after[0]) if after and not is_modifier(after[0]) else None
            )
            if noun is None or noun.category is None:
                return segment[head_end:index]
        return segment[head_end:]

    def context_category(
        self, words: Sequence[str], head_end: int, clauses: frozenset[int]
    ) -> str | None:
        """The category the words right after a head noun name: an appositive or a
        parenthesis that names one ("a recorder, the school wind instrument", "a bass (the
        fish)"), or a pose only an animal takes ("a crane standing on one leg"); else None."""
        after = [word for word in words[head_end:] if not is_modifier(word)]
        if after[:1] and after[0] in ANIMAL_POSES:
            return "animals"
        if not any(head_end <= start <= head_end + 1 for start in clauses):
            return None
        clause_end = min([start for start in clauses if start > head_end + 1] or [len(words)])
        named = [
            CONTEXT_CATEGORIES[w] for w in words[head_end:clause_end] if w in CONTEXT_CATEGORIES
        ]
        return named[0] if named else None

    def head_follows(self, words: Sequence[str], span: Span, keyword_end: int) -> bool:
        """True when the noun phrase ``words[span]`` ends in a noun after its last keyword
        (ending at ``keyword_end``): a concrete noun the lexicon knows, or a word it does not
        know at all ("longship"); abstract nouns and verbs ("a desk light", "a dog running")
        leave the choice to the encoder."""
        tail = [
            w
            for index, w in enumerate(words[keyword_end : span[1]], keyword_end + 1)
            if not is_modifier(w) or self.names_a_thing_last(w, index == span[1])
        ]
        if not tail or is_participle(tail[-1]) or tail[-1] in GENERIC:
            return False
        if tail[-1] in REPRESENTATIONS:
            return False  # "a duck decoy", "a lion statue": a likeness of the keyword's object
        for word in tail:
            noun = self._lexicon_pass.noun(word)
            if noun is None and (
                self._lexicon_pass.lexicon.is_word(word) or len(word) < LONG_WORD - 2
            ):
                # "a table against the wall": no compound; "a teddy baer": a typo
                return False
        noun = self._lexicon_pass.noun(tail[-1])
        return noun is None or noun.code != ABSTRACT

    def senses(self, hit: Hit) -> list[str]:
        """The templates a one-word keyword may name, its own first: a template in another
        category that one of the word's WordNet senses is a kind of ("torch" → flashlight,
        "mouse" → computer mouse), or, for an animal's word, that names a kind of it ending in
        the word ("crane" → the construction crane's "tower crane"); never another animal
        (poses choose those) nor a toy (a toy of a thing is that thing)."""
        own = hit.template
        if own is None or " " in hit.keyword:
            return []
        category = self._categories.get(own)
        lexicon = self._lexicon_pass.lexicon
        kinds = {self._lexicon_pass.kind_of(sense) for sense in lexicon.senses(hit.keyword)}
        found = [own]
        for name, phrase in self._index.phrases:
            other = self._categories.get(name or "")
            if name in found or other in (category, "animals", "toys", None):
                continue
            words = phrase.split()
            named = 1 < len(words) <= 3 and words[-1] == hit.keyword
            if named and (name in kinds or category == "animals"):
                found.append(name or "")
        if len(found) == 1 and hit.keyword in REGIONAL_SENSES:
            found.append(REGIONAL_SENSES[hit.keyword])
        return found

    def _context(self, words: Sequence[str], after: int, clauses: frozenset[int]) -> list[str]:
        """The words after a keyword that may tell its sense: its clauses with a noun in them
        ("lifting a container", "the battery kind"; not "4k, highly detailed"). Those before
        it are a compound's ("a snow shovel" is a shovel), and a compound that means another
        sense is that sense's keyword ("a tiki torch")."""
        cuts = sorted({after, *(start for start in clauses if start > after), len(words)})
        context: list[str] = []
        for first, last in itertools.pairwise(cuts):
            part = [
                w
                for w in words[first:last]
                if w not in FILLER and w not in RENDERING and not w.isdigit()
            ]
            nouns = [w for w in part if w in GENERIC or self._lexicon_pass.noun(w) is not None]
            if set(nouns) - BOUNDARIES:
                context += part
        return context

    def sense_by_context(
        self,
        words: Sequence[str],
        span: Span,
        hit: Hit,
        encoder: SentenceEncoder,
        clauses: frozenset[int] = frozenset(),
    ) -> str | None:
        """The template a two-sense keyword (``hit``, at ``words[span]``) names in this prompt:
        the one whose description the other words of the prompt are nearest, by
        ``SENSE_MARGIN``, else the default sense (a regional word's, else its own template):
        "a crane lifting a container" is the construction crane, "a torch, the battery kind"
        and "a torch" the flashlight, "a torch in a wall bracket" the torch. None when the
        keyword has one sense."""
        senses = self.senses(hit)
        if len(senses) < 2:
            return None
        default = REGIONAL_SENSES.get(hit.keyword, hit.template)
        default = default if default in senses else hit.template
        context = self._context(words, span[1], clauses)
        if not context:
            return default
        vectors = encoder.encode([" ".join(context), *(self._descriptions[s] for s in senses)])
        closeness = dict(zip(senses, (vectors[1:] @ vectors[0]).tolist(), strict=True))
        best = max(senses, key=lambda name: closeness[name])
        # a regional word's own template needs less: it is the word's other everyday sense
        margin = SENSE_MARGIN / 2 if best == hit.template else SENSE_MARGIN
        if best != default and closeness[best] - closeness[default or ""] >= margin:
            return best
        return default

    def plural_name(self, words: Sequence[str], span: Span) -> Match | None:
        """The template named by the plural of a noun phrase's last word, when that plural is
        the template's own name ("a marble" is one of the marbles, "a chopstick" one of the
        chopsticks); None otherwise."""
        last = words[span[1] - 1]
        for plural in (f"{last}s", f"{last}es"):
            name = self._index.keywords.get(plural)
            if name is not None and name.split()[-1] == plural:
                reason = f"{last!r} is one of the {name!r}"
                return Match(name, 1.0, "keyword", plural, span=span, reason=reason)
        return None

    def doing_end(self, segment: Sequence[str]) -> int | None:
        """Where the subject ends before a doing whose object is a thing: "a mouse | eating
        cheese" (a keyword, then the doing, then a keyword of no animal nor person); None
        otherwise ("a man eating shark" is a shark)."""
        for index in range(1, len(segment) - 1):
            if segment[index] not in _EATING or not self._index.hits(segment[:index]):
                continue
            after = self._index.hits(segment[index + 1 :])
            if after and self._categories.get(after[-1].template or "") not in (
                "animals",
                "characters",
            ):
                return index
        return None


def naming_prompt(name: str) -> str:
    """A prompt that asks for the template ``name`` by its name: "a <name>", except a regional
    word's, whose bare name means its other sense ("a torch" is a flashlight): "a burning
    torch"."""
    return OWN_SENSES.get(name) or (f"an {name}" if name[0] in "aeiou" else f"a {name}")
