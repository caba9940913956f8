// Members the body never constructs get their defaults on entry: a default
// member initializer, or a user-provided default constructor.
// expected-no-diagnostics
struct [[pinned]] mutex { mutex(); ~mutex(); void lock(); };
struct stats { long hits = 0; long misses = 0; };
struct cache {
  mutex lock;
  stats counters;
  int capacity = 64;
  int shard;
};
void make(init cache& self, int shard) {
  self.lock.lock();          // already constructed: it has a default
  self.shard = shard;
}
