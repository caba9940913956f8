// A member the body constructs on some path gets no default, so the other
// paths must construct it too.
struct session {
  int id;
  int timeout = 30; // expected-note {{member 'timeout' is not constructed}}
};
void make(init session& self, int id, bool slow) {
  self.id = id;
  if (slow)
    self.timeout = 300;
} // expected-error {{'self' is not fully constructed at the end of the function}}
