// A generic lambda copies whatever it is given.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p) {
  auto snapshot = [](const auto& x) {
    auto y = x; // expected-error {{cannot copy object of pinned type 'P'}}
    return y.v;
  };
  (void)snapshot(p);
}
// expected-note@*:* 0+ {{requested here}}
