# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Larder developers
# macOS: larder-gui as an app bundle, Larder.app (Contents/MacOS/Larder, Contents/Info.plist from
# packaging/macos/Info.plist.in, the icon in Contents/Resources), installed at the top of the prefix.
# A no-op elsewhere, so the caller needs no if(APPLE) of its own; but its install(TARGETS) of the
# executable must be skipped on macOS, where CMake wants a BUNDLE DESTINATION for a bundle.
#
# The icon is optional: packaging/macos/Larder.icns (or -DLARDER_MAC_ICON=/path/to/Larder.icns) when
# present, made from resources/icons/org.larder.Larder.svg with iconutil as docs/macos.md shows; it is
# not kept in the repository, and without it the bundle has the generic icon.
set(LARDER_MAC_ICON "${PROJECT_SOURCE_DIR}/packaging/macos/Larder.icns"
    CACHE FILEPATH "Larder.icns for the macOS app bundle (optional)")

function(larder_mac_bundle target)
    if(NOT APPLE)
        return()
    endif()
    set_target_properties(${target} PROPERTIES
        MACOSX_BUNDLE TRUE
        OUTPUT_NAME Larder
        MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME Larder
        MACOSX_BUNDLE_GUI_IDENTIFIER org.larder.Larder
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}
        MACOSX_BUNDLE_COPYRIGHT "2026 The Larder developers, GPL-3.0-or-later")
    if(EXISTS "${LARDER_MAC_ICON}")
        get_filename_component(icon_name "${LARDER_MAC_ICON}" NAME)
        target_sources(${target} PRIVATE "${LARDER_MAC_ICON}")
        set_source_files_properties("${LARDER_MAC_ICON}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(${target} PROPERTIES MACOSX_BUNDLE_ICON_FILE ${icon_name})
    else()
        message(STATUS "No ${LARDER_MAC_ICON}: Larder.app gets the generic icon (docs/macos.md makes one)")
    endif()
    install(TARGETS ${target} BUNDLE DESTINATION .)
endfunction()
