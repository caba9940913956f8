// trivial_abi would pass the object in registers, at a new address.
struct [[pinned, clang::trivial_abi]] Q { int v; }; // expected-error {{'trivial_abi' cannot be applied to pinned type 'Q'}} expected-note 0+ {{'Q' is declared 'pinned' here}}
