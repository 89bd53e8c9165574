"""Mesh post-processing: decimation, textures, export and preview rendering."""
