// Class template argument deduction for an aggregate deduces Box<P> and then
// copies the lvalue into the member.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> struct Box { T value; };
void use(P& p) {
  Box b{p}; // expected-error {{cannot copy object of pinned type 'P'}}
  (void)b;
}
