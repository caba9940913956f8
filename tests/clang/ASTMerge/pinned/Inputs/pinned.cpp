struct Keyword pinned { int x; };
struct [[clang::pinned]] Attr { int x; };
struct Derived : Keyword { int y; };
struct Unpinned { int x; };
