"""make chaos prints one table of every scenario it ran, after pytest's own summary."""

from __future__ import annotations

import pytest

from chaos.verdict import ROWS, TABLE_HEADER


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The scenario table (only when chaos scenarios ran in this session)."""
    if ROWS:
        terminalreporter.write_sep("=", "chaos: infrastructure faults under load")
        terminalreporter.write_line(TABLE_HEADER)
        for row in ROWS:
            terminalreporter.write_line(row)
