"""JobParameters: stored as the job's JSON (its ``meta``), read back into the engine's request."""

from __future__ import annotations

import pytest

from meshforge.engines.parameters import ParameterError
from meshforge.jobs.parameters import JobParameters

IMAGE_JOB = JobParameters(
    model_id="image",
    seed=42,
    resolution=128,
    image="uploaded image",
    image_has_alpha=True,
    engine_params={"prior": "auto", "inflation_depth": 0.5},
    echoed={"chunk_size": 8192, "temp": False},
)


def test_stored_parameters_are_one_flat_object_as_clients_see_meta() -> None:
    stored = IMAGE_JOB.to_stored()
    assert stored["inflation_depth"] == 0.5 and stored["chunk_size"] == 8192
    assert stored["model_id"] == "image" and stored["image_has_alpha"] is True
    assert "engine_params" not in stored and "echoed" not in stored


def test_what_is_stored_reads_back_equal() -> None:
    assert JobParameters.from_stored(IMAGE_JOB.to_stored()) == IMAGE_JOB


def test_the_request_carries_the_common_fields_and_the_engines_own() -> None:
    request = IMAGE_JOB.to_request("image_to_3d")
    assert (request.seed, request.resolution, request.image_has_alpha) == (42, 128, True)
    assert dict(request.params) == {"prior": "auto", "inflation_depth": 0.5}


def test_a_job_stored_before_engine_parameters_gets_their_defaults_and_its_alpha_flag() -> None:
    # an older release stored the alpha flag under a hidden key and no engine parameters
    old = {"model_id": "image", "seed": 3, "resolution": 64, "_image_has_alpha": True}
    params = JobParameters.from_stored(old)
    assert params.image_has_alpha is True
    assert params.engine_params == {"prior": "auto", "inflation_depth": 1.0}
    assert "_image_has_alpha" not in params.to_stored()


def test_an_engine_reads_only_its_own_parameters() -> None:
    stored = {**IMAGE_JOB.to_stored(), "model_id": "multiview"}
    assert dict(JobParameters.from_stored(stored).engine_params) == {"roundness": 0.6}


def test_a_stored_value_the_engine_no_longer_allows_fails_naming_it() -> None:
    with pytest.raises(ParameterError, match=r"inflation_depth: must be a number from 0\.2 to 2"):
        JobParameters.from_stored({"model_id": "image", "inflation_depth": 9})
