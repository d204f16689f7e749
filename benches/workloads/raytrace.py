"""Ray tracer: spheres over a checkered plane, two point lights.

A small Whitted-style ray tracer written the way a user would write one: a
Vector class with operator overloading, Ray, Sphere, Plane, Material (and a
checkered subclass), Light, Camera and Scene objects.  Each pixel casts one
primary ray; hits are shaded with ambient + Lambert diffuse + Phong specular
terms, shadow rays towards each light and recursive reflections.  The image
is quantized to 8-bit channels; the program prints channel sums, a checksum
and a coarse ASCII rendering of the luminance.

Stresses: operator overloading (`__add__`, `__sub__`, `__mul__`,
`__rmul__`, `__neg__`) on small objects, allocation of many short-lived
instances, method calls through a list of polymorphic shapes, float
arithmetic with `math.sqrt` and `**`, `isinstance`.

Usage: raytrace.py [WIDTH]   (default 270; height = WIDTH * 3 // 4)
"""
import math
import sys
import time

EPSILON = 1e-6
MAX_DEPTH = 3


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        n = self.length()
        return Vector(self.x / n, self.y / n, self.z / n)

    def blend(self, other):
        """Component-wise product (colours)."""
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)


BLACK = Vector(0.0, 0.0, 0.0)
WHITE = Vector(1.0, 1.0, 1.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def point_at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=20,
                 reflection=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflection = reflection

    def color_at(self, point):
        return self.color


class CheckerMaterial(Material):
    def __init__(self, color, other_color, size, **kwargs):
        Material.__init__(self, color, **kwargs)
        self.other_color = other_color
        self.size = size

    def color_at(self, point):
        ix = math.floor(point.x / self.size)
        iz = math.floor(point.z / self.size)
        return self.color if (ix + iz) % 2 == 0 else self.other_color


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        Shape.__init__(self, material)
        self.center = center
        self.radius = radius
        self.radius2 = radius * radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius2
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        Shape.__init__(self, material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color, intensity):
        self.position = position
        self.color = color * intensity


class Camera:
    def __init__(self, eye, target, up, fov_degrees, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        forward = (target - eye).normalized()
        right = forward.cross(up).normalized()
        true_up = right.cross(forward)
        half = math.tan(math.radians(fov_degrees) / 2.0)
        aspect = width / height
        self.forward = forward
        self.right = right * (half * aspect)
        self.up = true_up * half

    def ray_for_pixel(self, px, py):
        sx = (2.0 * (px + 0.5) / self.width) - 1.0
        sy = 1.0 - (2.0 * (py + 0.5) / self.height)
        direction = self.forward + self.right * sx + self.up * sy
        return Ray(self.eye, direction.normalized())


class Hit:
    __slots__ = ("t", "shape", "point", "normal")

    def __init__(self, t, shape, point, normal):
        self.t = t
        self.shape = shape
        self.point = point
        self.normal = normal


class Scene:
    def __init__(self, ambient, background):
        self.shapes = []
        self.lights = []
        self.ambient = ambient
        self.background = background
        self.rays = 0

    def add(self, thing):
        if isinstance(thing, Light):
            self.lights.append(thing)
        else:
            self.shapes.append(thing)
        return thing

    def closest_hit(self, ray):
        self.rays += 1
        best_t = None
        best_shape = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_shape = shape
        if best_shape is None:
            return None
        point = ray.point_at(best_t)
        normal = best_shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        return Hit(best_t, best_shape, point, normal)

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light * (1.0 / distance))
        self.rays += 1
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        hit = self.closest_hit(ray)
        if hit is None:
            return self.background
        return self.shade(ray, hit, depth)

    def shade(self, ray, hit, depth):
        material = hit.shape.material
        base = material.color_at(hit.point)
        color = base.blend(self.ambient)
        # nudge the origin of secondary rays off the surface
        origin = hit.point + hit.normal * 1e-4
        for light in self.lights:
            if self.in_shadow(origin, light):
                continue
            to_light = (light.position - hit.point).normalized()
            lambert = hit.normal.dot(to_light)
            if lambert > 0.0:
                color = color + base.blend(light.color) * (material.diffuse * lambert)
                reflected = (-to_light).reflect(hit.normal)
                spec = -reflected.dot(ray.direction)
                if spec > 0.0:
                    color = color + light.color * (material.specular
                                                   * spec ** material.shininess)
        if material.reflection > 0.0 and depth < MAX_DEPTH:
            bounce = Ray(origin, ray.direction.reflect(hit.normal).normalized())
            color = color + self.trace(bounce, depth + 1) * material.reflection
        return color


def build_scene():
    scene = Scene(ambient=Vector(0.1, 0.1, 0.12), background=Vector(0.05, 0.07, 0.15))
    scene.add(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                    CheckerMaterial(Vector(0.9, 0.9, 0.9), Vector(0.15, 0.15, 0.2),
                                    1.0, diffuse=0.9, specular=0.1, reflection=0.25)))
    scene.add(Sphere(Vector(0.0, 1.0, 0.0), 1.0,
                     Material(Vector(0.8, 0.2, 0.2), specular=0.6, shininess=40,
                              reflection=0.35)))
    scene.add(Sphere(Vector(-2.2, 0.7, 0.9), 0.7,
                     Material(Vector(0.2, 0.7, 0.3), specular=0.4, shininess=15)))
    scene.add(Sphere(Vector(2.0, 0.6, -0.6), 0.6,
                     Material(Vector(0.25, 0.35, 0.9), specular=0.8, shininess=60,
                              reflection=0.5)))
    scene.add(Sphere(Vector(0.7, 0.3, 1.6), 0.3,
                     Material(Vector(0.95, 0.85, 0.2), specular=0.5, shininess=30,
                              reflection=0.1)))
    scene.add(Light(Vector(-5.0, 8.0, 6.0), WHITE, 0.8))
    scene.add(Light(Vector(6.0, 5.0, 3.0), Vector(1.0, 0.9, 0.7), 0.5))
    return scene


def to_byte(c):
    v = int(c * 255.0 + 0.5)
    return 0 if v < 0 else 255 if v > 255 else v


def render(scene, camera):
    pixels = []
    for py in range(camera.height):
        row = []
        for px in range(camera.width):
            c = scene.trace(camera.ray_for_pixel(px, py), 0)
            row.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
        pixels.append(row)
    return pixels


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 270
    height = width * 3 // 4
    scene = build_scene()
    camera = Camera(Vector(0.0, 2.2, 6.5), Vector(0.0, 0.8, 0.0),
                    Vector(0.0, 1.0, 0.0), 50.0, width, height)
    pixels = render(scene, camera)
    sums = [0, 0, 0]
    checksum = 0
    for row in pixels:
        for r, g, b in row:
            sums[0] += r
            sums[1] += g
            sums[2] += b
            checksum = (checksum * 31 + (r << 16 | g << 8 | b)) % 1_000_000_007
    print("image: %dx%d, rays: %d" % (width, height, scene.rays))
    print("channel sums:", *sums)
    print("checksum:", checksum)
    # a coarse picture: mean luminance over blocks of pixels
    shades = " .:-=+*#%@"
    cols, rows = min(width, 48), min(height, 18)
    for by in range(rows):
        y0, y1 = by * height // rows, (by + 1) * height // rows
        line = []
        for bx in range(cols):
            x0, x1 = bx * width // cols, (bx + 1) * width // cols
            lum = count = 0
            for y in range(y0, y1):
                for r, g, b in pixels[y][x0:x1]:
                    lum += 299 * r + 587 * g + 114 * b
                    count += 1
            line.append(shades[lum // (count * 1000) * len(shades) // 256])
        print("".join(line).rstrip())

_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
