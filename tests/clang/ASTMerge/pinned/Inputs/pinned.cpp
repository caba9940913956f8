struct Keyword pinned { int x; };
struct [[clang::pinned]] Attr { int x; };
struct Derived : Attr { int y; };
struct Unpinned { int x; };
