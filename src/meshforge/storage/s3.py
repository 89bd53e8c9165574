"""S3Storage: outputs and inputs in an S3-compatible bucket (AWS, MinIO, R2, Ceph), via boto3.

Engines still write into a *local* staging directory; ``publish`` uploads from it. Each PutObject
is atomic (an object is either absent or complete), and the main file goes last, so a
``future_links`` URL answers 404 until every file of the model is there. Bucket layout:
``<prefix>/out/<name>`` for outputs (what "public" serving exposes) and ``<prefix>/inputs/<name>``
for inputs, which are never served.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit

from meshforge.errors import StorageUnavailable
from meshforge.storage.base import Download, content_type, is_safe_name
from meshforge.storage.s3_clients import BotoCoreError, ClientError, S3Clients, is_missing
from meshforge.storage.staging import LocalStaging

ServeMode = Literal["proxy", "presigned", "public"]
_SERVE_MODES = ("proxy", "presigned", "public")

#: DeleteObjects takes at most this many keys per request
_DELETE_BATCH = 1000
#: size of the pieces a proxied download is streamed in: small enough to start sending at once
_CHUNK_BYTES = 256 * 1024
#: same caching as files served from a local directory at /out, so a CDN treats both alike
_OUTPUT_CACHE_CONTROL = "public, max-age=3600"


def _stream(body: Any) -> Iterator[bytes]:
    """The object's bytes piece by piece; the connection goes back to the pool at the end."""
    try:
        yield from body.iter_chunks(_CHUNK_BYTES)
    finally:
        body.close()


class S3Storage(LocalStaging):
    """Files in ``bucket`` under ``prefix``; staging is a local directory under ``staging_root``."""

    def __init__(
        self,
        bucket: str,
        prefix: str,
        staging_root: Path,
        *,
        endpoint_url: str | None = None,
        region: str = "us-east-1",
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        serve: ServeMode = "proxy",
        public_url: str | None = None,
        presign_expiry_s: int = 3600,
    ) -> None:
        if serve not in _SERVE_MODES:
            raise ValueError(f"MESHFORGE_S3_SERVE={serve!r}: expected one of {_SERVE_MODES}")
        if serve == "public" and not public_url:
            raise ValueError(
                "MESHFORGE_S3_SERVE=public needs MESHFORGE_S3_PUBLIC_URL, the public base URL "
                f"of the objects under s3://{bucket}/{prefix + '/' if prefix else ''}out/"
            )
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        self.serve: ServeMode = serve
        self.public_url = public_url.rstrip("/") if public_url else None
        self.presign_expiry_s = presign_expiry_s
        self.endpoint_url = endpoint_url
        self._region = region
        self._clients = S3Clients(
            endpoint_url=endpoint_url,
            region=region,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
        )
        self.staging_dir = staging_root.resolve()
        self.staging_dir.mkdir(parents=True, exist_ok=True)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        staging_root: Path,
        endpoint_url: str | None = None,
        region: str = "us-east-1",
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        serve: ServeMode = "proxy",
        public_url: str | None = None,
        presign_expiry_s: int = 3600,
    ) -> S3Storage:
        """Storage for ``s3://bucket/optional/prefix`` (the ``MESHFORGE_STORAGE_URL`` form)."""
        parts = urlsplit(url)
        if parts.scheme != "s3":
            raise ValueError(f"{url!r} is not an S3 URL; expected s3://bucket/prefix")
        if not parts.netloc:
            raise ValueError(
                f"MESHFORGE_STORAGE_URL={url!r} names no bucket; expected s3://bucket/prefix"
            )
        if "@" in parts.netloc or ":" in parts.netloc:
            raise ValueError(
                f"MESHFORGE_STORAGE_URL={url!r}: put credentials and the endpoint in "
                "MESHFORGE_S3_ACCESS_KEY_ID, MESHFORGE_S3_SECRET_ACCESS_KEY and "
                "MESHFORGE_S3_ENDPOINT_URL, not in the URL"
            )
        return cls(
            parts.netloc,
            parts.path.strip("/"),
            staging_root,
            endpoint_url=endpoint_url,
            region=region,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
            serve=serve,
            public_url=public_url,
            presign_expiry_s=presign_expiry_s,
        )

    # ---- clients ----------------------------------------------------------------------------

    @property
    def _client(self) -> Any:
        return self._clients.get()

    @property
    def _quick(self) -> Any:
        return self._clients.get(quick=True)

    @contextlib.contextmanager
    def _answering(self, doing: str) -> Iterator[None]:
        """Raise the bucket being unreachable as StorageUnavailable (503 with Retry-After)."""
        try:
            yield
        except BotoCoreError as exc:
            where = f"S3 bucket {self.bucket!r} at {self.endpoint_url or 'AWS ' + self._region}"
            raise StorageUnavailable(
                f"The file storage ({where}) is not answering: could not {doing} ({exc})."
            ) from exc

    # ---- keys -------------------------------------------------------------------------------

    def _key(self, area: str, name: str) -> str:
        if not is_safe_name(name):
            raise ValueError(f"unsafe file name {name!r}")
        return f"{self.prefix}/{area}/{name}" if self.prefix else f"{area}/{name}"

    def output_key(self, name: str) -> str:
        """The object key of the output ``name`` (ValueError if the name is unsafe)."""
        return self._key("out", name)

    def input_key(self, name: str) -> str:
        """The object key of the input ``name`` (ValueError if the name is unsafe)."""
        return self._key("inputs", name)

    def _exists(self, key: str) -> bool:
        try:
            with self._answering("look up a file"):
                self._quick.head_object(Bucket=self.bucket, Key=key)
        except ClientError as exc:
            if is_missing(exc):
                return False
            raise
        return True

    def _put(self, key: str, body: Any, name: str, *, public: bool) -> None:
        extra = {"CacheControl": _OUTPUT_CACHE_CONTROL} if public else {}
        self._client.put_object(
            Bucket=self.bucket, Key=key, Body=body, ContentType=content_type(name), **extra
        )

    def _delete(self, keys: list[str]) -> None:
        for start in range(0, len(keys), _DELETE_BATCH):
            batch = keys[start : start + _DELETE_BATCH]
            answer = self._client.delete_objects(
                Bucket=self.bucket,
                Delete={"Objects": [{"Key": key} for key in batch], "Quiet": True},
            )
            # S3 reports per-key failures in a 200 answer; raising lets the sweep try again later
            if errors := answer.get("Errors"):
                detail = ", ".join(f"{e.get('Key')}: {e.get('Code')}" for e in errors[:5])
                raise OSError(
                    f"could not delete {len(errors)} object(s) from {self.bucket}: {detail}"
                )

    # ---- outputs ----------------------------------------------------------------------------

    def has_output(self, name: str) -> bool:
        """True once the output ``name`` is published (a HEAD request)."""
        return is_safe_name(name) and self._exists(self.output_key(name))

    def download(self, name: str) -> Download | None:
        """Stream the object, or redirect to a presigned or public URL, as ``serve`` says."""
        if not is_safe_name(name):
            return None
        key = self.output_key(name)
        if self.serve == "proxy":
            # one GET tells existence, size and body at once, so the length always matches
            try:
                with self._answering("read a file"):
                    answer = self._quick.get_object(Bucket=self.bucket, Key=key)
            except ClientError as exc:
                if is_missing(exc):
                    return None
                raise
            return Download(chunks=_stream(answer["Body"]), size=int(answer["ContentLength"]))
        # a redirect to a missing object would turn the API's 404 into the bucket's 403 or 404
        if not self._exists(key):
            return None
        if self.serve == "public":
            return Download(redirect_url=f"{self.public_url}/out/{name}")
        url = self._client.generate_presigned_url(
            "get_object",
            Params={"Bucket": self.bucket, "Key": key},
            ExpiresIn=self.presign_expiry_s,
        )
        return Download(redirect_url=str(url))

    def publish(self, staging: Path, names: list[str]) -> list[str]:
        """Upload staged files (companions first, main file last), then remove ``staging``."""
        if not names:
            raise ValueError("nothing to publish")
        # check every name before the first upload, so a refused job leaves nothing behind
        keys = {name: self.output_key(name) for name in names}
        for name in [*names[1:], names[0]]:
            with (staging / name).open("rb") as body, self._answering("store a file"):
                self._put(keys[name], body, name, public=True)
        shutil.rmtree(staging, ignore_errors=True)
        return names

    def delete_outputs(self, names: list[str]) -> None:
        """Remove published outputs; missing ones (and unsafe names) are ignored."""
        self._delete([self.output_key(name) for name in names if is_safe_name(name)])

    def save_output(self, name: str, data: bytes) -> None:
        """Store a public file whole (base64_to_url uploads)."""
        with self._answering("store a file"):
            self._put(self.output_key(name), data, name, public=True)

    # ---- inputs -----------------------------------------------------------------------------

    def save_input(self, name: str, data: bytes) -> None:
        """Store a job's input file whole."""
        with self._answering("store an input file"):
            self._put(self.input_key(name), data, name, public=False)

    def read_input(self, name: str) -> bytes:
        """Read a stored input file (FileNotFoundError if it is not there)."""
        return self._read(self.input_key(name))

    def read_output(self, name: str) -> bytes:
        """Read a published output (FileNotFoundError if it is not there)."""
        return self._read(self.output_key(name))

    def _read(self, key: str) -> bytes:
        try:
            with self._answering("read a file"):
                answer = self._client.get_object(Bucket=self.bucket, Key=key)
                with answer["Body"] as body:
                    return cast(bytes, body.read())
        except ClientError as exc:
            if is_missing(exc):
                raise FileNotFoundError(f"s3://{self.bucket}/{key}") from exc
            raise

    def delete_input(self, name: str) -> None:
        """Remove a stored input; a missing one (or an unsafe name) is ignored."""
        if is_safe_name(name):
            self._delete([self.input_key(name)])

    # ---- readiness --------------------------------------------------------------------------

    def ping(self) -> None:
        """Raise OSError naming the bucket and endpoint if the bucket cannot be reached."""
        where = f"S3 bucket {self.bucket!r} at {self.endpoint_url or 'AWS ' + self._region}"
        try:
            self._clients.get(probe=True).head_bucket(Bucket=self.bucket)
        except ClientError as exc:
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            reason = {
                404: "the bucket does not exist",
                403: "access denied (check MESHFORGE_S3_ACCESS_KEY_ID and the bucket policy)",
            }.get(status, str(exc))
            raise OSError(f"{where} is not usable: {reason}") from exc
        except BotoCoreError as exc:
            raise OSError(f"{where} is not reachable: {exc}") from exc
