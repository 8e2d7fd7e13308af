"""Recursive Fibonacci: fib(30) by naive recursion (twin of fib.md)."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    print(f"checksum: {fib(30)}")


main()
