#pragma once
// Carries out a RecordPlan (record_plan.h): the encoder first (a missing
// ffmpeg or output folder fails in milliseconds, not after the renderer has
// loaded its textures), then EGL and the renderer, then the frame loop:
// render -> asynchronous read-back -> encoder thread -> ffmpeg (or PNGs).
// SIGINT/SIGTERM stop the loop and finish the file written so far
// (stop_signals.h). Frame i shows the mission instant the plan's schedule
// gives it, never a wall-clock-dependent one.

#include <chrono>
#include <functional>
#include <string>

#include "frame_builder.h"
#include "mission_context.h"
#include "record_plan.h"

namespace rv::app {

// The camera and 3D overlays of the frame at mission time utcS (the CLI's
// --camera, --shots or the director; cmd_record.cpp).
using FrameRequestFn = std::function<FrameRequest(double utcS)>;

// Prints "rendezvous: record: MESSAGE" on stderr and returns `code`.
int failRecord(int code, const std::string& message);
// The same with the exit code for the error's kind (exitCodeFor).
int failRecord(const Error& error);

// Renders plan.renderedFrames() into plan.renderedEncoder()'s output. With a
// sample (--plan), prints the time and size estimates measured on it;
// startedAt is when the command's own start-up began, counted in them.
// Returns the exit code; every message goes to stderr.
int runRecordPipeline(const RecordPlan& plan, const LoadedMission& mission,
                      const FrameRequestFn& requestAt,
                      std::chrono::steady_clock::time_point startedAt);

}  // namespace rv::app
