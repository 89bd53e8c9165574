"""Score the text engine on a labelled held-out prompt set (the ``HeldoutPrompt`` format).

Usage: ``.venv/bin/python bench/text_heldout.py bench/heldout/text_prompts_2026_12_05.py``

A held-out set is scored once, when the work it measures is finished; the figure goes into
``bench/RESULTS.md`` with the file's name (see the set's own docstring). Every prompt runs
through the engine itself (``TextEngine.generate`` at resolution 64), so what is scored is what
a user gets, scenes and fallbacks included. A prompt counts as right when:

* one object, and a template claims the label (its name, a synonym or a kind, compared the
  way the catalog compares claims): the model is that template, not a fallback; or a narrower
  template of the same category that the prompt names in full and whose name ends with the
  label (the sets label a variety with its kind, so "a black grand piano" is labelled "piano":
  the grand piano is right, and so is the log cabin for "cabin"; the fire truck for a prompt
  saying only "truck" is not);
* one object that no template claims: the model is the fallback of the labelled category
  (never another object, never the abstract sculpture);
* a scene: the model is a scene with the labelled relation whose objects are, in order, each
  right by the two rules above;
* no object (category "abstract"): the abstract sculpture.

Prints the accuracy per section and per category, the share of labels the catalog has a
template for, how many concrete prompts got the abstract sculpture, and with ``--failures``
the wrong ones (never use that on a set before its one scoring: it is how a set stops being
held out).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from meshforge.engines.base import GenerationRequest
from meshforge.engines.text import TextEngine
from meshforge.engines.text.core.catalog import claim_key, load_catalog
from meshforge.engines.text.core.lexicon import tokenize

#: Template folders (``templates/<folder>/``) → the held-out sets' category names.
CATEGORY_OF_FOLDER = {
    "animals": "animal",
    "buildings": "building",
    "characters": "character",
    "clothing": "clothing",
    "electronics": "electronics",
    "food": "food",
    "furniture": "furniture",
    "household": "household",
    "instruments": "instrument",
    "kitchen": "kitchen",
    "office": "office",
    "plants": "plant",
    "props": "prop",
    "sports": "sports",
    "tools": "tool",
    "toys": "toy",
    "vehicles": "vehicle",
    "weapons": "weapon",
}
ABSTRACT = "abstract"


@dataclass(frozen=True)
class Made:
    """What the engine made of one object of a prompt: a template, a fallback or a sculpture."""

    template: str | None  #: the template's name; None for a fallback or the sculpture
    fallback: str | None  #: the fallback's category (held-out naming); None otherwise


@dataclass(frozen=True)
class Outcome:
    """What the engine made of one prompt."""

    objects: tuple[Made, ...]  #: one per object (empty: the abstract sculpture)
    relation: str  #: "" for a single object


def owners() -> dict[str, str]:
    """Every claimed word (``claim_key``) → the template that owns it."""
    catalog = load_catalog()
    owned: dict[str, str] = {}
    for template in sorted(catalog.templates.values(), key=lambda t: -t.priority):
        for name in template.names():
            owned.setdefault(claim_key(name), template.name)
    return owned


def held_category(meta_category: str | None) -> str | None:
    """A category as the engine reports it, in the held-out sets' naming."""
    if meta_category is None:
        return None
    return CATEGORY_OF_FOLDER.get(meta_category, meta_category)


def made_of(meta: dict[str, Any]) -> Made:
    """One object's ``meta`` (or a scene member's entry) read as a ``Made``."""
    fallback = meta.get("fallback")
    if fallback:
        return Made(None, held_category(fallback.get("category")))
    template = meta.get("template")
    if template in (None, ABSTRACT):
        return Made(None, None)
    return Made(str(template), None)


def scene_member(name: str) -> Made:
    """A scene's object as its meta names it: a template, or a fallback archetype's name."""
    fallbacks = {
        archetype.name: category for category, archetype in load_catalog().fallbacks.items()
    }
    archetype = name.removesuffix(" (fallback)")
    if archetype in fallbacks:
        return Made(None, held_category(fallbacks[archetype]))
    return Made(name, None)


def outcome(meta: dict[str, Any]) -> Outcome:
    """What a text job's ``meta`` says was made."""
    scene = meta.get("scene")
    if scene:
        return Outcome(tuple(scene_member(name) for name in scene["objects"]), scene["relation"])
    made = made_of(meta)
    if made.template is None and made.fallback is None:
        return Outcome((), "")
    return Outcome((made,), "")


def object_right(
    label: str, category: str | None, made: Made, owned: dict[str, str], prompt: str = ""
) -> bool:
    """The label's own template when one claims it, else a fallback of its category.

    ``category`` None: the label's category is not known (a scene's later objects are labelled
    with the subject's category only), so any category's fallback counts.
    """
    if made.template is not None and names_narrower_kind(made.template, label, category, prompt):
        return True
    own = owned.get(claim_key(label))
    if own is not None:
        return made.template == own
    if made.template is not None or made.fallback is None:
        return False
    return category is None or made.fallback == category


def names_narrower_kind(template: str, label: str, category: str | None, prompt: str) -> bool:
    """Whether ``template`` is a variety of ``label`` that the prompt asked for by its full name.

    "grand piano" for the label "piano" in "black grand piano": the name ends with the label,
    every word of it is in the prompt, and it is of the label's category (a "toy car" is no car).
    """
    name_words, label_words = tokenize(template), tokenize(label)
    if len(name_words) <= len(label_words) or name_words[-len(label_words) :] != label_words:
        return False
    prompt_words = set(tokenize(prompt))
    if not all(word in prompt_words for word in name_words):
        return False
    folder = load_catalog().templates[template].category
    return category is None or CATEGORY_OF_FOLDER.get(folder, folder) == category


def categories_of(objects: Sequence[str], category: str) -> list[str | None]:
    """The category each labelled object's fallback should have: the label's for the subject."""
    return [category if index == 0 else None for index in range(len(objects))]


def right(item: Any, got: Outcome, owned: dict[str, str]) -> bool:
    """Whether the engine made what ``item`` (a ``HeldoutPrompt``) is labelled with."""
    if item.category == ABSTRACT:
        return not got.objects
    if len(got.objects) != len(item.objects) or got.relation != item.relation:
        return False
    expected = categories_of(item.objects, item.category)
    return all(
        object_right(label, category, made, owned, item.prompt)
        for label, category, made in zip(item.objects, expected, got.objects, strict=True)
    )


def load_set(path: Path) -> Any:
    """The held-out module at ``path``."""
    # A set imports its format from ``bench.heldout.schema``: the repository root goes on sys.path.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    spec = importlib.util.spec_from_file_location(f"_heldout_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--failures", action="store_true", help="print the wrong prompts")
    args = parser.parse_args()
    module = load_set(args.path)
    sections = {
        name: getattr(module, name)
        for name in ("SINGLE_OBJECTS", "NEAR_MISSES", "SCENES", "ABSTRACT")
        if hasattr(module, name)
    }
    engine = TextEngine()
    engine.warm_up()
    owned = owners()
    totals: Counter[str] = Counter()
    by_category: dict[str, Counter[str]] = defaultdict(Counter)
    failures: list[str] = []
    sculpted_concrete = 0
    for section, items in sections.items():
        for item in items:
            request = GenerationRequest(
                task="text_to_3d", prompt=item.prompt, seed=1, resolution=64
            )
            meta = engine.generate(request, lambda _f, _s: None, lambda: False).meta
            got = outcome(meta)
            ok = right(item, got, owned)
            totals[f"{section} right"] += ok
            totals[f"{section} all"] += 1
            by_category[item.category]["right"] += ok
            by_category[item.category]["all"] += 1
            if item.category != ABSTRACT and not got.objects:
                sculpted_concrete += 1
            if not ok:
                failures.append(
                    f"  {section:<15} {item.prompt!r}: labelled {item.objects} "
                    f"{item.relation!r} {item.category}; made {got}"
                )
    labels = {label for items in sections.values() for item in items for label in item.objects}
    covered = sum(claim_key(label) in owned for label in labels)
    right_all = sum(v for k, v in totals.items() if k.endswith(" right"))
    every = sum(v for k, v in totals.items() if k.endswith(" all"))
    print(f"{args.path.name}: {right_all}/{every} right = {right_all / every:.3f}")
    for section in sections:
        r, a = totals[f"{section} right"], totals[f"{section} all"]
        print(f"  {section:<15} {r:>4}/{a:<4} {r / a:.3f}")
    print(f"  labels with a template of their own: {covered}/{len(labels)}")
    print(f"  concrete prompts given the abstract sculpture: {sculpted_concrete}")
    print(
        "  per category: "
        + ", ".join(f"{c} {v['right']}/{v['all']}" for c, v in sorted(by_category.items()))
    )
    if args.failures:
        print("\n".join(failures))


if __name__ == "__main__":
    main()
