"""Struct-heavy loop: 1000 particles moved for 1000 steps, bouncing off the unit square (twin of particles.md)."""
from dataclasses import dataclass


@dataclass(slots=True)
class Particle:
    x: float
    y: float
    vx: float
    vy: float


def simulate(count, steps):
    particles = []
    for i in range(count):
        particles.append(Particle(x=(i % 100) / 100.0, y=(i % 37) / 37.0,
                                  vx=(i % 7 - 3) * 0.001, vy=(i % 5 - 2) * 0.0015))
    for _ in range(steps):
        for p in particles:
            p.x += p.vx
            p.y += p.vy
            if p.x < 0.0 or p.x > 1.0:
                p.vx = -p.vx
            if p.y < 0.0 or p.y > 1.0:
                p.vy = -p.vy
    total = 0.0
    for p in particles:
        total += p.x + 2.0 * p.y
    return int(total * 1000.0)


def main():
    print(f"checksum: {simulate(1_000, 1_000)}")


main()
