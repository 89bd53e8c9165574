"""The catalog: every template under ``templates/``, found by walking the package, not listed.

A module below ``meshforge.engines.text.templates`` defines ``TEMPLATE``; ``discover`` imports
each one once (at warm-up, or on the first prompt) and collects them. Every name a template
claims (its own, its synonyms, its kinds) belongs to exactly one template: when two claim the
same word ("snow man" and "snowman" are one word), the one with the higher ``priority`` keeps
it, and a claim at equal priority is refused with an error that names both, so that no file
order ever decides. ``Catalog.collisions`` lists every word that was decided so;
``tests/unit/engines/text/core/test_catalog.py`` lists them too, and fails on a new one.

A template's category is the folder it lives in (``templates/animals/dog.py`` → "animals"),
filled in here. Each category has a fallback archetype in ``fallbacks/<category>.py``, built
when the matcher says a prompt names an object of that category with no template of its own
(``Match.fallback``); ``Catalog.choose`` picks template, fallback or abstract sculpture.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import pkgutil
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from types import ModuleType

from meshforge.engines.base import ENGINE_CACHE_DIR_VARIABLE
from meshforge.engines.text import fallbacks as fallbacks_package
from meshforge.engines.text import templates as templates_package
from meshforge.engines.text.core import nouns as nouns_module
from meshforge.engines.text.core.distractors import DISTRACTOR_CATEGORIES, DISTRACTORS
from meshforge.engines.text.core.embedding import SentenceEncoder
from meshforge.engines.text.core.keyword_pass import KeywordIndex
from meshforge.engines.text.core.lexicon import singularize, tokenize
from meshforge.engines.text.core.lexicon_pass import KIND_DEPTH, kind_of, template_senses
from meshforge.engines.text.core.matcher import Match, TemplateMatcher
from meshforge.engines.text.core.nouns import CONCRETE, NounLexicon, shared_lexicon
from meshforge.engines.text.core.prompt import ParsedPrompt, Vocabulary, read_prompt
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.fallbacks import abstract_sculpture

#: What a prompt becomes when no template fits it.
FALLBACK: Template = abstract_sculpture.TEMPLATE


class CatalogError(Exception):
    """A template module that breaks the catalog's rules; the message says how to fix it."""


@dataclass(frozen=True)
class Catalog:
    """The templates by name, who owns which word, and the reader and matcher built on them."""

    templates: Mapping[str, Template]
    #: every word two or more templates claim → the claimants, the one that keeps it first
    collisions: Mapping[str, tuple[str, ...]]
    vocabulary: Vocabulary
    matcher: TemplateMatcher
    #: category → its fallback archetype, a Template that no prompt matches by name
    fallbacks: Mapping[str, Template]

    def find(self, name: str | None) -> Template:
        """The template called ``name``, or the abstract sculpture when there is none."""
        return FALLBACK if name is None else self.templates.get(name, FALLBACK)

    def choose(self, match: Match) -> Template:
        """What to build for ``match``: its template, else its category's fallback archetype,
        else (nothing concrete named) the abstract sculpture."""
        if match.template is not None:
            return self.find(match.template)
        return self.fallbacks.get(match.fallback or "", FALLBACK)

    def read(self, prompt: str, negative_prompt: str = "") -> ParsedPrompt:
        """The prompt's template, matched, with its colours, sizes and counts attached."""
        return read_prompt(prompt, negative_prompt, self.matcher, self.vocabulary)

    def warm_up(self) -> None:
        """Load the sentence encoder and embed every template phrase now, not on a prompt."""
        self.matcher.warm_up()


def discover(package: ModuleType = templates_package) -> tuple[Template, ...]:
    """The ``TEMPLATE`` of every module below ``package``, sorted by name."""
    found: dict[str, tuple[Template, str]] = {}
    depth = package.__name__.count(".") + 1
    for module_info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        if module_info.ispkg:
            continue
        module = importlib.import_module(module_info.name)
        template = getattr(module, "TEMPLATE", None)
        if not isinstance(template, Template):
            raise CatalogError(
                f"{module_info.name} defines no TEMPLATE: every module under "
                f"{package.__name__} holds one template (a helper belongs in engines/text/kit)"
            )
        if template.name in found:
            raise CatalogError(
                f"two templates are called {template.name!r}: {found[template.name][1]} "
                f"and {module_info.name}"
            )
        if not template.category:
            # its folder: "meshforge.engines.text.templates.animals.dog" → "animals"
            folder = module_info.name.split(".")[depth : depth + 1]
            template = replace(template, category=folder[0] if len(folder) > 0 else "")
        found[template.name] = (template, module_info.name)
    return tuple(template for _, (template, _module) in sorted(found.items()))


def discover_fallbacks(package: ModuleType = fallbacks_package) -> dict[str, Template]:
    """Category → fallback archetype: the ``TEMPLATE`` of each module below ``package`` that
    names a ``CATEGORY`` (the abstract sculpture names none)."""
    found: dict[str, Template] = {}
    for module_info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        module = importlib.import_module(module_info.name)
        category = getattr(module, "CATEGORY", None)
        template = getattr(module, "TEMPLATE", None)
        if isinstance(category, str) and isinstance(template, Template):
            found[category] = replace(template, category=category)
    return found


def build_catalog(
    templates: Iterable[Template],
    *,
    distractors: Sequence[str] = DISTRACTORS,
    encoder: SentenceEncoder | None = None,
    fallbacks: Mapping[str, Template] | None = None,
) -> Catalog:
    """A catalog of ``templates``; CatalogError when two claim a word at equal priority."""
    by_name = with_wordnet_kinds({template.name: template for template in templates})
    owners, collisions = resolve_claims(by_name.values())
    # a template's not_claimed phrases become distractors: with one of its words inside, the
    # matcher blocks them ("hot dog" is no dog), unless another template claims them whole
    not_claimed = [phrase for template in by_name.values() for phrase in template.not_claimed]
    matcher = TemplateMatcher(
        catalog_phrases(by_name),
        encoder=encoder,
        distractors=(*distractors, *not_claimed),
        categories={name: template.category for name, template in by_name.items()},
        distractor_categories=DISTRACTOR_CATEGORIES,
    )
    archetypes = discover_fallbacks() if fallbacks is None else dict(fallbacks)
    # the names typed in the templates' files: the kinds WordNet gives them are read by the
    # matcher's lexicon pass, not as words of the prompt reader's vocabulary
    objects = {
        phrase: template.name
        for template in by_name.values()
        for phrase in template.hand_names()
        if owners[claim_key(phrase)] == template.name
    }
    parts = {
        word
        for template in (*by_name.values(), FALLBACK, *archetypes.values())
        for word in (*template.parts, *template.aliases)
    }
    # A plural part word whose singular is a part word too ("legs", "leg") would stop the
    # reader making "legs" singular for every other template ("a table with 3 legs"); the
    # reader singularises it anyway, so the singular is enough.
    parts = {word for word in parts if singularize(word) == word or singularize(word) not in parts}
    vocabulary = Vocabulary(objects=objects, parts=frozenset(parts))
    return Catalog(by_name, collisions, vocabulary, matcher, archetypes)


def claim_key(phrase: str) -> str:
    """The form two claims are compared in: "Snow-man", "snow man" and "snowman" are one."""
    return "".join(tokenize(phrase))


def resolve_claims(
    templates: Iterable[Template],
) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Who owns each claimed word (by ``claim_key``), and the words two or more claim."""
    claimants: dict[str, list[tuple[int, Template]]] = {}
    for template in templates:
        hand = len(template.hand_names())
        for index, phrase in enumerate(template.names()):
            listed = claimants.setdefault(claim_key(phrase), [])
            if all(template is not other for _, other in listed):
                # a name typed in a template's file ranks above any kind WordNet gives
                listed.append((1 if index < hand else 0, template))
    owners: dict[str, str] = {}
    collisions: dict[str, tuple[str, ...]] = {}
    for key, claims in claimants.items():
        claims.sort(key=lambda claim: (-claim[0], -claim[1].priority))
        ranked = [template for _, template in claims]
        if len(ranked) > 1:
            if claims[0][0] == claims[1][0] and ranked[0].priority == ranked[1].priority:
                raise CatalogError(
                    f"{ranked[0].name!r} and {ranked[1].name!r} both claim {key!r} at priority "
                    f"{ranked[0].priority}: drop the word from one, or give the one that should "
                    "keep it a higher priority (and list the collision in test_catalog.py)"
                )
            collisions[key] = tuple(template.name for template in ranked)
        owners[key] = ranked[0].name
    return owners, collisions


def with_wordnet_kinds(
    templates: Mapping[str, Template], lexicon: NounLexicon | None = None
) -> dict[str, Template]:
    """``templates`` with the kinds WordNet lists below them filled in.

    A template that names WordNet nouns (``Template.kinds_in_wordnet``, in its category)
    claims every noun whose most likely sense lies up to ``KIND_DEPTH`` hyponym steps below one
    of them and that the matcher reads as a kind of it (its nearest template up the hypernym
    chain; ``lexicon_pass.kind_of``), so that it claims every breed, species and variety it is
    asked for by ("a golden retriever", "a snapdragon") with none typed by hand. Only living
    things declare them, whose varieties look like the kind: never made objects, where a kind
    may look nothing like its class (a harmonica is no harp).

    Read from the packaged noun lexicon when the catalog loads (about a second: the lexicon's
    parse and the keywords' senses, which the first prompt would pay otherwise, and the
    hyponyms); kept in the engine's cache directory when one is configured, so that a restart
    reads them back. ``lexicon`` None is the shipped lexicon.
    """
    declared = [name for name, template in templates.items() if template.kinds_in_wordnet]
    if not declared:
        return dict(templates)
    shipped = lexicon is None
    cache = _kinds_cache_file(templates, declared) if shipped else None
    found = _read_kinds(cache, declared) if cache is not None else None
    if found is None:
        found = _wordnet_kinds(templates, declared, lexicon or shared_lexicon())
        if cache is not None:
            _write_kinds(cache, found)
    return {
        name: replace(template, wordnet_kinds=found[name]) if name in found else template
        for name, template in templates.items()
    }


def _wordnet_kinds(
    templates: Mapping[str, Template], declared: Sequence[str], lexicon: NounLexicon
) -> dict[str, tuple[str, ...]]:
    """Template → the kinds WordNet lists below it (``with_wordnet_kinds``), computed."""
    if lexicon.is_empty():
        return {}
    index = KeywordIndex(catalog_phrases(templates), ())
    categories = {name: template.category for name, template in templates.items()}
    senses = template_senses(index.keywords, categories, lexicon)
    filled: dict[str, tuple[str, ...]] = {}
    for name in declared:
        template = templates[name]
        found: dict[str, None] = {}
        for noun in templates[name].kinds_in_wordnet:
            root = next(
                (
                    sense
                    for sense in lexicon.senses(noun)
                    if lexicon.sense_code(sense).partition("/")[0] == template.category
                ),
                None,
            )
            for kind in lexicon.kinds_below(root, KIND_DEPTH) if root is not None else ():
                if _claimable(kind) and _sure_kind(kind, template, senses, lexicon):
                    found.setdefault(kind)
        filled[name] = tuple(found)
    # two templates' WordNet kinds that are one word to the catalog ("red poll" cattle, the
    # "redpoll" finch) name neither for sure: neither claims it
    keys = Counter(claim_key(kind) for kinds in filled.values() for kind in set(kinds))
    return {
        name: tuple(kind for kind in kinds if keys[claim_key(kind)] == 1)
        for name, kinds in filled.items()
    }


_KINDS_PREFIX = "wordnet-kinds-"


def _kinds_cache_file(templates: Mapping[str, Template], declared: Sequence[str]) -> Path | None:
    """Where the WordNet kinds of this catalog are kept between processes (the engine's cache
    directory, as for the phrase vectors), None when no directory is configured."""
    configured = os.environ.get(ENGINE_CACHE_DIR_VARIABLE)
    if not configured:
        return None
    lexicon = resources.files(nouns_module.__package__).joinpath("wordnet/nouns.tsv.gz")
    digest = hashlib.sha256(lexicon.read_bytes())
    for name, template in sorted(templates.items()):
        digest.update(repr((name, template.category, template.hand_names())).encode())
    digest.update(repr([(name, templates[name].kinds_in_wordnet) for name in declared]).encode())
    return Path(configured) / f"{_KINDS_PREFIX}{digest.hexdigest()[:32]}.json"


def _read_kinds(path: Path, declared: Sequence[str]) -> dict[str, tuple[str, ...]] | None:
    """The kinds saved in ``path``; None when absent or not as written."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(saved, dict) or set(saved) != set(declared):
        return None
    if not all(isinstance(kinds, list) for kinds in saved.values()):
        return None
    return {name: tuple(str(kind) for kind in kinds) for name, kinds in saved.items()}


def _write_kinds(path: Path, kinds: Mapping[str, tuple[str, ...]]) -> None:
    """Save ``kinds`` in ``path`` (whole or not at all), dropping other catalogs' files."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f"{_KINDS_PREFIX}*.json"):
            stale.unlink(missing_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.write_text(json.dumps({n: list(k) for n, k in kinds.items()}), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        pass  # a read-only or full disk costs the next start the computation, nothing else


def _sure_kind(
    lemma: str, template: Template, kinds: Mapping[int, str], lexicon: NounLexicon
) -> bool:
    """True when the matcher reads ``lemma`` as a kind of ``template`` (its most likely sense)
    and no sense of it is a thing of another category: "mango", a tree to WordNet first, is the
    fruit too; "rook" the chess piece too."""
    senses = lexicon.senses(lemma)
    others = {lexicon.sense_code(sense).partition("/")[0] for sense in senses} - {CONCRETE}
    return others == {template.category} and kind_of(senses[0], kinds, lexicon) == template.name


def _claimable(lemma: str) -> bool:
    """True for a lemma a template may claim: plain words, no possessive ("st john s wort")."""
    words = lemma.split()
    return all(word.isalpha() and len(word) > 1 for word in words)


def catalog_phrases(
    templates: Mapping[str, Template], *, kinds: bool = True
) -> dict[str, list[str]]:
    """Phrases the matcher reads per template (name implied): names it owns, description.

    ``kinds=False`` leaves out the kinds, the names added while tuning the matcher.
    """
    owners, _ = resolve_claims(templates.values())
    phrases: dict[str, list[str]] = {}
    # the highest priority first: the matcher gives a template's own name to the first claimant
    for template in sorted(templates.values(), key=lambda template: -template.priority):
        names = (*template.synonyms, *template.kinds) if kinds else template.synonyms
        owned = [name for name in names if owners[claim_key(name)] == template.name]
        phrases[template.name] = [*owned, template.description]
    return phrases


_loaded: Catalog | None = None
_loading = threading.Lock()


def load_catalog() -> Catalog:
    """The process-wide catalog of every template, discovered once (phrase embeddings cached)."""
    global _loaded
    with _loading:
        if _loaded is None:
            _loaded = build_catalog(discover())
        return _loaded
