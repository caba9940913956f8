// The driver forgets to initialize its pinned lock.
struct [[pinned]] mutex { mutex* self; };
void mutex_init(init mutex& self) { self.self = &self; }
struct driver {
  int irq;
  mutex lock; // expected-note {{member 'lock' is not constructed}}
};
void make(init driver& self, int irq) {
  self.irq = irq;
} // expected-error {{'self' is not fully constructed at the end of the function}}
