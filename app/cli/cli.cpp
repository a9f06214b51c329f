#include "cli.h"

#include <cstdio>
#include <vector>

#include "cli_values.h"
#include "command.h"
#include "data_paths.h"
#include "mission_context.h"

namespace rv::app {

CLI::Validator missionTimeValidator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        const auto checked = looksLikeMissionTime(value);
        return checked ? std::string() : checked.error().message;
      },
      "TIME", "mission time");
}

CLI::Validator imageSizeValidator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        const auto size = parseImageSize(value);
        if (!size) return size.error().message;
        return {};
      },
      "WxH", "image size");
}

void addPictureOptions(CLI::App* sub, std::string& overlays, std::string& quality) {
  sub->add_option("--overlays", overlays,
                  "3D overlays: default (each camera's), none, all, or a list of orbits, tracks, "
                  "marker, labels, arrows (e.g. orbits,labels)");
  sub->add_option("--quality", quality,
                  "high (4x MSAA, default) or low (no MSAA: about 1.4x faster on a software "
                  "rasteriser, as the window draws there)")
      ->check(CLI::IsMember({"high", "low"}));
}

int runCli(int argc, char** argv) {
  CLI::App app{
      "Rendezvous: the Soyuz MS-19 mission of 5 October 2021 in real-time 3D.\n"
      "Without a subcommand, opens the window. Times are ISO-8601 UTC\n"
      "(2021-10-05T08:55:02Z), UTC on the mission day (12:14, 12:22:31),\n"
      "relative to lift-off (T+118, T-300, T+3:27:00), or an event id from\n"
      "'rendezvous events' with or without an offset (contact, contact+30,\n"
      "booster_sep-5).",
      "rendezvous"};
  // The second line says which mission data this copy uses (installed,
  // source tree or $RENDEZVOUS_ASSETS): the first thing to ask of a bug report.
  app.set_version_flag("--version",
                       std::string("rendezvous ") + RV_VERSION + "\nmission data: " + assetDir());
  app.footer(
      "Exit codes: 0 success; 2 bad usage or input (an option, or a file that is\n"
      "missing, a folder or device, too large or malformed); 1 a runtime or I/O\n"
      "failure (no GL, ffmpeg missing, cannot write the file, disk full).");
  app.require_subcommand(0, 1);
  GlobalOptions global;
  app.add_option("--mission", global.missionPath,
                 "Mission file (TOML) to load instead of the bundled Soyuz MS-19 mission")
      ->check(CLI::ExistingFile);

  std::vector<Command> commands;
  commands.push_back(addRenderCommand(app, global));
  commands.push_back(addEventsCommand(app, global));
  commands.push_back(addExportCommand(app, global));
  commands.push_back(addRecordCommand(app, global));
  const auto runWindow = addWindowOptions(app, global);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::fputs(app.help().c_str(), stdout);
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    std::fputs(app.help("", CLI::AppFormatMode::All).c_str(), stdout);
    return kExitOk;
  } catch (const CLI::CallForVersion& e) {
    std::printf("%s\n", e.what());
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "rendezvous: %s\nRun 'rendezvous --help' for usage.\n", e.what());
    return kExitUsage;
  }
  for (const Command& c : commands) {
    if (c.sub->parsed()) return c.run();
  }
  return runWindow();
}

}  // namespace rv::app
