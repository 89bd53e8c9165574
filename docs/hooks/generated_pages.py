"""MkDocs hook: the parts of the site that are read from the code, so they cannot drift from it.

A page asks for one with a marker line, ``<!-- generated: NAME -->``, that this hook replaces
while the site builds: ``configuration`` (every ``Settings`` field as its ``MESHFORGE_*``
variable), ``metrics`` (every Prometheus metric MeshForge exports) and ``openapi`` (the API
reference, rendered from the app's own OpenAPI document by essentials-openapi, the library of
neoteroi-mkdocs). The same OpenAPI document is published beside the pages as ``openapi.json``.
"""

from __future__ import annotations

import ast
import inspect
import json
import re
import tempfile
import textwrap
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotated_types import Ge, Gt, Le, Lt
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from openapidocs.mk.v3 import OpenAPIV3DocumentationHandler  # type: ignore[import-untyped]
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from meshforge.api.app import create_app
from meshforge.settings import Settings
from meshforge.telemetry.metrics import REGISTRY, FleetSnapshot, watch_fleet
from meshforge.wiring import build_runtime

MARKER = re.compile(r"^<!-- generated: ([a-z]+) -->$", re.MULTILINE)

#: published at the site's root, beside llms.txt, for tools that read the API's schema
OPENAPI_FILE = "openapi.json"


def setting_descriptions(settings_class: type[Settings] = Settings) -> dict[str, str]:
    """Each field's ``#:`` comment (the lines right above it), joined into one sentence."""
    lines, _ = inspect.getsourcelines(settings_class)
    body = ast.parse(textwrap.dedent("".join(lines))).body[0]
    if not isinstance(body, ast.ClassDef):
        raise TypeError(f"{settings_class!r} is not a class")
    descriptions: dict[str, str] = {}
    for node in body.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            comment: list[str] = []
            index = node.lineno - 2  # the line above, 0-based
            while index >= 0 and lines[index].strip().startswith("#:"):
                comment.insert(0, lines[index].strip().removeprefix("#:").strip())
                index -= 1
            descriptions[node.target.id] = " ".join(comment)
    return descriptions


def _type_name(annotation: Any) -> str:
    """The field's type as a person sets it in an environment variable."""
    if typing.get_origin(annotation) is typing.Literal:
        return " \\| ".join(f"`{value}`" for value in typing.get_args(annotation))
    if isinstance(annotation, types.UnionType):
        return " \\| ".join(
            _type_name(arg) for arg in typing.get_args(annotation) if arg is not type(None)
        )
    if typing.get_origin(annotation) is dict:
        return "JSON object"
    if annotation is Path:
        return "path"
    return str(getattr(annotation, "__name__", annotation))


def _default(field: FieldInfo) -> str:
    """The default as written in the environment; a computed default says how it is found."""
    factory = field.default_factory
    if factory is not None:
        if factory in (dict, list):
            return "`{}`" if factory is dict else "`[]`"
        return (factory.__doc__ or factory.__name__).strip().rstrip(".")
    value = field.default
    if value is None or value is PydanticUndefined:
        return "unset"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, Path) and not value.is_absolute():
        return f"`./{value}`"
    if isinstance(value, float) and value.is_integer():
        return f"`{int(value)}`"
    return f"`{value}`"


def _range(field: FieldInfo) -> str:
    """The field's bounds and pattern; a value outside them is refused at start."""
    parts: list[str] = []
    for rule in field.metadata:
        if isinstance(rule, Ge):
            parts.append(f"≥ {rule.ge}")
        elif isinstance(rule, Gt):
            parts.append(f"> {rule.gt}")
        elif isinstance(rule, Le):
            parts.append(f"≤ {rule.le}")
        elif isinstance(rule, Lt):
            parts.append(f"< {rule.lt}")
        elif getattr(rule, "pattern", None):
            parts.append(f"matching `{rule.pattern}`")  # a pipe in a code span splits no column
    return ", ".join(parts)


def environment_variable(name: str, settings_class: type[Settings] = Settings) -> str:
    """The variable that sets field ``name``, as pydantic-settings reads it."""
    return f"{settings_class.model_config.get('env_prefix', '')}{name}".upper()


def _table_text(text: str) -> str:
    """``text`` for a table cell: no column breaks; ``<data_dir>`` shown, not taken for HTML."""
    parts = re.split(r"(`+[^`]*`+)", text.replace("|", "\\|"))
    return "".join(
        part if part.startswith("`") else part.replace("<", "&lt;").replace(">", "&gt;")
        for part in parts
    )


def configuration_markdown(settings_class: type[Settings] = Settings) -> str:
    """A table of every setting: variable, default, allowed values and meaning."""
    descriptions = setting_descriptions(settings_class)
    rows = ["| variable | default | allowed | meaning |", "|---|---|---|---|"]
    for name, field in settings_class.model_fields.items():
        allowed = " ".join(filter(None, (_type_name(field.annotation), _range(field))))
        rows.append(
            f"| `{environment_variable(name, settings_class)}` | {_default(field)}"
            f" | {allowed} | {_table_text(descriptions.get(name, ''))} |"
        )
    return "\n".join(rows)


def metrics_markdown() -> str:
    """A table of every metric a MeshForge process exports, read from its registry."""
    # the fleet gauges are collected only while an app watches the database; any numbers will do
    stop = watch_fleet(lambda: FleetSnapshot(queued=0, processing=0, workers=0, slots=0))
    try:
        families = [m for m in REGISTRY.collect() if m.name.startswith("meshforge_")]
    finally:
        stop()
    # the series a scrape shows are named after the family, with these endings
    series = {"counter": "(`_total`)", "histogram": "(`_bucket`, `_sum`, `_count`)"}
    rows = ["| metric | type | meaning |", "|---|---|---|"]
    for family in sorted(families, key=lambda m: m.name):
        kind = f"{family.type} {series.get(family.type, '')}".strip()
        rows.append(f"| `{family.name}` | {kind} | {_table_text(family.documentation)} |")
    return "\n".join(rows)


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document of an API server built with the default settings."""
    with tempfile.TemporaryDirectory(prefix="meshforge-docs-") as data_dir:
        runtime = build_runtime(Settings(data_dir=Path(data_dir)), run_workers=False)
        try:
            document: dict[str, Any] = create_app(runtime).openapi()
            return document
        finally:
            runtime.stop()


def openapi_markdown(document: dict[str, Any]) -> str:
    """The API reference as Markdown: every route, its parameters, bodies and answers."""
    handler = OpenAPIV3DocumentationHandler(document, style="MKDOCS")
    markdown = str(handler.write())
    # the page has its own title and introduction: drop the library's banner comment and the
    # document's title, keep its description and everything after
    markdown = re.sub(r"^<!--.*?-->\s*", "", markdown, flags=re.DOTALL)
    return re.sub(r"^# .*\n", "", markdown, count=1, flags=re.MULTILINE)


# --- MkDocs events -------------------------------------------------------------------------

_openapi: dict[str, Any] = {}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Publish the OpenAPI document as ``openapi.json`` at the site's root."""
    _openapi.clear()
    _openapi.update(openapi_document())
    files.append(File.generated(config, OPENAPI_FILE, content=json.dumps(_openapi, indent=2)))
    return files


def on_page_markdown(markdown: str, *, page: Page, **_: Any) -> str:
    """Replace each marker line of a page with the part it names."""
    generators: dict[str, Callable[[], str]] = {
        "configuration": configuration_markdown,
        "metrics": metrics_markdown,
        "openapi": lambda: openapi_markdown(_openapi),
    }

    def generate(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in generators:
            raise PluginError(f"{page.file.src_path}: no generated part named {name!r}")
        return generators[name]()

    return MARKER.sub(generate, markdown)
