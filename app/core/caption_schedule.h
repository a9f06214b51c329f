#pragma once
// Captions timed for viewers: each event in a recording gets its caption on
// screen for at least kCaptionMinS and at most kCaptionMaxS seconds of
// *video*, whatever the replay speed. Events that come faster than that
// (staging at x10, the whole mission at x100) are queued, never dropped:
// a caption starts at its event's frame or when the one before has had its
// minimum, whichever is later, and gives way to the next one after its
// minimum. The same cues make the burned-in overlay and the .srt sidecar
// (--subtitles). Pure functions of the schedule and the event list.

#include <string>
#include <vector>

namespace rv::sim {
struct MissionEvent;
}

namespace rv::app {

class RecordSchedule;

inline constexpr double kCaptionMinS = 3.0;
inline constexpr double kCaptionMaxS = 6.0;

struct CaptionCue {
  double startVideoS = 0.0;
  double endVideoS = 0.0;
  const sim::MissionEvent* event = nullptr;
};

// The cues of every event inside the schedule's span, in order; a caption
// queued past the video's last frame is left out, and the last one ends
// with the video.
std::vector<CaptionCue> captionCues(const std::vector<sim::MissionEvent>& events,
                                    const RecordSchedule& schedule, double minS = kCaptionMinS,
                                    double maxS = kCaptionMaxS);

// The cue on screen at a video time, or null.
const CaptionCue* cueAt(const std::vector<CaptionCue>& cues, double videoS);

// SubRip text of the cues: "1\n00:00:03,000 --> 00:00:06,000\nName\nCaption\n\n"...
std::string formatSrt(const std::vector<CaptionCue>& cues);

}  // namespace rv::app
