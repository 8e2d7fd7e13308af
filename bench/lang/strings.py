"""String building: 200k interpolations appended to one string, 200k parts joined (twin of strings.md)."""


def build_strings(count):
    text = ""
    parts = []
    for i in range(count):
        text += f"{i}:{i % 7};"
        parts.append(f"item{i * 3}")
    joined = ",".join(parts)
    return len(text) * 10 + len(joined)


def main():
    print(f"checksum: {build_strings(200_000)}")


main()
