// Empty marker bases are constructed with the storage.
// expected-no-diagnostics
struct [[pinned]] marker {};
struct tag {};
struct [[pinned]] node : marker, tag { node* next; int value; };
void make(init node& self, int v) { self.next = &self; self.value = v; }
node use() { return make(3); }
