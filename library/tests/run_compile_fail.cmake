# cmake -DCXX=... -DFLAGS=... -DSTD=... -DINCLUDE=... -DSOURCE=... -P run_compile_fail.cmake
separate_arguments(flags UNIX_COMMAND "${FLAGS}")
file(STRINGS ${SOURCE} expect REGEX "^// EXPECT: ")
list(GET expect 0 expect)
string(REGEX REPLACE "^// EXPECT: " "" expect "${expect}")

execute_process(COMMAND ${CXX} ${flags} ${STD} -fsyntax-only -I${INCLUDE} -DPIN_CONTROL ${SOURCE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "control variant (-DPIN_CONTROL) of ${SOURCE} does not compile:\n${out}")
endif()

execute_process(COMMAND ${CXX} ${flags} ${STD} -fsyntax-only -I${INCLUDE} ${SOURCE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but it must be rejected")
endif()
if(NOT out MATCHES "${expect}")
  message(FATAL_ERROR "${SOURCE} was rejected, but no diagnostic matches '${expect}':\n${out}")
endif()
message(STATUS "rejected as expected ('${expect}')")
