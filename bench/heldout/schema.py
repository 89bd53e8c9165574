"""The format every held-out text prompt set shares (issue 13, item 6).

A set is one module in this folder (``text_prompts_<date>.py``) that builds ``PROMPTS`` from these
helpers; its docstring says who wrote it, when, and its labelling policy. ``bench/text_heldout.py``
scores a set once, and ``tests/unit/test_heldout_text_prompts_file.py`` checks its labels hang
together without ever running the engine on it.
"""

from dataclasses import dataclass

#: Categories follow issue 13 item 2; a scene takes its first object's category.
CATEGORIES = (
    "animal",
    "food",
    "kitchen",
    "household",
    "furniture",
    "electronics",
    "office",
    "tool",
    "weapon",
    "instrument",
    "sports",
    "clothing",
    "toy",
    "vehicle",
    "building",
    "plant",
    "character",
    "prop",
    "abstract",
)

#: A scene's relation, normalised from its wording ("perched on" -> "on").
RELATIONS = ("on", "in", "next to", "holding", "under", "riding")


@dataclass(frozen=True, slots=True)
class HeldoutPrompt:
    """One labelled prompt (see the labelling policy in the set's docstring)."""

    prompt: str
    objects: tuple[str, ...]
    category: str
    relation: str = ""
    modifiers: tuple[str, ...] = ()


def one(prompt: str, obj: str, category: str, *modifiers: str) -> HeldoutPrompt:
    """A prompt for one concrete object."""
    return HeldoutPrompt(prompt, (obj,), category, "", modifiers)


def scene(
    prompt: str, objects: tuple[str, ...], relation: str, category: str, *modifiers: str
) -> HeldoutPrompt:
    """A prompt for two or three objects and the relation between them."""
    return HeldoutPrompt(prompt, objects, category, relation, modifiers)


def abstract(prompt: str) -> HeldoutPrompt:
    """A prompt naming no concrete object: the abstract sculpture is right."""
    return HeldoutPrompt(prompt, (), "abstract")
