"""Uploaded 3D files (base64_to_url): a data URI of an allowed format that really loads."""

from __future__ import annotations

import io

from meshforge.inputs.dataurl import decode_data_uri
from meshforge.inputs.errors import InputError

#: formats accepted for upload, by the extension in ``data:model/<ext>``
UPLOAD_FORMATS = ("glb", "obj", "stl", "ply")
_ALIASES = {"gltf-binary": "glb", "x-ply": "ply", "x-stl": "stl"}


class ModelFileValidator:
    """Decodes ``init_obj`` and checks that trimesh can load a non-empty model from it."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes

    def validate(self, init_obj: str) -> tuple[str, bytes]:
        """Return (extension, bytes) of a valid upload or raise InputError saying what is wrong."""
        uri = decode_data_uri(init_obj, field="init_obj", max_bytes=self.max_bytes)
        kind, _, subtype = uri.media_type.partition("/")
        extension = _ALIASES.get(subtype, subtype)
        if kind != "model" or extension not in UPLOAD_FORMATS:
            raise InputError(
                "init_obj: must be a data URI like data:model/obj;base64,... with one of the "
                f"formats {', '.join(UPLOAD_FORMATS)} (got {uri.media_type or 'no type'!r})"
            )
        if not uri.data:
            raise InputError("init_obj: the file is empty")
        check_model_loads(extension, uri.data, field="init_obj")
        return extension, uri.data


def check_model_loads(extension: str, data: bytes, *, field: str) -> None:
    """Raise InputError (naming ``field``) unless trimesh loads a non-empty ``extension`` model."""
    import trimesh  # the API process only needs the mesh stack for uploads

    try:
        loaded = trimesh.load(io.BytesIO(data), file_type=extension, force="scene")
    except Exception as exc:  # trimesh raises many types for malformed files
        raise InputError(f"{field}: is not a readable {extension} file") from exc
    geometry = getattr(loaded, "geometry", {})
    if not any(len(getattr(g, "vertices", ())) for g in geometry.values()):
        raise InputError(f"{field}: the {extension} file holds no geometry")
