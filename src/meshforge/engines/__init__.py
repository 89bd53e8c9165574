"""Generation engines: the port, the registry, and a package per engine (text, image, multiview).

``silhouette`` holds what the two image engines share; ``stages`` serves any engine.
"""
