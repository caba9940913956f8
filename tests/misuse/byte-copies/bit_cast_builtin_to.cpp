// __builtin_bit_cast to a pinned type conjures an object at a new address.
struct [[pinned]] Q { long bits; }; // expected-note 1+ {{'Q' is declared 'pinned' here}}
Q use(long l) {
  return __builtin_bit_cast(Q, l); // expected-error {{cannot bit-cast to pinned type 'Q'}}
}
