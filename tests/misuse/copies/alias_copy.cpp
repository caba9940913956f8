// The copy is spelled through an alias; the diagnostic names the class.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
using Handle = P;
void use(Handle& h) {
  Handle h2 = h; // expected-error {{cannot copy object of pinned type 'P'}}
  (void)h2;
}
