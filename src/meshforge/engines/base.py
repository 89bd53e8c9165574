"""The engine port: what every generation engine receives, reports and returns."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    # Annotations only: the API process imports this port (through the registry) and must not
    # pay for numpy and trimesh (about half a second, and their memory) to do so.
    import numpy as np
    import trimesh

#: Reports progress: ``progress(fraction 0..1, stage name)``.
ProgressFn = Callable[[float, str], None]
#: Returns True once the job has been canceled; engines check it between steps.
CancelFn = Callable[[], bool]

Task = Literal["text_to_3d", "image_to_3d"]

#: Environment variable naming a directory where an engine process may keep what it computed
#: once and can reuse after a restart (the server points it at its data directory's cache/).
ENGINE_CACHE_DIR_VARIABLE = "MESHFORGE_ENGINE_CACHE_DIR"


class GenerationCanceled(Exception):
    """The job was canceled while the engine was running."""


class EngineInputError(ValueError):
    """The input cannot be turned into a model; the message says what to change."""


class EngineExhausted(RuntimeError):
    """The engine's process is left in a state only a fresh process clears (GPU out of memory).

    The job fails with the message (which says what to lower), and the worker replaces the
    engine process before its next job instead of reusing it.
    """


@dataclass(frozen=True)
class GenerationRequest:
    """Everything an engine needs, already validated and with defaults applied."""

    task: Task
    seed: int  #: the seed actually used (never 0)
    resolution: int = 256  #: marching-cubes grid / working image size, 32..512
    prompt: str = ""
    negative_prompt: str = ""
    #: image_to_3d input as an RGBA uint8 array (H, W, 4); alpha 255 when the source had none
    image: np.ndarray | None = None
    #: True when the source image carried a real alpha channel
    image_has_alpha: bool = False
    multi_image: bool = False
    remove_bg: bool = False
    foreground_ratio: float = 0.85  #: fraction of the frame the object fills, 0.5..1.0
    mesh_simplify: float = 0.90  #: fraction of triangles removed by decimation, 0.90..0.98
    texture_size: int = 1024  #: edge length of the texture image in pixels
    #: at most this many triangles in the output (None: as many as the engine makes); the
    #: worker decimates after ``generate``, so engines need not read it
    face_limit: int | None = None
    guidance_scale: float = 3.0
    #: the engine's own declared parameters (engines/parameters.py), checked at submit, with
    #: defaults applied; read one with ``PARAMETER.read(request)``
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class GenerationResult:
    """A mesh ready for export, plus what the engine wants reported in the job's ``meta``.

    The mesh carries either ``TextureVisuals`` (UVs + a ``PBRMaterial`` with a base colour
    texture) or ``ColorVisuals`` (per-vertex colours). It is watertight.
    """

    mesh: trimesh.Trimesh
    meta: dict[str, Any] = field(default_factory=dict)


class Engine(Protocol):
    """A generation engine: turns a request into a mesh, reporting progress, honouring cancel."""

    name: str
    tasks: frozenset[Task]

    def generate(
        self, request: GenerationRequest, progress: ProgressFn, cancel: CancelFn
    ) -> GenerationResult:
        """Generate the model; raise EngineInputError for inputs it cannot use."""
        ...
