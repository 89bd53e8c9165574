"""The ModelsLab v6 3D wire contract: tolerant request models and response builders.

The only package that knows ModelsLab's field names and quirks (each marked ``# compat:``).
"""
