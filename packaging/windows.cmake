# Windows: windeployqt copies Qt's DLLs, plugins (SQLite driver, SVG icons,
# platform) and Qt's translations beside satisfecit.exe at install time, and
# CPack's NSIS generator makes an installer of the result. Not tested in CI.
find_program(WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(NOT WINDEPLOYQT)
    message(WARNING "windeployqt not found: the install will lack Qt's DLLs")
else()
    install(CODE "
        execute_process(COMMAND \"${WINDEPLOYQT}\" --release --no-compiler-runtime
                                --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\"
                                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/satisfecit.exe\"
                        RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed: \${result}\")
        endif()")
endif()
# The MSVC runtime DLLs, installed beside the program.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_DISPLAY_NAME Satisfecit)
set(CPACK_NSIS_PACKAGE_NAME Satisfecit)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/satisfecit.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/satisfecit.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\satisfecit.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_URL_INFO_ABOUT ${SATISFECIT_HOMEPAGE_URL})
set(CPACK_NSIS_MENU_LINKS "${CMAKE_INSTALL_BINDIR}/satisfecit.exe" "Satisfecit"
                          "${CMAKE_INSTALL_BINDIR}/guide/guide-utilisateur.md" "Guide de l'utilisateur")
