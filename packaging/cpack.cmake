# Packages: cpack -G DEB on Debian/Ubuntu, cpack -G NSIS on Windows.
set(CPACK_PACKAGE_NAME satisfecit)
set(CPACK_PACKAGE_VENDOR "The Satisfecit developers")
set(CPACK_PACKAGE_CONTACT "The Satisfecit developers <satisfecit@satisfecit.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "tenant-satisfaction survey dashboard")
set(CPACK_PACKAGE_DESCRIPTION
    "Satisfecit imports the tenant-satisfaction surveys of social landlords\n\
(CSV, Excel or SPSS files) into a local store and shows their results:\n\
theme scores out of ten and their rating band, priority neighbourhoods\n\
(QPV) against the others, trends since 2004, landlord benchmarks and\n\
improvement levers, with charts and a PDF board pack. Every figure is\n\
weighted and matches R's survey package. French first, English available.\n\
The same program runs headless for scripts.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${SATISFECIT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Satisfecit)
set(CPACK_PACKAGE_EXECUTABLES satisfecit Satisfecit)
set(CPACK_STRIP_FILES ON)

# Debian: dependencies computed by dpkg-shlibdeps from the binary.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver
# (the SVG and platform plugins come with libqt6svg6 and libqt6gui6), and
# Qt's own French messages (command-line help) as a recommendation.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, hicolor-icon-theme")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

if(UNIX AND NOT APPLE)
    # What Debian asks of every package: a copyright file and a changelog.
    configure_file(${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog.in
                   ${CMAKE_CURRENT_BINARY_DIR}/changelog @ONLY)
    add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
        COMMAND gzip -9n -c ${CMAKE_CURRENT_BINARY_DIR}/changelog > ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
        DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog VERBATIM)
    add_custom_target(satisfecit_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
    install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/debian/copyright ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/satisfecit)
endif()

include(CPack)
