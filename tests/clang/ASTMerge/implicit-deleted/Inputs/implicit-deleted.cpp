struct NoCopy {
  NoCopy();
  NoCopy(const NoCopy &) = delete;
};
struct Holder {
  NoCopy n;
};
// Declares Holder's implicit copy constructor, as deleted, in this AST.
static_assert(!__is_constructible(Holder, const Holder &));
