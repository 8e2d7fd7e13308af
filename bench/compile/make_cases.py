#!/usr/bin/env python3
"""Writes the compile-cost notebooks of the bench's compile group (issue 12: compile cost linear in the cell's size).

Usage: make_cases.py OUT_DIR. Each notebook has one cell; its checksum line is what the cell prints when run.
- chain-200: 200 chained calls on an array (`xs.reversed().reversed()…`), the case that used to be exponential.
- nested-50: 50 nested tensor expressions (`x.adding(x.adding(…))`).
- map-100: 100 chained `.map { $0 + 1 }` closures.
- closures-20: 20 nested calls of a generic method taking a closure (`b.apply { a in a + b.apply { … } }`), which
  compiled each closure twice per level (2^20 closure compilations) before the generator read the checker's types.
- lines-500, lines-5000 and lines-20000: cells of 500, 5,000 and 20,000 ordinary lines (declarations, arithmetic,
  calls, loops, strings), the same mix repeated; their compile time per line should be about the same.
"""
import sys
from pathlib import Path


def notebook(title, code):
    return f"---\ntitle: {title}\n---\n\n# {title}\n\n```swift\n{code}\n```\n"


def chain(n):
    calls = ".reversed()" * n
    return notebook(f"{n} chained calls", f"let xs = [1, 2, 3]\nlet ys = xs{calls}\nprint(\"checksum: \\(ys[0])\")")


def nested(n):
    expr = "x"
    for _ in range(n):
        expr = f"x.adding({expr})"
    return notebook(f"{n} nested tensor expressions",
                    f"let x = Tensor([1.0, 2.0])\nlet y = {expr}\nprint(\"checksum: \\(y.scalars[0])\")")


def maps(n):
    calls = ".map { $0 + 1 }" * n
    return notebook(f"{n} chained closures", f"let xs = [0, 1]\nlet ys = xs{calls}\nprint(\"checksum: \\(ys[0])\")")


def nested_closures(n):
    expr = "a"
    for _ in range(n):
        expr = f"b.apply {{ a in a + {expr} }}"
    code = (f"struct Box {{ func apply<T>(_ f: (Int) -> T) -> T {{ f(1) }} }}\nlet b = Box()\nlet r = {expr}\n"
            "print(\"checksum: \\(r)\")")
    return notebook(f"{n} nested closures passed to a generic method", code)


def lines(n):
    block = [
        "let a{i} = {i} * 3 + 1",
        "var b{i} = Double(a{i}) / 2.0",
        "b{i} += sqrt(b{i})",
        "let s{i} = \"item \\(a{i})\".uppercased()",
        "func f{i}(_ x: Int) -> Int {{ x % 7 + {i} }}",
        "var t{i} = [a{i}, f{i}(a{i}), s{i}.count]",
        "for k in 0..<2 {{ t{i}.append(k + t{i}[0]) }}",
        "total += t{i}.reduce(0, +) + Int(b{i}) % 5",
        "if total % 2 == 0 {{ total += 1 }} else {{ total -= 1 }}",
        "let m{i} = t{i}.map {{ $0 * 2 }}.filter {{ $0 > 3 }}.count",
    ]
    out = ["var total = 0"]
    i = 0
    while len(out) < n - 1:
        for line in block:
            out.append(line.format(i=i))
        i += 1
    out = out[: n - 1] + ['print("checksum: \\(total)")']
    return notebook(f"{n} lines", "\n".join(out))


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    cases = {"chain-200": chain(200), "nested-50": nested(50), "map-100": maps(100), "closures-20": nested_closures(20),
             "lines-500": lines(500), "lines-5000": lines(5000), "lines-20000": lines(20000)}
    for name, text in cases.items():
        (out / f"{name}.md").write_text(text)


if __name__ == "__main__":
    main()
