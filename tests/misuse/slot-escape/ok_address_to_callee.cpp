// Handing the address of an unconstructed member to a function is taking an
// address, not a use (the callee must only store it).
// expected-no-diagnostics
struct [[pinned]] list_head { list_head* next; list_head* prev; };
void remember(list_head* where);
struct node { list_head link; int v; };
void make(init node& self) {
  remember(&self.link);
  self.link = list_head{&self.link, &self.link};
  self.v = 0;
}
