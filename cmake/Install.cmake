# Install rules: `cmake --install build --prefix /usr` (or any prefix) lays the
# program out as Debian expects; the installed binary finds its mission files
# at <prefix>/share/rendezvous relative to its own location (app/core/data_paths.h).
# scripts/package.sh turns the same rules into a .deb (cmake/Package.cmake).
include(GNUInstallDirs)

# Identity and release, set here once (the version is project()'s).
set(RV_APP_ID "io.github.soyuz_rendezvous.Rendezvous")
set(RV_HOMEPAGE "https://soyuz-rendezvous.github.io/rendezvous")
set(RV_RELEASE_DATE "2026-12-04") # CHANGELOG.md
set(RV_DATA_DIR "${CMAKE_INSTALL_FULL_DATADIR}/rendezvous")

set(pkg ${PROJECT_SOURCE_DIR}/packaging)
set(gen ${PROJECT_BINARY_DIR}/packaging)
configure_file(${pkg}/rendezvous.metainfo.xml.in ${gen}/${RV_APP_ID}.metainfo.xml @ONLY)
configure_file(${pkg}/rendezvous.1.in ${gen}/rendezvous.1 @ONLY)
# Debian ships man pages and changelogs compressed, reproducibly (-n: no name or time).
add_custom_command(OUTPUT ${gen}/rendezvous.1.gz ${gen}/changelog.gz
  COMMAND sh -c "gzip -9n < '${gen}/rendezvous.1' > '${gen}/rendezvous.1.gz'"
  COMMAND sh -c "gzip -9n < '${pkg}/changelog' > '${gen}/changelog.gz'"
  DEPENDS ${gen}/rendezvous.1 ${pkg}/changelog VERBATIM)
add_custom_target(rv_packaging_files ALL DEPENDS ${gen}/rendezvous.1.gz ${gen}/changelog.gz)

install(TARGETS rendezvous RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/missions ${PROJECT_SOURCE_DIR}/assets/data
        DESTINATION ${CMAKE_INSTALL_DATADIR}/rendezvous)
install(FILES ${PROJECT_SOURCE_DIR}/assets/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/rendezvous)
install(FILES ${pkg}/rendezvous.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${gen}/${RV_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${pkg}/rendezvous.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 48 64 128 256)
  install(FILES ${pkg}/icons/rendezvous-${size}.png RENAME rendezvous.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${gen}/rendezvous.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${pkg}/rendezvous.bash-completion RENAME rendezvous
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/SOURCES.md
              ${pkg}/copyright ${gen}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/rendezvous) # Debian: the package name, lower case
