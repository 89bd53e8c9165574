"""The held-out text prompt sets are well formed: the file only, never engine accuracy.

The set is scored once, at the end of issue 13; these tests only check its labels hang together, so
they never print or compare any prompt against the catalog.
"""

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from bench.heldout.schema import CATEGORIES, RELATIONS

HELDOUT_DIR = Path(__file__).resolve().parents[2] / "bench/heldout"
#: Every committed set: both of 2026-12-05 (spent), 2026-12-06 (written before its tuning) and
#: 2026-12-06b and 2026-12-06c (fresh blind sets, written 2026-12-06 without looking at the catalog
#: or older sets).
SETS = (
    "text_prompts_2026_12_05.py",
    "text_prompts_2026_12_05b.py",
    "text_prompts_2026_12_06.py",
    "text_prompts_2026_12_06b.py",
    "text_prompts_2026_12_06c.py",
)
ALLOWED_CATEGORIES = set(CATEGORIES)
ALLOWED_RELATIONS = set(RELATIONS)


@pytest.fixture(scope="module", params=SETS)
def heldout(request: pytest.FixtureRequest) -> ModuleType:
    """One held-out module, loaded by path (bench/ is not a package)."""
    name = f"heldout_{Path(request.param).stem}"
    spec = importlib.util.spec_from_file_location(name, HELDOUT_DIR / request.param)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(name, None)
    return module


def test_at_least_300_prompts_all_unique(heldout: ModuleType) -> None:
    prompts = [p.prompt for p in heldout.PROMPTS]
    assert len(prompts) >= 300
    normalised = Counter(" ".join(p.lower().split()) for p in prompts)
    assert [p for p, n in normalised.items() if n > 1] == []
    assert all(p == p.strip() and p for p in prompts)


def test_prompts_is_the_union_of_the_parts(heldout: ModuleType) -> None:
    parts = heldout.SINGLE_OBJECTS + heldout.NEAR_MISSES + heldout.SCENES + heldout.ABSTRACT
    assert parts == heldout.PROMPTS
    assert all(isinstance(p, heldout.HeldoutPrompt) for p in heldout.PROMPTS)


def test_categories_and_relations_come_from_the_allowed_lists(heldout: ModuleType) -> None:
    assert set(heldout.CATEGORIES) == ALLOWED_CATEGORIES
    assert set(heldout.RELATIONS) == ALLOWED_RELATIONS
    assert {p.category for p in heldout.PROMPTS} == ALLOWED_CATEGORIES
    assert {p.relation for p in heldout.PROMPTS} <= ALLOWED_RELATIONS | {""}


def test_every_concrete_category_has_at_least_12_single_objects(heldout: ModuleType) -> None:
    singles = Counter(p.category for p in heldout.SINGLE_OBJECTS + heldout.NEAR_MISSES)
    thin = {c: singles[c] for c in ALLOWED_CATEGORIES - {"abstract"} if singles[c] < 12}
    assert thin == {}


def test_single_objects_name_one_object_and_no_relation(heldout: ModuleType) -> None:
    for p in heldout.SINGLE_OBJECTS + heldout.NEAR_MISSES:
        assert len(p.objects) == 1, p
        assert p.relation == "", p
        assert p.category != "abstract", p


def test_scenes_have_a_relation_and_two_or_three_objects(heldout: ModuleType) -> None:
    assert len(heldout.SCENES) >= 30
    for p in heldout.SCENES:
        assert p.relation in ALLOWED_RELATIONS, p
        assert 2 <= len(p.objects) <= 3, p
        assert p.category != "abstract", p
    assert {p.relation for p in heldout.SCENES} == ALLOWED_RELATIONS


def test_abstract_prompts_have_no_objects(heldout: ModuleType) -> None:
    assert len(heldout.ABSTRACT) >= 15
    for p in heldout.PROMPTS:
        if p.category == "abstract":
            assert p.objects == (), p
            assert p.relation == "", p
            assert p.modifiers == (), p
    assert all(p.category == "abstract" for p in heldout.ABSTRACT)


def test_labels_are_canonical_lowercase_strings(heldout: ModuleType) -> None:
    for p in heldout.PROMPTS:
        assert isinstance(p.objects, tuple), p
        assert isinstance(p.modifiers, tuple), p
        for label in p.objects + p.modifiers:
            assert isinstance(label, str), p
            assert label, p
            assert label == label.strip().lower(), p
