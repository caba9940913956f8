// An editor's view of the prototype: clangd built from the patched sources parses
// pinned classes and init functions, reports the analysis's errors, and does not count
// the slot of a call that omits it (tools/check_clangd.sh drives it over LSP).
struct list_head pinned {
  list_head* next;
  list_head* prev;
};

void make_list(init list_head& self) {
  self.next = &self;
  self.prev = &self;
}

void link(init list_head& self, list_head* next, list_head* prev) {
  self.next = next;
  self.prev = prev;
}

struct node {
  list_head hook;
  int value;
};

void make_node(init node& self, int value) {
  int old = self.value; // the deliberate mistake: used before it is constructed
  make_list(init self.hook);
  self.value = value + old;
}

struct two_lists {
  list_head a;
  list_head b;
};

void make_two(init two_lists& self) {
  make_list(init self.a);
  link(init self.b, &self.a, &self.a);
}

int main() {
  list_head head = make_list();
  list_head second = link(&head, &head);
  two_lists t = make_two();
  node n = make_node(42);
  return n.value == 42 && second.next == &head && t.b.prev == &t.a ? 0 : 1;
}
