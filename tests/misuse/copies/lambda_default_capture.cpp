// [=] captures the object by copy as soon as the body names it.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
int use(P& p) {
  auto get = [=] { return p.v; }; // expected-error {{cannot copy object of pinned type 'P'}}
  return get();
}
