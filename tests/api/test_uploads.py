"""ModelsLab's upload routes with the request shapes of its docs, and their URLs in image_to_3d.

The servers here refuse private URLs (as a deployed server does): an upload's URL, which
points at the server itself on 127.0.0.1, must still work in image_to_3d, because the server
reads the file from storage instead of fetching it over HTTP.
"""

from __future__ import annotations

import base64
import io
import math
import struct
import time
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import trimesh
from fastapi.testclient import TestClient
from PIL import Image, ImageDraw

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.serving import add_key, make_settings, wait_for

BASE = "http://127.0.0.1:8931"
GENERAL = "/api/v6/base64_to_url"
CROP = "/api/v3/base64_crop"
ENTERPRISE = "/api/v1/enterprise/upload_image"
OLD_OBJ = "/api/v6/obj/base64_to_url"
IMAGE_TO_3D = "/api/v6/3d/image_to_3d"
NO_FILE_OF_YOURS = "no file of yours is at this URL"


def settings_for(tmp_path: Path, **overrides: Any) -> Any:
    # the public URL is a private address, and private URLs are refused, as in production
    return make_settings(tmp_path, public_url=BASE, allow_private_urls=False, **overrides)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    """A server that accepts jobs without running them (upload checks only)."""
    runtime = build_runtime(settings_for(tmp_path), run_workers=False)
    with TestClient(create_app(runtime)) as test_client:
        yield test_client


@pytest.fixture
def alice(client: TestClient) -> str:
    return add_key(client, "alice")


def path_of(url: str) -> str:
    assert url.startswith(BASE + "/out/"), url
    return url.removeprefix(BASE)


def png_of(image: Image.Image, image_format: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=image_format)
    return buffer.getvalue()


def mug_picture() -> Image.Image:
    """A blue mug-like blob on a white backdrop, off centre (so a crop has work to do)."""
    image = Image.new("RGB", (320, 240), (255, 255, 255))
    ImageDraw.Draw(image).ellipse((40, 60, 140, 200), fill=(30, 90, 200))
    return image


def data_uri(media_type: str, data: bytes) -> str:
    return f"data:{media_type};base64," + base64.b64encode(data).decode()


def wav_bytes() -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        samples = (int(8000 * math.sin(i / 5)) for i in range(800))
        sound.writeframes(b"".join(struct.pack("<h", s) for s in samples))
    return buffer.getvalue()


def assert_error(response: Any, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == "error"
    for word in words:
        assert word in body["message"], body["message"]


# ---- the general /api/v6/base64_to_url -------------------------------------------------------


def test_general_upload_answers_as_modelslab_and_serves_the_same_bytes(
    client: TestClient, alice: str
) -> None:
    png = png_of(mug_picture())
    response = client.post(
        GENERAL, json={"key": alice, "base64_string": data_uri("image/png", png)}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"status", "id", "output"}
    assert body["status"] == "success" and isinstance(body["id"], int)
    (url,) = body["output"]
    assert url.endswith(".png")
    served = client.get(path_of(url))
    assert served.status_code == 200
    assert served.headers["content-type"] == "image/png"
    assert served.content == png


def mp4_header() -> bytes:
    """The start of an MP4 file: an ``ftyp`` box with the isom brand (recognised, not opened)."""
    return b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + bytes(64)


def obj_box() -> bytes:
    return str(trimesh.exchange.obj.export_obj(trimesh.creation.box())).encode()


def glb_sphere() -> bytes:
    return bytes(trimesh.creation.icosphere().export(file_type="glb"))


def jpeg_mug() -> bytes:
    return png_of(mug_picture(), "JPEG")


@pytest.mark.parametrize(
    ("claimed", "make", "extension", "content_type"),
    [
        ("audio/wav", wav_bytes, "wav", "audio/wav"),
        ("video/mp4", mp4_header, "mp4", "video/mp4"),
        ("model/obj", obj_box, "obj", "model/obj"),
        ("model/gltf-binary", glb_sphere, "glb", "model/gltf-binary"),
        ("image/jpeg", jpeg_mug, "jpg", "image/jpeg"),
    ],
)
def test_general_upload_takes_audio_video_3d_and_images(
    client: TestClient, alice: str, claimed: str, make: Any, extension: str, content_type: str
) -> None:
    data = make()
    body = client.post(GENERAL, json={"key": alice, "base64_string": data_uri(claimed, data)})
    assert body.status_code == 200, body.text
    url = body.json()["output"][0]
    assert url.endswith("." + extension)
    served = client.get(path_of(url))
    assert served.headers["content-type"] == content_type
    assert served.content == data


def test_the_bytes_decide_the_type_not_the_claim(client: TestClient, alice: str) -> None:
    jpeg = png_of(mug_picture(), "JPEG")
    # a JPEG claimed to be a PNG is kept as the JPEG it is; bare base64 works too
    for value in (data_uri("image/png", jpeg), base64.b64encode(jpeg).decode()):
        body = client.post(GENERAL, json={"key": alice, "base64_string": value}).json()
        assert body["output"][0].endswith(".jpg")
    page = b"<html><script>alert(1)</script></html>"
    response = client.post(
        GENERAL, json={"key": alice, "base64_string": data_uri("image/png", page)}
    )
    assert_error(response, 400, "base64_string", "PNG, JPEG or WebP", "MP4", "GLB")


def test_a_png_signature_on_a_broken_image_is_refused(client: TestClient, alice: str) -> None:
    broken = png_of(mug_picture())[:60]
    response = client.post(
        GENERAL, json={"key": alice, "base64_string": data_uri("image/png", broken)}
    )
    assert_error(response, 400, "base64_string", "damaged")


def test_uploads_over_5_mb_are_413_and_nothing_is_kept(client: TestClient, alice: str) -> None:
    big = b"\x89PNG\r\n\x1a\n" + bytes(5 * 1024 * 1024)
    response = client.post(
        GENERAL, json={"key": alice, "base64_string": data_uri("image/png", big)}
    )
    assert_error(response, 413, "base64_string", "larger than")
    listed = client.post("/api/v6/3d/jobs", json={"key": alice}).json()
    assert listed["data"] == []


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({}, ["base64_string"]),
        ({"base64_string": ""}, ["base64_string", "empty"]),
        ({"base64_string": "https://example.com/a.png"}, ["base64_string", "not a URL"]),
        ({"base64_string": "data:image/png;base64,@@@@"}, ["base64_string", "base64"]),
    ],
)
def test_general_upload_errors_name_the_field(
    client: TestClient, alice: str, body: dict[str, Any], words: list[str]
) -> None:
    assert_error(client.post(GENERAL, json={"key": alice, **body}), 400, *words)


@pytest.mark.parametrize("path", [GENERAL, CROP, ENTERPRISE, OLD_OBJ])
def test_every_upload_route_needs_a_key(client: TestClient, path: str) -> None:
    png = data_uri("image/png", png_of(mug_picture()))
    body = {"base64_string": png, "image": png, "base64_image": png, "init_obj": png}
    assert_error(client.post(path, json={"key": "wrong", **body}), 401)


# ---- /api/v3/base64_crop and /api/v1/enterprise/upload_image ----------------------------------


def test_base64_crop_answers_with_link_and_cuts_the_image_to_its_subject(
    client: TestClient, alice: str
) -> None:
    png = png_of(mug_picture())
    response = client.post(
        CROP, json={"key": alice, "image": data_uri("image/png", png), "crop": "true"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "success"
    assert body["messege"] == body["message"] == "image uploaded"
    assert isinstance(body["request_id"], int)
    cropped = Image.open(io.BytesIO(client.get(path_of(body["link"])).content))
    # the 101 x 141 px ellipse plus a margin of 4 % of 320 px on each side, instead of 320 x 240
    assert cropped.size == (101 + 2 * 13, 141 + 2 * 13)
    pixels = np.asarray(cropped.convert("RGB"))
    assert (pixels[cropped.height // 2, cropped.width // 2] == (30, 90, 200)).all()


def test_base64_crop_false_keeps_the_image_as_sent(client: TestClient, alice: str) -> None:
    jpeg = png_of(mug_picture(), "JPEG")
    body = client.post(
        CROP, json={"key": alice, "image": data_uri("image/jpeg", jpeg), "crop": "false"}
    ).json()
    assert body["link"].endswith(".jpg")
    assert client.get(path_of(body["link"])).content == jpeg


def test_base64_crop_takes_images_only(client: TestClient, alice: str) -> None:
    response = client.post(CROP, json={"key": alice, "image": data_uri("audio/wav", wav_bytes())})
    assert_error(response, 400, "image", "wav", "PNG, JPEG or WebP")


def test_enterprise_upload_image_takes_bare_base64_and_answers_image_url(
    client: TestClient, alice: str
) -> None:
    png = png_of(mug_picture())
    body = client.post(
        ENTERPRISE,
        json={
            "key": alice,
            "base64_image": base64.b64encode(png).decode(),
            "image_type": "png",
            "deploy_type": "text_to_3d",
        },
    ).json()
    assert body["status"] == "success" and body["message"] == "image uploaded"
    assert client.get(path_of(body["image_url"])).content == png


def test_enterprise_upload_image_refuses_an_unknown_image_type(
    client: TestClient, alice: str
) -> None:
    png = base64.b64encode(png_of(mug_picture())).decode()
    response = client.post(
        ENTERPRISE, json={"key": alice, "base64_image": png, "image_type": "gif"}
    )
    assert_error(response, 400, "image_type")


def test_the_old_obj_path_serves_the_3d_upload_with_the_samples_space(
    client: TestClient, alice: str
) -> None:
    obj = trimesh.exchange.obj.export_obj(trimesh.creation.box()).encode()
    # compat: the old samples put a space after the comma
    init_obj = "data:model/obj;base64, " + base64.b64encode(obj).decode()
    body = client.post(OLD_OBJ, json={"key": alice, "init_obj": init_obj}).json()
    assert body["status"] == "success"
    assert client.get(path_of(body["output"][0])).content == obj


# ---- upload URLs in image_to_3d ---------------------------------------------------------------


def upload_png(client: TestClient, key: str) -> str:
    png = data_uri("image/png", png_of(mug_picture()))
    response = client.post(GENERAL, json={"key": key, "base64_string": png})
    assert response.status_code == 200, response.text
    return str(response.json()["output"][0])


def test_an_upload_url_is_read_from_storage_not_fetched(client: TestClient, alice: str) -> None:
    url = upload_png(client, alice)
    accepted = client.post(IMAGE_TO_3D, json={"key": alice, "init_image": url})
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["meta"]["image"] == url
    # any other URL on the same private address goes through the SSRF guard, which refuses it
    elsewhere = client.post(IMAGE_TO_3D, json={"key": alice, "init_image": BASE + "/healthz"})
    assert_error(elsewhere, 400, "init_image")
    assert NO_FILE_OF_YOURS not in elsewhere.json()["message"]


def test_key_b_cannot_use_key_a_upload_and_learns_nothing(client: TestClient, alice: str) -> None:
    bob = add_key(client, "bob")
    url = upload_png(client, alice)
    foreign = client.post(IMAGE_TO_3D, json={"key": bob, "image": url})
    missing = client.post(IMAGE_TO_3D, json={"key": bob, "image": url.replace(".png", "0.png")})
    assert_error(foreign, 400, "image", NO_FILE_OF_YOURS)
    assert foreign.json() == missing.json()
    assert client.post("/api/v6/3d/jobs", json={"key": bob}).json()["data"] == []


def test_an_expired_upload_is_refused_on_read_and_then_swept(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, temp_retention_s=1.0, cleanup_interval_s=3600)
    runtime = build_runtime(settings)
    with TestClient(create_app(runtime)) as client:
        key = add_key(client)
        url = upload_png(client, key)
        name = url.rsplit("/", 1)[-1]
        time.sleep(1.1)
        # expired on read, before any sweep has run
        assert client.get(path_of(url)).status_code == 404
        response = client.post(IMAGE_TO_3D, json={"key": key, "init_image": url})
        assert_error(response, 400, NO_FILE_OF_YOURS)
        assert runtime.storage.has_output(name)
        assert runtime.retention is not None
        assert runtime.retention.sweep() == 1
        assert not runtime.storage.has_output(name)


def test_a_deleted_upload_cannot_be_used(client: TestClient, alice: str) -> None:
    png = data_uri("image/png", png_of(mug_picture()))
    upload = client.post(GENERAL, json={"key": alice, "base64_string": png}).json()
    deleted = client.post(
        "/api/v3/delete_image", json={"key": alice, "request_id": upload["id"], "type": "3d"}
    )
    assert deleted.status_code == 200
    assert client.get(path_of(upload["output"][0])).status_code == 404
    response = client.post(IMAGE_TO_3D, json={"key": alice, "init_image": upload["output"][0]})
    assert_error(response, 400, NO_FILE_OF_YOURS)


def test_an_uploaded_image_url_makes_a_model_on_a_server_refusing_private_urls(
    tmp_path: Path,
) -> None:
    with TestClient(create_app(build_runtime(settings_for(tmp_path)))) as client:
        key = add_key(client)
        image = Image.new("RGBA", (256, 256), (0, 0, 0, 0))
        ImageDraw.Draw(image).ellipse((48, 28, 208, 228), fill=(200, 60, 40, 255))
        link = client.post(
            CROP, json={"key": key, "image": data_uri("image/png", png_of(image))}
        ).json()["link"]
        created = client.post(IMAGE_TO_3D, json={"key": key, "init_image": link}).json()
        assert created["status"] == "processing", created
        done = wait_for(client, created["id"], key, timeout_s=90)
        assert done["status"] == "success", done
        model = client.get(path_of(done["output"][0])).content
    mesh = trimesh.load(io.BytesIO(model), file_type="glb", force="mesh")
    assert len(mesh.faces) > 100
    # an egg-shaped picture makes a body taller than it is wide
    assert mesh.extents[1] > mesh.extents[0]


def test_the_schema_documents_the_upload_routes_but_not_the_old_obj_path(
    client: TestClient,
) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {GENERAL, CROP, ENTERPRISE} <= set(paths)
    assert OLD_OBJ not in paths
    assert "422" not in paths[GENERAL]["post"]["responses"]


def test_upload_urls_are_read_from_an_s3_bucket_too(tmp_path: Path) -> None:
    """With S3 storage serving by presigned redirects, the file is read from the bucket."""
    from support.s3server import ACCESS_KEY_ID, SECRET_ACCESS_KEY, moto_server, new_bucket

    with moto_server() as endpoint:
        settings = settings_for(
            tmp_path,
            storage_url=f"s3://{new_bucket(endpoint)}/mf",
            s3_endpoint_url=endpoint,
            s3_access_key_id=ACCESS_KEY_ID,
            s3_secret_access_key=SECRET_ACCESS_KEY,
            s3_serve="presigned",
        )
        runtime = build_runtime(settings, run_workers=False)
        with TestClient(create_app(runtime)) as client:
            alice, bob = add_key(client, "alice"), add_key(client, "bob")
            url = upload_png(client, alice)
            accepted = client.post(IMAGE_TO_3D, json={"key": alice, "init_image": url})
            assert accepted.status_code == 200, accepted.text
            foreign = client.post(IMAGE_TO_3D, json={"key": bob, "init_image": url})
            assert_error(foreign, 400, NO_FILE_OF_YOURS)
