"""The image engine's own parameters (see engines/parameters.py); light, no numpy."""

from __future__ import annotations

from typing import Any

from meshforge.engines.parameters import Choice, Number, Parameter

INFLATION_DEPTH = Number(
    name="inflation_depth",
    description="How deep the silhouette is inflated, relative to the default (image engine).",
    default=1.0,
    # deeper inflation grows the marching-cubes volume linearly (memory at resolution 512)
    minimum=0.2,
    maximum=2.0,
)

#: How depth is given to the silhouette; ``auto`` picks one per image and ``meta.prior``,
#: ``prior_confidence`` and ``prior_reason`` say which and why.
PRIOR = Choice(
    name="prior",
    description="Shape prior: revolve (round objects such as vases and bottles), extrude (flat "
    "graphics such as logos and badges), inflate (anything else), or auto to choose per image "
    "(image engine).",
    default="auto",
    choices=("auto", "revolve", "extrude", "inflate"),
)

PARAMETERS: tuple[Parameter[Any], ...] = (PRIOR, INFLATION_DEPTH)
