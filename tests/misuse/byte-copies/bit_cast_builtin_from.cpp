// __builtin_bit_cast from a pinned object.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct Image { P* a; int b; };
Image use(P& p) {
  return __builtin_bit_cast(Image, p); // expected-error {{cannot bit-cast from pinned type 'P'}}
}
