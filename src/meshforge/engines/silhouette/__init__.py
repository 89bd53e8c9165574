"""Silhouettes from pictures, shared by the image engines: find the object, frame it, inflate it.

``foreground`` finds the object (alpha, border fill without its drop shadow (``shadows``), or
``grabcut`` and the ``saliency`` network), ``framing`` places it on the working grid,
``inflation`` turns a silhouette into a surface and the picture into its texture.
"""
