"""Draws Tasklane's icon (a white check in a blue rounded square) as PNGs in public/icon/.

Run once after changing the design: python3 scripts/make-icons.py. Pure Python (zlib), so it
needs nothing installed; the PNGs are committed.
"""
import struct
import zlib
from pathlib import Path

BLUE = (37, 99, 235)
SAMPLES = 4  # supersampling per axis, for smooth edges


def inside_rounded_square(x, y, size, radius):
    cx = min(max(x, radius), size - radius)
    cy = min(max(y, radius), size - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def near_segment(px, py, ax, ay, bx, by, width):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    qx, qy = ax + t * dx, ay + t * dy
    return (px - qx) ** 2 + (py - qy) ** 2 <= (width / 2) ** 2


def pixel(x, y, size):
    s = size
    check = [(0.28 * s, 0.52 * s), (0.44 * s, 0.68 * s), (0.74 * s, 0.34 * s)]
    width = 0.11 * s
    box = tick = 0
    for i in range(SAMPLES):
        for j in range(SAMPLES):
            px, py = x + (i + 0.5) / SAMPLES, y + (j + 0.5) / SAMPLES
            if inside_rounded_square(px, py, s, 0.22 * s):
                box += 1
                if near_segment(px, py, *check[0], *check[1], width) or near_segment(px, py, *check[1], *check[2], width):
                    tick += 1
    n = SAMPLES * SAMPLES
    alpha = box / n
    white = tick / max(box, 1)
    r, g, b = (round(c + (255 - c) * white) for c in BLUE)
    return bytes((r, g, b, round(alpha * 255)))


def png(size):
    rows = b''.join(b'\x00' + b''.join(pixel(x, y, size) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')


if __name__ == '__main__':
    out = Path(__file__).resolve().parent.parent / 'public' / 'icon'
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 96, 128):
        (out / f'{size}.png').write_bytes(png(size))
