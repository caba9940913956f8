// A static member init function constructs a private member twice.
class Timer {
  long period_;
public:
  static void make(init Timer& self, long p) {
    self.period_ = p; // expected-note {{'self.period_' is constructed here}}
    self.period_ = 2 * p; // expected-error {{'self.period_' is already constructed}}
  }
};
