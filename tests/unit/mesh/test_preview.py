"""write_previews: a looping turntable mp4 and a thumbnail PNG, written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import av
import moderngl
import numpy as np
import pytest
import trimesh
from numpy.typing import NDArray
from PIL import Image

from meshforge.mesh import preview
from meshforge.mesh.preview import TURNTABLE_ELEVATION_DEG, turntable_azimuths, write_previews
from meshforge.mesh.render import MeshRenderer
from meshforge.mesh.texture import texture_visuals

# Small and short: the checks below hold at any size, and the suite stays fast.
FRAMES, SIZE, FPS = 24, 128, 12


def _egl_error() -> str | None:
    """Why no headless EGL context can be made here, or None when one can."""
    settings: dict[str, Any] = {"backend": "egl"}
    try:
        moderngl.create_standalone_context(**settings).release()
    except Exception as exc:
        return str(exc)
    return None


pytestmark = pytest.mark.skipif(
    _egl_error() is not None, reason="no EGL context (Mesa's libEGL missing)"
)


def textured_box() -> trimesh.Trimesh:
    """A box whose texture runs red → blue around it, with a checker, so every side differs."""
    mesh = trimesh.creation.box(extents=(1.0, 0.8, 0.6)).subdivide().subdivide()
    mesh.unmerge_vertices()  # per-face UVs: the seam at the back then smears one strip only
    x, y, z = np.asarray(mesh.vertices).T
    uv = np.stack([np.arctan2(x, z) / (2 * np.pi) + 0.5, y / 0.8 + 0.5], axis=1)
    rows, cols = np.indices((64, 64))
    checker = ((rows // 8 + cols // 8) % 2).astype(np.float64)
    pixels = np.stack(
        [230 - 200 * cols / 63, 60 + 80 * checker, 30 + 200 * cols / 63], axis=-1
    ).astype(np.uint8)
    mesh.visual = texture_visuals(uv, Image.fromarray(pixels))
    return mesh


def red_block() -> trimesh.Trimesh:
    """A red vertex-coloured box with a small bump on its +X side, so front and back differ."""
    body = trimesh.creation.box(extents=(1.0, 0.7, 0.5))
    bump = trimesh.creation.box(extents=(0.2, 0.2, 0.2))
    bump.apply_translation((0.55, 0.1, 0.1))
    mesh = trimesh.util.concatenate([body, bump])
    mesh.visual.vertex_colors = np.tile([210, 30, 25, 255], (len(mesh.vertices), 1))
    return mesh


MESHES = {"textured": textured_box, "vertex-coloured": red_block}


@pytest.fixture(scope="module", params=sorted(MESHES))
def written(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """(mesh, directory, paths) of one write_previews call per test mesh."""
    mesh = MESHES[request.param]()
    directory = tmp_path_factory.mktemp("previews")
    paths = write_previews(mesh, directory, "model", frames=FRAMES, size=SIZE, fps=FPS)
    return mesh, directory, paths


def decode(path: Path) -> list[NDArray[np.uint8]]:
    """Every frame of the video at ``path`` as RGB arrays."""
    with av.open(str(path)) as container:
        return [frame.to_ndarray(format="rgb24") for frame in container.decode(video=0)]


def object_mask(pixels: NDArray[np.uint8]) -> NDArray[np.bool_]:
    """Pixels that differ clearly from the background (read from a corner, which is empty)."""
    background = pixels[0, 0].astype(np.int16)
    distance = np.abs(pixels.astype(np.int16) - background).max(axis=-1)
    mask: NDArray[np.bool_] = distance > 16  # above codec noise on the flat background
    return mask


def test_paths_video_first_and_no_temporary_files(written: Any) -> None:
    _, directory, paths = written
    assert [path.name for path in paths] == ["model_turntable.mp4", "model_thumbnail.png"]
    assert sorted(path.name for path in directory.iterdir()) == sorted(p.name for p in paths)


def test_video_is_h264_with_every_frame_at_size(written: Any) -> None:
    _, _, (video, _) = written
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "h264"
        assert stream.codec_context.pix_fmt == "yuv420p"
        assert (stream.width, stream.height) == (SIZE, SIZE)
        assert container.duration is not None
        assert container.duration / 1e6 == pytest.approx(FRAMES / FPS, abs=1.5 / FPS)
    frames = decode(video)
    assert len(frames) == FRAMES
    assert all(frame.shape == (SIZE, SIZE, 3) for frame in frames)
    # faststart: the index precedes the media data, so playback can begin while loading
    data = video.read_bytes()
    assert 0 <= data.find(b"moov") < data.find(b"mdat")


def test_object_turns_and_stays_centred(written: Any) -> None:
    _, _, (video, _) = written
    frames = decode(video)
    front, back = frames[0].astype(np.int16), frames[FRAMES // 2].astype(np.int16)
    assert np.abs(front - back).mean() > 3
    for frame in frames[::6]:
        rows, cols = np.nonzero(object_mask(frame))
        assert rows.size > 0.05 * SIZE * SIZE
        assert abs(rows.mean() - SIZE / 2) < 0.12 * SIZE
        assert abs(cols.mean() - SIZE / 2) < 0.12 * SIZE


def test_turntable_starts_at_the_front_and_closes_the_loop(written: Any) -> None:
    mesh, _, (video, _) = written
    azimuths = turntable_azimuths(FRAMES)
    assert azimuths[0] == 0
    assert azimuths[-1] + 360 / FRAMES == pytest.approx(360)
    with MeshRenderer(mesh, SIZE) as renderer:
        start = np.asarray(renderer.render(0, TURNTABLE_ELEVATION_DEG), np.int16)
        full_turn = np.asarray(renderer.render(360, TURNTABLE_ELEVATION_DEG), np.int16)
        quarter = np.asarray(renderer.render(90, TURNTABLE_ELEVATION_DEG), np.int16)
    assert np.abs(start - full_turn).max() <= 2  # the frame after the last is frame 0
    first = decode(video)[0].astype(np.int16)
    assert np.abs(first - start).mean() < 3  # only codec loss
    assert np.abs(first - quarter).mean() > 3


def test_thumbnail_shows_the_object_in_its_colour(written: Any) -> None:
    mesh, _, (_, thumbnail) = written
    with Image.open(thumbnail) as image:
        assert image.format == "PNG"
        pixels = np.asarray(image.convert("RGB"))
    assert pixels.shape == (SIZE, SIZE, 3)
    mask = object_mask(pixels)
    assert 0.05 < mask.mean() < 0.80
    if isinstance(mesh.visual, trimesh.visual.ColorVisuals):  # the red block
        red, green, blue = pixels[mask].astype(np.float64).mean(axis=0)
        assert red > green + 60
        assert red > blue + 60


def test_failed_video_leaves_the_thumbnail_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(preview, "_encode_turntable", broken)
    with pytest.raises(OSError, match="disk full"):
        write_previews(red_block(), tmp_path, "m", frames=2, size=32)
    assert [path.name for path in tmp_path.iterdir()] == ["m_thumbnail.png"]


def test_falls_back_to_mpeg4_without_h264(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preview, "_CODECS", ("no-such-encoder", "mpeg4"))
    video, _ = write_previews(red_block(), tmp_path, "m", frames=4, size=32, fps=8)
    with av.open(str(video)) as container:
        assert container.streams.video[0].codec_context.name == "mpeg4"
    assert len(decode(video)) == 4


def test_missing_egl_is_a_clear_runtime_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GLCONTEXT_LINUX_LIBEGL", str(tmp_path / "libEGL-missing.so"))
    with pytest.raises(RuntimeError, match="apt-get install libegl1 libegl-mesa0"):
        write_previews(red_block(), tmp_path, "m", frames=2, size=32)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("mesh", "kwargs"),
    [
        (trimesh.Trimesh(), {}),
        (trimesh.creation.box(), {"size": 33}),
        (trimesh.creation.box(), {"frames": 0}),
    ],
    ids=["no-faces", "odd-size", "no-frames"],
)
def test_rejects_bad_input(tmp_path: Path, mesh: trimesh.Trimesh, kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        write_previews(mesh, tmp_path, "m", **kwargs)
    assert list(tmp_path.iterdir()) == []
