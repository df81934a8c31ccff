# Compiler settings shared by every Orrery target.

find_program(ORRERY_CCACHE ccache)
if(ORRERY_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${ORRERY_CCACHE})
endif()

if(ORRERY_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Coverage for libFuzzer in every library a fuzz target links; the targets themselves link
# the fuzzer's main (fuzz/CMakeLists.txt).
if(ORRERY_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "ORRERY_FUZZ needs clang (libFuzzer): use the fuzz preset")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# Warnings apply to Orrery's own targets only, so that third-party headers included as
# SYSTEM do not break the build.
function(orrery_target_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                           -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
                           -Wimplicit-fallthrough)
    # GCC 12 reports -Warray-bounds inside inlined standard-library code (std::map nodes in
    # nlohmann/json, GCC bugs 104966, 107138) at -O2; the warning fires on library code, not
    # ours, so it is not an error there.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        target_compile_options(${target} PRIVATE -Wno-array-bounds)
    endif()
    if(ORRERY_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# Strictness for the targets that use Qt: no implicit conversions from char* to QString
# (every user-visible string goes through tr()), no Qt keywords that clash with other
# libraries, and nothing that Qt has deprecated.
function(orrery_qt_strictness target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_KEYWORDS
        QT_NO_FOREACH QT_USE_QSTRINGBUILDER QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# Gives a library under src/<name> its public headers as <name>/header.h, and nothing else
# of src/: the include root is a folder of the build tree holding one link, <name>, to the
# library's sources. So a layer can include only what it links (the render library cannot
# reach the application's headers), which the layering test checks.
function(orrery_public_headers target name)
    set(root ${PROJECT_BINARY_DIR}/include-roots/${name})
    file(MAKE_DIRECTORY ${root})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${name} SYMBOLIC)
    target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${root}>)
endfunction()
