#pragma once
// The user's own folders as the XDG user-dirs convention names them
// (Pictures for F12 screenshots, Videos for the Record panel), so files land
// where the desktop's file manager shows them, in the user's language.

#include <string>
#include <string_view>

namespace rv::app {

// The folder of XDG key `name` ("PICTURES", "VIDEOS"): $XDG_<name>_DIR from
// the environment, else the XDG_<name>_DIR line of
// $XDG_CONFIG_HOME/user-dirs.dirs (~/.config when unset; "$HOME" expanded),
// else $HOME/<fallback> (./<fallback> without a HOME).
std::string xdgUserFolder(std::string_view name, std::string_view fallback);

}  // namespace rv::app
