// A friend init function constructs a member twice.
class Port {
  int number_;
  friend void open(init Port& self, int n);
};
void open(init Port& self, int n) {
  self.number_ = n; // expected-note {{'self.number_' is constructed here}}
  self.number_ = n + 1; // expected-error {{'self.number_' is already constructed}}
}
