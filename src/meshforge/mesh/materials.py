"""Bake coloured, material-tagged faces into a texture atlas with a metallic-roughness map.

A mesh may carry two face attributes (set by :func:`tag_faces`; trimesh keeps them through
pickling, copying and concatenation, so they travel with the mesh from the engine
to the worker): the procedural :class:`Pattern` of each face and its glTF metallic/roughness.
Faces without them, or tagged with one of the :data:`FLAT_PATTERNS`, bake as today's palette:
one flat 8 px cell per colour, UVs at the cell centre, so plain models stay tiny files.

Every patterned (colour, pattern, metallic, roughness) surface is cut into charts: connected
faces that share a dominant normal direction. A chart is projected onto the plane of that
direction (box projection) at one texel density for the whole model, in pixels per metre, so
a leg and a seat show the grain at the same scale; the chart's long side is laid along the
atlas rows, so wood grain and brushed streaks run along each piece. Seams between charts are
accepted. The texel density is the one the patterns need, lowered until the atlas fits in
``texture_size``; pattern feature sizes follow the model's size (a spoon and a house both read
as wood), see :data:`FEATURES_PER_DIAGONAL`.

Dark colours keep visible shading and edges: their brightness is lifted to a dark grey and their
roughness lowered, so that a black car is not a silhouette in any viewer.
"""

from __future__ import annotations

import enum
import math
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import cv2
import numpy as np
import trimesh
from numpy.typing import NDArray
from PIL import Image
from scipy import sparse
from scipy.sparse import csgraph

from meshforge.mesh.texture import texture_visuals

#: edge of one plain palette cell in pixels: wide enough that linear filtering never mixes cells
CELL_PX = 8
#: face attribute: index into ``PATTERNS`` of each face's pattern
FACE_PATTERN = "material_pattern"
#: face attribute: (metallic, roughness) of each face; NaN means "the model's default factors"
FACE_PBR = "material_pbr"
#: the pattern unit (leather pebble, weave pitch, grain spacing scale) is the model's
#: bounding-box diagonal over this: patterns then read at a glance whatever the model's size
FEATURES_PER_DIAGONAL = 60.0
#: texels per pattern unit at full density; lower only when the atlas must fit texture_size
_TEXELS_PER_UNIT = 8.0
#: texels of pattern bled around each chart, so filtering near its edges stays on its surface
_CHART_PAD = 2
#: values (brightest channel, 0..255) below this are lifted into [_DARK_FLOOR, _DARK_LIFT_BELOW]
_DARK_LIFT_BELOW = 90.0
_DARK_FLOOR = 52.0
#: surfaces darker than this get at most _DARK_ROUGHNESS so highlights show their form
_DARK_VALUE = 60.0
_DARK_ROUGHNESS = 0.55

FloatArray = NDArray[np.float32]


class Pattern(enum.StrEnum):
    """The procedural look of a surface."""

    PLAIN = "plain"
    WOOD = "wood"
    BRUSHED_METAL = "brushed_metal"
    POLISHED_METAL = "polished_metal"
    LEATHER = "leather"
    FABRIC = "fabric"
    STONE = "stone"
    MARBLE = "marble"
    BRICK = "brick"
    CERAMIC = "ceramic"
    GLASS = "glass"
    PLASTIC = "plastic"
    RUBBER = "rubber"
    PAPER = "paper"


#: the order face attributes index into; append only, so stored indices keep their meaning
PATTERNS: tuple[Pattern, ...] = tuple(Pattern)
#: Smooth surfaces bake as one flat cell in their treated colour (glass: a lighter tint) with
#: their own PBR values. Their patterns vary too little to see, while splitting a curved
#: vase into projection charts shows in previews (shading breaks where vertices split).
FLAT_PATTERNS = frozenset({Pattern.PLAIN, Pattern.GLASS, Pattern.CERAMIC, Pattern.PLASTIC})


def tag_faces(
    mesh: trimesh.Trimesh,
    face_surface: NDArray[np.integer[Any]],
    patterns: Sequence[Pattern],
    metallic: Sequence[float],
    roughness: Sequence[float],
) -> None:
    """Tag each face of ``mesh`` with the pattern and PBR factors of its surface.

    ``face_surface`` indexes the per-surface ``patterns``, ``metallic`` and ``roughness``;
    NaN factors mean "the model's default factors".
    """
    face_surface = np.asarray(face_surface, np.int64)
    if len(face_surface) != len(mesh.faces):
        raise ValueError(f"{len(face_surface)} surface ids for {len(mesh.faces)} faces")
    codes = np.array([PATTERNS.index(pattern) for pattern in patterns], np.uint8)
    factors = np.column_stack([metallic, roughness]).astype(np.float32).reshape(-1, 2)
    mesh.face_attributes[FACE_PATTERN] = codes[face_surface]
    mesh.face_attributes[FACE_PBR] = factors[face_surface]


def face_colors(mesh: trimesh.Trimesh) -> NDArray[np.uint8]:
    """One RGBA colour per face: the colour most of its three vertices carry."""
    visual: Any = mesh.visual  # ColorVisuals: callers check the visual kind
    colors = np.asarray(visual.vertex_colors, np.uint8)[mesh.faces]  # (F, 3, 4)
    first, second, third = colors[:, 0], colors[:, 1], colors[:, 2]
    # of three vertices at least two agree unless all differ; then the first one wins
    take_second = np.all(second == third, axis=1) & ~np.all(first == second, axis=1)
    return np.where(take_second[:, None], second, first)


@dataclass(frozen=True)
class _Surface:
    """What one atlas region shows: a colour in a pattern with its PBR factors."""

    rgb: tuple[int, int, int]
    pattern: Pattern
    metallic: float
    roughness: float


def bake_materials(
    mesh: trimesh.Trimesh,
    texture_size: int = 1024,
    metallic: float = 0.0,
    roughness: float = 0.9,
) -> trimesh.Trimesh:
    """A copy of a vertex-coloured mesh with UVs into a base colour (and PBR) atlas.

    ``metallic``/``roughness`` apply to faces without factors of their own. The atlas is at
    most ``texture_size`` pixels on each side (plain models keep a few 8 px cells).
    """
    # plain cells never shrink: at most half the atlas goes to them, the rest is for patterns
    max_colours = max(8, (texture_size // CELL_PX) ** 2 // 2)
    surfaces, face_surface = _surfaces(mesh, metallic, roughness, max_colours)
    face_chart, charts = _charts(mesh, surfaces, face_surface)
    layout = _layout(charts, _unit_m(mesh), texture_size)
    # a vertex is duplicated once per chart among the faces that use it; one int64 key per
    # corner, because np.unique over rows (axis=0) sorts several times slower
    chart_count = len(charts.surface)
    corner_keys = np.asarray(mesh.faces, np.int64).reshape(-1) * chart_count + np.repeat(
        face_chart, 3
    )
    unique_keys, corner_to_vertex = np.unique(corner_keys, return_inverse=True)
    source_vertex, vertex_chart = np.divmod(unique_keys, chart_count)
    vertices = np.asarray(mesh.vertices, np.float64)[source_vertex]
    uv = layout.uv(vertices, vertex_chart)
    image, pbr_image = _paint(layout, surfaces)
    baked = trimesh.Trimesh(vertices=vertices, faces=corner_to_vertex.reshape(-1, 3), process=False)
    if pbr_image is None:  # one metallic/roughness for all: plain factors, no second texture
        baked.visual = texture_visuals(uv, image, surfaces[0].metallic, surfaces[0].roughness)
    else:
        baked.visual = texture_visuals(uv, image, 1.0, 1.0, metallic_roughness=pbr_image)
    return baked


# -- surfaces and charts --------------------------------------------------------------------


def _surfaces(
    mesh: trimesh.Trimesh, metallic: float, roughness: float, max_colours: int
) -> tuple[list[_Surface], NDArray[np.int64]]:
    """The distinct surfaces (dark colours lifted) and the surface index of each face.

    A mesh with more than ``max_colours`` face colours (a neural model's continuous vertex
    colours) has them posterised, a bit per channel at a time, until they fit the atlas.
    """
    face_count = len(mesh.faces)
    rgb = _posterised(face_colors(mesh)[:, :3], max_colours).astype(np.float64)
    codes = np.asarray(mesh.face_attributes.get(FACE_PATTERN, np.zeros(face_count)), np.float64)
    pbr = np.asarray(mesh.face_attributes.get(FACE_PBR, np.full((face_count, 2), np.nan)))
    pbr = np.where(np.isnan(pbr), [metallic, roughness], pbr).astype(np.float32)
    # one int64 key per face (factors to 1/1000), as np.unique over rows is slow
    rgb_key = (
        (rgb[:, 0].astype(np.int64) << 16)
        | (rgb[:, 1].astype(np.int64) << 8)
        | rgb[:, 2].astype(np.int64)
    )
    factors = np.clip(np.round(pbr.astype(np.float64) * 1000), 0, 1000).astype(np.int64)
    keys = ((rgb_key * 256 + codes.astype(np.int64)) * 1001 + factors[:, 0]) * 1001 + factors[:, 1]
    _, first_face, face_surface = np.unique(keys, return_index=True, return_inverse=True)
    rows = np.column_stack([rgb, codes, factors / 1000.0])[first_face]
    surfaces = []
    for row in rows:
        lifted = _lift_dark(row[:3])
        rough = float(row[5])
        if _value(row[:3]) < _DARK_VALUE:
            rough = min(rough, _DARK_ROUGHNESS)
        surfaces.append(_Surface(lifted, PATTERNS[int(row[3])], round(float(row[4]), 3), rough))
    return surfaces, face_surface.reshape(-1).astype(np.int64)


def _posterised(rgb: NDArray[np.uint8], max_colours: int) -> NDArray[np.uint8]:
    """``rgb`` with the fewest low bits dropped that leave at most ``max_colours`` colours."""
    for dropped in range(8):
        mask = np.uint8((0xFF << dropped) & 0xFF)
        # the middle of each bucket, so posterised colours are not biased darker
        middle = np.uint8((1 << dropped) >> 1)
        reduced: NDArray[np.uint8] = (rgb & mask) | middle
        keys = (reduced[:, 0].astype(np.int64) << 16) | (reduced[:, 1].astype(np.int64) << 8)
        if len(np.unique(keys | reduced[:, 2].astype(np.int64))) <= max_colours:
            return reduced
    return reduced


def _value(rgb: NDArray[np.float64]) -> float:
    """HSV value (the brightest channel), 0..255: low only for colours near black.

    Luma would call saturated blue "dark" too, yet it shades visibly as it is.
    """
    return float(np.max(rgb))


def _lift_dark(rgb: NDArray[np.float64]) -> tuple[int, int, int]:
    """``rgb`` with a value below _DARK_LIFT_BELOW raised by grey into a visible range.

    Black (0) maps to _DARK_FLOOR and _DARK_LIFT_BELOW stays put, linearly in between, so dark
    colours keep their order and hue while shading can still be seen on them.
    """
    value = _value(rgb)
    if value >= _DARK_LIFT_BELOW:
        lifted = rgb
    else:
        target = _DARK_FLOOR + value * (_DARK_LIFT_BELOW - _DARK_FLOOR) / _DARK_LIFT_BELOW
        lifted = rgb + (target - value)
    red, green, blue = np.clip(np.round(lifted), 0, 255).astype(int)
    return int(red), int(green), int(blue)


@dataclass
class _Charts:
    """Atlas regions before placement; plain charts are one cell per plain surface."""

    surface: NDArray[np.int64]  #: (C,) surface of each chart
    plain: NDArray[np.bool_]  #: (C,) a flat cell instead of a projected chart
    axes: NDArray[np.int64]  #: (C, 2) the world axes along the chart's width and height
    low: NDArray[np.float64]  #: (C, 2) smallest projected coordinate (m)
    extent: NDArray[np.float64]  #: (C, 2) projected width and height (m)


def _charts(
    mesh: trimesh.Trimesh, surfaces: list[_Surface], face_surface: NDArray[np.int64]
) -> tuple[NDArray[np.int64], _Charts]:
    """Each face's chart: its plain surface's cell, or a component of one projection direction."""
    plain_surface = np.array([s.pattern in FLAT_PATTERNS for s in surfaces])
    normals = np.asarray(mesh.face_normals, np.float64)
    axis = np.abs(normals).argmax(axis=1)
    negative = normals[np.arange(len(normals)), axis] < 0
    # plain faces group by surface alone; patterned ones by surface and one of six directions
    key = np.where(
        plain_surface[face_surface], face_surface * 7 + 6, face_surface * 7 + axis * 2 + negative
    )
    count = len(key)
    component = np.zeros(count, np.int64)
    if not plain_surface[face_surface].all():  # adjacency is the costly part: only if needed
        pairs = np.asarray(mesh.face_adjacency, np.int64).reshape(-1, 2)
        same = key[pairs[:, 0]] == key[pairs[:, 1]]
        linked = pairs[same & ~plain_surface[face_surface[pairs[:, 0]]]]
        graph = sparse.coo_matrix(
            (np.ones(len(linked)), (linked[:, 0], linked[:, 1])), shape=(count, count)
        )
        _, component = csgraph.connected_components(graph, directed=False)
    # a plain surface is one chart however its faces connect
    group = np.where(plain_surface[face_surface], -1 - face_surface, component)
    _, first_face, face_chart = np.unique(group, return_index=True, return_inverse=True)
    face_chart = face_chart.reshape(-1).astype(np.int64)
    chart_surface = face_surface[first_face]
    chart_axis = axis[first_face]
    axes = np.stack([(chart_axis + 1) % 3, (chart_axis + 2) % 3], axis=1)
    chart_count = len(first_face)
    corners = np.asarray(mesh.faces, np.int64).reshape(-1)
    corner_chart = np.repeat(face_chart, 3)
    positions = np.asarray(mesh.vertices, np.float64)[corners]
    projected = np.stack(
        [
            positions[np.arange(len(corners)), axes[corner_chart, 0]],
            positions[np.arange(len(corners)), axes[corner_chart, 1]],
        ],
        axis=1,
    )
    low = np.full((chart_count, 2), np.inf)
    high = np.full((chart_count, 2), -np.inf)
    np.minimum.at(low, corner_chart, projected)
    np.maximum.at(high, corner_chart, projected)
    extent = high - low
    # the long side along the atlas rows: grain and brushing run along each piece
    tall = extent[:, 1] > extent[:, 0]
    axes[tall] = axes[tall][:, ::-1]
    low[tall] = low[tall][:, ::-1]
    extent[tall] = extent[tall][:, ::-1]
    plain = plain_surface[chart_surface]
    return face_chart, _Charts(chart_surface, plain, axes, low, extent)


def _unit_m(mesh: trimesh.Trimesh) -> float:
    """The pattern unit in metres for this model."""
    diagonal = float(np.linalg.norm(np.ptp(np.asarray(mesh.vertices), axis=0)))
    return max(diagonal, 1e-6) / FEATURES_PER_DIAGONAL


# -- layout ---------------------------------------------------------------------------------


@dataclass
class _Layout:
    """Where every chart sits in the atlas, and at what density."""

    charts: _Charts
    origin: NDArray[np.int64]  #: (C, 2) top-left pixel (x, y) of each chart's rectangle
    size: NDArray[np.int64]  #: (C, 2) width and height of each rectangle in pixels
    bands: list[tuple[int, int, int]]  #: (surface or -1 for the cells, first row, end row)
    width: int
    height: int
    texels_per_m: float
    unit_px: float  #: the pattern unit in texels

    def uv(self, vertices: NDArray[np.float64], chart: NDArray[np.int64]) -> NDArray[np.float64]:
        """UVs (origin bottom-left) of ``vertices``, each projected into its chart."""
        charts = self.charts
        rows = np.arange(len(vertices))
        along = vertices[rows, charts.axes[chart, 0]] - charts.low[chart, 0]
        across = vertices[rows, charts.axes[chart, 1]] - charts.low[chart, 1]
        x = self.origin[chart, 0] + _CHART_PAD + along * self.texels_per_m
        y = self.origin[chart, 1] + _CHART_PAD + across * self.texels_per_m
        plain = charts.plain[chart]
        x = np.where(plain, self.origin[chart, 0] + CELL_PX / 2, x)
        y = np.where(plain, self.origin[chart, 1] + CELL_PX / 2, y)
        return np.stack([x / self.width, 1.0 - y / self.height], axis=1)


def _layout(charts: _Charts, unit_m: float, texture_size: int) -> _Layout:
    """Pack the charts into rows, each surface in its own band, at the highest density that fits."""
    texels_per_m = _TEXELS_PER_UNIT / unit_m
    plain_count = int(charts.plain.sum())
    # plain-only models keep today's square-ish grid of cells
    cell_columns = max(1, math.ceil(math.sqrt(plain_count))) if plain_count else 1
    while True:
        sizes = np.where(
            charts.plain[:, None],
            CELL_PX,
            np.ceil(charts.extent * texels_per_m).astype(np.int64) + 1 + 2 * _CHART_PAD,
        ).astype(np.int64)
        area = float(np.prod(sizes, axis=1).sum())
        width = max(int(sizes[:, 0].max()), cell_columns * CELL_PX, math.ceil(math.sqrt(area)))
        width = min(texture_size, 8 * math.ceil(width / 8))
        if int(sizes[:, 0].max()) <= width:
            origin, bands, height = _shelves(sizes, charts.surface, charts.plain, width)
            if height <= texture_size:
                break
        if texels_per_m * unit_m < 1e-6:  # only plain cells are left, and they never shrink
            raise ValueError(f"{len(sizes)} texture charts do not fit in {texture_size} px")
        texels_per_m *= 0.8
    return _Layout(
        charts,
        origin,
        sizes,
        bands,
        width,
        8 * math.ceil(height / 8),
        texels_per_m,
        texels_per_m * unit_m,
    )


def _shelves(
    sizes: NDArray[np.int64], surface: NDArray[np.int64], plain: NDArray[np.bool_], width: int
) -> tuple[NDArray[np.int64], list[tuple[int, int, int]], int]:
    """Shelf packing: rows of rectangles, tallest first, a new band for every surface.

    Written here rather than taken from a packing library: there are a few dozen rectangles,
    and the bands (one pattern field per surface) are a constraint general packers lack.
    """
    group = np.where(plain, -1, surface)
    order = np.lexsort((-sizes[:, 1], group))
    origin = np.zeros_like(sizes)
    bands: list[tuple[int, int, int]] = []
    x = y = shelf = 0
    current: int | None = None
    band_start = 0
    for index in order.tolist():
        if group[index] != current:
            y += shelf
            if current is not None:
                bands.append((current, band_start, y))
            current, band_start, x, shelf = int(group[index]), y, 0, 0
        chart_width, chart_height = int(sizes[index, 0]), int(sizes[index, 1])
        if x + chart_width > width:
            y, x, shelf = y + shelf, 0, 0
        origin[index] = (x, y)
        x += chart_width
        shelf = max(shelf, chart_height)
    y += shelf
    if current is not None:
        bands.append((current, band_start, y))
    return origin, bands, y


# -- painting -------------------------------------------------------------------------------


def _paint(layout: _Layout, surfaces: list[_Surface]) -> tuple[Image.Image, Image.Image | None]:
    """The base colour atlas, and the metallic-roughness atlas when surfaces differ in it."""
    height, width = layout.height, layout.width
    color = np.zeros((height, width, 3), np.uint8)
    pbr = np.zeros((height, width, 3), np.uint8)
    pbr[..., 0] = 255  # R is occlusion in ORM packing; unused by glTF here, kept neutral
    charts = layout.charts
    for group, start, end in layout.bands:
        if group < 0:  # the plain cells, one flat colour each
            for chart in np.flatnonzero(charts.plain).tolist():
                x, y = layout.origin[chart]
                surface = surfaces[int(charts.surface[chart])]
                color[y : y + CELL_PX, x : x + CELL_PX] = _flat_color(surface)
                pbr[y : y + CELL_PX, x : x + CELL_PX, 1:] = _pbr_bytes(surface)
            continue
        surface = surfaces[group]
        seed = zlib.crc32(repr(surface).encode())
        color[start:end] = shade(
            surface.pattern, surface.rgb, (end - start, width), layout.unit_px, seed
        )
        pbr[start:end, :, 1:] = _pbr_bytes(surface)
    factors = {(s.metallic, s.roughness) for s in surfaces}
    pbr_image = Image.fromarray(pbr, "RGB") if len(factors) > 1 else None
    image = Image.fromarray(color, "RGB")
    if not charts.plain.all():
        # A palette PNG: each surface is one colour times a shade, so 256 colours lose about
        # two levels on average, while the file is 4-6x smaller and encodes 5x faster.
        image = image.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    return image, pbr_image


def _flat_color(surface: _Surface) -> tuple[int, int, int]:
    """The one colour of a flat cell: the surface's colour, as its pattern treats it on average."""
    if surface.pattern is Pattern.PLAIN:
        return surface.rgb
    field = shade(surface.pattern, surface.rgb, (4 * CELL_PX, 4 * CELL_PX), 1.0, seed=0)
    red, green, blue = np.round(field.reshape(-1, 3).mean(axis=0)).astype(int)
    return int(red), int(green), int(blue)


def _pbr_bytes(surface: _Surface) -> tuple[int, int]:
    """glTF metallicRoughness texel: G = roughness, B = metallic."""
    return round(surface.roughness * 255), round(surface.metallic * 255)


class _Shade(NamedTuple):
    """A pattern's effect: multiply the colour by ``scale``, then mix ``mix`` of ``toward``."""

    scale: FloatArray
    mix: FloatArray | float = 0.0
    toward: tuple[int, int, int] = (255, 255, 255)


def shade(
    pattern: Pattern, rgb: tuple[int, int, int], shape: tuple[int, int], unit_px: float, seed: int
) -> NDArray[np.uint8]:
    """An (H, W, 3) field of ``pattern`` in colour ``rgb``; grain and streaks run along W."""
    rng = np.random.default_rng(seed)
    effect = _PATTERN_SHADES[pattern](rng, shape, max(unit_px, 1.0))
    base = np.asarray(rgb, np.float32) * effect.scale[..., None]
    mix = np.asarray(effect.mix, np.float32)
    if mix.ndim:
        mix = mix[..., None]
    out = base * (1.0 - mix) + np.asarray(effect.toward, np.float32) * mix
    texels: NDArray[np.uint8] = np.clip(np.round(out), 0, 255).astype(np.uint8)
    return texels


def _noise(
    rng: np.random.Generator, shape: tuple[int, int], cell_h: float, cell_w: float
) -> FloatArray:
    """Smooth value noise in 0..1 with features ``cell_h`` x ``cell_w`` pixels (bicubic grid)."""
    height, width = shape
    cell_h, cell_w = max(cell_h, 1.0), max(cell_w, 1.0)
    grid_h, grid_w = int(height / cell_h) + 4, int(width / cell_w) + 4
    grid = rng.random((grid_h, grid_w), dtype=np.float32)
    big = cv2.resize(
        grid, (round(grid_w * cell_w), round(grid_h * cell_h)), interpolation=cv2.INTER_CUBIC
    )
    top, left = int(cell_h), int(cell_w)
    field: FloatArray = np.clip(big[top : top + height, left : left + width], 0.0, 1.0)
    return field


def _smoothstep(low: float, high: float, value: FloatArray) -> FloatArray:
    """0 below ``low``, 1 above ``high``, a smooth ramp between."""
    t = np.clip((value - low) / (high - low), 0.0, 1.0)
    ramp: FloatArray = t * t * (3.0 - 2.0 * t)
    return ramp


def _rows_cols(shape: tuple[int, int]) -> tuple[FloatArray, FloatArray]:
    """Row and column coordinates of every texel."""
    rows, cols = np.mgrid[0 : shape[0], 0 : shape[1]].astype(np.float32)
    return rows, cols


def _plain(_rng: np.random.Generator, shape: tuple[int, int], _unit: float) -> _Shade:
    return _Shade(np.ones(shape, np.float32))


def _wood(rng: np.random.Generator, shape: tuple[int, int], unit: float) -> _Shade:
    """Flat-sawn grain: wavy dark late-wood lines along the piece, fine fibres, soft figure."""
    rows, _ = _rows_cols(shape)
    warp = 2.5 * _noise(rng, shape, 5 * unit, 30 * unit) + 0.35 * _noise(rng, shape, unit, 8 * unit)
    rings = (rows / (1.7 * unit) + warp) % 1.0
    late = np.exp(-(((rings - 0.5) / 0.14) ** 2))
    fibre = _noise(rng, shape, 0.3 * unit, 10 * unit)
    figure = _noise(rng, shape, 8 * unit, 20 * unit)
    return _Shade(1.12 - 0.34 * late - 0.14 * fibre + 0.12 * (figure - 0.5))


def _brushed_metal(rng: np.random.Generator, shape: tuple[int, int], unit: float) -> _Shade:
    """Fine streaks along the piece over a faint large-scale variation."""
    streaks = _noise(rng, shape, 1.0, 25 * unit)
    fine = _noise(rng, shape, 0.5 * unit, 6 * unit)
    low = _noise(rng, shape, 12 * unit, 12 * unit)
    return _Shade(1.0 + 0.14 * (streaks - 0.5) + 0.06 * (fine - 0.5) + 0.08 * (low - 0.5))


def _polished_metal(rng: np.random.Generator, shape: tuple[int, int], unit: float) -> _Shade:
    """Gold, silver, chrome: a mirror-like surface with soft broad reflections."""
    _, cols = _rows_cols(shape)
    low = _noise(rng, shape, 10 * unit, 10 * unit)
    sheen = np.sin(cols / (12 * unit) * 2 * np.pi + 4 * low) * 0.5 + 0.5
    # soft and low: stronger bands would show where box-projection charts meet on curves
    return _Shade(0.94 + 0.12 * sheen**3 + 0.05 * (low - 0.5))


def _leather(rng: np.random.Generator, shape: tuple[int, int], unit: float) -> _Shade:
    """Pebble grain: a fine network of shallow creases (ridged noise) over worn, soft sheen."""
    pebbles = 1.0 - np.abs(2.0 * _noise(rng, shape, 0.45 * unit, 0.45 * unit) - 1.0)
    wrinkles = 1.0 - np.abs(2.0 * _noise(rng, shape, 1.6 * unit, 2.4 * unit) - 1.0)
    wear = _noise(rng, shape, 6 * unit, 6 * unit)
    creases = 0.2 * _smoothstep(0.7, 0.95, pebbles) + 0.22 * _smoothstep(0.88, 0.99, wrinkles)
    return _Shade(1.06 - creases + 0.3 * (wear - 0.5))


def _fabric(rng: np.random.Generator, shape: tuple[int, int], unit: float) -> _Shade:
    """Plain weave: threads that pass over and under each other in a checkerboard."""
    rows, cols = _rows_cols(shape)
    pitch = max(0.75 * unit, 3.0)
    row_cell, col_cell = np.floor(rows / pitch), np.floor(cols / pitch)
    across = np.sin(np.pi * (rows / pitch - row_cell))
    along = np.sin(np.pi * (cols / pitch - col_cell))
    warp_on_top = (row_cell + col_cell) % 2 == 0
    thread = np.where(warp_on_top, along, across) ** 0.7
    fuzz = _noise(rng, shape, 0.3 * unit, 0.3 * unit)
    return _Shade(0.66 + 0.4 * thread + 0.1 * (fuzz - 0.5))


def _stone(rng: np.random.Generator, shape: tuple[int, int], unit: float) -> _Shade:
    """Mottled rock with dark and light specks."""
    mottle = (
        0.5 * _noise(rng, shape, 5 * unit, 5 * unit)
        + 0.3 * _noise(rng, shape, 1.6 * unit, 1.6 * unit)
        + 0.2 * _noise(rng, shape, 0.5 * unit, 0.5 * unit)
    )
    specks = _noise(rng, shape, 0.35 * unit, 0.35 * unit)
    dark = 0.3 * _smoothstep(0.8, 0.9, specks)
    light = 0.18 * _smoothstep(0.8, 0.9, 1.0 - specks)
    return _Shade(0.86 + 0.32 * (mottle - 0.5) * 2 - dark + light)


def _marble(rng: np.random.Generator, shape: tuple[int, int], unit: float) -> _Shade:
    """Thin dark veins wandering diagonally over a pale, faintly clouded base."""
    rows, cols = _rows_cols(shape)
    turbulence = 0.6 * _noise(rng, shape, 6 * unit, 6 * unit) + 0.4 * _noise(
        rng, shape, 2 * unit, 2 * unit
    )
    phase = (0.6 * cols + rows) / (8 * unit) + 2.5 * turbulence
    veins = (1.0 - np.abs(np.sin(np.pi * phase))) ** 12
    cloud = _noise(rng, shape, 10 * unit, 10 * unit)
    return _Shade(1.02 - 0.4 * veins + 0.06 * (cloud - 0.5))


def _brick(rng: np.random.Generator, shape: tuple[int, int], unit: float) -> _Shade:
    """Running-bond bricks, each a little different, in light mortar."""
    rows, cols = _rows_cols(shape)
    brick_w, brick_h = 4.0 * unit, 1.4 * unit
    mortar = max(0.16 * unit, 1.0)
    course = np.floor(rows / brick_h)
    shifted = cols + (course % 2) * brick_w / 2
    column = np.floor(shifted / brick_w)
    in_mortar = ((rows - course * brick_h) < mortar) | ((shifted - column * brick_w) < mortar)
    tints = rng.uniform(0.82, 1.12, (int(course.max()) + 1, int(column.max()) + 1))
    tint = tints[course.astype(np.int64), column.astype(np.int64)].astype(np.float32)
    grit = _noise(rng, shape, 0.4 * unit, 0.4 * unit)
    mix = in_mortar.astype(np.float32) * 0.9
    return _Shade(tint * (0.94 + 0.12 * grit), mix, (205, 200, 190))


def _ceramic(rng: np.random.Generator, shape: tuple[int, int], unit: float) -> _Shade:
    """A smooth glaze with slight pooling."""
    low = _noise(rng, shape, 12 * unit, 12 * unit)
    fine = _noise(rng, shape, 2 * unit, 2 * unit)
    return _Shade(1.0 + 0.04 * (low - 0.5) + 0.025 * (fine - 0.5))


def _glass(rng: np.random.Generator, shape: tuple[int, int], unit: float) -> _Shade:
    """A light, even tint with the faintest ripple: it reads as clear by colour and gloss.

    No reflection bands: on curved glass the box-projection charts would cut them into
    visible patches; viewers draw the highlights from the low roughness instead.
    """
    ripple = _noise(rng, shape, 6 * unit, 6 * unit)
    return _Shade(np.ones(shape, np.float32), 0.35 + 0.04 * ripple)


def _plastic(rng: np.random.Generator, shape: tuple[int, int], unit: float) -> _Shade:
    """Smooth and even, with the faintest moulding variation."""
    return _Shade(1.0 + 0.03 * (_noise(rng, shape, 10 * unit, 10 * unit) - 0.5))


def _rubber(rng: np.random.Generator, shape: tuple[int, int], unit: float) -> _Shade:
    """Matte with a fine grit."""
    grit = _noise(rng, shape, 0.35 * unit, 0.35 * unit)
    return _Shade(0.94 + 0.14 * grit)


def _paper(rng: np.random.Generator, shape: tuple[int, int], unit: float) -> _Shade:
    """Fine fibres over a faint cloud."""
    fibres = _noise(rng, shape, 0.25 * unit, 0.6 * unit)
    cloud = _noise(rng, shape, 6 * unit, 6 * unit)
    return _Shade(0.96 + 0.07 * fibres + 0.04 * (cloud - 0.5))


_PATTERN_SHADES: dict[Pattern, Callable[[np.random.Generator, tuple[int, int], float], _Shade]] = {
    Pattern.PLAIN: _plain,
    Pattern.WOOD: _wood,
    Pattern.BRUSHED_METAL: _brushed_metal,
    Pattern.POLISHED_METAL: _polished_metal,
    Pattern.LEATHER: _leather,
    Pattern.FABRIC: _fabric,
    Pattern.STONE: _stone,
    Pattern.MARBLE: _marble,
    Pattern.BRICK: _brick,
    Pattern.CERAMIC: _ceramic,
    Pattern.GLASS: _glass,
    Pattern.PLASTIC: _plastic,
    Pattern.RUBBER: _rubber,
    Pattern.PAPER: _paper,
}
