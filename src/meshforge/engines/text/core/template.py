"""``Template``: one object the text engine can build, with everything the matcher knows it by."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from meshforge.engines.text.core.assembly import Assembly


@dataclass(frozen=True)
class Template:
    """An object the engine can build, the words that name it and the parts a prompt may address.

    Each module under ``engines/text/templates/`` defines one, as ``TEMPLATE``; the catalog
    finds it there, so adding an object is adding one file.
    """

    name: str
    build: Callable[[Assembly], None]
    height_m: float  #: nominal height, sets which parts count as small for tessellation
    #: one plain line saying what the object is and looks like, embedded next to its names so
    #: that prompts without any of them ("something to sit on") still find it; no lists of kinds
    description: str = field(kw_only=True)
    synonyms: tuple[str, ...] = ()  #: other names of the object, read as keywords
    #: kinds of the object ("corgi" for dog) and everyday names for it, added while tuning the
    #: matcher on its dev prompts: keywords like synonyms, but a held-out prompt may never use
    #: one (a test checks), so that the held-out accuracy stays honest
    kinds: tuple[str, ...] = ()
    #: WordNet nouns whose kinds the object is, for living things whose varieties look like it
    #: ("dog": every breed; "flower": "snapdragon"); never for made objects
    kinds_in_wordnet: tuple[str, ...] = field(default=(), kw_only=True)
    #: the kinds WordNet lists below ``kinds_in_wordnet``, filled in by the catalog at load,
    #: never written by hand; a name a template claims by hand keeps it from these
    wordnet_kinds: tuple[str, ...] = field(default=(), kw_only=True)
    #: phrases with one of its words inside that name something else ("hot dog" for dog): a
    #: prompt naming one gets no template rather than this one
    not_claimed: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()  #: part names a prompt can colour, count or remove
    aliases: Mapping[str, str] = field(default_factory=dict)  #: other word → part name
    #: when another template claims one of the same words, the higher priority keeps it;
    #: claims at equal priority are refused by the catalog, so no file order ever decides
    priority: int = 0
    #: the folder under ``templates/`` it lives in ("animals", "kitchen"); the catalog fills it
    #: in from the module path, so no template names its own. A prompt that only comes near
    #: this template gets its category's fallback (``fallbacks/<category>.py``) instead.
    category: str = field(default="", kw_only=True)

    def words_for(self, part: str) -> tuple[str, ...]:
        """The part's own name plus its aliases."""
        return (part, *(word for word, name in self.aliases.items() if name == part))

    def names(self) -> tuple[str, ...]:
        """Every name the template claims: its own, its synonyms, its kinds and the kinds
        WordNet gives it, in that order."""
        return (*self.hand_names(), *self.wordnet_kinds)

    def hand_names(self) -> tuple[str, ...]:
        """The names written in the template's file: its own, its synonyms and its kinds."""
        return (self.name, *self.synonyms, *self.kinds)
