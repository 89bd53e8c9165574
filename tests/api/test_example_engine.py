"""The example engine of docs/engines.md, plugged in by ``engine_overrides``, serves the API."""

from __future__ import annotations

import io
import re
from pathlib import Path

import numpy as np
import pytest
import trimesh
from fastapi.testclient import TestClient

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.serving import add_key, make_settings, wait_for

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "primitive_engine.py"
TEXT = "/api/v6/3d/text_to_3d"


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    overrides = {"text": "docs.examples.primitive_engine:PrimitiveEngine"}
    runtime = build_runtime(make_settings(tmp_path, engine_overrides=overrides))
    return TestClient(create_app(runtime))


def test_prompt_numbers_size_the_model_served_as_glb(client: TestClient) -> None:
    with client:
        key = add_key(client)
        body = {"key": key, "prompt": "a cylinder 0.25 by 2", "output_format": "glb"}
        created = client.post(TEXT, json=body).json()
        done = wait_for(client, created["id"], key)
        assert done["status"] == "success", done
        assert done["meta"]["shape"] == "cylinder"
        assert done["meta"]["size_m"] == {"radius": 0.25, "height": 2.0}
        glb = client.get(done["output"][0].removeprefix("http://testserver")).content

    mesh = trimesh.load(io.BytesIO(glb), file_type="glb", force="mesh")
    assert mesh.is_watertight
    np.testing.assert_allclose(mesh.extents, (0.5, 2.0, 0.5), atol=0.01)  # standing on +Y


def test_a_prompt_without_a_shape_fails_its_job_saying_what_to_write(client: TestClient) -> None:
    with client:
        key = add_key(client)
        created = client.post(TEXT, json={"key": key, "prompt": "a dragon"}).json()
        done = wait_for(client, created["id"], key)

    assert done["status"] == "failed"
    assert "Name a shape (box, sphere, cylinder, cone, torus)" in done["message"]


def test_docs_show_the_example_as_it_is() -> None:
    """docs/engines.md quotes the whole module, so the page cannot drift from the tested code."""
    page = (ROOT / "docs" / "engines.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL)

    assert EXAMPLE.read_text() in blocks
