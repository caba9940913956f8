// Taking the address of the slot or of members is not a use: it is how
// self-referential objects are built.
// expected-no-diagnostics
struct [[pinned]] list_head { list_head* next; list_head* prev; };
struct node { list_head link; int* where; int v; };
void make(init node& self) {
  self.link = list_head{&self.link, &self.link};
  self.where = &self.v;
  self.v = 0;
}
node use() { return make(); }
