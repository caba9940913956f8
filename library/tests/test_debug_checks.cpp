// PIN_ASSERT: what the type system cannot reject is checked at run time in debug builds.
#include "support.hpp"

namespace {

#if PIN_DEBUG
TEST(DebugChecksDeathTest, EmptyBoxDereference) {
    pin::box<int> empty;
    EXPECT_DEATH(static_cast<void>(*empty), "dereferencing an empty pin::box");
}

TEST(DebugChecksDeathTest, EmptyStackSlotAccess) {
    pin::stack_slot<int> slot;
    EXPECT_DEATH(static_cast<void>(slot.get()), "pin::stack_slot used while empty");
}

TEST(DebugChecksDeathTest, StaticSlotBeforeInitialization) {
    static constinit pin::static_slot<int> never;
    EXPECT_DEATH(static_cast<void>(never.get()), "pin::static_slot used before get_or_init succeeded");
}

// The other checks the README lists.
TEST(DebugChecksDeathTest, EmptySharedBoxDereference) {
    pin::shared_box<int> empty;
    EXPECT_DEATH(static_cast<void>(*empty), "dereferencing an empty pin::shared_box");
}

TEST(DebugChecksDeathTest, InitAtNullSlot) {
    EXPECT_DEATH(static_cast<void>(pin::init_at(static_cast<int*>(nullptr), pin::construct<int>(1))),
                 "init_at: null slot");
}

struct misaligned_allocator {
    alignas(16) unsigned char buffer[64];
    void* allocate(std::size_t, std::size_t) noexcept { return buffer + 1; }
    void deallocate(void*, std::size_t, std::size_t) noexcept {}
};

TEST(DebugChecksDeathTest, MisalignedAllocatorResult) {
    EXPECT_DEATH(static_cast<void>(pin::make_box(pin::construct<long long>(1), misaligned_allocator{})),
                 "allocator returned misaligned memory");
    EXPECT_DEATH(static_cast<void>(pin::make_shared_box(pin::construct<long long>(1), misaligned_allocator{})),
                 "allocator returned misaligned memory");
}

TEST(DebugChecksDeathTest, UninitWithoutOrOverAnObject) {
    pin::uninit<int> u;
    EXPECT_DEATH(static_cast<void>(u.assume_init()), "pin::uninit::assume_init without an object");
    EXPECT_DEATH(u.destroy(), "pin::uninit::destroy without an object");
    ASSERT_TRUE(u.emplace(pin::construct<int>(1)));
    EXPECT_DEATH(static_cast<void>(u.emplace(pin::construct<int>(2))), "pin::uninit::emplace over a live object");
    u.destroy();
}

struct hook_not_last {
    int a;
    pin::drop_hook<hook_not_last> hook;
    int b;
    void drop() noexcept {}
};

TEST(DebugChecksDeathTest, DropHookNotDeclaredLast) {
    alignas(hook_not_last) unsigned char storage[sizeof(hook_not_last)];
    auto i = pin::fields<hook_not_last>().set<&hook_not_last::a>(1).set<&hook_not_last::b>(2).on_drop<&hook_not_last::hook>();
    EXPECT_DEATH(static_cast<void>(pin::init_at(reinterpret_cast<hook_not_last*>(storage), std::move(i))),
                 "the pin::drop_hook<T> member must be declared last in T");
}
#endif

}  // namespace
