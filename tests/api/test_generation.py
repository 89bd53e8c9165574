"""Jobs run to the end through the real engines: results, files, formats, future_links."""

from __future__ import annotations

import base64
import io

import numpy as np
import pytest
import trimesh
from fastapi.testclient import TestClient
from PIL import Image, ImageDraw

from support.serving import wait_for

BASE = "http://testserver"


def download(client: TestClient, url: str) -> bytes:
    response = client.get(url.removeprefix(BASE))
    assert response.status_code == 200, url
    return response.content


def star_png() -> bytes:
    """A yellow five-pointed star with a red dot on a transparent background."""
    image = Image.new("RGBA", (256, 256), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    angles = np.linspace(-np.pi / 2, 1.5 * np.pi, 11)[:-1]
    radii = np.where(np.arange(10) % 2 == 0, 110, 45)
    points = [
        (128 + r * np.cos(a), 128 + r * np.sin(a)) for r, a in zip(radii, angles, strict=True)
    ]
    draw.polygon(points, fill=(250, 200, 20, 255))
    draw.ellipse((113, 113, 143, 143), fill=(200, 30, 30, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_text_to_3d_reaches_success_with_a_textured_glb(server: TestClient, key: str) -> None:
    created = server.post(
        "/api/v6/3d/text_to_3d", json={"key": key, "prompt": "a red chair", "resolution": 128}
    ).json()
    done = wait_for(server, created["id"], key)
    assert done["status"] == "success", done
    assert "future_links" not in done
    assert done["output"] == created["future_links"]
    assert done["proxy_links"] == done["output"]
    assert done["generationTime"] > 0
    assert done["meta"]["seed"] == created["meta"]["seed"]
    assert done["meta"]["template"] == "chair"
    url = done["output"][0]
    head = server.head(url.removeprefix(BASE))
    assert head.status_code == 200
    assert head.headers["content-type"] == "model/gltf-binary"
    scene = trimesh.load(io.BytesIO(download(server, url)), file_type="glb", force="scene")
    meshes = list(scene.geometry.values())
    assert sum(len(m.faces) for m in meshes) > 0
    material = meshes[0].visual.material
    assert material.baseColorTexture is not None


def test_same_prompt_and_seed_give_the_same_file(server: TestClient, key: str) -> None:
    payload = {"key": key, "prompt": "a blue vase", "seed": 7, "resolution": 128}
    first = wait_for(server, server.post("/api/v6/3d/text_to_3d", json=payload).json()["id"], key)
    second = wait_for(server, server.post("/api/v6/3d/text_to_3d", json=payload).json()["id"], key)
    assert download(server, first["output"][0]) == download(server, second["output"][0])


@pytest.mark.parametrize("field", ["init_image", "image"])
def test_image_to_3d_from_a_data_uri_gives_a_textured_model(
    server: TestClient, key: str, field: str
) -> None:
    data_uri = "data:image/png;base64," + base64.b64encode(star_png()).decode()
    created = server.post("/api/v6/3d/image_to_3d", json={"key": key, field: data_uri})
    assert created.status_code == 200, created.text
    assert created.json()["meta"]["image"] == "uploaded image"
    done = wait_for(server, created.json()["id"], key)
    assert done["status"] == "success", done
    assert done["meta"]["mask_method"] == "alpha"
    mesh = trimesh.load(
        io.BytesIO(download(server, done["output"][0])), file_type="glb", force="mesh"
    )
    assert len(mesh.faces) > 0
    assert mesh.visual.material.baseColorTexture is not None


def test_image_to_3d_from_raw_base64(server: TestClient, key: str) -> None:
    raw = base64.b64encode(star_png()).decode()
    created = server.post("/api/v6/3d/image_to_3d", json={"key": key, "init_image": raw}).json()
    assert wait_for(server, created["id"], key)["status"] == "success"


@pytest.mark.parametrize("fmt", ["glb", "obj", "stl", "ply"])
def test_every_output_format_reloads(server: TestClient, key: str, fmt: str) -> None:
    created = server.post(
        "/api/v6/3d/text_to_3d",
        json={"key": key, "prompt": "a snowman", "output_format": fmt, "resolution": 128},
    ).json()
    assert created["future_links"][0].endswith(f".{fmt}")
    done = wait_for(server, created["id"], key)
    assert done["status"] == "success", done
    data = download(server, done["output"][0])
    mesh = trimesh.load(io.BytesIO(data), file_type=fmt, force="mesh")
    assert len(mesh.faces) > 0
    if fmt == "stl":
        assert mesh.is_watertight
    if fmt == "ply":
        colors = np.asarray(mesh.visual.vertex_colors)
        assert len(np.unique(colors[:, :3], axis=0)) > 1
    if fmt == "obj":
        names = [url.rsplit("/", 1)[1] for url in done["extra_assets"]]
        stem = done["meta"]["file_prefix"]
        assert f"{stem}.mtl" in names
        for url in done["extra_assets"]:
            download(server, url)
        assert f"mtllib {stem}.mtl" in data.decode()


def test_upload_base64_to_url(server: TestClient, key: str) -> None:
    box = trimesh.creation.box()
    obj_text = trimesh.exchange.obj.export_obj(box)
    payload = base64.b64encode(obj_text.encode()).decode()
    for init_obj in (f"data:model/obj;base64,{payload}", f"data:model/obj;base64, {payload}"):
        body = server.post("/api/v6/3d/base64_to_url", json={"key": key, "init_obj": init_obj})
        assert body.status_code == 200, body.text
        assert body.json()["status"] == "success"
        assert isinstance(body.json()["id"], int)
        served = download(server, body.json()["output"][0])
        assert served == obj_text.encode()


@pytest.mark.parametrize(
    ("init_obj", "words"),
    [
        ("data:model/obj;base64,%%%", "base64"),
        ("data:image/png;base64,aGVsbG8=", "data:model/obj"),
        ("data:model/fbx;base64,aGVsbG8=", "glb, obj, stl, ply"),
        ("data:model/stl;base64," + base64.b64encode(b"not an stl at all").decode(), "stl"),
    ],
)
def test_upload_rejects_what_is_not_a_3d_file(
    server: TestClient, key: str, init_obj: str, words: str
) -> None:
    response = server.post("/api/v6/3d/base64_to_url", json={"key": key, "init_obj": init_obj})
    assert response.status_code == 400, response.text
    assert words in response.json()["message"]


def test_render_adds_a_turntable_video_and_a_thumbnail(server: TestClient, key: str) -> None:
    created = server.post(
        "/api/v6/3d/text_to_3d",
        json={"key": key, "prompt": "a yellow duck", "resolution": 128, "render": True},
    ).json()
    done = wait_for(server, created["id"], key, timeout_s=120)
    assert done["status"] == "success", done
    assert "preview_error" not in done["meta"]
    by_suffix = {url.rsplit(".", 1)[1]: url for url in done["extra_assets"]}
    video = server.get(by_suffix["mp4"].removeprefix(BASE))
    assert video.headers["content-type"] == "video/mp4" and len(video.content) > 10_000
    thumbnail = Image.open(io.BytesIO(download(server, by_suffix["png"])))
    assert thumbnail.size == (512, 512)
    pixels = np.asarray(thumbnail.convert("RGB")).reshape(-1, 3).astype(int)
    yellow = (pixels[:, 0] > 150) & (pixels[:, 1] > 120) & (pixels[:, 2] < 100)
    assert yellow.mean() > 0.03  # the duck is in the picture, in its colour


def test_obj_also_comes_as_one_zip(server: TestClient, key: str) -> None:
    import zipfile

    created = server.post(
        "/api/v6/3d/text_to_3d",
        json={"key": key, "prompt": "a green bottle", "output_format": "obj", "resolution": 64},
    ).json()
    done = wait_for(server, created["id"], key)
    (zip_url,) = [url for url in done["extra_assets"] if url.endswith(".zip")]
    stem = done["meta"]["file_prefix"]
    with zipfile.ZipFile(io.BytesIO(download(server, zip_url))) as bundle:
        assert sorted(bundle.namelist()) == sorted([f"{stem}.obj", f"{stem}.mtl", f"{stem}.png"])


def test_multi_image_strip_becomes_one_model(server: TestClient, key: str) -> None:
    """Front (red square) and right (blue square) views of a cube, side by side."""
    strip = Image.new("RGBA", (420, 200), (0, 0, 0, 0))
    draw = ImageDraw.Draw(strip)
    draw.rectangle((20, 20, 180, 180), fill=(220, 30, 30, 255))
    draw.rectangle((240, 20, 400, 180), fill=(30, 30, 220, 255))
    buffer = io.BytesIO()
    strip.save(buffer, format="PNG")
    data_uri = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    created = server.post(
        "/api/v6/3d/image_to_3d",
        json={"key": key, "init_image": data_uri, "multi_image": True, "resolution": 128},
    ).json()
    assert created["meta"]["model_id"] == "multiview"
    done = wait_for(server, created["id"], key)
    assert done["status"] == "success", done
    assert done["meta"]["views"] == 2
    mesh = trimesh.load(
        io.BytesIO(download(server, done["output"][0])), file_type="glb", force="mesh"
    )
    assert len(mesh.faces) > 0
    extents = mesh.extents
    assert extents.max() / extents.min() < 1.5  # a cube, not a flat card
