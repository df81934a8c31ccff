#include "compiledschema.h"

#include <orrery/io/reader.h>

#include <nlohmann/json.hpp>
#include <re2/re2.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace orrery::compiled_schema {

int Node::propertyIndex(std::string_view key) const {
    for (std::size_t i = 0; i < properties.size(); ++i) {
        if (properties[i].first == key) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

const Node* Node::otherMember(std::string_view key) const {
    for (const auto& [keyPattern, node] : patternProperties) {
        if (RE2::PartialMatch(key, *keyPattern)) {
            return node;
        }
    }
    if (!additionalProperties) {
        return nullptr;
    }
    static const Node anything;
    return &anything;
}

bool Node::acceptsAnything() const {
    return types == AnyType && !constrainsValue() && !items && !uniqueItems && properties.empty() &&
           requiredMask == 0 && patternProperties.empty() && additionalProperties;
}

bool Node::constrainsValue() const {
    return !allowedStrings.empty() || constString || constInteger || pattern || minLength > 0 ||
           minimum || maximum;
}

namespace {

/// JSON Schema counts characters, not bytes: stop counting at `enough`.
std::size_t countCodePoints(std::string_view text, std::size_t enough) {
    std::size_t count = 0;
    for (const char byte : text) {
        if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80 && ++count >= enough) {
            break;
        }
    }
    return count;
}

} // namespace

bool Node::acceptsString(std::string_view text) const {
    if (!allows(StringType) || constInteger) {
        return false;
    }
    if (constString && text != *constString) {
        return false;
    }
    if (!allowedStrings.empty() &&
        std::find(allowedStrings.begin(), allowedStrings.end(), text) == allowedStrings.end()) {
        return false;
    }
    if (minLength > 0 && countCodePoints(text, minLength) < minLength) {
        return false;
    }
    // JSON Schema's patterns match anywhere unless anchored, as PartialMatch does.
    return !pattern || RE2::PartialMatch(text, *pattern);
}

bool Node::acceptsInteger(std::int64_t value) const {
    if (!allows(IntegerType) && !allows(NumberType)) {
        return false;
    }
    if (constString || !allowedStrings.empty() || (constInteger && value != *constInteger)) {
        return false;
    }
    return (!minimum || value >= *minimum) && (!maximum || value <= *maximum);
}

bool Node::acceptsNumber(double value) const {
    if (!allows(NumberType) || constString || constInteger || !allowedStrings.empty()) {
        return false;
    }
    return std::isfinite(value) && (!minimum || value >= static_cast<double>(*minimum)) &&
           (!maximum || value <= static_cast<double>(*maximum));
}

namespace {

using nlohmann::json;

/// Compiles schema objects into nodes that live as long as the process; throws
/// Unsupported for anything it does not implement.
class Compiler {
public:
    struct Unsupported {
        std::string what;
    };

    explicit Compiler(const json& root) : m_root(root) {}

    const Node* compile(const json& schema) {
        if (!schema.is_object()) {
            throw Unsupported{"a schema that is not an object"};
        }
        if (const auto ref = schema.find("$ref"); ref != schema.end()) {
            // Draft 7 ignores what stands beside "$ref"; only annotations may.
            for (const auto& [key, value] : schema.items()) {
                if (key != "$ref" && !kAnnotations.contains(key)) {
                    throw Unsupported{"\"" + key + "\" beside \"$ref\""};
                }
            }
            return resolve(ref->get<std::string>());
        }
        Node& node = m_nodes.emplace_back();
        for (const auto& [key, value] : schema.items()) {
            if (kAnnotations.contains(key) || key == "definitions") {
                continue;
            }
            if (key == "type") {
                node.types = typeMask(value);
            } else if (key == "enum") {
                for (const json& choice : value) {
                    if (!choice.is_string()) {
                        throw Unsupported{"an enum of other than strings"};
                    }
                    node.allowedStrings.push_back(choice.get<std::string>());
                }
            } else if (key == "const") {
                if (value.is_string()) {
                    node.constString = value.get<std::string>();
                } else if (value.is_number_integer()) {
                    node.constInteger = value.get<std::int64_t>();
                } else {
                    throw Unsupported{"a const of other than text or a whole number"};
                }
            } else if (key == "pattern") {
                node.pattern = compilePattern(value.get<std::string>(), /*forKeys=*/false);
            } else if (key == "minLength") {
                node.minLength = value.get<std::size_t>();
            } else if (key == "minimum" && value.is_number_integer()) {
                node.minimum = value.get<std::int64_t>();
            } else if (key == "maximum" && value.is_number_integer()) {
                node.maximum = value.get<std::int64_t>();
            } else if (key == "items" && value.is_object()) {
                node.items = compile(value);
            } else if (key == "uniqueItems") {
                node.uniqueItems = value.get<bool>();
            } else if (key == "properties") {
                if (value.size() > 64) {
                    throw Unsupported{"more than 64 properties in one object"};
                }
                for (const auto& [name, property] : value.items()) {
                    node.properties.emplace_back(name, compile(property));
                }
            } else if (key == "required") {
                required(node, value);
            } else if (key == "patternProperties") {
                for (const auto& [pattern, property] : value.items()) {
                    const Node* member = compile(property);
                    // Members the patterns allow are kept as they are: the fast path checks
                    // nothing of them, so their schema must ask nothing.
                    if (!member->acceptsAnything()) {
                        throw Unsupported{"a constraint on members matching " + pattern};
                    }
                    node.patternProperties.emplace_back(compilePattern(pattern, true), member);
                }
            } else if (key == "additionalProperties" && value.is_boolean()) {
                node.additionalProperties = value.get<bool>();
            } else {
                throw Unsupported{"the keyword \"" + key + "\" in this form"};
            }
        }
        if (node.uniqueItems && (!node.items || node.items->types != StringType)) {
            throw Unsupported{"uniqueItems on a list of other than text"};
        }
        // "required" may come before "properties": name the bits once both are known.
        const auto pending = m_requiredNames.find(&node);
        if (pending != m_requiredNames.end()) {
            for (const std::string& name : pending->second) {
                const int index = node.propertyIndex(name);
                if (index < 0) {
                    throw Unsupported{"a required member \"" + name + "\" without a schema"};
                }
                node.requiredMask |= std::uint64_t{1} << index;
            }
        }
        return &node;
    }

    std::deque<Node> takeNodes() { return std::move(m_nodes); }

private:
    inline static const std::set<std::string, std::less<>> kAnnotations = {
        "$schema", "$id", "title", "description", "$comment", "examples", "default"};

    static unsigned typeMask(const json& value) {
        static const std::map<std::string, TypeMask, std::less<>> kTypes = {
            {"string", StringType},   {"integer", IntegerType}, {"number", NumberType},
            {"boolean", BooleanType}, {"object", ObjectType},   {"array", ArrayType},
            {"null", NullType}};
        unsigned mask = 0;
        const auto add = [&mask](const json& name) {
            const auto type = kTypes.find(name.get<std::string>());
            if (type == kTypes.end()) {
                throw Unsupported{"the type \"" + name.get<std::string>() + "\""};
            }
            mask |= type->second;
        };
        if (value.is_array()) {
            std::for_each(value.begin(), value.end(), add);
        } else {
            add(value);
        }
        return mask;
    }

    /// The schema's patterns are ECMAScript, which valijson matches with std::regex. RE2
    /// reads the same for the forms the schema uses: literal text, classes of ASCII
    /// characters, anchors, groups and counts. Where they differ ("." and "\\s" take line
    /// ends and Unicode spaces differently), a pattern for values is refused; keys cannot
    /// hold the characters they differ on, as the fast path reads keys.
    static std::shared_ptr<const RE2> compilePattern(const std::string& pattern, bool forKeys) {
        if (!forKeys) {
            for (std::size_t i = 0; i < pattern.size(); ++i) {
                if (pattern[i] == '\\' && i + 1 < pattern.size()) {
                    if (pattern[i + 1] == 's' || pattern[i + 1] == 'S') {
                        throw Unsupported{"the pattern " + pattern + " (\\s)"};
                    }
                    ++i;
                } else if (pattern[i] == '.' && !insideClass(pattern, i)) {
                    throw Unsupported{"the pattern " + pattern + " (.)"};
                }
            }
        }
        RE2::Options options;
        options.set_log_errors(false);
        auto compiled = std::make_shared<const RE2>(pattern, options);
        if (!compiled->ok()) {
            throw Unsupported{"the pattern " + pattern + " (" + compiled->error() + ")"};
        }
        return compiled;
    }

    /// Whether pattern[at] stands inside [...], where "." is itself.
    static bool insideClass(const std::string& pattern, std::size_t at) {
        bool inside = false;
        for (std::size_t i = 0; i < at; ++i) {
            if (pattern[i] == '\\') {
                ++i;
            } else if (pattern[i] == '[') {
                inside = true;
            } else if (pattern[i] == ']') {
                inside = false;
            }
        }
        return inside;
    }

    void required(Node& node, const json& names) {
        for (const json& name : names) {
            m_requiredNames[&node].push_back(name.get<std::string>());
        }
    }

    const Node* resolve(const std::string& reference) {
        if (const auto known = m_resolved.find(reference); known != m_resolved.end()) {
            return known->second;
        }
        if (reference.substr(0, 1) != "#") {
            throw Unsupported{"the reference " + reference + " outside the schema"};
        }
        const json::json_pointer pointer(reference.substr(1));
        if (!m_root.contains(pointer)) {
            throw Unsupported{"the reference " + reference + " to nothing"};
        }
        if (m_resolving.contains(reference)) {
            throw Unsupported{"the recursive reference " + reference};
        }
        m_resolving.insert(reference);
        const Node* node = compile(m_root.at(pointer));
        m_resolving.erase(reference);
        m_resolved.emplace(reference, node);
        return node;
    }

    const json& m_root;
    std::deque<Node> m_nodes; // a deque: nodes keep their address as more are added
    std::map<std::string, const Node*> m_resolved;
    std::set<std::string> m_resolving;
    std::map<const Node*, std::vector<std::string>> m_requiredNames;
};

} // namespace

CompiledSchema compileSchema(std::string_view schemaText) {
    CompiledSchema result;
    try {
        const json schema = json::parse(schemaText);
        Compiler compiler(schema);
        const Node* root = compiler.compile(schema);
        result.nodes = compiler.takeNodes();
        result.root = root;
    } catch (const Compiler::Unsupported& unsupported) {
        result.unsupported = unsupported.what;
    } catch (const std::exception& error) {
        result.unsupported = error.what();
    }
    return result;
}

const Node* roadmapRoot() {
    // Compiled once, then only read, so threads reading files at the same time share it.
    static const CompiledSchema compiled = [] {
        CompiledSchema schema = compileSchema(roadmapSchemaText());
        if (!schema.root) {
            spdlog::warn("reader: the schema uses {}, which the fast read path does not check; "
                         "every file is read by the precise reader",
                         schema.unsupported);
        }
        return schema;
    }();
    return compiled.root;
}

} // namespace orrery::compiled_schema
