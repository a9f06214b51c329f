# The Debian package, with CPack's DEB generator from the install rules of
# cmake/Install.cmake (scripts/package.sh runs it). Why CPack and not
# dpkg-buildpackage: one set of install rules serves `cmake --install`, the
# staged-install test and the package, with no debian/ folder to keep in
# step; Depends still comes from dpkg-shlibdeps.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME rendezvous)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Rendezvous developers")
# A placeholder address at the placeholder home (packaging/README.md).
set(CPACK_PACKAGE_CONTACT "The Rendezvous developers <rendezvous@soyuz-rendezvous.github.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "replay of the Soyuz MS-19 flight to the space station in 3D")
# The extended description only: CPack puts the summary first and indents
# each line; an empty line becomes the " ." paragraph break.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Rendezvous replays the Soyuz MS-19 mission of 5 October 2021 in real time
and in 3D: lift-off from Baikonur, two orbits chasing the International
Space Station, and the docking to the Rassvet module.

The flight is a physics simulation (gravity, drag, engines and staging,
the rendezvous burns, the automatic approach and the manual docking). A
timeline plays it at any speed, forwards or backwards, jumps to any
event, and records any stretch to a video (with ffmpeg). For classrooms,
presentations and video makers.")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${RV_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# GL and EGL are loaded at run time (glad, GLFW), so dpkg-shlibdeps cannot
# see them: the vendor-neutral loaders, which pull in Mesa or a GPU driver.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libegl1, libgl1")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ffmpeg, xplanet-images, fonts-dejavu-core")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # rendezvous_<version>_<arch>.deb
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
