"""JobParameters: a job's generation parameters, one typed value from the request to the engine.

``modelslab/translate.py`` builds it from a request, the service stores it as the job's JSON
(``to_stored``, which clients see as ``meta``), and the worker reads it back
(``from_stored``) to build the engine's ``GenerationRequest``. The fields every engine reads
are declared here, once; an engine's own parameters are declared by the engine
(``EngineInfo.parameters``) and ride along in ``engine_params``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from meshforge.engines.base import GenerationRequest, Task
from meshforge.engines.parameters import ParamValue, parse_parameters
from meshforge.engines.registry import engine_info

if TYPE_CHECKING:
    import numpy as np

#: the name an older release stored ``image_has_alpha`` under (jobs queued before it)
_LEGACY_HAS_ALPHA = "_image_has_alpha"


@dataclass(frozen=True)
class JobParameters:
    """What to generate and how: checked, with defaults applied."""

    model_id: str  #: the engine that makes it, whatever alias the client sent
    output_format: str = "glb"
    render: bool = False  #: also render a turntable preview
    seed: int = 0  #: 0 until the service picks one
    resolution: int = 256
    prompt: str = ""
    negative_prompt: str = ""
    multi_image: bool = False
    remove_bg: bool = False
    foreground_ratio: float = 0.85
    mesh_simplify: float = 0.90
    texture_size: int = 1024
    face_limit: int | None = None  #: at most this many triangles (None: the engine's own count)
    guidance_scale: float = 3.0
    image: str = ""  #: what the input image was ("data URI, 512x512 PNG"), for meta
    image_has_alpha: bool = False  #: the input image carried a real alpha channel
    #: the engine's own declared parameters (see ``EngineInfo.parameters``)
    engine_params: Mapping[str, ParamValue] = field(default_factory=dict)
    #: fields accepted for compatibility that no engine here reads; echoed in meta unchanged
    echoed: Mapping[str, Any] = field(default_factory=dict)

    def with_seed(self, seed: int) -> JobParameters:
        """The same parameters with ``seed`` (the one the service picked)."""
        return replace(self, seed=seed)

    def to_stored(self) -> dict[str, Any]:
        """The job's stored JSON: one flat object, as ``meta`` shows it to clients."""
        common = {name: value for name, value in asdict(self).items() if name in COMMON_FIELDS}
        return {**self.echoed, **common, **self.engine_params}

    @classmethod
    def from_stored(cls, stored: Mapping[str, Any]) -> JobParameters:
        """Read a job's stored JSON back (also what a worker of an older release stored).

        Raises ParameterError when an engine parameter is no longer allowed (the engine's
        declaration changed while the job waited): the job then fails saying which.
        """
        own = COMMON_FIELDS
        values = {name: stored[name] for name in own if name in stored}
        values.setdefault("image_has_alpha", bool(stored.get(_LEGACY_HAS_ALPHA, False)))
        try:
            declared = engine_info(str(stored["model_id"])).parameters
        except KeyError:  # an engine plugged in by engine_overrides declares none here
            declared = ()
        engine_params = parse_parameters(declared, stored)
        echoed = {
            k: v
            for k, v in stored.items()
            if k not in own and k not in engine_params and not k.startswith("_")
        }
        return cls(**values, engine_params=engine_params, echoed=echoed)

    def to_request(self, task: Task, image: np.ndarray | None = None) -> GenerationRequest:
        """The engine's request, with the input image decoded by the caller."""
        return GenerationRequest(
            task=task,
            seed=self.seed,
            resolution=self.resolution,
            prompt=self.prompt,
            negative_prompt=self.negative_prompt,
            image=image,
            image_has_alpha=self.image_has_alpha,
            multi_image=self.multi_image,
            remove_bg=self.remove_bg,
            foreground_ratio=self.foreground_ratio,
            mesh_simplify=self.mesh_simplify,
            texture_size=self.texture_size,
            face_limit=self.face_limit,
            guidance_scale=self.guidance_scale,
            params=dict(self.engine_params),
        )


#: the fields every engine reads, stored flat under their own names (the rest of the stored
#: object is the engine's own parameters and the echoed wire fields)
COMMON_FIELDS = frozenset(f.name for f in fields(JobParameters)) - {"engine_params", "echoed"}
