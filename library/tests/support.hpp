// Shared test helpers: an event log of constructions/destructions with addresses, failing
// initializers, and allocators that count or fail.
#pragma once

#include <pin/pin.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <new>
#include <string>

namespace pin_test {

/// "+1 +2 -2 -1": construction (+) and destruction (-) of tracked objects, by id, in order.
inline std::string& trace() {
    static std::string t;
    return t;
}
inline void record(char kind, int id) {
    if (!trace().empty())
        trace() += ' ';
    trace() += kind;
    trace() += std::to_string(id);
}

/// Resets the trace at the start of each test.
class PinTest : public ::testing::Test {
protected:
    void SetUp() override { trace().clear(); }
};

/// A pinned object that logs its life and checks it dies where it was born.
struct tracked : pin::pinned {
    int id;
    const tracked* self;
    explicit tracked(int i) : id(i), self(this) { record('+', id); }
    ~tracked() {
        EXPECT_EQ(self, this) << "tracked " << id << " destroyed away from where it was constructed";
        record('-', id);
    }
};

struct test_error {
    int where;
    test_error(int w) : where(w) {}
    test_error(pin::alloc_error) : where(-1) {}  // lets boxes report allocation failure
    friend bool operator==(test_error, test_error) = default;
};

/// Initializer for `tracked(id)` that fails with test_error{id} instead when `fail`.
inline auto make_tracked(int id, bool fail = false) {
    return pin::from_closure<tracked, test_error>([id, fail](tracked* slot) -> pin::init_result<test_error> {
        if (fail)
            return std::unexpected(test_error{id});
        ::new (slot) tracked(id);
        return {};
    });
}

#if PIN_HAS_EXCEPTIONS
struct test_exception {
    int where;
};
/// Initializer for `tracked(id)` that throws test_exception{id} instead when `fail`.
inline auto throwing_tracked(int id, bool fail) {
    return pin::from_closure<tracked, test_error>([id, fail](tracked* slot) -> pin::init_result<test_error> {
        if (fail)
            throw test_exception{id};
        ::new (slot) tracked(id);
        return {};
    });
}
#endif

/// Counts allocations; fails once `budget` allocations were made (budget < 0: never).
struct alloc_stats {
    int allocations = 0;
    int deallocations = 0;
    int budget = -1;
};
struct counting_allocator {
    alloc_stats* stats;
    void* allocate(std::size_t n, std::size_t align) noexcept {
        if (stats->budget == 0)
            return nullptr;
        if (stats->budget > 0)
            --stats->budget;
        ++stats->allocations;
        return ::operator new(n, std::align_val_t(align), std::nothrow);
    }
    void deallocate(void* p, std::size_t, std::size_t align) noexcept {
        ++stats->deallocations;
        ::operator delete(p, std::align_val_t(align));
    }
};
static_assert(pin::raw_allocator<counting_allocator>);

/// Always out of memory.
struct failing_allocator {
    void* allocate(std::size_t, std::size_t) noexcept { return nullptr; }
    void deallocate(void*, std::size_t, std::size_t) noexcept { ADD_FAILURE() << "nothing to free"; }
};

/// Raw, suitably aligned storage the tests hand to initializers directly: the
/// slot no object lives in yet, and the object once an initializer succeeded.
template <class T>
struct raw {
    alignas(T) std::byte bytes[sizeof(T)];
    T* slot() { return reinterpret_cast<T*>(bytes); }
    T* object() { return std::launder(slot()); }
};

}  // namespace pin_test
