// Compiled with -M by check_headers.cmake: which headers pin/pin.hpp brings in.
#include <pin/pin.hpp>
