// An init-capture copies its initializer.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
int use(P& p) {
  auto get = [q = p] { return q.v; }; // expected-error {{cannot copy object of pinned type 'P'}} expected-error {{use of undeclared identifier 'q'}}
  return get();
}
