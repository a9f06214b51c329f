#pragma once
// Story mode (F5): the whole mission played as a presentation. Mission time
// runs at the speeds of the full-mission film (record --preset
// full-mission: slow at lift-off, staging and contact, fast through the
// coast), the film's camera director picks the shots, and the replay holds
// at the key events until the presenter presses Next (or, for a kiosk,
// continues by itself after a hold). Captions change no faster than a class
// can read them. Pure logic: the window feeds it wall-clock seconds and
// shows what it says; no GL, no ImGui, unit-tested.

#include <optional>
#include <string>
#include <vector>

#include "camera_director.h"
#include "record_job.h"

namespace rv::sim {
class MissionTimeline;
struct MissionEvent;
}  // namespace rv::sim

namespace rv::app {

// The events a story holds at, when the mission has them.
inline constexpr const char* kStoryStopIds[] = {"liftoff",        "booster_sep", "core_sep",
                                                "spacecraft_sep", "burn_1",      "approach_start",
                                                "flyaround",      "contact",     "hatch_open"};

// A caption stays up at least this long (wall seconds) before the next.
inline constexpr double kStoryCaptionMinS = 4.0;

struct StoryOptions {
  // Multiplies the film's speeds (tests and rehearsals run faster).
  double speedFactor = 1.0;
  // Wall seconds a hold lasts before the story goes on by itself; unset:
  // until Next.
  std::optional<double> autoContinueS;
};

struct StoryFrame {
  double utcS = 0.0;
  CameraShot shot;
  const sim::MissionEvent* caption = nullptr;  // the event whose caption shows
  bool holding = false;                        // waiting at a stop for Next
  bool finished = false;                       // reached the end of the mission
};

class StoryMode {
 public:
  // From the mission's start; the speeds and shots from its events.
  StoryMode(const sim::MissionTimeline& timeline, StoryOptions options);

  // Moves the story on by `wallDtS` seconds of presentation and says what
  // to show. A stop crossed on the way holds the story there.
  StoryFrame advance(double wallDtS);
  // Next: leaves a hold, or (while running) goes straight to the next stop.
  void next();
  // Previous: back to the stop before the current time, holding there.
  void previous();
  // Space: pause or resume the story where it is.
  void togglePause() { m_paused = !m_paused; }
  bool paused() const { return m_paused; }

  StoryFrame current() const;
  const std::vector<const sim::MissionEvent*>& stops() const { return m_stops; }
  int stopsHeld() const { return m_stopsHeld; }

 private:
  void holdAt(size_t stopIndex);
  void updateCaption(double wallDtS);

  const sim::MissionTimeline& m_timeline;
  StoryOptions m_options;
  TimeWarp m_warp;
  CameraDirector m_director;
  std::vector<const sim::MissionEvent*> m_stops;  // in time order
  double m_utcS = 0.0;
  size_t m_nextStop = 0;  // the first stop not yet reached
  bool m_holding = false;
  bool m_paused = false;
  double m_heldS = 0.0;
  int m_stopsHeld = 0;
  const sim::MissionEvent* m_caption = nullptr;
  double m_captionShownS = 0.0;
};

}  // namespace rv::app
