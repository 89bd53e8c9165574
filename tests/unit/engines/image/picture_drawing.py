"""Drawing the test pictures: solids of revolution ray-cast, flat graphics, shaded shapes.

Round objects are ray-cast analytically (a solid of revolution under a key light, with a
highlight) so the shading is real; flat graphics are drawn as anti-aliased polygons in a few
flat colours; other objects are flat-painted shapes lit through the relief of their own
distance profile. Everything is drawn supersampled and averaged down, like a real render.
Each function returns the RGBA picture and its object's true mask.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
from scipy import interpolate, ndimage

SIZE = 320
#: Samples per pixel edge when drawing: coverage is anti-aliased like a real render.
_SUPER = 3
_LIGHT = np.array([-0.45, 0.55, 0.70])
WHITE = (255, 255, 255)


# --- round objects: solids of revolution, ray-cast ---------------------------------------------

#: profiles as (height fraction from the top, radius as a fraction of the height)
PROFILES: dict[str, list[tuple[float, float]]] = {
    "vase": [
        (0, 0.13),
        (0.06, 0.11),
        (0.18, 0.09),
        (0.45, 0.2),
        (0.72, 0.23),
        (0.95, 0.15),
        (1, 0.14),
    ],
    "bottle": [
        (0, 0.05),
        (0.28, 0.05),
        (0.36, 0.07),
        (0.46, 0.14),
        (0.52, 0.155),
        (0.97, 0.155),
        (1, 0.14),
    ],
    "goblet": [
        (0, 0.2),
        (0.1, 0.2),
        (0.3, 0.17),
        (0.45, 0.08),
        (0.5, 0.03),
        (0.85, 0.03),
        (0.93, 0.1),
        (1, 0.19),
    ],
    "lamp": [
        (0, 0.16),
        (0.32, 0.28),
        (0.36, 0.28),
        (0.38, 0.03),
        (0.85, 0.03),
        (0.88, 0.14),
        (1, 0.15),
    ],
    "spinning_top": [(0, 0.03), (0.12, 0.03), (0.16, 0.3), (0.35, 0.34), (0.7, 0.16), (1, 0.01)],
    "bowl": [(0, 0.62), (0.1, 0.6), (0.45, 0.5), (0.8, 0.3), (1, 0.22)],
    # written for the second held-out set (issue 14 leftovers), before the methods changed
    "candlestick": [
        (0, 0.06),
        (0.35, 0.06),
        (0.37, 0.12),
        (0.41, 0.05),
        (0.8, 0.04),
        (0.9, 0.16),
        (1, 0.2),
    ],
    "trophy": [
        (0, 0.3),
        (0.05, 0.29),
        (0.3, 0.22),
        (0.5, 0.06),
        (0.68, 0.05),
        (0.75, 0.14),
        (0.8, 0.2),
        (1, 0.22),
    ],
    "jar": [(0, 0.12), (0.08, 0.13), (0.12, 0.2), (0.2, 0.27), (0.85, 0.27), (1, 0.24)],
    "mushroom": [
        (0, 0.02),
        (0.1, 0.24),
        (0.3, 0.4),
        (0.42, 0.42),
        (0.46, 0.1),
        (0.9, 0.12),
        (1, 0.14),
    ],
}


def _pieces_pawn(v: np.ndarray) -> np.ndarray:
    head = np.sqrt(np.clip(0.12**2 - (v - 0.14) ** 2, 0, None))
    collar = np.where((v > 0.27) & (v < 0.32), 0.14, 0.0)
    body = np.where((v >= 0.3) & (v <= 0.82), 0.07 + (v - 0.3) * 0.19, 0.0)
    base = np.where((v > 0.82) & (v <= 0.92), 0.21, 0.0) + np.where(v > 0.92, 0.25, 0.0)
    return np.maximum.reduce([head, collar, body, base])


def _pieces_bishop(v: np.ndarray) -> np.ndarray:
    knob = np.sqrt(np.clip(0.035**2 - (v - 0.04) ** 2, 0, None))
    mitre = 0.1 * np.sqrt(np.clip(1 - ((v - 0.2) / 0.13) ** 2, 0, None))
    collar = np.where((v > 0.34) & (v < 0.39), 0.12, 0.0)
    body = np.where((v >= 0.37) & (v <= 0.84), 0.05 + (v - 0.37) * 0.22, 0.0)
    base = np.where((v > 0.84) & (v <= 0.93), 0.19, 0.0) + np.where(v > 0.93, 0.22, 0.0)
    return np.maximum.reduce([knob, mitre, collar, body, base])


def _pieces_egg(v: np.ndarray) -> np.ndarray:
    return 0.36 * np.sqrt(np.clip(1 - ((v - 0.55) / 0.45) ** 2 * (1 + 0.25 * (0.55 - v)), 0, None))


def _smooth_profile(points: list[tuple[float, float]]) -> Callable[[np.ndarray], np.ndarray]:
    heights, radii = zip(*points, strict=True)
    curve = interpolate.PchipInterpolator(heights, radii)
    return lambda v: np.where((v >= 0) & (v <= 1), curve(np.clip(v, 0, 1)), 0.0)


def _radius_fn(name: str) -> Callable[[np.ndarray], np.ndarray]:
    pieces = {"pawn": _pieces_pawn, "bishop": _pieces_bishop, "egg": _pieces_egg}
    if name in pieces:
        fn = pieces[name]
        return lambda v: np.where((v >= 0) & (v <= 1), fn(np.clip(v, 0, 1)), 0.0)
    return _smooth_profile(PROFILES[name])


def _lit(albedo: np.ndarray, normal: np.ndarray, light: np.ndarray) -> np.ndarray:
    """Lambert plus a Blinn-Phong highlight, for a camera on +z; albedo 0..1 per channel."""
    light = light / np.linalg.norm(light)
    diffuse = np.clip(normal @ light, 0, None)[..., None]
    half = light + np.array([0, 0, 1.0])
    half /= np.linalg.norm(half)
    specular = np.clip(normal @ half, 0, None)[..., None] ** 40
    return np.clip(albedo * (0.25 + 0.75 * diffuse) + 0.35 * specular, 0, 1)


def revolved(
    name: str,
    colors: Callable[[np.ndarray], np.ndarray],
    height_px: float = 260,
    light: np.ndarray = _LIGHT,
    background: tuple[int, int, int] | None = WHITE,
) -> tuple[np.ndarray, np.ndarray]:
    """A solid of revolution, ray-cast: RGBA (alpha meant when ``background`` is None), mask."""
    radius_of = _radius_fn(name)
    fine = SIZE * _SUPER
    coords = (np.arange(fine) + 0.5) / _SUPER
    x = coords[None, :] - SIZE / 2
    top = (SIZE - height_px) / 2
    v = (coords[:, None] - top) / height_px
    step = 1e-3
    radius = radius_of(v) * height_px
    slope = (radius_of(v + step) - radius_of(v - step)) / (2 * step)  # dR/dv, both in height
    inside = np.abs(x) < radius
    z = np.sqrt(np.clip(radius**2 - x**2, 0, None))
    safe = np.maximum(radius, 1e-6)
    # The gradient of sqrt(x² + z²) - R(v) with y up: v grows downwards, so its y part is R'(v).
    normal = np.dstack([x / safe, np.broadcast_to(slope, inside.shape), z / safe])
    normal /= np.maximum(np.linalg.norm(normal, axis=2, keepdims=True), 1e-9)
    albedo = np.broadcast_to(colors(v[:, 0])[:, None, :], (*inside.shape, 3))
    shaded = _lit(albedo, normal, light)
    return _composited(shaded, inside, background)


def _composited(
    shaded: np.ndarray, inside: np.ndarray, background: tuple[int, int, int] | None
) -> tuple[np.ndarray, np.ndarray]:
    """Supersampled colours and coverage down to SIZE², over ``background`` or as alpha."""
    coverage = inside.reshape(SIZE, _SUPER, SIZE, _SUPER).mean(axis=(1, 3))
    premultiplied = (shaded * inside[..., None]).reshape(SIZE, _SUPER, SIZE, _SUPER, 3)
    summed = premultiplied.mean(axis=(1, 3))
    rgba = np.zeros((SIZE, SIZE, 4), np.uint8)
    if background is None:
        color = summed / np.maximum(coverage, 1e-6)[..., None]
        rgba[..., :3] = np.rint(np.clip(color, 0, 1) * 255)
        rgba[..., 3] = np.rint(coverage * 255)
    else:
        back = np.asarray(background, float) / 255
        color = summed + (1 - coverage)[..., None] * back
        rgba[..., :3] = np.rint(np.clip(color, 0, 1) * 255)
        rgba[..., 3] = 255
    return rgba, coverage > 0.5


def bands(*stops: tuple[float, tuple[int, int, int]]) -> Callable[[np.ndarray], np.ndarray]:
    """Albedo by height: each stop's colour from its height fraction down to the next stop."""

    def colors(v: np.ndarray) -> np.ndarray:
        result = np.zeros((*v.shape, 3))
        for start, color in stops:
            result[v >= start] = np.asarray(color, float) / 255
        return result

    return colors


# --- flat graphics: a few flat colours, anti-aliased edges -------------------------------------

#: a drawing step: (draw onto a fine uint8 canvas with value 1, colour or None to cut a hole)
Layer = tuple[Callable[[np.ndarray], None], tuple[int, int, int] | None]


def _fine(points: np.ndarray) -> np.ndarray:
    """Picture coordinates (fractions of SIZE) to fine-canvas integer points."""
    return np.rint(np.asarray(points) * SIZE * _SUPER).astype(np.int32)


def polygon(points: list[tuple[float, float]] | np.ndarray) -> Callable[[np.ndarray], None]:
    """Fill a polygon given in fractions of the picture side."""
    return lambda canvas: cv2.fillPoly(canvas, [_fine(points)], 1)


def disc(cx: float, cy: float, r: float) -> Callable[[np.ndarray], None]:
    """Fill a circle given in fractions of the picture side."""
    center = (round(cx * SIZE * _SUPER), round(cy * SIZE * _SUPER))
    return lambda canvas: cv2.circle(canvas, center, round(r * SIZE * _SUPER), 1, -1)


def star(cx: float, cy: float, outer: float, inner: float, points: int = 5) -> np.ndarray:
    """Corners of a star with one point straight up (fractions of the side)."""
    angles = np.pi / 2 + np.arange(2 * points) * np.pi / points
    radii = np.where(np.arange(2 * points) % 2 == 0, outer, inner)
    return np.column_stack([cx + radii * np.cos(angles), cy - radii * np.sin(angles)])


def drawn(
    layers: list[Layer], background: tuple[int, int, int] | None
) -> tuple[np.ndarray, np.ndarray]:
    """Layers painted in order (a None colour cuts a hole), anti-aliased, RGBA and mask."""
    fine = SIZE * _SUPER
    color = np.zeros((fine, fine, 3))
    inside = np.zeros((fine, fine), bool)
    for draw, paint in layers:
        canvas = np.zeros((fine, fine), np.uint8)
        draw(canvas)
        region = canvas > 0
        if paint is None:
            inside &= ~region
        else:
            inside |= region
            color[region] = np.asarray(paint, float) / 255
    return _composited(color, inside, background)


# --- other objects: shaded from their own inflation --------------------------------------------


def shaded_shape(
    layers: list[Layer], background: tuple[int, int, int] | None, light: np.ndarray = _LIGHT
) -> tuple[np.ndarray, np.ndarray]:
    """Flat-painted layers given a rounded relief (their union's distance profile), lit."""
    fine = SIZE * _SUPER
    color = np.zeros((fine, fine, 3))
    inside = np.zeros((fine, fine), bool)
    for draw, paint in layers:
        canvas = np.zeros((fine, fine), np.uint8)
        draw(canvas)
        region = canvas > 0
        inside |= region
        color[region] = np.asarray(paint or (0, 0, 0), float) / 255
    distance = ndimage.distance_transform_edt(inside)
    reach = float(distance.max())
    height = np.sqrt(np.clip(distance * (2 * reach - distance), 0, None))
    height = ndimage.gaussian_filter(height, 2 * _SUPER)
    d_row, d_col = np.gradient(height)
    normal = np.dstack([-d_col, d_row, np.ones_like(height)])
    normal /= np.linalg.norm(normal, axis=2, keepdims=True)
    return _composited(_lit(color, normal, light), inside, background)


def ball_on_shadow(
    paint: tuple[int, int, int], shadow_dx: float, shadow_dy: float, darkness: float = 0.45
) -> tuple[np.ndarray, np.ndarray]:
    """A lit ball on white over a soft grey drop shadow; the mask is the ball alone."""
    fine = SIZE * _SUPER
    coords = (np.arange(fine) + 0.5) / fine
    x, y = coords[None, :] - 0.5, coords[:, None] - 0.45
    radius = 0.3
    inside = x**2 + y**2 < radius**2
    z = np.sqrt(np.clip(radius**2 - x**2 - y**2, 0, None))
    normal = np.dstack([x + 0 * y, -y + 0 * x, z]) / radius
    shaded = _lit(np.broadcast_to(np.asarray(paint, float) / 255, (fine, fine, 3)), normal, _LIGHT)
    shadow = ((x - shadow_dx) / (radius * 1.1)) ** 2 + ((y - radius - shadow_dy) / 0.07) ** 2 < 1
    soft = ndimage.gaussian_filter(shadow.astype(float), 0.035 * fine)
    floor = np.repeat((1 - darkness * soft)[..., None], 3, axis=2)
    picture = np.where(inside[..., None], shaded, floor)
    rgba, _ = _composited(picture, np.ones_like(inside), WHITE)
    _, mask = _composited(shaded, inside, WHITE)
    return rgba, mask


# --- how pictures reach users: coloured backdrops, drop shadows, JPEG --------------------------


def over_backdrop(
    made: tuple[np.ndarray, np.ndarray],
    backdrop: tuple[int, int, int],
    shadow: tuple[float, float, float, float] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """A picture drawn with alpha put on an opaque backdrop, optionally over a drop shadow.

    ``shadow`` is (dx, dy, blur, darkness): the object's coverage shifted by dx, dy
    (fractions of the side), blurred by ``blur`` (fraction of the side) and darkening the
    backdrop by up to ``darkness``. The true mask stays the object alone.
    """
    rgba, mask = made
    coverage = rgba[..., 3].astype(float) / 255
    floor = np.broadcast_to(np.asarray(backdrop, float) / 255, (SIZE, SIZE, 3)).copy()
    if shadow is not None:
        dx, dy, blur, darkness = shadow
        shifted = ndimage.shift(coverage, (dy * SIZE, dx * SIZE), order=1, mode="constant")
        soft = ndimage.gaussian_filter(shifted, blur * SIZE)
        floor *= (1 - darkness * soft)[..., None]
    color = rgba[..., :3].astype(float) / 255
    picture = coverage[..., None] * color + (1 - coverage[..., None]) * floor
    out = np.zeros((SIZE, SIZE, 4), np.uint8)
    out[..., :3] = np.rint(np.clip(picture, 0, 1) * 255)
    out[..., 3] = 255
    return out, mask


def jpeg(made: tuple[np.ndarray, np.ndarray], quality: int) -> tuple[np.ndarray, np.ndarray]:
    """An opaque picture saved as JPEG at ``quality`` and read back (blocks, ringing)."""
    rgba, mask = made
    ok, encoded = cv2.imencode(
        ".jpg", cv2.cvtColor(rgba[..., :3], cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality]
    )
    assert ok
    decoded = cv2.cvtColor(cv2.imdecode(encoded, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    out = rgba.copy()
    out[..., :3] = decoded
    return out, mask
