"""A peanut in its shell: two bulging lobes pinched at the waist, a netted ridged husk."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import ellipsoid, rod, sphere, union
from meshforge.engines.text.kit.sweeps import hoop

SHELLS: tuple[RGB, ...] = ((215, 180, 130), (200, 165, 115), (225, 190, 145))
NUT: RGB = (210, 150, 100)


def build_peanut(a: Assembly) -> None:
    """A peanut in its shell lying on its side, or shelled: two pale halves of a kernel."""
    length = a.vary(0.05, 0.08)
    r = length * 0.22
    seg = a.segments(r)
    z = r * 0.95
    if a.mentions("shelled", "kernel", "roasted", "salted"):
        for side in (-1, 1):
            kernel = ellipsoid((r * 0.85, r * 1.2, r * 0.8), seg, (side * r * 0.8, 0.0, r * 0.8))
            a.add(kernel, "nut", NUT)
        return
    shell = a.color("shell", SHELLS)
    lobes = [
        ellipsoid((r, r * 1.15, r), seg, (0.0, -length * 0.25, z)),
        ellipsoid((r * 0.93, r * 1.1, r * 0.93), seg, (0.0, length * 0.25, z * 0.98)),
    ]
    # each lobe is round; the waist between them stays pinched (a hull of each lobe with a thin
    # waist disc, so the outline dips in the middle)
    waist = sphere(r * 0.62, seg, (0.0, 0.0, z))
    body = Manifold.batch_hull([lobes[0], waist]) + Manifold.batch_hull([lobes[1], waist])
    # the husk's netting: shallow grooves pressed round each lobe
    grooves = [
        hoop(r * 1.0, r * 0.07, seg).rotate((90, 0, 0)).translate((0.0, y, z))
        for y in (-length * 0.36, -length * 0.16, length * 0.16, length * 0.36)
    ]
    body = body - union(grooves)
    a.add(body, "shell", shell)
    a.add(
        rod((0.0, -length * 0.5, z), (0.0, -length * 0.56, z), r * 0.12, 8),
        "shell",
        shell,
        Tier.FIXED,
    )


TEMPLATE = Template(
    "peanut",
    build_peanut,
    0.02,
    description="a peanut in its pale wrinkled two-lobed shell, pinched in the middle",
    synonyms=("peanuts", "groundnut", "monkey nut", "goober"),
    kinds=("peanut in shell", "roasted peanut", "salted peanut", "shelled peanut"),
    not_claimed=("peanut butter", "peanut brittle", "peanut butter jar"),
    parts=("shell", "nut"),
    aliases={"husk": "shell", "kernel": "nut"},
)
