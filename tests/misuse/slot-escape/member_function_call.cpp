// Calling a member function on the slot before it is complete.
struct Queue {
  int head;
  int tail;
  int size() const { return tail - head; }
};
void make(init Queue& self) {
  self.head = 0;
  int n = self.size(); // expected-error {{'self' is used before it is constructed}}
  self.tail = n;
}
