"""Protocol dispatch: three shapes behind one base class, a million dispatched calls (twin of protocols.md)."""


class Shape:
    __slots__ = ()

    def score(self):
        return self.area() + 0.5 * self.perimeter


class Circle(Shape):
    __slots__ = ("radius",)

    def __init__(self, radius):
        self.radius = radius

    def area(self):
        return 3.0 * self.radius * self.radius

    @property
    def perimeter(self):
        return 6.0 * self.radius


class Rectangle(Shape):
    __slots__ = ("width", "height")

    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    @property
    def perimeter(self):
        return 2.0 * (self.width + self.height)


class Triangle(Shape):
    __slots__ = ("a", "b", "c")

    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

    def area(self):
        return 0.25 * self.a * self.b

    @property
    def perimeter(self):
        return self.a + self.b + self.c


def total(shapes, rounds):
    total_sum = 0.0
    for _ in range(rounds):
        for shape in shapes:
            total_sum += shape.score()
    return total_sum


def main():
    shapes = []
    for i in range(1_000):
        size = (i % 17 + 1) * 0.25
        kind = i % 3
        if kind == 0:
            shapes.append(Circle(size))
        elif kind == 1:
            shapes.append(Rectangle(size, size + 1.0))
        else:
            shapes.append(Triangle(size, size + 0.5, size + 1.0))
    print(f"checksum: {int(total(shapes, 1_000))}")


main()
