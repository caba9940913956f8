// Assigning a member of an unconstructed member is a use, not a construction.
struct Point { int x; int y; };
struct Shape { Point origin; int sides; };
void make(init Shape& self) {
  self.origin.x = 0; // expected-error {{'self.origin' is used before it is constructed}}
  self.origin = Point{0, 0};
  self.sides = 3;
}
