"""Parametric parts and shapes the templates are built from, and what several templates share.

``solids`` and ``sweeps`` hold the geometry (boxes, lathed profiles, tubes, ...), every piece
watertight, in the frame the templates build in: Z up, metres, the object's front towards -Y.
The other modules hold what templates of one kind share: palettes, body plans (``quadruped``,
``large_quadruped``), handles, wheels, towers. A template imports ``core`` and ``kit``, never
another template: what two templates share moves here.
"""
