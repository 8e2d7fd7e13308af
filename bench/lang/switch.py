"""Switch over enums and ranges: a million iterations of two match statements (twin of switch.md)."""
from enum import Enum


class Operation(Enum):
    ADD = 1
    SUBTRACT = 2
    MULTIPLY = 3


def dispatch(count):
    total = 0
    operations = [Operation.ADD, Operation.SUBTRACT, Operation.MULTIPLY]
    for i in range(count):
        match operations[i % 3]:
            case Operation.ADD:
                total += i
            case Operation.SUBTRACT:
                total -= 1
            case Operation.MULTIPLY:
                total = (total * 3) % 1_000_003
        match i % 10:
            case r if 0 <= r < 3:
                total += 1
            case 3 | 4:
                total += 2
            case _:
                pass
    return total


def main():
    print(f"checksum: {dispatch(1_000_000)}")


main()
