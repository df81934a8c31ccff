# The layers, checked on the sources; each rule names the lines that break it.
#   1. The core (src/core, include/orrery) includes no Qt: it builds without Qt and is shared
#      by the window, the command-line tool and anything else.
#   2. The rendering library includes nothing of the application or of the command-line tool.
#   3. The command-line tool includes nothing of the application; the git library (src/git)
#      nothing of the application, the command-line tool or the rendering library.
#   4. The core's private headers (src/core) are included by the core alone: nothing outside
#      reaches into src/core, and the public headers (include/orrery) name none of them.
#   5. No library puts all of src/ on its users' include path (each gives its own headers
#      only: see orrery_public_headers()); PUBLIC_PATHS lists what each library gives.
# Run: cmake -DSOURCE_DIR=<repository> -DPUBLIC_PATHS=<file> -P check_layers.cmake

set(src ${SOURCE_DIR}/src)
set(failures)

# Every include of the files, as "file:line: <included>" with the included path resolved to
# an absolute one when it is quoted and found beside the file.
function(includes_of out)
    set(found)
    foreach(file IN LISTS ARGN)
        file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        get_filename_component(folder ${file} DIRECTORY)
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*" "\\1" included
                                 "${line}")
            if(line MATCHES "#[ \t]*include[ \t]*\"" AND EXISTS ${folder}/${included})
                get_filename_component(included ${folder}/${included} ABSOLUTE)
            endif()
            list(APPEND found "${file}: ${included}")
        endforeach()
    endforeach()
    set(${out} ${found} PARENT_SCOPE)
endfunction()

# Adds to the failures the includes matching `pattern`, under the rule's name.
function(forbid rule pattern)
    set(broken)
    foreach(entry IN LISTS ARGN)
        string(REGEX REPLACE "^.*: " "" included "${entry}")
        if(included MATCHES "${pattern}")
            list(APPEND broken "  ${entry}")
        endif()
    endforeach()
    if(broken)
        string(REPLACE ";" "\n" broken "${broken}")
        set(failures ${failures} "${rule}:\n${broken}" PARENT_SCOPE)
    endif()
endfunction()

file(GLOB_RECURSE core_files ${src}/core/*.cpp ${src}/core/*.h ${SOURCE_DIR}/include/orrery/*.h)
file(GLOB_RECURSE render_files ${src}/render/*.cpp ${src}/render/*.h)
file(GLOB_RECURSE cli_files ${src}/cli/*.cpp ${src}/cli/*.h)
file(GLOB_RECURSE app_files ${src}/app/*.cpp ${src}/app/*.h)
file(GLOB_RECURSE git_files ${src}/git/*.cpp ${src}/git/*.h)
file(GLOB_RECURSE public_files ${SOURCE_DIR}/include/orrery/*.h)
file(GLOB_RECURSE private_headers RELATIVE ${src}/core ${src}/core/*.h)
foreach(list core_files render_files cli_files app_files git_files private_headers)
    if(NOT ${list})
        message(FATAL_ERROR "no sources found for ${list} under ${SOURCE_DIR}")
    endif()
endforeach()

includes_of(core_includes ${core_files})
forbid("the core includes Qt" "^(Q[A-Za-z]*|qt[a-z]*/)" ${core_includes})

includes_of(render_includes ${render_files})
forbid("the rendering library includes the application or the command-line tool"
       "^(app|cli)/|^${src}/(app|cli)/" ${render_includes})

includes_of(cli_includes ${cli_files})
forbid("the command-line tool includes the application" "^app/|^${src}/app/" ${cli_includes})

includes_of(git_includes ${git_files})
forbid("the git library includes the application, the command-line tool or the rendering library"
       "^(app|cli|render)/|^${src}/(app|cli|render)/" ${git_includes})

includes_of(outside_includes ${render_files} ${cli_files} ${app_files} ${git_files})
forbid("the core's private headers are included outside the core" "^${src}/core/"
       ${outside_includes})
string(REPLACE ";" "|" private_names "${private_headers}")
string(REPLACE "." "\\." private_names "${private_names}")
includes_of(public_includes ${public_files})
forbid("a public header of the core includes a private one" "^(${private_names})$|^${src}/core/"
       ${public_includes})

if(PUBLIC_PATHS)
    file(STRINGS ${PUBLIC_PATHS} libraries)
    foreach(library IN LISTS libraries)
        string(REGEX REPLACE "=.*" "" name "${library}")
        string(REGEX REPLACE "^[^=]*=" "" paths "${library}")
        foreach(path IN LISTS paths)
            get_filename_component(path "${path}" ABSOLUTE)
            string(FIND "${src}/" "${path}/" inside)
            if(inside EQUAL 0)
                list(APPEND failures "${name} puts ${path} on its users' include path")
            endif()
        endforeach()
    endforeach()
endif()

if(failures)
    string(REPLACE ";" "\n" failures "${failures}")
    message(FATAL_ERROR "The layers are broken:\n${failures}")
endif()
list(LENGTH core_files core)
list(LENGTH render_files render)
list(LENGTH cli_files cli)
list(LENGTH app_files app)
message("Layers hold: ${core} core, ${render} rendering, ${cli} command-line and ${app} "
        "application files")
