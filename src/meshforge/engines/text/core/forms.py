"""Forms a prompt may ask for instead of an object: mathematical surfaces and plain shapes.

"a klein bottle", "gyroid", "tangled loops", "stacked floating rings" name no object: they ask
for a form, which the abstract sculpture builds (``fallbacks/abstract_sculpture.py``). The
matcher routes such prompts to the sculpture when no other word of them names a concrete object
("a spiral staircase", "a lattice fence", "a knot of rope" name one); the sculpture reads the
same lists to build the form asked for (a torus knot for "torus knot", a lattice for
"wireframe lattice structure").
"""

from __future__ import annotations

from collections.abc import Sequence

from meshforge.engines.text.core.lexicon import singularize

#: Named mathematical forms (as the matcher's words, singular) → the form the sculpture builds.
#: Multi-word names come first so that "klein bottle" is read before any "bottle".
MATH_FORMS: dict[str, str] = {
    "klein bottle": "klein bottle",
    "mobius strip": "mobius strip",
    "mobius band": "mobius strip",
    "mobius loop": "mobius strip",
    "torus knot": "torus knot",
    "trefoil knot": "torus knot",
    "celtic knot": "torus knot",
    "menger sponge": "menger sponge",
    "sierpinski sponge": "menger sponge",
    "sierpinski pyramid": "menger sponge",
    "double helix": "helix",
    "twisted ribbon": "twisted ribbon",
    "twisting ribbon": "twisted ribbon",
    "minimal surface": "gyroid",
    "mobius": "mobius strip",
    "trefoil": "torus knot",
    "knot": "torus knot",
    "gyroid": "gyroid",
    "schwarz": "gyroid",
    "hyperboloid": "hyperboloid",
    "tesseract": "tesseract",
    "hypercube": "tesseract",
    "fractal": "menger sponge",
    "lattice": "lattice",
    "wireframe": "lattice",
    "voronoi": "lattice",
    "helix": "helix",
    "spiral": "helix",
    "vortex": "helix",
    "torus": "torus",
}
#: Words for a shape or pattern rather than a thing, and the form each suggests (None: the
#: sculpture's own blob or stack).
SHAPE_WORDS: dict[str, str | None] = {
    "shape": None,
    "form": None,
    "blob": None,
    "splash": None,
    "swirl": "helix",
    "wave": "twisted ribbon",
    "loop": "torus knot",
    "tangle": "torus knot",
    "polyhedron": None,
    "geometry": None,
    "pattern": None,
    "curve": "twisted ribbon",
}
#: Words that arrange plain solids into a composition ("stacked floating rings"): with one,
#: a solid a template also claims ("ring") is read as a shape.
ARRANGEMENTS = frozenset(
    "stacked floating interlocking interlocked tangled nested intertwined suspended levitating "  # noqa: SIM905
    "orbiting balanced spiralling spiraling linked".split()
)
#: Plain solids that are shapes when arranged (a ring alone is the jewellery).
SOLIDS = frozenset("ring cube sphere disc torus cone pyramid".split())  # noqa: SIM905
#: Words that only help describe a form ("wireframe lattice structure", "wave surface").
FORM_HELPERS = frozenset("structure surface piece object sculpture".split())  # noqa: SIM905
#: Every word of the names above, so that "mobius" and "torus" are not made "singular".
_KNOWN = frozenset(word for name in (*MATH_FORMS, *SHAPE_WORDS, *SOLIDS) for word in name.split())


def form_words(words: Sequence[str]) -> dict[int, int]:
    """Start → end of each run of ``words`` that names a form or shape (all lower-case)."""
    singular = [singularize(word, _KNOWN) for word in words]
    arranged = bool(ARRANGEMENTS.intersection(words))
    found: dict[int, int] = {}
    index = 0
    while index < len(words):
        for size in (2, 1):
            phrase = " ".join(singular[index : index + size])
            if len(phrase.split()) == size and (
                phrase in MATH_FORMS or phrase in SHAPE_WORDS or (arranged and phrase in SOLIDS)
            ):
                found[index] = index + size
                index += size
                break
        else:
            index += 1
    return found


def named_form(words: Sequence[str]) -> str | None:
    """The form the prompt's ``words`` ask the sculpture to build, None for its own choice.

    A named mathematical form first ("a gyroid lattice" is a gyroid), else what a shape word
    suggests ("tangled loops" are a knot), else arranged rings or cubes as a stack.
    """
    singular = [singularize(word, _KNOWN) for word in words]
    runs = form_words(words)
    phrases = [" ".join(singular[start:end]) for start, end in runs.items()]
    for phrase in phrases:
        if phrase in MATH_FORMS:
            return MATH_FORMS[phrase]
    for phrase in phrases:
        if SHAPE_WORDS.get(phrase):
            return SHAPE_WORDS[phrase]
    if any(phrase in SOLIDS for phrase in phrases):
        return "stack"
    return None
