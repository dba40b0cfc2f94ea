#!/usr/bin/env python3
"""Draws the Teams app icons in config/teams: color.png (192x192, two white rings on a teal rounded
square) and outline.png (32x32, the rings in white on transparent, as Teams requires). Standard library
only; run it again after changing the design."""
import math
import struct
import sys
import zlib
from pathlib import Path


def write_png(path, size, rgba):
    raw = b''.join(b'\x00' + bytes(rgba[y * size * 4:(y + 1) * size * 4]) for y in range(size))

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)

    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    path.write_bytes(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9))
                     + chunk(b'IEND', b''))


def on_ring(x, y, cx, cy, r, thickness):
    return abs(math.hypot(x - cx, y - cy) - r) <= thickness / 2


def on_square(x, y, radius=0.22):
    qx = min(max(x, radius), 1 - radius)
    qy = min(max(y, radius), 1 - radius)
    return math.hypot(x - qx, y - qy) <= radius


def draw(size, color, samples=4):
    # two interlocking rings: two people in rapport
    thickness, r, dx = (0.085, 0.2, 0.13) if color else (0.11, 0.25, 0.16)
    teal = (0x1F, 0x6F, 0x5C)
    out = []
    for py in range(size):
        for px in range(size):
            ring = square = 0
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) / size
                    y = (py + (sy + 0.5) / samples) / size
                    square += on_square(x, y)
                    ring += on_ring(x, y, 0.5 - dx, 0.5, r, thickness) or on_ring(x, y, 0.5 + dx, 0.5, r, thickness)
            a_ring, a_square = ring / samples ** 2, square / samples ** 2
            if color:
                out += [round(c * (1 - a_ring) + 255 * a_ring) for c in teal] + [round(255 * a_square)]
            else:
                out += [255, 255, 255, round(255 * a_ring)]
    return out


if __name__ == '__main__':
    target = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / 'config' / 'teams')
    write_png(target / 'color.png', 192, draw(192, True))
    write_png(target / 'outline.png', 32, draw(32, False))
