"""hy3dgen's shape modules, imported without the parts that need torchvision or pymeshlab.

hy3dgen (2.0.2) is installed with ``--no-deps``: its requirements pull in gradio, rembg,
pymeshlab and opencv-python (which overwrites the headless OpenCV MeshForge uses), none of
which the shape model needs. The shape model's own modules (pipelines, schedulers,
models.autoencoders, models.denoisers) import only torch, diffusers, einops, skimage, trimesh
and yaml. But the ``__init__`` of ``hy3dgen.shapegen`` and of ``hy3dgen.shapegen.models``
import everything else: the image conditioner (``torchvision.transforms``, whose PyPI wheels
are CUDA builds that fail beside the CPU torch: "operator torchvision::nms does not exist")
and the post-processors (pymeshlab). So those two packages are registered here with their
``__path__`` set but their ``__init__`` not run, and the four modules are then imported as
usual: the DiT, the VAE, the scheduler and the sampling loop are hy3dgen's own code.

The conditioner is the one part written here: ``SingleImageEncoder`` around a DINOv2 from
transformers, with hy3dgen's state-dict keys (``main_image_encoder.model.*``) so the published
checkpoint loads into it. torchvision's tensor ``Resize(BILINEAR, antialias=True)`` is
``F.interpolate(mode="bilinear", antialias=True)``, so the features are the same.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F

#: the packages whose ``__init__`` imports torchvision / pymeshlab
_PACKAGES = (("hy3dgen.shapegen", "hy3dgen"), ("hy3dgen.shapegen.models", "hy3dgen.shapegen"))
#: hy3dgen's conditioner target for the Hunyuan3D-2 (v2-0) shape model
CONDITIONER_TARGET = "hy3dgen.shapegen.models.SingleImageEncoder"


@dataclass(frozen=True)
class ShapeModules:
    """The hy3dgen classes the engine builds its pipeline from."""

    pipeline: Any  #: Hunyuan3DDiTFlowMatchingPipeline
    scheduler: Any  #: FlowMatchEulerDiscreteScheduler
    vae: Any  #: ShapeVAE
    denoiser: Any  #: Hunyuan3DDiT


def shape_modules() -> ShapeModules:
    """Import hy3dgen's shape model code (see the module docstring for why this way)."""
    import hy3dgen

    for name, parent in _PACKAGES:
        if name in sys.modules:
            continue  # already imported (for example, fully, on a machine with torchvision)
        spec = importlib.machinery.PathFinder.find_spec(name, sys.modules[parent].__path__)
        if spec is None:
            raise ImportError(f"{name} not found in hy3dgen {hy3dgen.__path__}")
        sys.modules[name] = importlib.util.module_from_spec(spec)
    pipelines = importlib.import_module("hy3dgen.shapegen.pipelines")
    schedulers = importlib.import_module("hy3dgen.shapegen.schedulers")
    autoencoders = importlib.import_module("hy3dgen.shapegen.models.autoencoders")
    denoisers = importlib.import_module("hy3dgen.shapegen.models.denoisers")
    return ShapeModules(
        pipelines.Hunyuan3DDiTFlowMatchingPipeline,
        schedulers.FlowMatchEulerDiscreteScheduler,
        autoencoders.ShapeVAE,
        denoisers.Hunyuan3DDiT,
    )


class DinoImageEncoder(torch.nn.Module):
    """hy3dgen's DinoImageEncoder: DINOv2 features of a [-1, 1] picture (keys ``model.*``)."""

    mean = (0.485, 0.456, 0.406)
    std = (0.229, 0.224, 0.225)

    def __init__(
        self,
        config: dict[str, Any] | None = None,
        image_size: int = 224,
        use_cls_token: bool = True,
        **_: Any,
    ) -> None:
        super().__init__()
        from transformers import Dinov2Config, Dinov2Model

        if config is None:
            # upstream would call from_pretrained(version): a download at run time
            raise ValueError(
                "the conditioner's config.yaml entry has no DINOv2 `config`; this engine "
                "loads the encoder only from the checkpoint, never from the Hub"
            )
        self.model = Dinov2Model(Dinov2Config.from_dict(config))
        self.model.eval()  # type: ignore[no-untyped-call]
        self.model.requires_grad_(False)
        self.image_size = image_size
        self.use_cls_token = use_cls_token
        self.num_patches = (image_size // 14) ** 2 + (1 if use_cls_token else 0)

    def forward(self, image: torch.Tensor, **_: Any) -> torch.Tensor:
        """(B, tokens, width) features of ``image`` (B, 3, H, W) in [-1, 1]."""
        parameter = next(self.model.parameters())
        image = ((image + 1.0) / 2.0).to(parameter.device, parameter.dtype)
        # torchvision Resize(size): the shorter side becomes ``image_size``, then CenterCrop
        height, width = image.shape[-2:]
        scale = self.image_size / min(height, width)
        size = (round(height * scale), round(width * scale))
        image = F.interpolate(image, size=size, mode="bilinear", antialias=True)
        top, left = (size[0] - self.image_size) // 2, (size[1] - self.image_size) // 2
        image = image[..., top : top + self.image_size, left : left + self.image_size]
        mean = torch.tensor(self.mean, device=image.device, dtype=image.dtype)[:, None, None]
        std = torch.tensor(self.std, device=image.device, dtype=image.dtype)[:, None, None]
        hidden: torch.Tensor = self.model((image - mean) / std).last_hidden_state
        return hidden if self.use_cls_token else hidden[:, 1:]

    def unconditional_embedding(self, batch_size: int, **_: Any) -> torch.Tensor:
        """Zeros shaped like the features: the "no picture" branch of guidance."""
        parameter = next(self.model.parameters())
        width = self.model.config.hidden_size
        return torch.zeros(
            batch_size, self.num_patches, width, device=parameter.device, dtype=parameter.dtype
        )


class SingleImageEncoder(torch.nn.Module):
    """hy3dgen's SingleImageEncoder with a DINOv2 main encoder (the v2-0 shape model's)."""

    def __init__(self, main_image_encoder: dict[str, Any]) -> None:
        super().__init__()
        kind = main_image_encoder.get("type")
        if kind != "DinoImageEncoder":
            raise ValueError(f"unsupported image encoder {kind!r} (expected DinoImageEncoder)")
        self.main_image_encoder = DinoImageEncoder(**main_image_encoder.get("kwargs", {}))

    def forward(self, image: torch.Tensor, **kwargs: Any) -> dict[str, torch.Tensor]:
        """The features the DiT attends to, under hy3dgen's key."""
        return {"main": self.main_image_encoder(image, **kwargs)}

    def unconditional_embedding(self, batch_size: int, **_: Any) -> dict[str, torch.Tensor]:
        """The unconditional features, under hy3dgen's key."""
        return {"main": self.main_image_encoder.unconditional_embedding(batch_size)}
