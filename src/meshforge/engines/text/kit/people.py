"""What the figure templates share: the parts a person has, and a few colours."""

from __future__ import annotations

from meshforge.engines.text.core.lexicon import RGB

#: Part words every person-like figure answers to.
PERSON = ("head", "eye", "nose", "hand", "arm", "leg", "foot", "body")

DARK: RGB = (30, 30, 34)
ORB: RGB = (140, 220, 255)
STAR: RGB = (250, 215, 60)
