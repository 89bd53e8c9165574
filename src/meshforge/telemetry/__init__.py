"""What a MeshForge process tells its operator: Prometheus metrics and structured logs.

Imports nothing else of the package, so every layer (API, worker, queue, webhooks) can count
and log through it without depending on the others.
"""
