#pragma once
// Frames out of the recorder: either piped as raw RGBA to an `ffmpeg` child
// process (H.264 yuv420p CRF 18 by default), or written as a PNG sequence when
// the output path holds a %d pattern ("frames/f_%05d.png").
//
// Encoding overlaps rendering: a writer thread takes submitted frames from a
// short queue and writes them to ffmpeg's stdin (ffmpeg encodes in its own
// process, on its own threads) or to PNG files, while the caller renders the
// next frames. Buffers are recycled, so steady state allocates nothing.
//
// Files appear complete or not at all: a video is written under a hidden
// temporary name in the output folder (".NAME.rendezvous-partial.EXT") and
// renamed when ffmpeg has exited cleanly; each PNG is written to a temporary
// name and renamed. On failure the temporary file is removed and ffmpeg is
// killed and reaped, so no process is left behind.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"

namespace rv::app {

struct VideoEncoderDesc {
  std::string outputPath;  // video file, or PNG pattern with %d / %0Nd
  int width = 0, height = 0;
  int fps = 30;
  std::string codec = "libx264";  // ffmpeg encoder name
  std::optional<int> crf;         // default 18 for codecs that take -crf
  std::string preset;             // x264/x265 speed preset; empty: "medium"
  std::string ffmpeg = "ffmpeg";  // program, looked up on PATH
  int64_t firstFrameNumber = 0;   // number of the first PNG of the sequence
  int queueDepth = 4;             // frames in flight between caller and writer
};

// What the recorder would refuse before starting, without touching the disk
// (a '%' that is not a frame pattern, a pattern that is not PNG, a video with
// no extension, an odd size for a yuv420p codec), as a bad-input error.
Result<void> checkOutputRequest(const VideoEncoderDesc& desc);
// Runs ffmpeg on one black frame with the recorder's exact arguments into a
// scratch file of the output's type. Error: kBadInput when the arguments are
// at fault (an unknown codec, a codec the container cannot hold), kFailed
// when the system is (ffmpeg missing or not starting).
Result<void> probeEncoder(const VideoEncoderDesc& desc);

// True when the path is a PNG-sequence pattern (one %d or %0Nd).
bool isImageSequencePattern(const std::string& path);
// The path for frame `number` of a pattern ("f_%05d.png", 7 -> "f_00007.png").
std::string formatSequencePath(const std::string& pattern, int64_t number);
// The ffmpeg arguments (after the program name) for encoding raw RGBA frames
// read from `input` ("pipe:0" or a file) into `output`.
std::vector<std::string> ffmpegArguments(const VideoEncoderDesc& desc, const std::string& input,
                                         const std::string& output);
// Whether the codec is fed yuv420p (and so needs even width and height).
bool codecUsesYuv420(const std::string& codec);

class VideoEncoder {
 public:
  // Checks the output folder, the size and the pattern, and starts ffmpeg.
  // Error (one line): kBadInput when the problem lies in the arguments
  // (exit 2), kFailed when it lies in the system (exit 1).
  static Result<std::unique_ptr<VideoEncoder>> open(const VideoEncoderDesc& desc);
  ~VideoEncoder();  // abort() unless finish() succeeded
  VideoEncoder(const VideoEncoder&) = delete;
  VideoEncoder& operator=(const VideoEncoder&) = delete;

  // A buffer of width*height*4 bytes to fill with RGBA rows top to bottom;
  // blocks while `queueDepth` frames are in flight.
  std::vector<std::uint8_t> acquireBuffer();
  // Queues the frame for writing. An Error once writing has failed, e.g.
  // ffmpeg died or the disk is full.
  Result<void> submit(std::vector<std::uint8_t> frame);
  // Writes what is queued, closes ffmpeg's input, waits for it and renames
  // the file into place. An Error if anything failed (the partial file is
  // then removed).
  Result<void> finish();
  // Stops at once: kills ffmpeg, reaps it, removes the partial file.
  void abort();

  int64_t framesWritten() const;
  const std::string& outputPath() const;

 private:
  struct Impl;
  explicit VideoEncoder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace rv::app
