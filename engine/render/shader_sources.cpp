#include "render/shader_sources.h"

namespace rv::render {

std::string_view findShader(std::string_view name) {
  for (const ShaderSource& s : embeddedShaders()) {
    if (s.name == name) return s.text;
  }
  return {};
}

}  // namespace rv::render
