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

import importlib
import pkgutil
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import ModuleType

from meshforge.engines.text import fallbacks as fallbacks_package
from meshforge.engines.text import templates as templates_package
from meshforge.engines.text.core.distractors import DISTRACTOR_CATEGORIES, DISTRACTORS
from meshforge.engines.text.core.embedding import SentenceEncoder
from meshforge.engines.text.core.lexicon import singularize, tokenize
from meshforge.engines.text.core.matcher import Match, TemplateMatcher
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
    by_name = {template.name: template for template in templates}
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
    objects = {
        phrase: template.name
        for template in by_name.values()
        for phrase in template.names()
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
    claimants: dict[str, list[Template]] = {}
    for template in templates:
        for phrase in template.names():
            listed = claimants.setdefault(claim_key(phrase), [])
            if template not in listed:
                listed.append(template)
    owners: dict[str, str] = {}
    collisions: dict[str, tuple[str, ...]] = {}
    for key, listed in claimants.items():
        ranked = sorted(listed, key=lambda template: -template.priority)
        if len(ranked) > 1:
            if ranked[0].priority == ranked[1].priority:
                raise CatalogError(
                    f"{ranked[0].name!r} and {ranked[1].name!r} both claim {key!r} at priority "
                    f"{ranked[0].priority}: drop the word from one, or give the one that should "
                    "keep it a higher priority (and list the collision in test_catalog.py)"
                )
            collisions[key] = tuple(template.name for template in ranked)
        owners[key] = ranked[0].name
    return owners, collisions


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
