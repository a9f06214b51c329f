#pragma once
// Shader sources compiled into the binary from shaders/ at build time
// (cmake/embed_shaders_script.cmake), looked up by file name.

#include <span>
#include <string_view>

namespace rv::render {

struct ShaderSource {
  std::string_view name;  // file name under shaders/, e.g. "earth.frag"
  std::string_view text;
};

std::span<const ShaderSource> embeddedShaders();

// The text of shaders/<name>, or an empty view when there is no such file.
std::string_view findShader(std::string_view name);

}  // namespace rv::render
