// A static member init function of the class itself.
class Buffer {
  int size_;
  int capacity_;
public:
  static void make(init Buffer& self, int cap) {
    self.size_ = self.capacity_ - cap; // expected-error {{'self.capacity_' is used before it is constructed}}
    self.capacity_ = cap;
  }
};
