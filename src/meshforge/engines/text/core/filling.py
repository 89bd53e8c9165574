"""What a container is full of: "a mug | full of | pencils", "a vase | of | flowers".

Pure words, like ``relations``: ``contents_of`` cuts a noun phrase into the container and what
fills it. Whether that is an object of a scene (pencils) or the container's own filling (a
bookshelf's books, a chest's coins) is for ``scene_roles.is_filling`` to say.
"""

from __future__ import annotations

from collections.abc import Sequence

from meshforge.engines.text.core.relation_words import QUANTITIES

#: "full of", "filled with": what comes after is in what comes before.
FULL_OF: tuple[tuple[str, ...], ...] = tuple(
    tuple(w.split())
    for w in (
        "full of",
        "filled with",
        "filled up with",
        "stuffed with",
        "packed with",
        "loaded with",
        "overflowing with",
        "brimming with",
        "crammed with",
        "heaped with",
        "piled with",
    )
)


def contents_of(words: Sequence[str]) -> tuple[list[str], list[str], str] | None:
    """A container, what fills it and the words between: "a mug | full of | pencils", "a vase
    | of | flowers". "Of" alone only before a plural ("a cup of tea" is a teacup, "a pile of
    books" books: a quantity, see ``QUANTITIES``)."""
    for index in range(1, len(words) - 1):
        for wording in FULL_OF:
            if tuple(words[index : index + len(wording)]) == wording:
                after = list(words[index + len(wording) :])
                return (list(words[:index]), after, " ".join(wording)) if after else None
    if "of" not in words[1:-1]:
        return None
    index = list(words).index("of")
    container, contents = list(words[:index]), list(words[index + 1 :])
    if container[-1] in QUANTITIES or not plural(contents[-1]):
        return None
    return container, contents, "of"


def plural(word: str) -> bool:
    """A plural noun, by its ending: "flowers", "pencils" (not "glass", "bus")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
