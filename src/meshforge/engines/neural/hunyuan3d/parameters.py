"""Hunyuan3D-2's own parameters and weight folder (see engines/parameters.py); light, no torch."""

from __future__ import annotations

from typing import Any

from meshforge.engines.neural.weights import ModelWeights, WeightFolder
from meshforge.engines.parameters import Integer, Number, Parameter

#: the shape model hy3dgen's examples load from tencent/Hunyuan3D-2
SUBFOLDER = "hunyuan3d-dit-v2-0"

# shares the ModelsLab field's name: a client's guidance_scale reaches the model unchanged
GUIDANCE_SCALE = Number(
    name="guidance_scale",
    description=(
        "How closely the shape follows the picture (classifier-free guidance); 0 means "
        "Hunyuan3D-2's own default, 5."
    ),
    default=0.0,
    minimum=0.0,
    maximum=20.0,
)
#: hy3dgen's flow-matching pipeline default
DEFAULT_GUIDANCE = 5.0
NUM_INFERENCE_STEPS = Integer(
    name="num_inference_steps",
    description="Flow-matching steps of the shape model; time grows with them (upstream: 50).",
    default=50,
    minimum=1,
    maximum=150,
)
OCTREE_RESOLUTION = Integer(
    name="octree_resolution",
    description=(
        "Cells per side of the grid the shape is read on (upstream: 256-384); time and "
        "memory grow with its cube."
    ),
    default=256,
    minimum=32,
    maximum=512,
)
PARAMETERS: tuple[Parameter[Any], ...] = (GUIDANCE_SCALE, NUM_INFERENCE_STEPS, OCTREE_RESOLUTION)

WEIGHTS = ModelWeights(
    folders={
        "image_to_3d": WeightFolder(
            "hunyuan3d-2", "tencent/Hunyuan3D-2", layout="hy3dgen", subfolders=(SUBFOLDER,)
        ),
    },
    licence="Tencent Hunyuan 3D 2.0 Community Licence (not valid in the EU, UK and South Korea)",
    # not measured here (no GPU on the reference machine): bench/gpu_check.py prints the peak
    memory="not measured yet; run bench/gpu_check.py",
)
