"""model_id names a neural engine: it runs when its weights are installed; otherwise the
documented fallback runs and meta says why, or (strict) the request is a 400 naming the folder.
None of this needs torch: the API only looks at the weight folders."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from meshforge.api.app import create_app
from meshforge.wiring import build_runtime
from support.neural_models import SHAP_E_COMPONENTS, fake_weight_folders
from support.serving import add_key, make_settings, wait_for

TEXT = "/api/v6/3d/text_to_3d"


def test_missing_weights_fall_back_to_the_cpu_engine_and_meta_says_why(
    server: TestClient, key: str
) -> None:
    created = server.post(
        TEXT, json={"key": key, "prompt": "a mug", "model_id": "shap-e", "resolution": 64}
    ).json()
    assert created["status"] == "processing", created
    meta = created["meta"]
    assert meta["model_id"] == "text" and meta["requested_model_id"] == "shap-e"
    assert "shap-e weights are not usable" in meta["engine_fallback"]
    assert "the text engine ran instead" in meta["engine_fallback"]
    done = wait_for(server, created["id"], key)
    assert done["status"] == "success", done
    assert done["meta"]["engine_fallback"] == meta["engine_fallback"]


def test_strict_servers_refuse_with_the_folder_to_fill(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, strict_weights=True, models_dir=tmp_path / "weights")
    with TestClient(create_app(build_runtime(settings, run_workers=False))) as client:
        key = add_key(client)
        answer = client.post(TEXT, json={"key": key, "prompt": "a mug", "model_id": "Shap-E"})
        assert answer.status_code == 400
        message = answer.json()["message"]
        assert message.startswith("model_id: shap-e is not installed on this server")
        assert f"hf download openai/shap-e --local-dir {tmp_path / 'weights' / 'shap-e'}" in message
        # ModelsLab's own ids still mean "the default engine", strict or not
        alias = client.post(TEXT, json={"key": key, "prompt": "a mug", "model_id": "trellis"})
        assert alias.status_code == 200 and alias.json()["meta"]["model_id"] == "text"


def test_engines_and_readyz_report_the_weights(tmp_path: Path) -> None:
    models = fake_weight_folders(tmp_path / "weights", {"shap-e": SHAP_E_COMPONENTS["shap-e"]})
    settings = make_settings(tmp_path, models_dir=models, device="cpu")
    with TestClient(create_app(build_runtime(settings, run_workers=False))) as client:
        engines = {e["model_id"]: e for e in client.get("/api/v6/3d/engines").json()["engines"]}
        shap_e = engines["shap-e"]
        assert shap_e["licence"] == "MIT" and shap_e["device"] == "cpu"
        assert shap_e["weights"]["text_to_3d"]["valid"] is True
        image = shap_e["weights"]["image_to_3d"]
        assert (image["present"], image["valid"]) == (False, False)
        assert image["download"].startswith("hf download openai/shap-e-img2img --local-dir ")
        assert "weights" not in engines["text"]
        assert [p["name"] for p in shap_e["parameters"]] == [
            "guidance_scale",
            "num_inference_steps",
            "grid_size",
        ]
        ready = client.get("/readyz").json()
        assert ready["models"]["shap-e"]["text_to_3d"] == "ready"
        assert "does not exist" in ready["models"]["shap-e"]["image_to_3d"]
        # text weights present: shap-e is chosen for text (the job is queued for it) ...
        key = add_key(client)
        text = client.post(TEXT, json={"key": key, "prompt": "a mug", "model_id": "shap-e"})
        assert text.json()["meta"]["model_id"] == "shap-e", text.json()
        assert "engine_fallback" not in text.json()["meta"]


def test_a_broken_config_counts_as_missing(tmp_path: Path) -> None:
    models = fake_weight_folders(tmp_path / "weights", SHAP_E_COMPONENTS)
    (models / "shap-e" / "prior" / "config.json").write_text("{not json", encoding="utf-8")
    settings = make_settings(tmp_path, models_dir=models)
    with TestClient(create_app(build_runtime(settings, run_workers=False))) as client:
        key = add_key(client)
        answer = client.post(TEXT, json={"key": key, "prompt": "a mug", "model_id": "shap-e"})
        meta = answer.json()["meta"]
        assert meta["model_id"] == "text"
        assert (
            "config.json" in meta["engine_fallback"] and "does not parse" in meta["engine_fallback"]
        )
