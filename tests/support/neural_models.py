"""Tiny, randomly initialised neural models saved in the layout the neural engines load.

Shaped like diffusers' own fast tests of Shap-E (tests/pipelines/shap_e/), built offline: the
tokenizer's vocabulary and merges are made here instead of fetched from the Hub. They run the
engines' real code path in a second or two on a CPU; what they draw is noise, not objects.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any

import pytest

#: torch and the model libraries of the ``neural`` extra (installed by `make install`)
NEURAL_MODULES = ("torch", "diffusers", "transformers")


def require_neural() -> None:
    """Skip (with a one-line reason) where the neural extra is missing; in CI, fail instead."""
    import importlib.util

    missing = [name for name in NEURAL_MODULES if importlib.util.find_spec(name) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} not installed (pip install 'meshforge[neural]')"
    if os.environ.get("CI"):
        pytest.fail(f"the neural extra is required in CI: {message}")
    pytest.skip(message)


def _byte_vocabulary() -> dict[str, int]:
    """GPT-2's byte-to-character table, each as a word and a word end: a complete BPE vocabulary
    with no merges, so any prompt tokenizes (transformers 5 no longer exports the table)."""
    printable = [*range(ord("!"), ord("~") + 1), *range(0xA1, 0xAD), *range(0xAE, 0x100)]
    characters = printable + [256 + n for n in range(256 - len(printable))]
    order = printable + [b for b in range(256) if b not in printable]
    by_byte = dict(zip(order, characters, strict=True))
    symbols = [chr(by_byte[b]) for b in range(256)]
    vocabulary = {symbol: index for index, symbol in enumerate(symbols)}
    vocabulary |= {symbol + "</w>": 256 + index for index, symbol in enumerate(symbols)}
    return vocabulary | {"<|startoftext|>": 512, "<|endoftext|>": 513}


def _tiny_renderer() -> object:
    from diffusers.pipelines.shap_e import ShapERenderer

    return ShapERenderer(
        param_shapes=((8, 93), (8, 8), (8, 8), (8, 8)),
        d_latent=16,
        d_hidden=8,
        n_output=12,
        background=(0.1, 0.1, 0.1),
    )


def _tiny_prior(for_images: bool) -> object:
    from diffusers import PriorTransformer

    extra = {"embedding_proj_norm_type": "layer"} if for_images else {}
    return PriorTransformer(
        num_attention_heads=2,
        attention_head_dim=16,
        embedding_dim=16,
        num_embeddings=32,
        embedding_proj_dim=16,
        time_embed_dim=64,
        num_layers=1,
        clip_embed_dim=32,
        additional_embeddings=0,
        time_embed_act_fn="gelu",
        norm_in_type="layer",
        encoder_hid_proj_type=None,
        added_emb_type=None,
        **extra,
    )


def _scheduler() -> object:
    from diffusers import HeunDiscreteScheduler

    return HeunDiscreteScheduler(
        beta_schedule="exp",
        num_train_timesteps=1024,
        prediction_type="sample",
        use_karras_sigmas=True,
        clip_sample=True,
        clip_sample_range=1.0,
    )


def save_tiny_shap_e(models_dir: Path) -> None:
    """Tiny Shap-E text and image pipelines in ``models_dir``/shap-e and /shap-e-img2img."""
    import torch
    from diffusers import ShapEImg2ImgPipeline, ShapEPipeline
    from transformers import (
        CLIPImageProcessorPil,
        CLIPTextConfig,
        CLIPTextModelWithProjection,
        CLIPTokenizer,
        CLIPVisionConfig,
        CLIPVisionModel,
    )

    torch.manual_seed(0)
    with tempfile.TemporaryDirectory() as scratch:
        vocab, merges = Path(scratch, "vocab.json"), Path(scratch, "merges.txt")
        vocabulary = _byte_vocabulary()
        vocab.write_text(json.dumps(vocabulary), encoding="utf-8")
        merges.write_text("#version: 0.2\n", encoding="utf-8")
        # without model_max_length the pipeline's padding asks for an absurd length
        tokenizer = CLIPTokenizer(str(vocab), str(merges), model_max_length=77)
    text_encoder = CLIPTextModelWithProjection(
        CLIPTextConfig(
            bos_token_id=0,
            eos_token_id=2,
            hidden_size=16,
            projection_dim=16,
            intermediate_size=37,
            layer_norm_eps=1e-05,
            num_attention_heads=4,
            num_hidden_layers=5,
            pad_token_id=1,
            vocab_size=len(vocabulary),
        )
    )
    ShapEPipeline(
        prior=_tiny_prior(False),
        text_encoder=text_encoder,
        tokenizer=tokenizer,
        shap_e_renderer=_tiny_renderer(),
        scheduler=_scheduler(),
    ).save_pretrained(models_dir / "shap-e")
    image_encoder = CLIPVisionModel(
        CLIPVisionConfig(
            hidden_size=16,
            image_size=32,
            projection_dim=16,
            intermediate_size=24,
            num_attention_heads=2,
            num_channels=3,
            num_hidden_layers=5,
            patch_size=1,
        )
    )
    processor = CLIPImageProcessorPil(
        crop_size=32,
        do_center_crop=True,
        do_normalize=True,
        do_resize=True,
        image_mean=[0.48145466, 0.4578275, 0.40821073],
        image_std=[0.26862954, 0.26130258, 0.27577711],
        resample=3,
        size=32,
    )
    ShapEImg2ImgPipeline(
        prior=_tiny_prior(True),
        image_encoder=image_encoder,
        image_processor=processor,
        shap_e_renderer=_tiny_renderer(),
        scheduler=_scheduler(),
    ).save_pretrained(models_dir / "shap-e-img2img")


@functools.cache
def _built_once() -> Path:
    root = Path(tempfile.mkdtemp(prefix="meshforge-tiny-models-"))
    with warnings.catch_warnings():
        # torch tensors under numpy 2.4 (diffusers' scheduler set-up): not ours to fix
        warnings.simplefilter("ignore", DeprecationWarning)
        save_tiny_shap_e(root)
    return root


def tiny_models(target: Path) -> Path:
    """A models directory at ``target`` holding the tiny models (built once per test run)."""
    require_neural()
    shutil.copytree(_built_once(), target, dirs_exist_ok=True)
    return target


def fake_weight_folders(models_dir: Path, folders: dict[str, list[str]]) -> Path:
    """Folders that pass the weights check without torch: configs that parse, empty weights.

    ``folders`` maps a folder name to its diffusers components; a component whose name says it
    holds no weights (scheduler, tokenizer, processor) gets only a config.
    """
    for folder, components in folders.items():
        root = models_dir / folder
        root.mkdir(parents=True, exist_ok=True)
        index: dict[str, object] = {"_class_name": "Fake"}
        for component in components:
            (root / component).mkdir(exist_ok=True)
            (root / component / "config.json").write_text("{}", encoding="utf-8")
            if not any(w in component for w in ("scheduler", "tokenizer", "processor")):
                (root / component / "model.safetensors").write_bytes(b"")
            index[component] = ["library", "Class"]
        (root / "model_index.json").write_text(json.dumps(index), encoding="utf-8")
    return models_dir


SHAP_E_COMPONENTS = {
    "shap-e": ["prior", "text_encoder", "tokenizer", "shap_e_renderer", "scheduler"],
    "shap-e-img2img": ["prior", "image_encoder", "image_processor", "shap_e_renderer", "scheduler"],
}


# --- Hunyuan3D-2 ----------------------------------------------------------------------

TINY_HUNYUAN3D_CONFIG: dict[str, Any] = {
    "model": {
        "target": "hy3dgen.shapegen.models.Hunyuan3DDiT",
        "params": {
            "in_channels": 8,
            "context_in_dim": 32,
            "hidden_size": 32,
            "mlp_ratio": 2.0,
            "num_heads": 2,
            "depth": 1,
            "depth_single_blocks": 1,
            "axes_dim": [16],
            "theta": 10000,
            "qkv_bias": True,
        },
    },
    "vae": {
        "target": "hy3dgen.shapegen.models.ShapeVAE",
        "params": {
            "num_latents": 16,
            "embed_dim": 8,
            "width": 32,
            "heads": 2,
            "num_decoder_layers": 1,
            "num_freqs": 4,
            "include_pi": False,
            "qkv_bias": False,
            "qk_norm": True,
            "scale_factor": 0.9990943042622529,
        },
    },
    "conditioner": {
        "target": "hy3dgen.shapegen.models.SingleImageEncoder",
        "params": {
            "main_image_encoder": {
                "type": "DinoImageEncoder",
                "kwargs": {
                    "config": {
                        "model_type": "dinov2",
                        "hidden_size": 32,
                        "num_hidden_layers": 1,
                        "num_attention_heads": 2,
                        "mlp_ratio": 2,
                        "patch_size": 14,
                        "image_size": 28,
                        "use_swiglu_ffn": True,
                        "layer_norm_eps": 1e-6,
                    },
                    "image_size": 28,
                },
            }
        },
    },
    "scheduler": {
        "target": "hy3dgen.shapegen.schedulers.FlowMatchEulerDiscreteScheduler",
        "params": {"num_train_timesteps": 1000},
    },
    "image_processor": {
        "target": "hy3dgen.shapegen.preprocessors.ImageProcessorV2",
        "params": {"size": 64, "border_ratio": 0.15},
    },
}


def require_hy3dgen() -> None:
    """Skip (fail in CI) unless the neural extra and hy3dgen are installed."""
    require_neural()
    if importlib.util.find_spec("hy3dgen") is None:
        message = "hy3dgen not installed (make install: pip install --no-deps hy3dgen==2.0.2)"
        if os.environ.get("CI"):
            pytest.fail(f"hy3dgen is required in CI: {message}")
        pytest.skip(message)


def save_tiny_hunyuan3d(models_dir: Path, config: dict[str, Any] = TINY_HUNYUAN3D_CONFIG) -> Path:
    """The tiny model in the published layout under ``models_dir``; the folder returned."""
    import torch
    import yaml
    from safetensors.torch import save_file

    from meshforge.engines.neural.hunyuan3d.parameters import SUBFOLDER, WEIGHTS
    from meshforge.engines.neural.hunyuan3d.upstream import SingleImageEncoder, shape_modules

    modules = shape_modules()
    torch.manual_seed(0)
    parts = {
        "model": modules.denoiser(**config["model"]["params"]),
        "vae": modules.vae(**config["vae"]["params"]),
        "conditioner": SingleImageEncoder(**config["conditioner"]["params"]),
    }
    folder = WEIGHTS.folders["image_to_3d"].path(models_dir) / SUBFOLDER
    folder.mkdir(parents=True)
    (folder / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    tensors = {
        f"{part}.{name}": value.detach().half().contiguous()
        for part, module in parts.items()
        for name, value in module.state_dict().items()
    }
    save_file(tensors, str(folder / "model.fp16.safetensors"))
    return folder.parent
