// A 1 MiB object pinned on a 2 MiB thread stack, compiled at -O0 (see CMakeLists.txt).
// Building it anywhere else first and copying it into place would need a second MiB and
// overflow the stack; pin::stack_slot + pin::fields build it once, in place.
#include "support.hpp"

#include <pthread.h>

#include <cstring>

namespace {
using namespace pin_test;

struct big : pin::pinned {
    big* self;
    unsigned char payload[1u << 20];
    std::size_t checksum;
};
static_assert(sizeof(big) > (1u << 20));

struct thread_result {
    bool ok = false;
    const void* object = nullptr;
    const void* stack_var = nullptr;
};

void* run_on_small_stack(void* arg) {
    auto* out = static_cast<thread_result*>(arg);
    pin::stack_slot<big> slot;
    auto r = slot.emplace(pin::fields<big>()
                              .init<&big::self>([](big* self) { return self; })
                              .init<&big::payload>(pin::zeroed<unsigned char[1u << 20]>())
                              .then([](big* self) { std::memset(self->payload, 7, 4096); })
                              .set<&big::checksum>(std::size_t{7 * 4096}));
    std::size_t sum = 0;
    for (unsigned char b : slot->payload)
        sum += b;
    out->ok = r.has_value() && slot->self == slot.get() && sum == slot->checksum;
    out->object = slot.get();
    out->stack_var = &sum;
    return nullptr;
}

TEST(BigStackTest, OneMebibyteObjectOnTwoMebibyteThreadStackAtO0) {
    pthread_attr_t attr;
    ASSERT_EQ(pthread_attr_init(&attr), 0);
    ASSERT_EQ(pthread_attr_setstacksize(&attr, 2u << 20), 0);
    thread_result result;
    pthread_t thread;
    ASSERT_EQ(pthread_create(&thread, &attr, run_on_small_stack, &result), 0);
    ASSERT_EQ(pthread_join(thread, nullptr), 0);
    pthread_attr_destroy(&attr);
    EXPECT_TRUE(result.ok);
    // The object lived in that thread's stack frame, next to its locals.
    auto distance = static_cast<const char*>(result.object) - static_cast<const char*>(result.stack_var);
    EXPECT_LT(distance < 0 ? -distance : distance, std::ptrdiff_t{2} << 20);
}

}  // namespace
