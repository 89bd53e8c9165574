"""An engine's declared parameters through the API: checked at submit, stored, documented."""

from __future__ import annotations

import base64

from fastapi.testclient import TestClient
from test_generation import star_png

from support.serving import wait_for

STAR = "data:image/png;base64," + base64.b64encode(star_png()).decode()


def test_a_value_out_of_range_is_a_400_naming_the_field_its_range_and_engine(
    server: TestClient, key: str
) -> None:
    answer = server.post(
        "/api/v6/3d/image_to_3d", json={"key": key, "init_image": STAR, "inflation_depth": "3"}
    )
    assert answer.status_code == 400
    assert answer.json() == {
        "status": "error",
        "message": "inflation_depth: must be a number from 0.2 to 2, got '3' "
        "(a parameter of the image engine)",
    }


def test_a_value_sent_reaches_the_engine_and_meta_shows_it(server: TestClient, key: str) -> None:
    created = server.post(
        "/api/v6/3d/image_to_3d",
        json={"key": key, "init_image": STAR, "inflation_depth": "0.5", "resolution": 64},
    ).json()
    assert created["meta"]["inflation_depth"] == 0.5  # stored as the number it means
    done = wait_for(server, created["id"], key)
    assert done["status"] == "success", done
    assert done["meta"]["inflation_depth"] == 0.5


def test_parameters_default_per_engine_and_other_engines_ignore_them(
    server: TestClient, key: str
) -> None:
    image = server.post(
        "/api/v6/3d/image_to_3d", json={"key": key, "init_image": STAR, "resolution": 64}
    ).json()
    assert image["meta"]["inflation_depth"] == 1.0
    # like any field ModelsLab does not know, another engine's parameter is ignored
    text = server.post(
        "/api/v6/3d/text_to_3d",
        json={"key": key, "prompt": "a cup", "resolution": 64, "inflation_depth": 9},
    ).json()
    assert text["status"] == "processing" and "inflation_depth" not in text["meta"]
    for job in (image, text):
        wait_for(server, job["id"], key)


def test_engines_lists_each_engines_parameters(server: TestClient) -> None:
    engines = {e["model_id"]: e for e in server.get("/api/v6/3d/engines").json()["engines"]}
    prior, depth = engines["image"]["parameters"]
    assert prior["name"] == "prior" and prior["enum"] == ["auto", "revolve", "extrude", "inflate"]
    assert depth["name"] == "inflation_depth" and depth["type"] == "number"
    assert (depth["minimum"], depth["maximum"], depth["default"]) == (0.2, 2.0, 1.0)
    assert [p["name"] for p in engines["multiview"]["parameters"]] == ["roundness"]
    assert engines["text"]["parameters"] == []


def test_a_forced_prior_is_checked_and_used(server: TestClient, key: str) -> None:
    refused = server.post(
        "/api/v6/3d/image_to_3d", json={"key": key, "init_image": STAR, "prior": "melt"}
    )
    assert refused.status_code == 400
    assert "prior: must be one of auto, revolve, extrude, inflate" in refused.json()["message"]
    created = server.post(
        "/api/v6/3d/image_to_3d",
        json={"key": key, "init_image": STAR, "prior": "Revolve", "resolution": 64},
    ).json()
    done = wait_for(server, created["id"], key)
    assert done["status"] == "success", done
    assert done["meta"]["prior"] == "revolve" and done["meta"]["prior_confidence"] == 1.0


def test_the_openapi_schema_documents_them_on_the_tasks_bodies(server: TestClient) -> None:
    schemas = server.get("/openapi.json").json()["components"]["schemas"]
    image_body = schemas["ImageTo3DRequest"]["properties"]
    assert image_body["inflation_depth"]["maximum"] == 2.0
    assert "model_id `image`" in image_body["inflation_depth"]["description"]
    assert "roundness" in image_body and "inflation_depth" not in schemas["TextTo3DRequest"]
