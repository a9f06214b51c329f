// `rendezvous export --from T --to T --step S -o states.csv`: sampled states.
#include <cerrno>
#include <cstdio>

#include "astro/time_scales.h"
#include "base/file_io.h"
#include "cli.h"
#include "cli_values.h"
#include "command.h"
#include "mission_context.h"
#include "sim/state_export.h"

namespace rv::app {
namespace {

struct ExportOptions {
  std::string from = "liftoff";
  std::string to = "contact";
  double stepS = 1.0;
  std::string output;
};

// "cannot write X: why", or for a full disk the words users know.
int reportWriteError(const Error& e, const std::string& path) {
  if (e.sysErrno == ENOSPC || e.sysErrno == EDQUOT)
    std::fprintf(stderr, "rendezvous: writing %s failed (disk full?)\n", path.c_str());
  else
    std::fprintf(stderr, "rendezvous: %s\n", e.message.c_str());
  return exitCodeFor(e);
}

int runExport(const ExportOptions& opt, const GlobalOptions& global) {
  auto mission = loadAndSimulate(global);
  if (!mission) return reportError(mission.error());
  const sim::MissionTimeline& tl = *(*mission)->timeline;
  const auto from = resolveMissionTime(tl, opt.from);
  if (!from) return reportOption("--from", from.error());
  const auto to = resolveMissionTime(tl, opt.to);
  if (!to) return reportOption("--to", to.error());
  if (*to < *from) {
    std::fprintf(stderr, "rendezvous: --to is before --from\n");
    return kExitUsage;
  }
  if (*from < tl.startUtcS() || *to > tl.endUtcS()) {
    std::fprintf(stderr, "rendezvous: the range must lie within the mission, %s to %s\n",
                 astro::formatIsoUtc(tl.startUtcS(), 0).c_str(),
                 astro::formatIsoUtc(tl.endUtcS(), 0).c_str());
    return kExitUsage;
  }
  if (const auto out = outputFolderExists(opt.output); !out) {
    std::fprintf(stderr, "rendezvous: %s\n", out.error().message.c_str());
    return kExitUsage;
  }
  // The writer renames into place only once every byte is on disk, so an
  // interrupted or failed export never leaves a file that looks complete.
  auto file = io::FileWriter::open(opt.output);
  if (!file) return reportWriteError(file.error(), opt.output);
  sim::writeStatesCsv(tl, *from, *to, opt.stepS, file->stream());
  if (auto done = file->commit(); !done) return reportWriteError(done.error(), opt.output);
  std::fprintf(stderr, "rendezvous: wrote %s (%s to %s every %g s)\n", opt.output.c_str(),
               astro::formatIsoUtc(*from, 3).c_str(), astro::formatIsoUtc(*to, 3).c_str(),
               opt.stepS);
  return kExitOk;
}

}  // namespace

Command addExportCommand(CLI::App& app, const GlobalOptions& global) {
  auto opt = std::make_shared<ExportOptions>();
  CLI::App* sub = app.add_subcommand("export", "Write sampled states of every object to CSV");
  sub->add_option("--from", opt->from, "Start time or event (default liftoff)")
      ->check(missionTimeValidator());
  sub->add_option("--to", opt->to, "End time or event (default contact)")
      ->check(missionTimeValidator());
  sub->add_option("--step", opt->stepS, "Sample spacing in seconds (default 1)")
      ->check(CLI::Range(0.01, 86400.0));
  sub->add_option("-o,--output", opt->output, "CSV file to write")->required();
  return {sub, [opt, &global] { return runExport(*opt, global); }};
}

}  // namespace rv::app
