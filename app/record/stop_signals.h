#pragma once
// SIGINT and SIGTERM during a recording: the first one asks the frame loop to
// stop, so the encoder can finish the file written so far (a valid, playable
// video); a second one kills at once (the default action). While a
// StopSignals lives, the handlers are installed; its destruction restores the
// previous ones.

#include <signal.h>

#include <csignal>

namespace rv::app {

class StopSignals {
 public:
  StopSignals();  // also forgets a signal caught before
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  // The signal caught (SIGINT or SIGTERM), or 0.
  static int caught();

 private:
  struct sigaction m_oldInt {
  }, m_oldTerm{};
};

}  // namespace rv::app
