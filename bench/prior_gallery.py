"""Gallery of the image engine's shape priors: each picture beside its model seen from the
front, the side, behind and three-quarters, with the prior chosen and why.

Usage: .venv/bin/python bench/prior_gallery.py [--out docs/gallery/priors] [--size 256]

Writes one PNG per picture (input | front | side | back | three-quarter) and a priors.md
that lists them. Pictures: the scripted set of tests/unit/engines/image/picture_set.py (all
three sets) and scikit-image's photos, all at resolution 256 with ``prior=auto``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from PIL import Image
from skimage import data as samples

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from meshforge.engines.base import GenerationRequest  # noqa: E402
from meshforge.engines.image import ImageEngine  # noqa: E402
from meshforge.mesh.render import MeshRenderer  # noqa: E402
from unit.engines.image.picture_set import pictures  # noqa: E402

#: azimuth, elevation of each view after the input: front, side, back, three-quarter
VIEWS = ((0.0, 0.0), (90.0, 0.0), (180.0, 0.0), (35.0, 20.0))
#: the renderer's background, behind transparent inputs too
BACKGROUND = (209, 209, 214)


def _photo(name: str) -> np.ndarray:
    rgb = np.asarray(getattr(samples, name)())
    return np.ascontiguousarray(np.dstack([rgb, np.full(rgb.shape[:2], 255, np.uint8)]))


def _inputs() -> list[tuple[str, np.ndarray, bool]]:
    found = [
        (p.name, p.rgba, p.has_alpha)
        for split in ("dev", "heldout", "heldout2")
        for p in pictures(split)
    ]
    photos = [(name, _photo(name), False) for name in ("astronaut", "coffee", "chelsea", "rocket")]
    return found + photos


def _input_tile(rgba: np.ndarray, size: int) -> Image.Image:
    image = Image.fromarray(rgba, "RGBA")
    image.thumbnail((size, size))
    tile = Image.new("RGB", (size, size), BACKGROUND)
    tile.paste(image, ((size - image.width) // 2, (size - image.height) // 2), image)
    return tile


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("prior-gallery"))
    parser.add_argument("--size", type=int, default=256)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows = [
        "# Shape priors",
        "",
        "Input, then the model from the front, the side, behind and three-quarters "
        "(resolution 256, `prior=auto`). Regenerate with `bench/prior_gallery.py`.",
        "",
        "| picture | prior (confidence) | why | views |",
        "|---|---|---|---|",
    ]
    for name, rgba, has_alpha in _inputs():
        request = GenerationRequest(
            "image_to_3d", seed=7, resolution=256, image=rgba, image_has_alpha=has_alpha
        )
        result = ImageEngine().generate(request, lambda *_: None, lambda: False)
        tiles = [_input_tile(rgba, args.size)]
        with MeshRenderer(result.mesh, args.size) as renderer:
            tiles += [renderer.render(azimuth, elevation) for azimuth, elevation in VIEWS]
        strip = Image.new("RGB", (args.size * len(tiles), args.size))
        for index, tile in enumerate(tiles):
            strip.paste(tile, (index * args.size, 0))
        strip.save(args.out / f"{name}.png")
        meta = result.meta
        rows.append(
            f"| {name} | {meta['prior']} ({meta['prior_confidence']:.2f}) | "
            f"{meta['prior_reason']}; mask: {meta['mask_method']} | ![{name}]({name}.png) |"
        )
        print(name, meta["prior"], meta["prior_confidence"], flush=True)
    (args.out / "priors.md").write_text("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
