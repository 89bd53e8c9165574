"""Request bodies as ModelsLab clients send them: strings for numbers, nulls, unknown fields.

Every free-form field is bounded before anything is stored: by a static bound where it belongs
to the wire contract (a key, a ``model_id``, an id, a page), else by a ``field_limits`` type
whose limit is a setting (prompt, URLs, ``track_id``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    model_validator,
)

from meshforge.modelslab.field_limits import (
    ImageText,
    PromptText,
    Text,
    TrackId,
    UrlText,
    check_unicode,
    is_unicode,
)

OUTPUT_FORMATS = ("glb", "obj", "stl", "ply", "usdz", "3mf")

#: the range of ``face_limit``: below 500 triangles models lose their shape, above 500k
#: they are larger than any engine here makes
FACE_LIMIT_MIN, FACE_LIMIT_MAX = 500, 500_000

#: longest API key accepted in a body (generated keys are 46 characters)
MAX_KEY_CHARS = 256
#: longest ``model_id`` (engine names and their aliases are short words)
MAX_MODEL_ID_CHARS = 64
#: longest ``type`` of the account endpoints (the only valid one is "3d")
MAX_TYPE_CHARS = 16
#: longest job id sent as a string (2**63 - 1 has 19 digits; room for spaces and ".0")
MAX_ID_CHARS = 64
#: highest page of a listing: far past any real history, and (page - 1) * per_page stays a
#: 64-bit offset
MAX_PAGE = 1_000_000


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


def _job_id(value: Any) -> int | str:
    # compat: ids arrive as ints, numeric strings, or floats printed by a client ("123.0");
    # an int of any size passes here and is range-checked where it is used ("not found")
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and len(value) <= MAX_ID_CHARS and is_unicode(value):
        return value
    raise ValueError(
        f"must be a job id, an integer or a numeric string of at most {MAX_ID_CHARS} characters"
    )


YesNo = Annotated[bool, BeforeValidator(_yes_no)]
OutputFormat = Annotated[
    Literal["glb", "obj", "stl", "ply", "usdz", "3mf"], BeforeValidator(_lower)
]
# Bounded texts keep max_length inside the type: set on an optional field, pydantic would
# check it after the validator, with a vaguer message ("Value should have at most ... items").
KeyText = Annotated[str, Field(max_length=MAX_KEY_CHARS), BeforeValidator(check_unicode)]
ModelIdText = Annotated[str, Field(max_length=MAX_MODEL_ID_CHARS), BeforeValidator(check_unicode)]
TypeText = Annotated[str, Field(max_length=MAX_TYPE_CHARS), BeforeValidator(check_unicode)]
#: a job id: an int or a short string, read (or reported not found) by the route
JobId = Annotated[
    int | str,
    PlainValidator(
        _job_id, json_schema_input_type=int | Annotated[str, Field(max_length=MAX_ID_CHARS)]
    ),
]


class WireModel(BaseModel):
    """Base of every request: unknown fields ignored, nulls mean "use the default"."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    key: KeyText | None = Field(default=None, description="Your API key (or send a `key` header).")

    @model_validator(mode="before")
    @classmethod
    def _nulls_are_defaults(cls, data: Any) -> Any:
        return _drop_nulls(data)


class GenerationFields(WireModel):
    """Fields shared by text_to_3d and image_to_3d.

    Fields not named here are kept aside (``model_extra``) for the engine's own declared
    parameters to pick theirs from; the rest are ignored, never stored.
    """

    model_config = ConfigDict(extra="allow", str_strip_whitespace=False)

    output_format: OutputFormat = Field(
        default="glb",
        description="glb, obj, stl, ply, usdz (AR, iOS Quick Look) or 3mf (printing).",
    )
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
    # compat: Tripo calls it face_limit, Meshy target_polycount; both are an upper bound
    face_limit: int | None = Field(
        default=None,
        ge=FACE_LIMIT_MIN,
        le=FACE_LIMIT_MAX,
        validation_alias=AliasChoices("face_limit", "target_polycount"),
        description=(
            "At most this many triangles in the model (MeshForge; also read as "
            "target_polycount). Larger models are decimated to 95-100 % of it; smaller "
            "ones are left as they are. Default: the engine's own count."
        ),
    )
    webhook: UrlText | None = Field(
        default=None, description="URL to POST the result to (4096 characters by default)."
    )
    track_id: TrackId = Field(
        default=None,
        description="Any JSON, echoed unchanged (1024 bytes and 8 levels deep by default).",
    )
    model_id: ModelIdText | None = None


class TextTo3DRequest(GenerationFields):
    """POST /api/v6/3d/text_to_3d."""

    prompt: PromptText = Field(
        min_length=1, description="What to make (2000 characters by default)."
    )
    negative_prompt: PromptText = ""
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

    init_image: ImageText | None = Field(
        default=None, description="http(s) URL, data URI or raw base64 of the image."
    )
    # compat: the py, JS and Dart SDKs still send the pre-2025-11 name `image`
    image: ImageText | None = Field(default=None, description="Older name of init_image.")
    multi_image: bool = False
    resolution: int = Field(default=256, ge=32, le=512)
    ss_sampling_steps: int = Field(default=12, ge=1, le=50)
    slat_sampling_steps: int = Field(default=12, ge=1, le=50)
    prompt: PromptText = ""
    negative_prompt: PromptText = ""

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
    request_id: JobId | None = None
    id: JobId | None = None


class Base64ToUrlRequest(WireModel):
    """POST /api/v6/3d/base64_to_url."""

    # bounded by the body size limit here, and by max_upload_bytes once decoded
    init_obj: Text = Field(description="data:model/<ext>;base64,<data>")


class KeyOnlyRequest(WireModel):
    """Endpoints that take nothing but the key."""


class ListRequest(WireModel):
    """A page of the caller's jobs."""

    page: int = Field(default=1, ge=1, le=MAX_PAGE)
    per_page: int = Field(default=10, ge=1, le=30)


class AssetsRequest(ListRequest):
    """POST /api/v6/assets_generated."""

    type: TypeText = "3d"


class DeleteRequest(WireModel):
    """POST /api/v3/delete_image."""

    request_id: JobId
    type: TypeText = "3d"
