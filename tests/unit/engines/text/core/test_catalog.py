"""The catalog: templates are found by walking the package, and every shared word is decided."""

from __future__ import annotations

import ast
import pkgutil
import sys
from pathlib import Path

import pytest

from meshforge.engines.text import templates
from meshforge.engines.text.core.assembly import Assembly
from meshforge.engines.text.core.catalog import (
    CatalogError,
    build_catalog,
    claim_key,
    discover,
    load_catalog,
)
from meshforge.engines.text.core.lexicon import tokenize
from meshforge.engines.text.core.template import Template

#: Every word two templates claim, and the template that keeps it (by its higher priority).
#: A new collision fails ``test_every_collision_is_listed`` until it is decided here: give the
#: template that should keep the word a higher ``priority``, or drop the word from the other.
COLLISIONS: dict[str, str] = {
    # animals: the birds with a template of their own keep their names from the songbird's
    # kinds, and a real bear keeps "bear" from the teddy bear ("teddy bear" stays the toy's)
    "bear": "bear",
    # "a crane" alone is the wading bird; the construction crane keeps "tower crane" and the like
    "crane": "crane",
    "budgie": "parrot",
    "chicken": "chicken",
    "cockatiel": "parrot",
    "cockatoo": "parrot",
    "cockerel": "chicken",
    "condor": "eagle",
    "falcon": "eagle",
    "flamingo": "flamingo",
    "hawk": "eagle",
    "hen": "chicken",
    "lovebird": "parrot",
    "macaw": "parrot",
    "osprey": "eagle",
    "owl": "owl",
    "parakeet": "parrot",
    "rooster": "chicken",
    "vulture": "eagle",
    # furniture: the stool template keeps "stool" from the chair's synonyms
    "stool": "stool",
    # furniture and household: objects with a template of their own keep their names from the
    # broader template that used to stand in for them (a desk was a table, a dresser a wardrobe,
    # a crib a bed, a lantern a lamp, a jar a bottle, a strongbox a treasure chest)
    "chestofdrawers": "chest of drawers",
    "computerdesk": "desk",
    "cot": "crib",
    "crib": "crib",
    "desk": "desk",
    "dresser": "chest of drawers",
    "highboy": "chest of drawers",
    "jar": "jar",
    "lantern": "lantern",
    "masonjar": "jar",
    "officedesk": "desk",
    "schooldesk": "desk",
    "strongbox": "safe",
    # household: a candlestick is the holder the candle stands in, not the candle
    "candlestick": "candle holder",
    "tallboy": "chest of drawers",
    # vehicles: the fire truck, which has a ladder and beacons, keeps "fire engine" from the
    # lorry's kinds (claims compare words without spaces, hence the key)
    "fireengine": "fire truck",
    # electronics: the PC tower is the desktop computer, not the monitor's synonym for it
    "desktopcomputer": "desktop computer",
    # kinds WordNet gives a living template (catalog.WORDNET_KINDS) never take a name typed in
    # a template's file: the griffin keeps "griffon" from the dog breed, the jacket "leather
    # jacket" from the fish WordNet calls a leatherjacket
    "griffon": "griffin",
    "leatherjacket": "jacket",
}

CATALOG = load_catalog()
TEMPLATES_DIR = Path(templates.__file__).parent


def build_nothing(_a: Assembly) -> None:
    """A builder for templates that are only matched, never built."""


def template(name: str, *synonyms: str, priority: int = 0) -> Template:
    """A template that claims ``synonyms``."""
    return Template(
        name, build_nothing, 1.0, description=f"a {name}", synonyms=synonyms, priority=priority
    )


def test_every_collision_is_listed() -> None:
    decided = {word: claimants[0] for word, claimants in CATALOG.collisions.items()}
    assert decided == COLLISIONS


def test_the_higher_priority_keeps_a_shared_word() -> None:
    # "snow man" and "snowman" are one word to the matcher, so they collide
    catalog = build_catalog([template("globe", "snow man", priority=1), template("snowman")])
    assert catalog.collisions == {"snowman": ("globe", "snowman")}
    assert catalog.matcher.match("a snowman").template == "globe"
    assert catalog.read("a red snow man").noun == "globe"


def test_a_word_claimed_at_equal_priority_is_refused() -> None:
    with pytest.raises(CatalogError, match=r"'chair' and 'seat' both claim 'stool'"):
        build_catalog([template("chair", "stool"), template("seat", "stool")])


def test_claims_compare_words_not_spelling() -> None:
    assert claim_key("Snow-man") == claim_key("snow man") == claim_key("snowman")


def test_every_module_under_templates_holds_one_template_named_after_it() -> None:
    for module in pkgutil.walk_packages(templates.__path__, f"{templates.__name__}."):
        if module.ispkg:
            continue
        category, stem = module.name.split(".")[-2:]
        found = sys.modules[module.name].TEMPLATE
        assert stem == found.name.replace(" ", "_"), module.name
        assert module.name == f"{templates.__name__}.{category}.{stem}", "one level of categories"


def test_templates_share_code_through_the_kit_not_with_each_other() -> None:
    for path in TEMPLATES_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(templates.__name__), (path, node.module)


def test_discovery_finds_a_new_file_and_refuses_a_module_without_a_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    category = tmp_path / "made_up_templates" / "gadgets"
    category.mkdir(parents=True)
    (category.parent / "__init__.py").write_text("")
    (category / "__init__.py").write_text("")
    (category / "widget.py").write_text(
        "from meshforge.engines.text.core.template import Template\n"
        "TEMPLATE = Template('widget', print, 0.1, description='a widget')\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    import made_up_templates

    assert [found.name for found in discover(made_up_templates)] == ["widget"]
    (category / "helper.py").write_text("SIZE = 1\n")
    with pytest.raises(CatalogError, match="helper defines no TEMPLATE"):
        discover(made_up_templates)


def test_phrases_a_template_does_not_claim_hold_one_of_its_words() -> None:
    for found in CATALOG.templates.values():
        for phrase in found.not_claimed:
            words = set(tokenize(phrase))
            assert any(set(tokenize(name)) <= words for name in found.names()), phrase


def test_every_phrase_that_blocks_a_keyword_belongs_to_a_template() -> None:
    # a distractor with a template's word inside ("hot dog") lives with that template; one
    # that another template claims whole blocks nothing, and may stay declared
    declared = {
        " ".join(tokenize(phrase))
        for found in CATALOG.templates.values()
        for phrase in found.not_claimed
    }
    assert set(CATALOG.matcher._blocked) <= declared


def test_the_fallback_is_not_in_the_catalog() -> None:
    assert "abstract" not in CATALOG.templates
    assert CATALOG.find(None).name == CATALOG.find("no such template").name == "abstract"


#: Colour words a prompt uses for the whole object; a part named so would swallow the colour
#: ("a red platypus" lost its red to the mango's "red" blush alias)
BASIC_COLOURS = ("red", "yellow", "green", "blue", "purple", "pink", "brown", "black", "grey")


def test_no_part_or_alias_is_a_basic_colour_word() -> None:
    for template in load_catalog().templates.values():
        words = set(template.parts) | set(template.aliases)
        assert not words & set(BASIC_COLOURS), (template.name, words & set(BASIC_COLOURS))
