"""What the matcher answers: which template a prompt asks for, or which fallback, and why.

Its own module because every pass of the matcher (``keyword_pass``, ``lexicon_pass``,
``embedding_pass``) returns one, and the prompt reader and the catalog read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from meshforge.engines.text.core.noun_phrases import Span

#: "lexicon": the noun was found in the WordNet lexicon (``core/nouns.py``): a kind of a
#: template's object ("a beagle" → dog), or a thing of a category no template builds.
Method = Literal["keyword", "embedding", "lexicon"]


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
