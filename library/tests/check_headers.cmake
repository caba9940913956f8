# cmake -DCXX=... -DFLAGS=... -DSTD=... -DINCLUDE=... -DSOURCE=check_headers.cpp -P check_headers.cmake
#
# pin/pin.hpp must not bring in <deque>, <list> or <optional> (pin/containers.hpp does, and
# is included separately), nor <cstdio>: PIN_ASSERT's default handler writes without stdio,
# for code that has none. libstdc++'s own <memory> and <atomic> include <cstdio> (through
# <string>), so there that part is checked on pin's headers' own #include lines only.
separate_arguments(flags UNIX_COMMAND "${FLAGS}")
execute_process(COMMAND ${CXX} ${flags} ${STD} -I${INCLUDE} -M ${SOURCE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE deps ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cannot list the dependencies of ${SOURCE}:\n${err}")
endif()
set(forbidden deque list optional)
if(deps MATCHES "/c\\+\\+/v1/")  # libc++
  list(APPEND forbidden cstdio stdio.h)
endif()
foreach(h IN LISTS forbidden)
  if(deps MATCHES "/${h}[ \n\\\\]" OR deps MATCHES "/${h}$")
    message(FATAL_ERROR "pin/pin.hpp brings in <${h}>:\n${deps}")
  endif()
endforeach()
file(GLOB headers ${INCLUDE}/pin/*.hpp)
foreach(header IN LISTS headers)
  if(header MATCHES "containers\\.hpp$")
    continue()
  endif()
  file(STRINGS ${header} lines REGEX "^#include <(deque|list|optional|cstdio|stdio\\.h)>")
  if(lines)
    message(FATAL_ERROR "${header} includes ${lines}")
  endif()
endforeach()
message(STATUS "pin/pin.hpp does not bring in: ${forbidden}")
