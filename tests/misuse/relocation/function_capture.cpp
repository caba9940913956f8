// std::function requires a copyable target; the lambda holds a pinned copy.
#include <functional>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p) {
  std::function<int()> f = [p] { return p.v; }; // expected-error {{cannot copy object of pinned type 'P'}} expected-note 1+ {{is pinned because its member}}
}
// The closure holds a P, so it is pinned too: std::function cannot store it.
// expected-error@*:* {{static assertion failed due to requirement 'is_copy_constructible<(lambda at}}
// expected-error@*:* {{static assertion failed due to requirement 'is_constructible<(lambda at}}
// expected-error@*:* 1+ {{cannot move object of pinned type '(lambda at}}
// expected-error@*:* 1+ {{cannot copy object of pinned type '(lambda at}}
// expected-note@*:* 0+ {{in instantiation of}}
