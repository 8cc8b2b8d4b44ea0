# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders resources/icons/app.svg into the hicolor icon theme's sizes (PNG) and copies it
as the scalable icon, all named after the application id: `make icons`.

The PNGs are committed, so installing needs no renderer. Qt's own SVG renderer (QtSvg, in
PySide6-Essentials) draws them; run it again after changing app.svg.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from correspondence_app.app_id import APP_ID

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "app.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The whole view box, centred in a transparent square (the aspect ratio kept)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    box = renderer.viewBoxF()
    scale = size / max(box.width(), box.height())
    width, height = box.width() * scale, box.height() * scale
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF((size - width) / 2, (size - height) / 2, width, height))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="the SVG to render")
    parser.add_argument("--out", type=Path, default=HICOLOR, help="the hicolor folder to fill")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(args.source))
    if not renderer.isValid():
        print(f"make_icons: cannot read {args.source}", file=sys.stderr)
        return 1
    for size in SIZES:
        folder = args.out / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{APP_ID}.png"
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"make_icons: cannot write {target}", file=sys.stderr)
            return 1
    scalable = args.out / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.source, scalable / f"{APP_ID}.svg")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
