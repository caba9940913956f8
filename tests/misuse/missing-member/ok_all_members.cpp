// Every member, including pinned ones built by init calls.
// expected-no-diagnostics
struct [[pinned]] mutex { mutex* self; const char* name; };
void mutex_init(init mutex& self, const char* n) { self.self = &self; self.name = n; }
struct driver { int irq; mutex lock; char* buffer; };
void make(init driver& self, int irq) {
  self.irq = irq;
  mutex_init(init self.lock, "driver::lock");
  self.buffer = nullptr;
}
driver* heap() { return new driver(make(3)); }
