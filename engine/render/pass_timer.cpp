#include "render/pass_timer.h"

#include <glad/gl.h>

namespace rv::render {

PassTimer::~PassTimer() {
  if (!m_queries.empty()) glDeleteQueries(static_cast<GLsizei>(m_queries.size()), m_queries.data());
}

void PassTimer::begin() {
  m_names.clear();
  if (!m_enabled) return;
  m_names.push_back("start");
  mark(nullptr);
}

void PassTimer::mark(const char* name) {
  if (!m_enabled) return;
  if (name) m_names.push_back(name);
  const size_t index = m_names.size() - 1;
  if (index >= m_queries.size()) {
    const size_t old = m_queries.size();
    m_queries.resize(index + 1);
    glGenQueries(static_cast<GLsizei>(m_queries.size() - old), m_queries.data() + old);
  }
  glQueryCounter(m_queries[index], GL_TIMESTAMP);
}

void PassTimer::end() {
  if (!m_enabled || m_names.size() < 2) return;
  m_last.clear();
  GLuint64 previous = 0;
  for (size_t i = 0; i < m_names.size(); ++i) {
    GLuint64 t = 0;
    glGetQueryObjectui64v(m_queries[i], GL_QUERY_RESULT, &t);  // waits for the GPU
    if (i > 0) m_last.push_back({m_names[i], static_cast<double>(t - previous) * 1e-6});
    previous = t;
  }
}

}  // namespace rv::render
