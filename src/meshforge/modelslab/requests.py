"""Request bodies as ModelsLab clients send them: strings for numbers, nulls, unknown fields."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

OUTPUT_FORMATS = ("glb", "obj", "stl", "ply")


def _drop_nulls(data: Any) -> Any:
    # compat: the Dart SDK and the docs' examples send every optional field, null meaning default
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if v is not None}
    return data


def _yes_no(value: Any) -> Any:
    # compat: temp is "yes"/"no" in the 3D docs, a bool in the Go SDK and other endpoints
    if isinstance(value, str) and value.strip().lower() in ("yes", "no"):
        return value.strip().lower() == "yes"
    return value


def _lower(value: Any) -> Any:
    return value.strip().lower() if isinstance(value, str) else value


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


YesNo = Annotated[bool, BeforeValidator(_yes_no)]
OutputFormat = Annotated[Literal["glb", "obj", "stl", "ply"], BeforeValidator(_lower)]


class WireModel(BaseModel):
    """Base of every request: unknown fields ignored, nulls mean "use the default"."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    key: str | None = Field(default=None, description="Your API key (or send a `key` header).")

    @model_validator(mode="before")
    @classmethod
    def _nulls_are_defaults(cls, data: Any) -> Any:
        return _drop_nulls(data)


class GenerationFields(WireModel):
    """Fields shared by text_to_3d and image_to_3d."""

    output_format: OutputFormat = Field(default="glb", description="glb, obj, stl or ply.")
    render: bool = Field(default=False, description="Also render a turntable preview.")
    remove_bg: bool = False
    foreground_ratio: float = Field(default=0.85, ge=0.5, le=1.0)
    mesh_simplify: float = Field(default=0.90, ge=0.90, le=0.98)
    chunk_size: int = Field(default=8192, ge=1, le=12000)
    seed: int = Field(default=0, ge=0, le=2**32 - 1, description="0 picks a random seed.")
    temp: YesNo = Field(default=False, description='"yes" keeps outputs for 24 hours only.')
    ss_guidance_strength: float = Field(default=7.5, ge=0.0, le=10.0)
    slat_guidance_strength: float = Field(default=3.0, ge=0.0, le=10.0)
    texture_size: int = Field(default=1024, ge=256, le=2048)
    webhook: Annotated[str, BeforeValidator(_strip)] | None = None
    track_id: Any = None
    model_id: str | None = None


class TextTo3DRequest(GenerationFields):
    """POST /api/v6/3d/text_to_3d."""

    prompt: str = Field(min_length=1, max_length=2000, description="What to make.")
    negative_prompt: str = Field(default="", max_length=2000)
    resolution: int = Field(default=512, ge=32, le=512)
    guidance_scale: float = Field(default=3.0, ge=0.0, le=30.0)
    num_inference_steps: int = Field(default=30, ge=1, le=150)
    ss_sampling_steps: int = Field(default=50, ge=1, le=50)
    slat_sampling_steps: int = Field(default=50, ge=1, le=50)

    @model_validator(mode="after")
    def _prompt_has_text(self) -> TextTo3DRequest:
        if not self.prompt.strip():
            raise ValueError("prompt: must not be empty")
        return self


class ImageTo3DRequest(GenerationFields):
    """POST /api/v6/3d/image_to_3d."""

    init_image: str | None = Field(
        default=None, description="http(s) URL, data URI or raw base64 of the image."
    )
    # compat: the py, JS and Dart SDKs still send the pre-2025-11 name `image`
    image: str | None = Field(default=None, description="Older name of init_image.")
    multi_image: bool = False
    resolution: int = Field(default=256, ge=32, le=512)
    ss_sampling_steps: int = Field(default=12, ge=1, le=50)
    slat_sampling_steps: int = Field(default=12, ge=1, le=50)
    prompt: str = ""
    negative_prompt: str = ""

    @property
    def source(self) -> tuple[str, str]:
        """The field that carried the image and its value."""
        if self.init_image:
            return "init_image", self.init_image
        if self.image:
            return "image", self.image
        raise ValueError("init_image: is required (an image URL, data URI or base64 string)")


class FetchRequest(WireModel):
    """POST /api/v6/3d/fetch/{id}, or /fetch with the id in the body."""

    # compat: third-party clients send request_id; the images API documents it
    request_id: int | str | None = None
    id: int | str | None = None


class Base64ToUrlRequest(WireModel):
    """POST /api/v6/3d/base64_to_url."""

    init_obj: str = Field(description="data:model/<ext>;base64,<data>")


class KeyOnlyRequest(WireModel):
    """Endpoints that take nothing but the key."""


class ListRequest(WireModel):
    """A page of the caller's jobs."""

    page: int = Field(default=1, ge=1)
    per_page: int = Field(default=10, ge=1, le=30)


class AssetsRequest(ListRequest):
    """POST /api/v6/assets_generated."""

    type: str = "3d"


class DeleteRequest(WireModel):
    """POST /api/v3/delete_image."""

    request_id: int | str
    type: str = "3d"
