#pragma once
// Classic fourth-order Runge-Kutta step for a state with vector-space
// operations (State + State, double * State). The derivative function is
// called as f(t, state) and must be a pure function of its arguments, so a
// step is deterministic.

namespace rv::sim {

template <class State, class Deriv>
State rk4Step(const State& y, double t, double dt, Deriv&& f) {
  const State k1 = f(t, y);
  const State k2 = f(t + 0.5 * dt, y + (0.5 * dt) * k1);
  const State k3 = f(t + 0.5 * dt, y + (0.5 * dt) * k2);
  const State k4 = f(t + dt, y + dt * k3);
  return y + (dt / 6.0) * (k1 + 2.0 * k2 + 2.0 * k3 + k4);
}

}  // namespace rv::sim
