// The contextual-keyword spelling of pinned.
struct list_head pinned { list_head* next = this; }; // expected-note 1+ {{'list_head' is declared 'pinned' here}}
void use(list_head& h) {
  list_head copy = h; // expected-error {{cannot copy object of pinned type 'list_head'}}
  (void)copy;
}
