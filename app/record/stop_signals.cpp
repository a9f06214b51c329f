#include "stop_signals.h"

namespace rv::app {
namespace {

volatile std::sig_atomic_t g_stopSignal = 0;

void onStopSignal(int sig) {
  g_stopSignal = sig;
  // A second Ctrl-C kills at once (the default action).
  std::signal(sig, SIG_DFL);
}

}  // namespace

StopSignals::StopSignals() {
  g_stopSignal = 0;
  struct sigaction sa {};
  sa.sa_handler = onStopSignal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGINT, &sa, &m_oldInt);
  sigaction(SIGTERM, &sa, &m_oldTerm);
}

StopSignals::~StopSignals() {
  sigaction(SIGINT, &m_oldInt, nullptr);
  sigaction(SIGTERM, &m_oldTerm, nullptr);
}

int StopSignals::caught() {
  return g_stopSignal;
}

}  // namespace rv::app
