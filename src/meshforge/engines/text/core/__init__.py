"""The text engine's machinery: reading the prompt, matching it to a template, building, fusing.

``catalog`` finds every template under ``templates/``; ``matcher`` (with ``embedding``) picks
the one a prompt asks for; ``prompt`` reads the prompt's colours, materials, sizes and counts
and attaches them to that choice; ``assembly`` is what a template builds on; ``fusion`` and
``seams`` join the parts into one coloured, watertight mesh.
"""
