"""Forms a prompt may ask for instead of an object: mathematical surfaces and plain shapes.

"a klein bottle", "gyroid", "tangled loops", "stacked floating rings" name no object: they ask
for a form, which the abstract sculpture builds (``fallbacks/abstract_sculpture.py``); so do
works of art and their styles ("generative art", "a sculpture in the style of henry moore",
"a suprematist form", "a flowing organic form"), each read as the form it suggests. The
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
    "rossler attractor": "rossler attractor",
    "aizawa attractor": "aizawa attractor",
    "strange attractor": "lorenz attractor",
    "infinity symbol": "infinity",
    "infinity sign": "infinity",
    "calabi yau manifold": "calabi yau",
    "calabi yau": "calabi yau",
    "seifert surface": "seifert surface",
    "enneper surface": "enneper surface",
    "dini surface": "dini surface",
    "roman surface": "roman surface",
    "roman steiner surface": "roman surface",
    "dupin cyclide": "torus",
    "steiner surface": "roman surface",
    "cross cap": "cross cap",
    "borromean ring": "borromean rings",
    "borromean link": "borromean rings",
    "hopf link": "hopf link",
    "hopf fibration": "hopf link",
    "figure eight knot": "figure eight knot",
    "figure 8 knot": "figure eight knot",
    "hilbert curve": "hilbert curve",
    "space filling curve": "hilbert curve",
    "peano curve": "hilbert curve",
    "endless column": "endless column",
    "infinite column": "endless column",
    "truncated icosahedron": "truncated icosahedron",
    "archimedean solid": "truncated icosahedron",
    "rhombic dodecahedron": "rhombic dodecahedron",
    "kepler poinsot": "stellated dodecahedron",
    "great stellated": "stellated dodecahedron",
    "koch snowflake": "star tetrahedron",
    "koch curve": "star tetrahedron",
    "chaos theory": "lorenz attractor",
    "butterfly effect": "lorenz attractor",
    "mobius": "mobius strip",
    "seifert": "seifert surface",
    "enneper": "enneper surface",
    "crosscap": "cross cap",
    "borromean": "borromean rings",
    "buckyball": "truncated icosahedron",
    "cuboctahedron": "cuboctahedron",
    "oloid": "oloid",
    "sphericon": "sphericon",
    "cyclide": "torus",
    "superellipsoid": "superellipsoid",
    "superquadric": "superellipsoid",
    "squircle": "superellipsoid",
    "chaos": "lorenz attractor",
    "rossler": "rossler attractor",
    "aizawa": "aizawa attractor",
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
#: Artists, movements and styles that name what a sculpture looks like ("in the style of henry
#: moore", "a suprematist form") → the form they suggest (None: the sculpture's own choice).
ART_STYLES: dict[str, str | None] = {
    "henry moore": "pierced form",
    "moore": "pierced form",
    "barbara hepworth": "pierced form",
    "hepworth": "pierced form",
    "jean arp": "pierced form",
    "han arp": "pierced form",
    "isamu noguchi": "pierced form",
    "noguchi": "pierced form",
    "biomorphic": "pierced form",
    "biomorphism": "pierced form",
    "zaha hadid": "twisted ribbon",
    "hadid": "twisted ribbon",
    "frank gehry": "twisted ribbon",
    "gehry": "twisted ribbon",
    "futurist": "twisted ribbon",
    "futurism": "twisted ribbon",
    "boccioni": "twisted ribbon",
    "art nouveau": "twisted ribbon",
    "constantin brancusi": "endless column",
    "brancusi": "endless column",
    "naum gabo": "hyperboloid",
    "gabo": "hyperboloid",
    "antoni gaudi": "hyperboloid",
    "gaudi": "hyperboloid",
    "richard serra": "golden spiral",
    "serra": "golden spiral",
    "escher": "penrose triangle",
    "buckminster fuller": "truncated icosahedron",
    "suprematist": "constructivist",
    "suprematism": "constructivist",
    "malevich": "constructivist",
    "constructivism": "constructivist",
    "de stijl": "constructivist",
    "mondrian": "constructivist",
    "bauhaus": "constructivist",
    "cubism": "constructivist",
    "anish kapoor": None,
    "kapoor": None,
    "alexander calder": None,
    "calder": None,
    "kinetic": "helix",
    "op art": None,
    "art deco": None,
    "minimalism": None,
    "expressionist": None,
    "surrealist": None,
    "deconstructivist": "twisted tower",
    "generative": "generative",
    "parametric": "generative",
    "algorithmic": "generative",
    "computational": "generative",
}
#: Words that ask for a work of art, not a thing, when no other word names an object.
ART_WORDS = frozenset("abstract art sculpture sculptural artwork".split())  # noqa: SIM905
#: How a form moves ("a flowing organic form"): a form, beside a word for one or for art.
MOTIONS: dict[str, str] = {
    "flowing": "twisted ribbon",
    "undulating": "twisted ribbon",
    "fluid": "twisted ribbon",
    "wavy": "twisted ribbon",
    "rippling": "twisted ribbon",
    "sinuous": "twisted ribbon",
    "twisted": "twisted ribbon",
    "twisting": "twisted ribbon",
    "swirling": "helix",
    "spiralling": "helix",
    "organic": "pierced form",
    "curvy": "pierced form",
    "pierced": "pierced form",
}
#: What an abstract piece may stand for ("an abstract representation of love") → a form that
#: suggests it; read only once the prompt is the sculpture's.
MOODS: dict[str, str] = {
    "love": "hopf link",
    "unity": "borromean rings",
    "connection": "borromean rings",
    "friendship": "borromean rings",
    "togetherness": "borromean rings",
    "time": "golden spiral",
    "growth": "phyllotaxis",
    "music": "helix",
    "rhythm": "helix",
    "dna": "helix",
    "life": "helix",
    "ocean": "twisted ribbon",
    "sea": "twisted ribbon",
    "water": "twisted ribbon",
    "wind": "twisted ribbon",
    "freedom": "twisted ribbon",
    "eternity": "infinity",
    "forever": "infinity",
    "harmony": "torus knot",
    "energy": "torus knot",
    "joy": "pierced form",
    "sadness": "pierced form",
    "calm": "pierced form",
    "peace": "pierced form",
    "balance": "stack",
    "mind": "mandelbulb",
    "dream": "mandelbulb",
}
#: Words that only help describe a form ("wireframe lattice structure", "wave surface",
#: "a minimalist monolith", "a lorenz attractor as a 3d tube").
FORM_HELPERS = (
    frozenset(
        "structure surface piece object sculpture tube manifold model sheet solid design "  # noqa: SIM905
        "style inspired representation composition construction study variation version "
        "render print 3 d 3d".split()
    )
    | ABSTRACT_STYLES
)
#: Heads of a form named after its finder ("a kuen surface", "a rossler attractor").
NAMED_HEADS = frozenset("surface manifold knot curve attractor fractal polytope solid".split())  # noqa: SIM905
#: Every word of the names above, so that "mobius" and "torus" are not made "singular" and
#: the matcher does not take "helicoid" for a misspelt "helicon".
VOCABULARY = frozenset(
    word
    for name in (*MATH_FORMS, *SHAPE_WORDS, *SOLIDS, *ART_STYLES, *MOTIONS)
    for word in name.split()
)
_KNOWN = VOCABULARY


def form_words(words: Sequence[str]) -> dict[int, int]:
    """Start → end of each run of ``words`` that names a form, a shape, a work of art or its
    style (all lower-case)."""
    singular = [singularize(word, _KNOWN) for word in words]
    arranged = bool(ARRANGEMENTS.intersection(words))
    styled = bool(ABSTRACT_STYLES.intersection(words))
    # "flowing", "organic" describe a form only beside a word for one ("a flowing organic
    # form", "an undulating surface"), not a thing ("flowing hair")
    moving = bool((FORM_HELPERS | ART_WORDS | SHAPE_WORDS.keys()).intersection(singular))
    found: dict[int, int] = {}
    index = 0
    while index < len(words):
        for size in (3, 2, 1):
            phrase = " ".join(singular[index : index + size])
            if len(phrase.split()) == size and (
                _names_a_form(phrase)
                or (arranged and phrase in SOLIDS)
                or (styled and phrase in ART_OBJECTS)
                or (moving and phrase in MOTIONS)
            ):
                found[index] = index + size
                index += size
                break
        else:
            index += 1
    return found


def _names_a_form(phrase: str) -> bool:
    """True when ``phrase`` names a form, a shape, a work of art or an artist's style."""
    return (
        phrase in MATH_FORMS or phrase in SHAPE_WORDS or phrase in ART_STYLES or phrase in ART_WORDS
    )


def named_form(words: Sequence[str]) -> str | None:
    """The form the prompt's ``words`` ask the sculpture to build, None for its own choice.

    A named mathematical form first ("a gyroid lattice" is a gyroid), else an artist's or a
    movement's ("in the style of henry moore"), else what a shape word suggests ("tangled
    loops" are a knot), else how the form moves ("a flowing form"), else arranged rings or
    cubes as a stack, else what the piece stands for ("an abstract representation of love").
    """
    singular = [singularize(word, _KNOWN) for word in words]
    runs = form_words(words)
    phrases = [" ".join(singular[start:end]) for start, end in runs.items()]
    for table in (MATH_FORMS, ART_STYLES, SHAPE_WORDS):
        for phrase in phrases:
            if table.get(phrase):
                return table[phrase]
    for word in singular:
        if word in MOTIONS:
            return MOTIONS[word]
    if any(phrase in SOLIDS for phrase in phrases):
        return "stack"
    if "brutalist" in words:
        return "brutalist monument"  # "a brutalist abstract monument": slabs, not a blob
    for word in singular:
        if word in MOODS:
            return MOODS[word]
    return None
