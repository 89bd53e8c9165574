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

#: The shape prior: how depth is given to the silhouette.
PRIOR_NAME = "prior"
#: ``auto`` picks one of the others per image and reports it in ``meta.prior``.
PRIOR_CHOICES = ("auto", "revolve", "extrude", "inflate")
PRIOR_DEFAULT = "auto"
PRIOR_DESCRIPTION = (
    "Shape prior: revolve (round objects such as vases and bottles), extrude (flat graphics "
    "such as logos and badges), inflate (anything else), or auto to choose per image (image "
    "engine)."
)
PRIOR = Choice(
    name=PRIOR_NAME, description=PRIOR_DESCRIPTION, default=PRIOR_DEFAULT, choices=PRIOR_CHOICES
)

# PRIOR is left out until the lead wires it into the API (its tests list this tuple exactly);
# the engine validates it itself with PRIOR.read meanwhile.
PARAMETERS: tuple[Parameter[Any], ...] = (INFLATION_DEPTH,)
