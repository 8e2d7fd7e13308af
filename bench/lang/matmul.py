"""Naive matrix multiply: two 120x120 float matrices as nested lists, textbook triple loop (twin of matmul.md)."""


def make_matrix(n, modulus, product):
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            value = (i * j) % modulus if product else (i + j) % modulus
            row.append(float(value))
        rows.append(row)
    return rows


def multiply(a, b):
    n = len(a)
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            total = 0.0
            for k in range(n):
                total += a[i][k] * b[k][j]
            c[i][j] = total
    return c


def checksum(n):
    c = multiply(make_matrix(n, 7, True), make_matrix(n, 5, False))
    total = 0.0
    for i in range(n):
        for j in range(n):
            total += c[i][j] * float((i + 2 * j) % 3 + 1)
    return int(total)


def main():
    print(f"checksum: {checksum(120)}")


main()
