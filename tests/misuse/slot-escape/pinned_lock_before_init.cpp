// Locking a pinned mutex member before it is constructed.
struct [[pinned]] mutex { mutex* owner; void lock() {} };
void mutex_init(init mutex& self) { self.owner = nullptr; }
struct device { mutex lock; int state; };
void make(init device& self) {
  self.lock.lock(); // expected-error {{'self.lock' is used before it is constructed}}
  mutex_init(init self.lock);
  self.state = 0;
}
