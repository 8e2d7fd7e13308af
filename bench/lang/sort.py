"""Build and sort a large list: one million LCG integers, appended one by one, then sorted (twin of sort.md)."""


def build_and_sort(count):
    values = []
    state = 42
    for _ in range(count):
        state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
        values.append(state)
    ordered = sorted(values)
    digest = 0
    for i in range(0, count, 97):
        digest = (digest * 31 + ordered[i]) % 1_000_000_007
    return digest + ordered[0] + ordered[count - 1]


def main():
    print(f"checksum: {build_and_sort(1_000_000)}")


main()
