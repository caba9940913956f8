// With a user-declared destructor there is no implicit move constructor:
// std::move selects the (deleted) copy constructor.
#include <utility>
struct [[pinned]] Registered { // expected-note 1+ {{'Registered' is declared 'pinned' here}}
  Registered* self = this;
  ~Registered() {}
};
void use(Registered& r) {
  Registered m = std::move(r); // expected-error {{cannot copy object of pinned type 'Registered'}}
  (void)m;
}
