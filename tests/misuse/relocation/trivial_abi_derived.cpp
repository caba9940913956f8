// trivial_abi on a class that is pinned only through its base.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct [[clang::trivial_abi]] Derived : P { int extra; }; // expected-error {{'trivial_abi' cannot be applied to pinned type 'Derived'}} expected-note 1+ {{'Derived' is pinned because its base class 'P' is pinned}}
