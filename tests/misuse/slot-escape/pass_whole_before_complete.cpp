// Registering the object with a function before it is fully constructed.
struct Node { Node* next; int id; };
void announce(const Node& n);
void make(init Node& self, int id) {
  self.next = &self;
  announce(self); // expected-error {{'self' is used before it is constructed}}
  self.id = id;
}
