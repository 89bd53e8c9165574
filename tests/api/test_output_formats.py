"""usdz and 3mf jobs end to end, and face_limit through the API for every CPU engine."""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

import lib3mf
import pytest
import trimesh
from bench.quality import silhouettes, strip
from fastapi.testclient import TestClient
from PIL import Image, ImageDraw
from pxr import Usd, UsdGeom, UsdShade

from support.serving import wait_for

BASE = "http://testserver"
TEXT, IMAGE = "/api/v6/3d/text_to_3d", "/api/v6/3d/image_to_3d"


def finished(
    server: TestClient, key: str, route: str, body: dict[str, object]
) -> dict[str, object]:
    """Submit ``body`` and wait for the job to succeed; the final fetch body."""
    created = server.post(route, json={"key": key, **body})
    assert created.status_code == 200, created.text
    done = wait_for(server, created.json()["id"], key, timeout_s=120)
    assert done["status"] == "success", done
    return done


def download(server: TestClient, url: str) -> tuple[bytes, str]:
    """The file at ``url`` and its content type."""
    response = server.get(url.removeprefix(BASE))
    assert response.status_code == 200, url
    return response.content, response.headers["content-type"]


def data_uri(image: Image.Image) -> str:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def test_a_text_job_as_usdz_is_a_quick_look_package(
    server: TestClient, key: str, tmp_path: Path
) -> None:
    done = finished(server, key, TEXT, {"prompt": "a red chair", "output_format": "usdz"})

    (url,) = done["output"]  # type: ignore[misc]
    assert url.endswith(".usdz")
    data, content_type = download(server, url)
    assert content_type == "model/vnd.usdz+zip"
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
    assert names[0].endswith(".usdc") and any(name.endswith(".png") for name in names)
    path = tmp_path / "chair.usdz"
    path.write_bytes(data)
    stage = Usd.Stage.Open(str(path))
    (geom,) = [UsdGeom.Mesh(prim) for prim in stage.Traverse() if prim.IsA(UsdGeom.Mesh)]
    assert len(geom.GetFaceVertexCountsAttr().Get()) == done["meta"]["faces"]  # type: ignore[index]
    material, _ = UsdShade.MaterialBindingAPI(geom.GetPrim()).ComputeBoundMaterial()
    surface = material.ComputeSurfaceSource()[0]
    # the text engine's vertex colours are baked into a texture, as for the GLB
    source, _, _ = surface.GetInput("diffuseColor").GetConnectedSource()
    assert UsdShade.Shader(source.GetPrim()).GetIdAttr().Get() == "UsdUVTexture"


def test_a_text_job_as_3mf_loads_with_colours(server: TestClient, key: str, tmp_path: Path) -> None:
    done = finished(
        server, key, TEXT, {"prompt": "a red car with black wheels", "output_format": "3MF"}
    )

    (url,) = done["output"]  # type: ignore[misc]
    assert url.endswith(".3mf")
    data, content_type = download(server, url)
    assert content_type == "model/3mf"
    mesh = trimesh.load(io.BytesIO(data), file_type="3mf", force="mesh")
    assert len(mesh.faces) == done["meta"]["faces"]  # type: ignore[index]
    path = tmp_path / "car.3mf"
    path.write_bytes(data)
    model = lib3mf.get_wrapper().CreateModel()
    model.QueryReader("3mf").ReadFromFile(str(path))
    groups = model.GetColorGroups()
    assert groups.MoveNext()
    assert groups.GetCurrentColorGroup().GetCount() > 1  # red body, black wheels


def multiview_strip() -> str:
    return data_uri(Image.fromarray(strip(silhouettes("chair"))))


def disc() -> str:
    image = Image.new("RGBA", (256, 256), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 30, 216, 226), fill=(250, 200, 20, 255))
    draw.rectangle((100, 100, 160, 160), fill=(200, 30, 30, 255))
    return data_uri(image)


@pytest.mark.parametrize(
    ("route", "body"),
    [
        (TEXT, {"prompt": "a teapot", "resolution": 256}),
        (IMAGE, {"init_image": "disc", "resolution": 192}),
        (IMAGE, {"init_image": "views", "multi_image": True, "resolution": 192}),
    ],
    ids=["text", "image", "multiview"],
)
@pytest.mark.parametrize("field", ["face_limit", "target_polycount"])
def test_every_cpu_engine_honours_the_face_limit(
    server: TestClient, key: str, route: str, body: dict[str, object], field: str
) -> None:
    limit = 800
    images = {"disc": disc, "views": multiview_strip}
    if "init_image" in body:
        body = {**body, "init_image": images[str(body["init_image"])]()}

    done = finished(server, key, route, {**body, field: str(limit)})

    meta = done["meta"]
    assert isinstance(meta, dict)
    assert meta["face_limit"] == limit
    assert meta["faces_before_limit"] > limit
    assert 0.9 * limit <= meta["faces"] <= limit
    (url,) = done["output"]  # type: ignore[misc]
    glb, _ = download(server, url)
    scene = trimesh.load(io.BytesIO(glb), file_type="glb", force="scene")
    faces = sum(len(geometry.faces) for geometry in scene.geometry.values())
    assert 0.9 * limit <= faces <= limit
    material = next(iter(scene.geometry.values())).visual.material
    assert material.baseColorTexture is not None


def test_a_model_under_the_limit_is_left_as_it_is(server: TestClient, key: str) -> None:
    done = finished(server, key, TEXT, {"prompt": "a red chair", "face_limit": 500_000})

    meta = done["meta"]
    assert isinstance(meta, dict)
    assert "faces_before_limit" not in meta
    assert meta["faces"] < 500_000


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("face_limit", 499),
        ("face_limit", 500_001),
        ("face_limit", "many"),
        ("target_polycount", 10),
    ],
)
def test_a_face_limit_out_of_range_is_400_naming_the_field(
    server: TestClient, key: str, field: str, value: object
) -> None:
    response = server.post(TEXT, json={"key": key, "prompt": "a chair", field: value})

    assert response.status_code == 400
    body = response.json()
    assert body["status"] == "error"
    assert field in body["message"]
    if isinstance(value, int):
        assert "500" in body["message"]


def test_usdz_and_3mf_are_listed_in_the_schema(server: TestClient) -> None:
    schema = server.get("/openapi.json").json()
    text = str(schema)
    assert "usdz" in text and "3mf" in text and "face_limit" in text
    assert all(fmt in text for fmt in ("glb", "obj", "stl", "ply"))
