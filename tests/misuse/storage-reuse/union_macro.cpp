// A macro that clears a tagged union.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
union Cell {
  P p; // expected-note {{destroy 'p' first if it may be the active member}}
  unsigned bits;
  Cell() : p() {}
  ~Cell() {}
};
#define CLEAR(cell) ((cell).bits = 0u)
void use(Cell& c) {
  CLEAR(c); // expected-warning {{assignment to 'bits' makes it the active member of the union, reusing the storage of 'p' of pinned type 'P' without destroying it}}
}
