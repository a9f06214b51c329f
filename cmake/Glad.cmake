# Generates the OpenGL 3.3 core and EGL 1.5 loaders at build time with Debian's
# glad (python3-glad, glad 2). --reproducible uses the specs shipped in the
# package, so nothing is fetched from the network.
find_program(GLAD_EXECUTABLE glad REQUIRED)
set(RV_GLAD_DIR ${CMAKE_BINARY_DIR}/glad)
add_custom_command(
  OUTPUT ${RV_GLAD_DIR}/src/gl.c ${RV_GLAD_DIR}/src/egl.c
         ${RV_GLAD_DIR}/include/glad/gl.h ${RV_GLAD_DIR}/include/glad/egl.h
  COMMAND ${GLAD_EXECUTABLE} --api "gl:core=3.3,egl=1.5" --out-path ${RV_GLAD_DIR}
          --reproducible --quiet c --loader
  COMMENT "Generating GL 3.3 core + EGL 1.5 loaders with glad"
  VERBATIM)
add_library(rv_glad STATIC ${RV_GLAD_DIR}/src/gl.c ${RV_GLAD_DIR}/src/egl.c)
target_include_directories(rv_glad SYSTEM PUBLIC ${RV_GLAD_DIR}/include)
target_link_libraries(rv_glad PUBLIC ${CMAKE_DL_LIBS})
set_target_properties(rv_glad PROPERTIES POSITION_INDEPENDENT_CODE ON)
