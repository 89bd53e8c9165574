"""The workbench templates build on: seeded choices, colour rules and the parts made so far."""

from __future__ import annotations

import enum
import math
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar, cast

import numpy as np
from manifold3d import Manifold

from meshforge.engines.text.core.lexicon import RGB, Material, NamedColor
from meshforge.engines.text.core.prompt import ParsedPrompt
from meshforge.engines.text.core.template import Template

T = TypeVar("T")

#: Colours far enough from each other to stand in for one the negative prompt ruled out.
_FALLBACK_COLORS: tuple[RGB, ...] = (
    (70, 110, 190),
    (200, 60, 50),
    (240, 240, 235),
    (60, 150, 80),
    (240, 190, 40),
    (40, 40, 45),
)
#: Two colours closer than this (Euclidean, 0..255 RGB) count as the same colour.
_SAME_COLOR_DISTANCE = 80.0
#: Parts at least this fraction of the object's height get the full circle resolution.
_FULL_DETAIL_FRACTION = 0.15
_MIN_SEGMENTS = 8


class Tier(enum.Enum):
    """How a part takes the prompt's colours."""

    PRIMARY = "primary"  #: the prompt's first colour or material ("a red car": the body)
    SECONDARY = "secondary"  #: the prompt's second colour ("red and white": the roof)
    FIXED = "fixed"  #: only a colour named for this part ("blue windows"); tyres stay dark


@dataclass(frozen=True)
class Part:
    """One coloured solid of a model, with its material (None: a plain colour)."""

    solid: Manifold
    role: str
    rgb: RGB
    material: Material | None = None


class Assembly:
    """Collects a template's parts; every random choice comes from one seeded generator."""

    def __init__(
        self,
        prompt: ParsedPrompt,
        template: Template,
        seed: int,
        segments: int,
        on_part: Callable[[Part], None] = lambda _part: None,
        variant: int = 0,
    ) -> None:
        """Start an empty model; ``segments`` is the circle resolution of the largest parts.

        ``variant`` numbers the copies of "three trees", so that each copy differs.
        """
        self.prompt = prompt
        self.template = template
        # The template name is mixed in so that "chair" and "table" at one seed vary independently.
        self.rng = np.random.default_rng([seed, zlib.crc32(template.name.encode()), variant])
        self.parts: list[Part] = []
        self.removed: set[str] = set()
        #: parts a shared builder has already put something in place of (the hat a prompt
        #: names replaces a figure's own hat): the template's own version is then left out
        self.covered: set[str] = set()
        self.colors_used: list[str] = []
        self._segments = segments
        self._on_part = on_part
        self._role_colors: dict[tuple[str, tuple[RGB, ...]], RGB] = {}

    # -- seeded choices ------------------------------------------------------------------
    def vary(self, value: float, spread: float = 0.12) -> float:
        """``value`` jittered by up to ±``spread`` (a fraction)."""
        return value * (1.0 + float(self.rng.uniform(-spread, spread)))

    def between(self, low: float, high: float) -> float:
        """A value drawn evenly from ``low``..``high``."""
        return float(self.rng.uniform(low, high))

    def pick(self, options: Sequence[T]) -> T:
        """One of ``options``."""
        return options[int(self.rng.integers(len(options)))]

    def chance(self, probability: float) -> bool:
        """True with ``probability``."""
        return bool(self.rng.random() < probability)

    # -- prompt questions ----------------------------------------------------------------
    def segments(self, radius_m: float) -> int:
        """Circle segments for a round part of ``radius_m``: small parts need fewer."""
        reference = _FULL_DETAIL_FRACTION * self.template.height_m
        # segments ∝ radius keeps edge lengths alike across parts; the power softens it for
        # small parts (eyes, buttons) that would otherwise look faceted
        share = min(1.0, math.pow(radius_m / reference, 0.75))
        return max(_MIN_SEGMENTS, 4 * round(self._segments * share / 4))

    def wants(self, part: str) -> bool:
        """False when the prompt asks for the optional ``part`` to be left out, or it is covered."""
        if part in self.covered:
            return False
        if any(word in self.prompt.removed_parts for word in self.template.words_for(part)):
            self.removed.add(part)
            return False
        return True

    def maybe(self, part: str, probability: float, *cues: str) -> bool:
        """Build optional ``part``? Never if removed, always if named (or cued), else by chance."""
        if not self.wants(part):
            return False
        if self.mentions(*self.template.words_for(part), *cues):
            return True
        return self.chance(probability)

    def count(self, part: str, default: int, low: int, high: int) -> int:
        """How many of ``part`` the prompt asks for, bounded to ``low``..``high``."""
        for word in self.template.words_for(part):
            asked = self.prompt.count_of(word)
            if asked is not None:
                return min(high, max(low, asked))
        return default

    def mentions(self, *words: str) -> bool:
        """True when the prompt uses any of ``words`` (style words such as "pine" or "sports")."""
        return self.prompt.mentions(*words)

    # -- colour and parts ----------------------------------------------------------------
    def color(self, part: str, default: RGB | Sequence[RGB], tier: Tier = Tier.PRIMARY) -> RGB:
        """The colour of ``part``: named for it, else by tier from the prompt, else ``default``."""
        options = _as_options(default)
        # one colour per part and default: four legs match, yet baubles of different defaults differ
        key = (part, options)
        if key in self._role_colors:
            return self._role_colors[key]
        # Always draw, so that naming a colour never shifts the geometry's random stream.
        fallback = self._allowed(self.pick(options), options)
        chosen = self._asked_color(part, tier)
        rgb = fallback if chosen is None else chosen
        self._role_colors[key] = rgb
        return rgb

    def add(
        self,
        solid: Manifold,
        part: str,
        default: RGB | Sequence[RGB],
        tier: Tier = Tier.PRIMARY,
        material: Material | None = None,
    ) -> None:
        """Add ``solid`` as (a piece of) ``part``; ``material`` is the part's usual surface."""
        made = Part(
            solid, part, self.color(part, default, tier), self.material(part, tier, material)
        )
        self.parts.append(made)
        self._on_part(made)

    def material(self, part: str, tier: Tier, default: Material | None = None) -> Material | None:
        """The surface of ``part``: named for it, else the object's, else ``default``.

        The object's material reaches the parts its colour would (PRIMARY): "a wooden chair"
        makes the frame wood, not its cushion (SECONDARY) nor a car's tyres (FIXED).
        """
        for word in self.template.words_for(part):
            named = self.prompt.material_of(word)
            if named is not None:
                return named
        if tier is Tier.PRIMARY and self.prompt.material is not None:
            return self.prompt.material
        return default

    def nth_color(self, index: int, default: RGB) -> RGB:
        """The prompt's colours in turn (for unnamed pieces), else its material or ``default``."""
        if self.prompt.colors:
            return self._use(self.prompt.colors[index % len(self.prompt.colors)])
        if self.prompt.material is not None:
            return self.prompt.material.rgb
        return self._allowed(default, ())

    def _asked_color(self, part: str, tier: Tier) -> RGB | None:
        """The colour the prompt asks for this part, or None."""
        prompt = self.prompt
        for word in self.template.words_for(part):
            named = prompt.color_of(word)
            if named is not None:
                return self._use(named)
            material = prompt.material_of(word)
            if material is not None:
                return material.rgb
        if tier is Tier.PRIMARY:
            if prompt.colors:
                return self._use(prompt.colors[0])
            if prompt.material is not None:
                return prompt.material.rgb
        if tier is Tier.SECONDARY:
            if len(prompt.colors) > 1:
                return self._use(prompt.colors[1])
            stray = self._stray_colors()
            if stray:
                return self._use(stray[0])
        return None

    def _stray_colors(self) -> list[NamedColor]:
        """Colours the prompt gave to things this template does not have ("red stripes")."""
        known = {word for part in self.template.parts for word in self.template.words_for(part)}
        return [color for word, color in self.prompt.part_colors if word not in known]

    def _use(self, color: NamedColor) -> RGB:
        """Note that the prompt's ``color`` was applied."""
        if color.name not in self.colors_used:
            self.colors_used.append(color.name)
        return color.rgb

    def _allowed(self, rgb: RGB, options: Sequence[RGB]) -> RGB:
        """``rgb`` unless the negative prompt rules it out; then the nearest allowed stand-in."""
        excluded = [color.rgb for color in self.prompt.excluded_colors]
        if not excluded:
            return rgb
        for candidate in (rgb, *options, *_FALLBACK_COLORS):
            if all(_distance(candidate, bad) > _SAME_COLOR_DISTANCE for bad in excluded):
                return candidate
        return rgb


def _distance(a: RGB, b: RGB) -> float:
    """Euclidean distance between two colours."""
    return float(np.linalg.norm(np.subtract(a, b, dtype=np.float64)))


def _as_options(default: RGB | Sequence[RGB]) -> tuple[RGB, ...]:
    """A single default colour or a palette, as a palette."""
    if isinstance(default[0], int):
        return (cast(RGB, default),)
    return tuple(cast(Sequence[RGB], default))
