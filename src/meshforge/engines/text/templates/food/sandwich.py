"""A sandwich: two slices of bread with lettuce, cheese, tomato and ham between them."""

from __future__ import annotations

from manifold3d import CrossSection, Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.food import CHEESE, CRUMB, CRUSTS, LEAF_GREEN
from meshforge.engines.text.kit.solids import cylinder, slab

HAM: RGB = (235, 150, 150)
TOMATO: RGB = (215, 45, 35)


def _bread_slice(size: float, thick: float, segments: int, z: float) -> Manifold:
    """A slice of sandwich bread: a square with a rounded, domed top edge, lying flat."""
    square = CrossSection.square((size, size * 0.85), True).translate((0, -size * 0.07))
    crown = CrossSection.circle(size * 0.36, segments).translate((-size * 0.2, size * 0.3))
    crown2 = CrossSection.circle(size * 0.36, segments).translate((size * 0.2, size * 0.3))
    outline = (square + crown + crown2).offset(-size * 0.02, circular_segments=segments)
    return Manifold.extrude(outline, thick).translate((0, 0, z))


def build_sandwich(a: Assembly) -> None:
    """A sandwich: two slices of bread with lettuce, cheese, tomato and ham between them."""
    size, thick = a.vary(0.11, 0.06), a.vary(0.014, 0.1)
    seg = a.segments(size * 0.4)
    turn = a.between(-20, 20)
    z = 0.0
    layers: list[tuple[str, float]] = []
    if a.wants("ham"):
        layers.append(("ham", size * 0.05))
    if a.wants("cheese"):
        layers.append(("cheese", size * 0.035))
    if a.wants("tomato"):
        layers.append(("tomato", size * 0.06))
    if a.wants("lettuce"):
        layers.append(("lettuce", size * 0.04))
    a.add(_bread_slice(size, thick, seg, z).rotate((0, 0, turn)), "bread", CRUMB)
    z += thick * 0.9  # each layer sinks a little into the one below: one body
    crust = a.pick(CRUSTS)
    for name, height in layers:
        if name == "ham":
            piece = slab(
                (size * 1.02, size * 0.95, height), size * 0.15, seg, (0, 0, z + height / 2)
            )
            a.add(piece.rotate((0, 0, turn + 4)), "ham", HAM, Tier.FIXED)
        elif name == "cheese":
            piece = slab((size * 0.92, size * 0.92, height), size * 0.01, 8, (0, 0, z + height / 2))
            a.add(piece.rotate((0, 0, turn + 45)), "cheese", CHEESE, Tier.FIXED)
        elif name == "tomato":
            for dx, dy in ((-0.22, -0.2), (0.22, -0.18), (0.0, 0.22)):
                disc = cylinder(size * 0.2, height, seg, (size * dx, size * dy, z))
                a.add(disc.rotate((0, 0, turn)), "tomato", TOMATO, Tier.FIXED)
        else:
            # lettuce: a frilly sheet wider than the bread, its edge wavy
            frill = CrossSection.circle(size * 0.1, 12)
            blobs = [
                frill.translate((size * 0.5 * x, size * 0.45 * y))
                for x, y in (
                    (-1, -1),
                    (0, -1.1),
                    (1, -1),
                    (1.1, 0),
                    (1, 1),
                    (0, 1.1),
                    (-1, 1),
                    (-1.1, 0),
                )
            ]
            sheet = CrossSection.square((size * 1.0, size * 0.9), True)
            for blob in blobs:
                sheet = sheet + blob
            piece = Manifold.extrude(sheet, height).translate((0, 0, z))
            a.add(piece.rotate((0, 0, turn - 3)), "lettuce", LEAF_GREEN, Tier.FIXED)
        z += height * 0.9
    top = _bread_slice(size, thick, seg, z).rotate((0, 0, turn))
    a.add(top, "bread", CRUMB)
    # the crust: a thin rim around the slices' edge in the bake colour
    for base in (0.0, z):
        rim = _bread_slice(size * 1.03, thick * 0.9, seg, base + thick * 0.05)
        hollow = _bread_slice(size * 0.97, thick * 1.2, seg, base - thick * 0.1)
        a.add((rim - hollow).rotate((0, 0, turn)), "crust", crust, Tier.SECONDARY)


TEMPLATE = Template(
    "sandwich",
    build_sandwich,
    0.08,
    description="a sandwich of two bread slices with ham, cheese, tomato and lettuce",
    synonyms=("sandwiches", "ham sandwich", "cheese sandwich", "club sandwich", "sarnie"),
    kinds=("blt", "toastie", "grilled cheese", "panini", "sub sandwich"),
    not_claimed=("ice cream sandwich",),
    parts=("bread", "crust", "ham", "cheese", "tomato", "lettuce"),
    aliases={"slice": "bread", "salad": "lettuce", "meat": "ham", "filling": "ham"},
)
