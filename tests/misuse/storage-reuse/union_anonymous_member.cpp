// An anonymous union inside a class.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct Tagged {
  union {
    P p; // expected-note {{destroy 'p' first if it may be the active member}}
    long raw;
  };
  Tagged() : p() {}
  ~Tagged() {}
  void clear() {
    raw = 0; // expected-warning {{assignment to 'raw' makes it the active member of the union, reusing the storage of 'p' of pinned type 'P' without destroying it}}
  }
};
