# Writes libFuzzer's dictionary for roadmap files: every quoted word of the JSON Schema (the
# format's keys and enumerated values, and some words of the schema's own that do no harm),
# and the tokens a roadmap is made of. Generated from the schema, so it never falls behind.
#   cmake -DSCHEMA=docs/roadmap.schema.json -DOUTPUT=roadmap.dict -P make_dictionary.cmake

file(READ ${SCHEMA} schema)
string(REGEX MATCHALL "\"[A-Za-z][A-Za-z0-9_-]*\"" words "${schema}")
list(REMOVE_DUPLICATES words)
list(SORT words)

set(dictionary "# Generated from ${SCHEMA} by fuzz/make_dictionary.cmake\n")
# Keys and enumerated values, as the file writes them: in quotes.
foreach(word IN LISTS words)
    string(REGEX REPLACE "\"" "\\\\\"" word "${word}")
    string(APPEND dictionary "\"${word}\"\n")
endforeach()
# Texts a roadmap holds: dates of each precision, impossible ones and ones outside the
# format's years, the extension prefix, a fingerprint's start, a colour, an escaped NUL.
foreach(text IN ITEMS orrery.roadmap 2031 2031-02 2031-02-30 0999-01 9999-12-31 x- sha256:
        \#0098DB \\\\u0000)
    string(APPEND dictionary "\"\\\"${text}\\\"\"\n")
endforeach()
# Numbers at the edges of what a double and an int hold, JSON's literals, and the record
# separator line that splits the review target's input in two.
foreach(token IN ITEMS 1e400 -1e400 1e-400 12345678901234567890123 2147483648 -1201 true false
        null {} [] \\x0a\\x1e\\x0a)
    string(APPEND dictionary "\"${token}\"\n")
endforeach()
file(WRITE ${OUTPUT} "${dictionary}")
