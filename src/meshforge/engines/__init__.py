"""Generation engines: the port, the registry, and the CPU engines (image, text templates)."""
