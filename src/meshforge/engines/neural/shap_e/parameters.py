"""Shap-E's own parameters and weight folders (see engines/parameters.py); light, no torch."""

from __future__ import annotations

from typing import Any

from meshforge.engines.neural.weights import ModelWeights, WeightFolder
from meshforge.engines.parameters import Integer, Number, Parameter

#: Shap-E's published guidance: 15 for a prompt, 3 for an image (diffusers' examples)
TEXT_GUIDANCE = 15.0
IMAGE_GUIDANCE = 3.0

# shares the ModelsLab field's name: a client's guidance_scale reaches Shap-E unchanged
GUIDANCE_SCALE = Number(
    name="guidance_scale",
    description=(
        "How closely Shap-E follows the prompt or image (classifier-free guidance); 0 means "
        f"Shap-E's own default, {TEXT_GUIDANCE:g} for text and {IMAGE_GUIDANCE:g} for an image."
    ),
    default=0.0,
    minimum=0.0,
    maximum=30.0,
)
NUM_INFERENCE_STEPS = Integer(
    name="num_inference_steps",
    description="Denoising steps of Shap-E's prior; time grows with them (Shap-E uses 64).",
    default=64,
    minimum=1,
    maximum=150,
)
GRID_SIZE = Integer(
    name="grid_size",
    description=(
        "Marching-cubes grid Shap-E's surface is read on (Shap-E uses 128); time and memory "
        "grow with its cube."
    ),
    default=128,
    minimum=32,
    maximum=256,
)
PARAMETERS: tuple[Parameter[Any], ...] = (GUIDANCE_SCALE, NUM_INFERENCE_STEPS, GRID_SIZE)

WEIGHTS = ModelWeights(
    folders={
        "text_to_3d": WeightFolder("shap-e", "openai/shap-e"),
        "image_to_3d": WeightFolder("shap-e-img2img", "openai/shap-e-img2img"),
    },
    licence="MIT",
    # not measured here (no GPU on the reference machine): bench/gpu_check.py prints the peak
    memory="not measured yet; run bench/gpu_check.py",
)
