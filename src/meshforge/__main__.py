"""``python -m meshforge`` runs the CLI."""

from __future__ import annotations

from meshforge.cli import main

main()
