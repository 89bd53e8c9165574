"""Preview media for a finished mesh: a turntable mp4 and a three-quarter thumbnail PNG.

Frames come from :class:`meshforge.mesh.render.MeshRenderer` (moderngl over Mesa's EGL, so
no GPU or X server is needed); the video is encoded in-process with PyAV.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import av
import av.codec
import numpy as np
import trimesh
from av.video.reformatter import ColorPrimaries, ColorRange, Colorspace, ColorTrc
from av.video.stream import VideoStream

from meshforge.mesh.render import MeshRenderer

#: Camera height for the turntable: enough to read the top without losing the sides.
TURNTABLE_ELEVATION_DEG = 18.0
#: Three-quarter view for the thumbnail: front and one side at once, top visible.
THUMBNAIL_AZIMUTH_DEG = 35.0
THUMBNAIL_ELEVATION_DEG = 20.0

#: Browsers play H.264 in yuv420p everywhere; mpeg4 (part 2) is only the last resort.
_CODECS = ("libx264", "mpeg4")
#: Clean for flat-shaded renders at ~150 KB; "veryfast" halves "fast"'s time at equal quality.
_X264_OPTIONS = {"crf": "20", "preset": "veryfast"}
_EGL_HELP = (
    "mesh previews need Mesa's EGL for headless OpenGL "
    "(apt-get install libegl1 libegl-mesa0 libgl1-mesa-dri)"
)


def write_previews(
    mesh: trimesh.Trimesh,
    directory: Path,
    stem: str,
    *,
    frames: int = 72,
    size: int = 512,
    fps: int = 24,
) -> list[Path]:
    """Write ``<stem>_turntable.mp4`` and ``<stem>_thumbnail.png`` into ``directory``.

    The turntable orbits the camera once around +Y (360° over ``frames`` frames, starting at
    the front, seen from +Z) at a slight elevation; the camera distance follows the mesh's
    bounding sphere, so the object stays centred and never clips. The thumbnail is one frame
    from a three-quarter view. Each file appears atomically, thumbnail first, video last.

    Returns ``[video, thumbnail]``. Raises ``ValueError`` for a mesh without faces or bad
    arguments, and ``RuntimeError`` when no EGL context can be created.
    """
    if len(mesh.faces) == 0:
        raise ValueError("cannot preview a mesh without faces")
    if frames < 1 or fps < 1:
        raise ValueError(f"frames and fps must be positive, got {frames} and {fps}")
    # yuv420p stores chroma at half resolution, so H.264 needs even dimensions.
    if size < 16 or size % 2:
        raise ValueError(f"size must be an even number of pixels >= 16, got {size}")
    directory.mkdir(parents=True, exist_ok=True)
    video = directory / f"{stem}_turntable.mp4"
    thumbnail = directory / f"{stem}_thumbnail.png"
    with _open_renderer(mesh, size) as renderer:
        image = renderer.render(THUMBNAIL_AZIMUTH_DEG, THUMBNAIL_ELEVATION_DEG)
        _write_atomically(thumbnail, lambda path: image.save(path, format="PNG"))
        _write_atomically(video, lambda path: _encode_turntable(renderer, path, frames, fps))
    return [video, thumbnail]


def turntable_azimuths(frames: int) -> list[float]:
    """Azimuth of each turntable frame: evenly spaced, the frame at 360° left out.

    Leaving out the closing frame makes the video loop seamlessly: frame 0 follows the last.
    """
    return [360.0 * index / frames for index in range(frames)]


@contextlib.contextmanager
def _open_renderer(mesh: trimesh.Trimesh, size: int) -> Iterator[MeshRenderer]:
    """A renderer for ``mesh``, turning a failed EGL context into an actionable error."""
    try:
        renderer = MeshRenderer(mesh, size)
    except Exception as exc:
        # glcontext reports a missing libEGL / failed eglInitialize as a bare Exception;
        # anything more specific (ValueError, moderngl.Error, ...) is not about EGL.
        if type(exc) is not Exception:
            raise
        raise RuntimeError(f"{_EGL_HELP}: {exc}") from exc
    with renderer:
        yield renderer


def _write_atomically(target: Path, write: Callable[[Path], object]) -> None:
    """Call ``write`` on a temporary path beside ``target``, then rename it into place.

    Readers (the file server, a polling client) thus see either no file or a complete one.
    """
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _encode_turntable(renderer: MeshRenderer, path: Path, frames: int, fps: int) -> None:
    """Render the turntable and encode it into an mp4 at ``path`` as frames arrive.

    Encoding each frame right after rendering it lets x264's worker threads compress while
    llvmpipe draws the next frame.
    """
    codec = _video_codec()
    # +faststart moves the index to the front, so browsers start playing before the end.
    options = {"movflags": "+faststart"}
    with av.open(str(path), mode="w", format="mp4", options=options) as container:
        stream = container.add_stream(codec, rate=fps)
        if not isinstance(stream, VideoStream):
            raise TypeError(f"{codec} is not a video encoder")
        stream.width = stream.height = renderer.size
        stream.pix_fmt = "yuv420p"
        if codec == "libx264":
            stream.options = dict(_X264_OPTIONS)
        else:
            stream.bit_rate = 4_000_000
        # Tag the colours the frames are converted with, so players do not guess BT.601.
        # (PyAV has no AVColorSpace enum; swscale's ITU709 has the same value, 1.)
        stream.codec_context.colorspace = Colorspace.ITU709
        stream.codec_context.color_primaries = ColorPrimaries.BT709
        stream.codec_context.color_trc = ColorTrc.BT709
        stream.codec_context.color_range = ColorRange.MPEG
        for azimuth in turntable_azimuths(frames):
            pixels = np.asarray(renderer.render(azimuth, TURNTABLE_ELEVATION_DEG))
            rgb = av.VideoFrame.from_ndarray(pixels, format="rgb24")
            frame = rgb.reformat(
                format="yuv420p", dst_colorspace=Colorspace.ITU709, dst_color_range=ColorRange.MPEG
            )
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))


def _video_codec() -> str:
    """The first encoder in :data:`_CODECS` that this FFmpeg build has."""
    for name in _CODECS:
        with contextlib.suppress(av.codec.codec.UnknownCodecError):
            av.codec.Codec(name, "w")
            return name
    raise RuntimeError(f"PyAV's FFmpeg has none of the video encoders {', '.join(_CODECS)}")
