// Assigning another member of a union makes it active, ending the pinned
// member's lifetime without its destructor.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
union Slot {
  P p; // expected-note {{destroy 'p' first if it may be the active member}}
  int i;
  Slot() : p() {}
  ~Slot() {}
};
void use(Slot& s) {
  s.i = 1; // expected-warning {{assignment to 'i' makes it the active member of the union, reusing the storage of 'p' of pinned type 'P' without destroying it}}
}
