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
#: Multi-word names come first so that "klein bottle" is read before any "bottle"; "boy s surface"
#: is "Boy's surface" as the matcher's words split it.
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
    "sierpinski carpet": "menger sponge",
    "fractal cube": "menger sponge",
    "sierpinski pyramid": "sierpinski tetrahedron",
    "sierpinski tetrahedron": "sierpinski tetrahedron",
    "sierpinski triangle": "sierpinski tetrahedron",
    "sierpinski gasket": "sierpinski tetrahedron",
    "fractal tree": "fractal tree",
    "tree fractal": "fractal tree",
    "julia set": "mandelbulb",
    "double helix": "helix",
    "twisted ribbon": "twisted ribbon",
    "twisting ribbon": "twisted ribbon",
    "twisted tower": "twisted tower",
    "twisting tower": "twisted tower",
    "minimal surface": "gyroid",
    "schwarz p": "schwarz p",
    "penrose triangle": "penrose triangle",
    "penrose tribar": "penrose triangle",
    "impossible triangle": "penrose triangle",
    "impossible object": "penrose triangle",
    "impossible shape": "penrose triangle",
    "impossible figure": "penrose triangle",
    "hyperbolic paraboloid": "saddle",
    "saddle surface": "saddle",
    "hyperbolic surface": "hyperbolic disc",
    "hyperbolic plane": "hyperbolic disc",
    "hyperbolic crochet": "hyperbolic disc",
    "boy s surface": "boys surface",
    "boy surface": "boys surface",
    "projective plane": "boys surface",
    "platonic solid": "icosahedron",
    "stellated dodecahedron": "stellated dodecahedron",
    "stellated octahedron": "star tetrahedron",
    "star tetrahedron": "star tetrahedron",
    "stella octangula": "star tetrahedron",
    "sacred geometry": "star tetrahedron",
    "fibonacci spiral": "golden spiral",
    "golden spiral": "golden spiral",
    "golden ratio": "golden spiral",
    "logarithmic spiral": "golden spiral",
    "nautilus spiral": "golden spiral",
    "golden angle": "phyllotaxis",
    "voronoi shell": "voronoi shell",
    "lorenz attractor": "lorenz attractor",
    "strange attractor": "lorenz attractor",
    "infinity symbol": "infinity",
    "infinity sign": "infinity",
    "mobius": "mobius strip",
    "trefoil": "torus knot",
    "knot": "torus knot",
    "gyroid": "gyroid",
    "schwarz": "schwarz p",
    "helicoid": "helicoid",
    "catenoid": "hyperboloid",
    "hyperboloid": "hyperboloid",
    "pseudosphere": "pseudosphere",
    "tractricoid": "pseudosphere",
    "hyperbolic": "hyperbolic disc",
    "tesseract": "tesseract",
    "hypercube": "tesseract",
    "mandelbulb": "mandelbulb",
    "mandelbox": "mandelbulb",
    "mandelbrot": "mandelbulb",
    "fractal": "mandelbulb",
    "menger": "menger sponge",
    "sierpinski": "sierpinski tetrahedron",
    "penrose": "penrose triangle",
    "tribar": "penrose triangle",
    "tetrahedron": "tetrahedron",
    "octahedron": "octahedron",
    "dodecahedron": "dodecahedron",
    "icosahedron": "icosahedron",
    "platonic": "icosahedron",
    "stellated": "stellated dodecahedron",
    "merkaba": "star tetrahedron",
    "merkabah": "star tetrahedron",
    "fibonacci": "golden spiral",
    "phyllotaxis": "phyllotaxis",
    "phyllotactic": "phyllotaxis",
    "attractor": "lorenz attractor",
    "infinity": "infinity",
    "lemniscate": "infinity",
    "lattice": "lattice",
    "wireframe": "lattice",
    "voronoi": "voronoi shell",
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
    "polyhedron": "dodecahedron",
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
#: Art objects that are a form when a style word says the form is abstract ("a brutalist
#: monument", "an abstract statue"); alone, "a monument" is the statue template's.
ART_OBJECTS = frozenset("monument memorial statue monolith installation".split())  # noqa: SIM905
ABSTRACT_STYLES = frozenset(
    "abstract brutalist geometric minimalist modernist cubist constructivist".split()  # noqa: SIM905
)
#: Words that only help describe a form ("wireframe lattice structure", "wave surface",
#: "a minimalist monolith").
FORM_HELPERS = frozenset("structure surface piece object sculpture".split()) | ABSTRACT_STYLES  # noqa: SIM905
#: Every word of the names above, so that "mobius" and "torus" are not made "singular" and
#: the matcher does not take "helicoid" for a misspelt "helicon".
VOCABULARY = frozenset(
    word for name in (*MATH_FORMS, *SHAPE_WORDS, *SOLIDS) for word in name.split()
)
_KNOWN = VOCABULARY


def form_words(words: Sequence[str]) -> dict[int, int]:
    """Start → end of each run of ``words`` that names a form or shape (all lower-case)."""
    singular = [singularize(word, _KNOWN) for word in words]
    arranged = bool(ARRANGEMENTS.intersection(words))
    styled = bool(ABSTRACT_STYLES.intersection(words))
    found: dict[int, int] = {}
    index = 0
    while index < len(words):
        for size in (3, 2, 1):
            phrase = " ".join(singular[index : index + size])
            if len(phrase.split()) == size and (
                phrase in MATH_FORMS
                or phrase in SHAPE_WORDS
                or (arranged and phrase in SOLIDS)
                or (styled and phrase in ART_OBJECTS)
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
    if "brutalist" in words:
        return "brutalist monument"  # "a brutalist abstract monument": slabs, not a blob
    return None
