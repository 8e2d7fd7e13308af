"""Generic code: a stack and generic maximum/count used at two element types (twin of generics.md)."""


class Stack:
    __slots__ = ("items",)

    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        return self.items.pop() if self.items else None

    @property
    def is_empty(self):
        return not self.items


def largest(values):
    if not values:
        return None
    best = values[0]
    for value in values:
        if value > best:
            best = value
    return best


def count_matches(values, target):
    count = 0
    for value in values:
        if value == target:
            count += 1
    return count


def run(rounds):
    checksum = 0
    for round_index in range(rounds):
        numbers = Stack()
        words = Stack()
        for i in range(1_000):
            numbers.push((i * 7919 + round_index) % 1_009)
            words.push("alpha" if i % 3 == 0 else ("beta" if i % 3 == 1 else "gamma"))
        checksum += largest(numbers.items) or 0
        checksum += count_matches(numbers.items, 17) + count_matches(words.items, "beta")
        while True:
            top = numbers.pop()
            if top is None:
                break
            checksum = (checksum + top) % 1_000_003
        while not words.is_empty:
            words.pop()
    return checksum


def main():
    print(f"checksum: {run(300)}")


main()
