# Shaders are compiled into the binary so the app never fails to find them at
# run time; editing a file under shaders/ rebuilds the embedded copy.
function(rv_embed_shaders target out_cpp)
  file(GLOB shader_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/shaders/*.vert
       ${CMAKE_SOURCE_DIR}/shaders/*.frag ${CMAKE_SOURCE_DIR}/shaders/*.geom
       ${CMAKE_SOURCE_DIR}/shaders/*.glsl)
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DDIR=${CMAKE_SOURCE_DIR}/shaders
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_shaders_script.cmake
    DEPENDS ${shader_files} ${CMAKE_SOURCE_DIR}/cmake/embed_shaders_script.cmake
    COMMENT "Embedding shaders")
  target_sources(${target} PRIVATE ${out_cpp})
endfunction()
