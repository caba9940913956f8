// decltype of a reference parameter's member access yields the object type.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct Holder { P p; int n; };
void use(Holder& h) {
  decltype(h.p) q = h.p; // expected-error {{cannot copy object of pinned type 'P'}}
  (void)q;
}
