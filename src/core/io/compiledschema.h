#pragma once

// docs/roadmap.schema.json compiled once per process into nodes that answer "does this
// value satisfy its schema?" in a few comparisons, for the fast read path. It knows the
// keywords the schema uses; a schema with any other keyword compiles to nothing, and then
// every file goes through the precise reader, which enforces the schema with valijson. So the
// schema stays the one statement of the rules, whichever path reads a file.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace orrery::compiled_schema {

enum TypeMask : unsigned {
    AnyType = 0,
    StringType = 1U << 0,
    IntegerType = 1U << 1,
    NumberType = 1U << 2,
    BooleanType = 1U << 3,
    ObjectType = 1U << 4,
    ArrayType = 1U << 5,
    NullType = 1U << 6,
};

struct Node {
    /// The types the value may have; AnyType allows every type.
    unsigned types = AnyType;
    std::vector<std::string> allowedStrings; ///< "enum" (of strings)
    std::optional<std::string> constString;
    std::optional<std::int64_t> constInteger;
    /// RE2 matches in linear time, without backtracking: a schema pattern costs little per
    /// string even when every id of a large roadmap is checked against it.
    std::shared_ptr<const re2::RE2> pattern;
    std::size_t minLength = 0; ///< in characters (code points), as JSON Schema counts
    std::optional<std::int64_t> minimum;
    std::optional<std::int64_t> maximum;

    const Node* items = nullptr;
    bool uniqueItems = false;

    /// "properties", in the schema's order; an object's members are found by name.
    std::vector<std::pair<std::string, const Node*>> properties;
    /// Bit i: properties[i] is required.
    std::uint64_t requiredMask = 0;
    std::vector<std::pair<std::shared_ptr<const re2::RE2>, const Node*>> patternProperties;
    bool additionalProperties = true;

    bool allows(TypeMask type) const { return types == AnyType || (types & type) != 0; }
    /// No constraint at all: the schema {}.
    bool acceptsAnything() const;
    /// Constraints on the value itself (enum, const, pattern, length, range); a list or an
    /// object with any of them is not checked by the fast path.
    bool constrainsValue() const;
    /// The index of `key` in properties, or -1.
    int propertyIndex(std::string_view key) const;
    /// The node for a member not in properties: a matching pattern's, or null when the member
    /// is not allowed (additionalProperties false). Additional members allowed by "true" get
    /// the any-node.
    const Node* otherMember(std::string_view key) const;
    /// Type, enum, const, minLength and pattern, for a string value.
    bool acceptsString(std::string_view text) const;
    /// Type, const, minimum and maximum, for a whole number.
    bool acceptsInteger(std::int64_t value) const;
    /// Type, minimum and maximum, for any number; a const or enum is left to the full check.
    bool acceptsNumber(double value) const;
};

struct CompiledSchema {
    std::deque<Node> nodes;
    /// Null when the schema uses a keyword, or a form of one, that the nodes do not check
    /// as valijson does; `unsupported` says which.
    const Node* root = nullptr;
    std::string unsupported;
};

CompiledSchema compileSchema(std::string_view schemaText);

/// The roadmap schema's root, compiled on first use; null when it cannot be compiled.
const Node* roadmapRoot();

} // namespace orrery::compiled_schema
