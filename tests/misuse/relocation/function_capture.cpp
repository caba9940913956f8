// std::function requires a copyable target; the lambda holds a pinned copy.
#include <functional>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p) {
  std::function<int()> f = [p] { return p.v; }; // expected-error {{cannot copy object of pinned type 'P'}}
}
