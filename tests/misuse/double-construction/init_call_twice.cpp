// The same member initialized by two init calls.
struct [[pinned]] mutex { mutex* self; };
void mutex_init(init mutex& self) { self.self = &self; }
struct device { mutex lock; };
void make(init device& self) {
  mutex_init(init self.lock); // expected-note {{'self.lock' is constructed here}}
  mutex_init(init self.lock); // expected-error {{'self.lock' is already constructed}}
}
