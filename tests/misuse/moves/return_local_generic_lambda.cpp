// A generic lambda returning a local of the deduced type.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use() {
  auto make = [](auto tag) {
    decltype(tag) t;
    return t; // expected-error {{cannot move object of pinned type 'P'}}
  };
  (void)make(P{});
}
// expected-note@*:* 0+ {{requested here}}
