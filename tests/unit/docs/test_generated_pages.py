"""The docs site's generated parts (docs/hooks/generated_pages.py) say what the code does.

The configuration page must list every setting under the variable a process really reads, with
its meaning; the operations page every metric issue 16 asks for; the API reference every route
of the OpenAPI document. These call the generators directly, without building the site.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from docs.hooks.generated_pages import (
    configuration_markdown,
    metrics_markdown,
    on_page_markdown,
    openapi_document,
    openapi_markdown,
)
from mkdocs.exceptions import PluginError

from meshforge.settings import Settings


def _rows(table: str) -> dict[str, list[str]]:
    """A Markdown table's rows by the code in their first cell, each as its other cells."""
    rows: dict[str, list[str]] = {}
    for line in table.splitlines()[2:]:
        # a column break is an unescaped pipe outside code spans (an even count of ` after it)
        cells = re.split(r"(?<!\\)\|(?=(?:[^`]*`[^`]*`)*[^`]*$)", line.strip().strip("|"))
        cells = [cell.strip() for cell in cells]
        rows[cells[0].strip("`")] = cells[1:]
    return rows


def test_the_configuration_page_lists_every_setting_by_its_variable_with_a_meaning() -> None:
    rows = _rows(configuration_markdown())
    assert set(rows) == {f"MESHFORGE_{name.upper()}" for name in Settings.model_fields}
    for variable, (_default, _allowed, meaning) in rows.items():
        assert meaning, f"{variable} has no meaning: give its field a #: comment in settings.py"


def test_the_variables_on_the_page_are_the_ones_a_process_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = _rows(configuration_markdown())
    numeric = {
        name: field.default
        for name, field in Settings.model_fields.items()
        if type(field.default) in (int, float)
    }
    assert len(numeric) > 30
    for name, default in numeric.items():
        variable = f"MESHFORGE_{name.upper()}"
        shown = int(default) if float(default).is_integer() else default
        assert rows[variable][0] == f"`{shown}`", variable  # the page shows the default
        monkeypatch.setenv(variable, str(default + 1))
    settings = Settings()
    for name, default in numeric.items():
        assert getattr(settings, name) == default + 1, name


def test_computed_defaults_say_how_they_are_found_not_this_machines_value() -> None:
    rows = _rows(configuration_markdown())
    assert rows["MESHFORGE_WORKERS"][0] == "The number of CPU cores"
    assert rows["MESHFORGE_DATA_DIR"][0] == "`./data`"
    assert rows["MESHFORGE_DATABASE_URL"][0] == "unset"
    # a path in a meaning stays visible text, not an HTML tag the browser drops
    assert "&lt;data_dir&gt;/meshforge.db" in rows["MESHFORGE_DATABASE_URL"][2]
    assert rows["MESHFORGE_DATABASE_POOL_SIZE"][1] == "int ≥ 1, ≤ 100"


def test_the_operations_page_lists_the_metrics_issue_16_names() -> None:
    rows = _rows(metrics_markdown())
    for name in (
        "meshforge_http_requests",
        "meshforge_jobs_finished",
        "meshforge_queue_depth",
        "meshforge_job_wait_seconds",
        "meshforge_job_generation_seconds",
        "meshforge_engine_process_restarts",
        "meshforge_webhook_deliveries",
        "meshforge_workers",
        "meshforge_worker_slots",
    ):
        assert name in rows, name
        assert rows[name][1], f"{name} has no meaning"
    assert rows["meshforge_http_requests"][0] == "counter (`_total`)"
    assert rows["meshforge_queue_depth"][0] == "gauge"


def test_the_api_reference_documents_every_route_of_the_openapi_document() -> None:
    document = openapi_document()
    reference = openapi_markdown(document)
    # each operation's heading, as text: "### POST /api/v6/3d/fetch/{id}"
    headings = {re.sub(r"<[^>]+>", "", line) for line in reference.splitlines()}
    for path, operations in document["paths"].items():
        for method in operations:
            assert f"### {method.upper()} {path}" in headings
    assert not reference.startswith("#"), "the page's own title comes first, not the document's"


def test_markers_are_replaced_and_an_unknown_one_stops_the_build() -> None:
    page = SimpleNamespace(file=SimpleNamespace(src_path="operations.md"))
    markdown = on_page_markdown("# Operations\n\n<!-- generated: metrics -->\n", page=page)
    assert "<!-- generated" not in markdown
    assert "| `meshforge_workers` |" in markdown
    with pytest.raises(PluginError, match="metric"):
        on_page_markdown("<!-- generated: metric -->\n", page=page)
