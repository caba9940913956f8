struct [[clang::pinned]] Attr { int x; };
struct Derived : Attr { int y; };
