"""ModelsLab's upload routes beyond the 3D one: their request fields and their answers.

Each route names its file field differently and answers in its own shape; these are the
shapes ModelsLab's docs show (``docs/api.md``, "Uploads", says where they disagree and what
MeshForge does).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from meshforge.jobs.model import Job
from meshforge.modelslab.field_limits import Text, check_unicode
from meshforge.modelslab.requests import WireModel
from meshforge.modelslab.responses import file_url

#: the answer's wording on ModelsLab's image upload routes
IMAGE_UPLOADED = "image uploaded"
#: longest ``deploy_type`` (ModelsLab's are short words such as "text_to_3d")
MAX_DEPLOY_TYPE_CHARS = 64


def _lower(value: Any) -> Any:
    return value.strip().lower() if isinstance(value, str) else value


ImageType = Annotated[Literal["png", "jpeg", "jpg", "webp"], BeforeValidator(_lower)]
DeployType = Annotated[str, Field(max_length=MAX_DEPLOY_TYPE_CHARS), BeforeValidator(check_unicode)]


class GeneralUploadRequest(WireModel):
    """POST /api/v6/base64_to_url: an image, audio, video or 3D file."""

    # bounded by the body size limit here, and by max_upload_bytes once decoded
    base64_string: Text = Field(
        description="The file as a data URI (data:image/png;base64,...) or bare base64."
    )


class CropUploadRequest(WireModel):
    """POST /api/v3/base64_crop: an image, cut to its subject unless ``crop`` is false."""

    image: Text = Field(description="The image as a data URI or bare base64.")
    # compat: ModelsLab documents the strings "true"/"false"; booleans and "yes"/"no" pass too
    crop: bool = Field(default=True, description='"true" cuts the image to its subject.')


class EnterpriseUploadRequest(WireModel):
    """POST /api/v1/enterprise/upload_image."""

    base64_image: Text = Field(description="The image as bare base64 (a data URI works too).")
    image_type: ImageType | None = Field(
        default=None,
        description="png, jpeg or jpg (webp too); the file's own bytes decide how it is stored.",
    )
    # compat: names the ModelsLab server kind the upload is for; one MeshForge serves them all
    deploy_type: DeployType = "text_to_image"


def general_upload_body(job: Job, base: str) -> dict[str, Any]:
    """The answer of /api/v6/base64_to_url (the same as the 3D route's)."""
    return {"status": "success", "id": job.id, "output": [file_url(base, n) for n in job.files]}


def crop_upload_body(job: Job, base: str) -> dict[str, Any]:
    """The answer of /api/v3/base64_crop."""
    return {
        "status": "success",
        # compat: ModelsLab spells it "messege" here; "message" is added for everyone else
        "messege": IMAGE_UPLOADED,
        "message": IMAGE_UPLOADED,
        "link": file_url(base, job.files[0]),
        "request_id": job.id,
    }


def enterprise_upload_body(job: Job, base: str) -> dict[str, Any]:
    """The answer of /api/v1/enterprise/upload_image (``id`` is MeshForge's addition)."""
    return {
        "status": "success",
        "message": IMAGE_UPLOADED,
        "image_url": file_url(base, job.files[0]),
        "id": job.id,
    }
