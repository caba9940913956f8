// pin/pin.hpp - the whole library except pin/containers.hpp (which pulls in <deque>, <list>
// and <optional>; include it where you emplace into those). See library/README.md for the
// map from pin-init.
#pragma once

#include <pin/config.hpp>       // PIN_PINNED, PIN_HAS_NATIVE_PINNED, PIN_HAS_EXCEPTIONS, PIN_ASSERT
#include <pin/pinned.hpp>       // pin::pinned, pin::is_pinned_v
#include <pin/init.hpp>         // initializer concept, construct, from_closure, chain, zeroed, init_scope
#include <pin/fields.hpp>       // pin::fields: field-wise construction with rollback
#include <pin/array.hpp>        // pin::array_from_fn
#include <pin/pinned_ref.hpp>   // pin::pinned_ref, pin::project
#include <pin/alloc.hpp>        // raw_allocator, heap_allocator, alloc_error
#include <pin/box.hpp>          // pin::box, pin::make_box
#include <pin/shared_box.hpp>   // pin::shared_box, pin::make_shared_box
#include <pin/stack_slot.hpp>   // pin::stack_slot
#include <pin/static_slot.hpp>  // pin::static_slot
#include <pin/init_fn.hpp>      // pin::from_init_fn: native init functions as initializers (patched compiler)
