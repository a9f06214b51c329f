# Optional instrumented builds, each in its own build folder (scripts/test.sh
# configures them next to build/):
#   RV_SANITIZE=ON (or a -fsanitize list such as "address")  AddressSanitizer +
#     UndefinedBehaviorSanitizer for every target; undefined behaviour aborts,
#     so a test that hits it fails instead of printing a warning.
#   RV_FUZZ=ON  libFuzzer targets in tests/fuzz (clang only): every target is
#     compiled with coverage for the fuzzer and with ASan + UBSan.
set(RV_SANITIZE "" CACHE STRING "Sanitizers: ON (= address,undefined) or a -fsanitize= list")
option(RV_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(RV_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "RV_FUZZ needs clang (libFuzzer): configure with CC=clang CXX=clang++")
  endif()
  if(NOT RV_SANITIZE)
    set(RV_SANITIZE ON)
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
  # toml++ from Debian is a prebuilt shared library, invisible to the fuzzer's
  # coverage. Declaring the target before find_package(tomlplusplus) (whose
  # config keeps an existing target) builds it header-only and instrumented,
  # so the fuzzer can steer through the TOML parser too.
  add_library(tomlplusplus::tomlplusplus INTERFACE IMPORTED)
  set_target_properties(tomlplusplus::tomlplusplus PROPERTIES
    INTERFACE_COMPILE_DEFINITIONS TOML_HEADER_ONLY=1)
endif()

if(RV_SANITIZE)
  if(RV_SANITIZE MATCHES "^(ON|on|TRUE|true|YES|yes|1)$")
    set(rv_sanitizers address,undefined)
  else()
    set(rv_sanitizers ${RV_SANITIZE})
  endif()
  message(STATUS "Sanitizers: ${rv_sanitizers}")
  add_compile_options(-fsanitize=${rv_sanitizers} -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${rv_sanitizers})
  if(rv_sanitizers MATCHES "undefined")
    add_compile_options(-fno-sanitize-recover=undefined)
  endif()
endif()
