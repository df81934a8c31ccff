# Writes a C++ source file that holds the text of INPUT as a function returning a
# std::string_view, so that the binary enforces exactly the file that is published.
# Usage: cmake -DINPUT=... -DOUTPUT=... -DFUNCTION=orrery::roadmapSchemaText -P EmbedText.cmake
file(READ "${INPUT}" content)
string(FIND "${content}" ")orrery_embedded\"" clash)
if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
string(REGEX MATCH "^(.*)::([^:]+)$" _ "${FUNCTION}")
set(namespace "${CMAKE_MATCH_1}")
set(name "${CMAKE_MATCH_2}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/EmbedText.cmake; do not edit.\n"
"#include <string_view>\n"
"namespace ${namespace} {\n"
"std::string_view ${name}() {\n"
"    static constexpr std::string_view text = R\"orrery_embedded(${content})orrery_embedded\";\n"
"    return text;\n"
"}\n"
"} // namespace ${namespace}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
