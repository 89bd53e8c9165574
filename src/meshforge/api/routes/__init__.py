"""Route modules: ModelsLab endpoints, MeshForge's own, files, health."""
