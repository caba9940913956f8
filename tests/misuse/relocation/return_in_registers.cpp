// A function returning a pinned object by value from a named local would
// relocate it through the return register.
struct [[pinned]] Small { int v; }; // expected-note 1+ {{'Small' is declared 'pinned' here}}
Small get(int v) {
  Small s{v};
  return s; // expected-error {{cannot move object of pinned type 'Small'}}
}
