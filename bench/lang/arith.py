"""Integer arithmetic loop: ten million iterations on a local accumulator (twin of arith.md)."""


def arithmetic(iterations):
    total = 0
    for i in range(iterations):
        total += (i % 7) * (i % 13) - i % 3
    return total


def main():
    print(f"checksum: {arithmetic(10_000_000)}")


main()
