// A logging macro that keeps a copy of its argument.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
#define KEEP(x) auto kept_##x = x
void use(P& p) {
  KEEP(p); // expected-error {{cannot copy object of pinned type 'P'}}
}
