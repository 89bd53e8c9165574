"""Neural engines: real 3D models (Shap-E, Hunyuan3D-2) behind the same engine port.

Everything the API process imports from here is light (weight folders, parameters): torch and
the model libraries are imported only inside the engine process, when a model is loaded.
``weights`` checks folders without torch, ``environment`` carries the settings into the engine
process, ``runtime`` holds the torch side (device, steps, out-of-memory) and ``surface`` turns
a model's signed field into a watertight mesh.
"""
