"""Headless preview rendering with moderngl over EGL (Mesa llvmpipe works without a GPU)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import moderngl
import numpy as np
import trimesh
from numpy.typing import NDArray
from PIL import Image

from meshforge.mesh.texture import texture_image, vertex_colors

#: Rendered at this multiple of the requested size and downsampled: cheap anti-aliasing.
_SUPERSAMPLE = 2
_BACKGROUND_RGB = (0.82, 0.82, 0.84)

_VERTEX_SHADER = """
#version 330
uniform mat3 rotation;
uniform vec3 center;
uniform float scale;
in vec3 in_position;
in vec3 in_normal;
in vec2 in_uv;
in vec3 in_color;
out vec3 v_normal;
out vec2 v_uv;
out vec3 v_color;
void main() {
    vec3 p = rotation * ((in_position - center) * scale);
    // Orthographic camera on +Z looking down -Z; nearer points get smaller depth.
    gl_Position = vec4(p.xy, -p.z * 0.5, 1.0);
    v_normal = rotation * in_normal;
    v_uv = in_uv;
    v_color = in_color;
}
"""

_FRAGMENT_SHADER = """
#version 330
uniform sampler2D base_color;
uniform bool textured;
in vec3 v_normal;
in vec2 v_uv;
in vec3 v_color;
out vec4 f_color;
void main() {
    vec3 albedo = textured ? texture(base_color, v_uv).rgb : v_color;
    // Lambert with a key light from the upper left of the camera plus ambient fill.
    float diffuse = max(dot(normalize(v_normal), normalize(vec3(-0.4, 0.6, 0.85))), 0.0);
    f_color = vec4(albedo * (0.35 + 0.65 * diffuse), 1.0);
}
"""


class MeshRenderer:
    """Renders one mesh from many angles, reusing one EGL context and its GPU buffers."""

    def __init__(self, mesh: trimesh.Trimesh, size: int = 512) -> None:
        """Upload ``mesh`` to a fresh headless context that renders ``size``-pixel squares."""
        if len(mesh.faces) == 0:
            raise ValueError("cannot render a mesh without faces")
        self.size = size
        # moderngl's stub mistypes keyword settings; a dict of Any passes them unchanged.
        settings: dict[str, Any] = {"backend": "egl"}
        self._ctx = moderngl.create_standalone_context(**settings)
        try:
            self._setup(mesh)
        except BaseException:
            self._ctx.release()
            raise

    def _setup(self, mesh: trimesh.Trimesh) -> None:
        """Compile shaders, upload vertex data and texture, and create the framebuffer."""
        ctx = self._ctx
        # Split vertices along sharp edges so hard-surface meshes do not shade like blobs.
        mesh = trimesh.graph.smooth_shade(mesh)
        self._program = ctx.program(vertex_shader=_VERTEX_SHADER, fragment_shader=_FRAGMENT_SHADER)
        vertices = np.asarray(mesh.vertices, np.float32)
        normals = np.asarray(mesh.vertex_normals, np.float32)
        image = texture_image(mesh)
        if image is not None:
            uv = np.asarray(mesh.visual.uv, np.float32)  # type: ignore[union-attr]
            colors = np.ones((len(vertices), 3), np.float32)
        else:
            uv = np.zeros((len(vertices), 2), np.float32)
            colors = vertex_colors(mesh)[:, :3].astype(np.float32) / 255.0
        interleaved = np.hstack([vertices, normals, uv, colors]).astype(np.float32)
        vbo = ctx.buffer(interleaved.tobytes())
        ibo = ctx.buffer(np.asarray(mesh.faces, np.uint32).tobytes())
        self._vao = ctx.vertex_array(
            self._program,
            [(vbo, "3f 3f 2f 3f", "in_position", "in_normal", "in_uv", "in_color")],
            index_buffer=ibo,
        )
        self._uniform("textured").value = image is not None
        if image is not None:
            # GL's first texel row is v = 0, the bottom of the image in UV convention.
            rgb = image.convert("RGB").transpose(Image.Transpose.FLIP_TOP_BOTTOM)
            texture = ctx.texture(rgb.size, 3, rgb.tobytes())
            texture.build_mipmaps()
            texture.use(location=0)
            self._uniform("base_color").value = 0

        bounds = np.asarray(mesh.bounds, np.float64)
        center = bounds.mean(axis=0)
        radius = float(np.linalg.norm(vertices - center, axis=1).max()) or 1.0
        self._uniform("center").value = tuple(float(c) for c in center)
        self._uniform("scale").value = 0.95 / radius
        side = self.size * _SUPERSAMPLE
        self._fbo = ctx.simple_framebuffer((side, side))

    def _uniform(self, name: str) -> moderngl.Uniform:
        """The shader uniform called ``name``."""
        member = self._program[name]
        if not isinstance(member, moderngl.Uniform):
            raise TypeError(f"{name} is not a uniform of the preview shader")
        return member

    def render(self, azimuth_deg: float, elevation_deg: float = 0.0) -> Image.Image:
        """Render the view from ``azimuth_deg`` around +Y (0 = front, seen from +Z)."""
        self._uniform("rotation").write(_view_rotation(azimuth_deg, elevation_deg).T.tobytes())
        self._fbo.use()
        self._ctx.enable(moderngl.DEPTH_TEST)
        self._fbo.clear(*_BACKGROUND_RGB, 1.0, depth=1.0)
        self._vao.render(moderngl.TRIANGLES)
        side = self.size * _SUPERSAMPLE
        pixels = np.frombuffer(self._fbo.read(components=3), np.uint8).reshape(side, side, 3)
        frame = Image.fromarray(np.ascontiguousarray(pixels[::-1]))
        return frame.reduce(_SUPERSAMPLE)  # a box filter is exact for whole-number supersampling

    def close(self) -> None:
        """Release the GL context and everything uploaded to it."""
        self._ctx.release()

    def __enter__(self) -> MeshRenderer:
        """Use the renderer as a context manager that closes it on exit."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Close the renderer."""
        self.close()


def _view_rotation(azimuth_deg: float, elevation_deg: float) -> NDArray[np.float32]:
    """Model rotation that shows the mesh as a camera orbiting to the given angles sees it."""
    azimuth, elevation = math.radians(azimuth_deg), math.radians(elevation_deg)
    # Orbiting the camera by +azimuth equals turning the model by -azimuth.
    cos_a, sin_a = math.cos(-azimuth), math.sin(-azimuth)
    yaw = np.array([[cos_a, 0, sin_a], [0, 1, 0], [-sin_a, 0, cos_a]])
    cos_e, sin_e = math.cos(elevation), math.sin(elevation)
    pitch = np.array([[1, 0, 0], [0, cos_e, -sin_e], [0, sin_e, cos_e]])
    rotation: NDArray[np.float32] = (pitch @ yaw).astype(np.float32)
    return rotation


def render_views(
    mesh: trimesh.Trimesh, size: int = 512, angles_deg: Sequence[float] = (0, 45, 90, 180)
) -> list[Image.Image]:
    """Render ``mesh`` from each azimuth in ``angles_deg`` (0 = front from +Z, 90 = from +X)."""
    with MeshRenderer(mesh, size) as renderer:
        return [renderer.render(angle) for angle in angles_deg]


def save_contact_sheet(
    mesh: trimesh.Trimesh,
    path: Path,
    size: int = 512,
    angles_deg: Sequence[float] = (0, 45, 90, 180),
) -> Path:
    """Write the views of :func:`render_views` side by side into one PNG at ``path``."""
    views = render_views(mesh, size, angles_deg)
    sheet = Image.new("RGB", (size * len(views), size))
    for index, view in enumerate(views):
        sheet.paste(view, (index * size, 0))
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(path, format="PNG")
    return path
