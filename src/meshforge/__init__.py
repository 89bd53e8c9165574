"""MeshForge: a self-hosted, ModelsLab-compatible 3D generation server."""

__version__ = "0.1.0"
