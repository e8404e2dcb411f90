"""Draw the demo courses' cover images: ``courses/demo/data/<course>/cover.png``.

Original abstract artwork, drawn with Pillow from shapes only (no photograph, no person,
no text), one per demo course in the colours of the site. ``manage.py load_demo`` imports
each into Wagtail's images with the alt text written next to it in the course's
``course.yaml``. The files are committed; run this again only to change the artwork:

    .venv/bin/python scripts/demo_covers.py
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

DATA_DIR = Path(__file__).resolve().parent.parent / "courses" / "demo" / "data"
WIDTH, HEIGHT = 1600, 800
SCALE = 2  # drawn twice as large, then reduced: smooth edges

NAVY = (38, 55, 74)
BLUE = (28, 87, 138)
SKY = (74, 134, 178)
PALE = (225, 236, 244)
GOLD = (242, 193, 78)
CORAL = (224, 122, 95)
TEAL = (42, 138, 133)
SAGE = (129, 178, 154)
SAND = (244, 239, 230)
WHITE = (255, 255, 255)


def _mix(a, b, t: float):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _gradient(top, bottom, *, diagonal: bool = False) -> Image.Image:
    """A canvas filled from ``top`` to ``bottom`` (down, or corner to corner)."""
    width, height = WIDTH * SCALE, HEIGHT * SCALE
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    if diagonal:
        steps = width + height
        for step in range(0, steps, 4):
            colour = _mix(top, bottom, step / steps)
            draw.line([(step, 0), (step - height, height)], fill=colour, width=6)
    else:
        for y in range(height):
            draw.line([(0, y), (width, y)], fill=_mix(top, bottom, y / height))
    return image


def _s(*values):
    """Coordinates given at the final size, at the drawing size."""
    return [value * SCALE for value in values]


def _circle(draw, x, y, radius, **style):
    draw.ellipse(_s(x - radius, y - radius, x + radius, y + radius), **style)


def _finish(image: Image.Image, folder: str) -> Path:
    path = DATA_DIR / folder / "cover.png"
    reduced = image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    reduced.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True
    )
    return path


def border_services() -> Image.Image:
    """Dawn over open country: a dotted path crosses a dashed border line."""
    image = _gradient(NAVY, SKY)
    draw = ImageDraw.Draw(image)
    for radius, colour in (
        (330, _mix(CORAL, NAVY, 0.45)),
        (250, _mix(CORAL, GOLD, 0.4)),
        (170, GOLD),
    ):
        _circle(draw, 1160, 520, radius, fill=colour)
    draw.polygon(_s(0, 520, 420, 470, 900, 540, 1600, 480, 1600, 800, 0, 800), fill=(47, 93, 80))
    draw.polygon(_s(0, 640, 600, 580, 1100, 650, 1600, 600, 1600, 800, 0, 800), fill=(36, 70, 61))
    for y in range(300, 800, 44):
        draw.rectangle(_s(796, y, 806, y + 24), fill=WHITE)
    for step in range(28):
        t = step / 27
        x = 140 + 1180 * t
        y = 760 - 230 * math.sin(t * math.pi / 2)
        _circle(draw, x, y, 9, fill=GOLD)
    return image


def police_cadets() -> Image.Image:
    """A shield inside widening rings: protection and a steady presence."""
    image = _gradient(NAVY, BLUE, diagonal=True)
    draw = ImageDraw.Draw(image)
    for index, radius in enumerate(range(620, 140, -80)):
        _circle(draw, 1080, 400, radius, outline=_mix(BLUE, PALE, 0.12 + index * 0.06), width=6)
    shield = [(1080, 170), (1260, 240), (1240, 470), (1080, 640), (920, 470), (900, 240)]
    draw.polygon([value * SCALE for point in shield for value in point], fill=_mix(NAVY, BLUE, 0.5))
    draw.line(
        [value * SCALE for point in [*shield, shield[0], shield[1]] for value in point],
        fill=GOLD,
        width=18 * SCALE,
        joint="curve",
    )
    for y, half in ((330, 110), (400, 95), (470, 70)):
        draw.rounded_rectangle(_s(1080 - half, y - 12, 1080 + half, y + 12), 12 * SCALE, fill=PALE)
    for x, y, radius in ((240, 180, 60), (420, 600, 40), (560, 260, 26)):
        _circle(draw, x, y, radius, fill=_mix(BLUE, PALE, 0.3))
    return image


def _gear(draw, x, y, radius, teeth, colour, hole):
    """A gear: a disc with square teeth around it and a hole in the middle."""
    for tooth in range(teeth):
        angle = 2 * math.pi * tooth / teeth
        points = []
        for da, r in (
            (-0.11, radius * 0.9),
            (-0.07, radius * 1.2),
            (0.07, radius * 1.2),
            (0.11, radius * 0.9),
        ):
            points += _s(
                x + r * math.cos(angle + da * 12 / teeth * 3),
                y + r * math.sin(angle + da * 12 / teeth * 3),
            )
        draw.polygon(points, fill=colour)
    _circle(draw, x, y, radius, fill=colour)
    _circle(draw, x, y, radius * 0.38, fill=hole)


def labour_inspectors() -> Image.Image:
    """A workplace in shapes: turning gears, stacked crates and a checklist."""
    image = _gradient(SAND, PALE)
    draw = ImageDraw.Draw(image)
    _gear(draw, 1160, 380, 190, 12, TEAL, SAND)
    _gear(draw, 1400, 610, 110, 9, CORAL, PALE)
    for column, row, colour in ((0, 0, BLUE), (1, 0, SKY), (0, 1, SKY), (1, 1, NAVY), (0, 2, BLUE)):
        left, top = 130 + column * 170, 620 - row * 150
        draw.rounded_rectangle(_s(left, top, left + 150, top + 130), 10 * SCALE, fill=colour)
        draw.line(_s(left + 20, top + 65, left + 130, top + 65), fill=PALE, width=6 * SCALE)
    draw.rounded_rectangle(
        _s(560, 170, 860, 620), 22 * SCALE, fill=WHITE, outline=NAVY, width=8 * SCALE
    )
    draw.rounded_rectangle(_s(650, 140, 770, 200), 14 * SCALE, fill=NAVY)
    for index in range(4):
        y = 260 + index * 90
        draw.line(_s(610, y, 640, y + 28, 690, y - 24), fill=TEAL, width=12 * SCALE, joint="curve")
        draw.rounded_rectangle(_s(720, y - 4, 820, y + 16), 10 * SCALE, fill=_mix(NAVY, PALE, 0.6))
    return image


def front_line_providers() -> Image.Image:
    """A network of support: circles linked around a warm centre."""
    image = _gradient((224, 240, 239), (207, 227, 243))
    draw = ImageDraw.Draw(image)
    centre = (800, 400)
    for radius in (360, 270):
        _circle(draw, *centre, radius, outline=_mix(SKY, WHITE, 0.55), width=5)
    nodes = []
    for index, colour in enumerate((TEAL, BLUE, GOLD, SAGE, SKY, CORAL, NAVY)):
        angle = -math.pi / 2 + 2 * math.pi * index / 7
        radius = 300 if index % 2 else 250
        nodes.append(
            (
                centre[0] + radius * 1.55 * math.cos(angle),
                centre[1] + radius * math.sin(angle),
                colour,
            )
        )
    for index, (x, y, _) in enumerate(nodes):
        following = nodes[(index + 1) % len(nodes)]
        draw.line(
            _s(x, y, following[0], following[1]), fill=_mix(NAVY, WHITE, 0.55), width=5 * SCALE
        )
        draw.line(_s(x, y, *centre), fill=_mix(NAVY, WHITE, 0.4), width=6 * SCALE)
    for index, (x, y, colour) in enumerate(nodes):
        _circle(draw, x, y, 58 if index % 2 else 46, fill=colour)
        _circle(draw, x, y, 20 if index % 2 else 16, fill=_mix(colour, WHITE, 0.6))
    _circle(draw, *centre, 120, fill=CORAL)
    _circle(draw, *centre, 70, fill=_mix(CORAL, WHITE, 0.45))
    return image


COVERS = {
    "border-services": border_services,
    "police-cadets": police_cadets,
    "labour-inspectors": labour_inspectors,
    "front-line-providers": front_line_providers,
}


if __name__ == "__main__":
    for folder, draw_cover in COVERS.items():
        path = _finish(draw_cover(), folder)
        print(f"{path.relative_to(DATA_DIR.parent.parent.parent)}: {path.stat().st_size} bytes")
