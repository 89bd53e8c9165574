"""A notebook lying closed: a card cover over paper, a wire coil down its left edge."""

from __future__ import annotations

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.solids import box, rounded_box
from meshforge.engines.text.kit.stationery import COVERS, PAPER, WIRE, spiral_binding

LABEL = (245, 243, 232)
ELASTIC = (30, 30, 34)


def build_notebook(a: Assembly) -> None:
    """A notebook: paper under a cover, a wire coil down the left edge (or a band round it)."""
    width, depth = a.vary(0.17, 0.12), a.vary(0.23, 0.1)
    thick = a.vary(0.012, 0.3)
    cover_t = 0.0016
    a.add(box((width, depth, cover_t), (0, 0, cover_t / 2)), "cover", COVERS)
    a.add(
        box((width - 0.004, depth - 0.006, thick), (0.002, 0, cover_t + thick / 2)),
        "paper",
        PAPER,
        Tier.FIXED,
    )
    top = cover_t + thick
    a.add(box((width, depth, cover_t), (0, 0, top + cover_t / 2)), "cover", COVERS)
    if a.maybe("spiral", 0.8, "spiral", "wire", "coil"):
        # the coil runs along the left edge (along Y): built along X, then turned
        coil_r = (thick + 2 * cover_t) * 0.5 + 0.004
        coil = spiral_binding(depth * 0.94, coil_r, 0.011, 0.001).rotate((0, 0, 90))
        a.add(
            coil.translate((-width / 2 + 0.003, 0, (thick + 2 * cover_t) / 2)),
            "spiral",
            WIRE,
            Tier.FIXED,
        )
    elif a.wants("band"):
        # a stitched notebook kept shut by an elastic band down its right side
        band = box(
            (0.006, depth + 0.002, thick + 2 * cover_t + 0.002),
            (width * 0.38, 0, top / 2 + cover_t / 2),
        )
        a.add(band, "band", ELASTIC, Tier.SECONDARY)
    if a.maybe("label", 0.6, "label"):
        label = rounded_box(
            (width * 0.5, depth * 0.16, 0.0008),
            0.003,
            12,
            (0.01, depth * 0.22, top + cover_t + 0.0003),
        )
        a.add(label, "label", LABEL, Tier.FIXED)


TEMPLATE = Template(
    "notebook",
    build_notebook,
    0.02,
    description="a spiral-bound notebook for writing in, its card cover closed over lined paper",
    synonyms=(
        "spiral notebook",
        "spiral bound notebook",
        "exercise book",
        "school notebook",
        "writing notebook",
        "note book",
    ),
    kinds=("composition notebook", "wirebound notebook", "copybook", "moleskine", "lined notebook"),
    parts=("cover", "paper", "spiral", "band", "label"),
    aliases={
        "pages": "paper",
        "page": "paper",
        "coil": "spiral",
        "wire": "spiral",
        "elastic": "band",
    },
)
