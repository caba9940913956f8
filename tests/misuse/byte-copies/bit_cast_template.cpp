// A generic type-punning helper.
struct [[pinned]] Q { long bits; }; // expected-note 1+ {{'Q' is declared 'pinned' here}}
template <class To, class From> To pun(const From& f) {
  return __builtin_bit_cast(To, f); // expected-error {{cannot bit-cast from pinned type 'Q'}}
}
long use(Q& q) { return pun<long>(q); }
// expected-note@*:* 0+ {{requested here}}
