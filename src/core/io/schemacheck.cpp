#include "schemacheck.h"

#include "jsontext.h"

#include <orrery/date.h>
#include <orrery/extensions.h>
#include <orrery/io/reader.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <memory>
#include <string_view>

namespace orrery::schema_check {
namespace {

using nlohmann::json;

const json& schemaDocument() {
    static const json document = json::parse(roadmapSchemaText());
    return document;
}

// Compiled once, then only read, so threads that load files at the same time share it.
const valijson::Schema& compiledSchema() {
    static const std::unique_ptr<valijson::Schema> schema = [] {
        auto compiled = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const valijson::adapters::NlohmannJsonAdapter adapter(schemaDocument());
        parser.populateSchema(adapter, *compiled);
        return compiled;
    }();
    return *schema;
}

/// The schema node that describes the value at `tokens`, following "$ref"s; null when the
/// schema says nothing about it (an "x-" extension, or a path outside the schema).
const json* schemaNodeFor(const std::vector<std::string>& tokens) {
    const json& root = schemaDocument();
    const auto resolve = [&root](const json* node) {
        for (int hops = 0; node && hops < 8 && node->contains("$ref"); ++hops) {
            const auto ref = node->at("$ref").get<std::string>();
            const json::json_pointer target(ref.substr(1)); // "#/definitions/x"
            node = root.contains(target) ? &root.at(target) : nullptr;
        }
        return node;
    };
    const json* node = resolve(&root);
    for (const std::string& token : tokens) {
        if (!node) {
            return nullptr;
        }
        if (node->contains("properties") && node->at("properties").contains(token)) {
            node = &node->at("properties").at(token);
        } else if (node->contains("items")) {
            node = &node->at("items");
        } else {
            return nullptr;
        }
        node = resolve(node);
    }
    return node;
}

const json* valueAt(const json& document, const std::vector<std::string>& tokens) {
    const json* node = &document;
    for (const std::string& token : tokens) {
        if (node->is_object() && node->contains(token)) {
            node = &node->at(token);
        } else if (node->is_array()) {
            std::size_t index = 0;
            try {
                index = std::stoul(token);
            } catch (const std::exception&) {
                return nullptr;
            }
            if (index >= node->size()) {
                return nullptr;
            }
            node = &node->at(index);
        } else {
            return nullptr;
        }
    }
    return node;
}

std::string describeValue(const json* value) {
    if (!value) {
        return "nothing";
    }
    switch (value->type()) {
    case json::value_t::string: {
        auto text = value->get<std::string>();
        constexpr std::size_t kShown = 40;
        if (text.size() > kShown) {
            // Cut at a character boundary, so that the message stays valid UTF-8.
            std::size_t cut = kShown;
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
                --cut;
            }
            text = text.substr(0, cut) + "...";
        }
        return fmt::format("\"{}\"", text);
    }
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "a list";
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return value->get<bool>() ? "true" : "false";
    default:
        return fmt::format("the number {}", value->dump());
    }
}

std::string describeType(const json* value) {
    if (!value) {
        return "nothing";
    }
    switch (value->type()) {
    case json::value_t::string:
        return fmt::format("text ({})", describeValue(value));
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "a list";
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return describeValue(value);
    default:
        return describeValue(value);
    }
}

std::string expectedFromSchema(const json* node) {
    if (!node) {
        return "something else";
    }
    if (node->contains("enum")) {
        std::string choices;
        for (const json& choice : node->at("enum")) {
            choices +=
                fmt::format("{}\"{}\"", choices.empty() ? "" : ", ", choice.get<std::string>());
        }
        return "one of " + choices;
    }
    if (node->contains("description")) {
        return node->at("description").get<std::string>();
    }
    if (node->contains("type")) {
        const auto type = node->at("type").get<std::string>();
        if (type == "string") {
            return "text";
        }
        if (type == "array") {
            return "a list";
        }
        if (type == "object") {
            return "an object";
        }
        if (type == "integer") {
            return "a whole number";
        }
        if (type == "boolean") {
            return "true or false";
        }
        return "a " + type;
    }
    return "something else";
}

bool isDateNode(const json* node) {
    return node && node->contains("pattern") &&
           node->at("pattern") ==
               schemaDocument().at(json::json_pointer("/definitions/date/pattern"));
}

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

/// The last 'quoted' part of a valijson message: the key it is about.
std::string lastQuoted(std::string_view text) {
    const auto last = text.rfind('\'');
    if (last == std::string_view::npos || last == 0) {
        return {};
    }
    const auto first = text.rfind('\'', last - 1);
    if (first == std::string_view::npos) {
        return {};
    }
    return std::string(text.substr(first + 1, last - first - 1));
}

/// The key an "unknown property" message is about. The message quotes it between single
/// quotes, which a key may hold too ("colo'ur"): so it is the object's key, not allowed by
/// the schema, whose quoted form the message ends with; the longest, should several fit.
std::string unknownKeyNamed(std::string_view description, const json* object, const json* schema) {
    std::string named;
    if (object && object->is_object()) {
        const json* allowed =
            schema && schema->contains("properties") ? &schema->at("properties") : nullptr;
        for (const auto& item : object->items()) {
            const std::string& key = item.key();
            const bool known = startsWith(key, "x-") || (allowed && allowed->contains(key));
            const std::string quoted = "'" + key + "'";
            const auto at = description.rfind(quoted);
            if (!known && at != std::string_view::npos &&
                description.find_first_not_of(". ", at + quoted.size()) == std::string_view::npos &&
                key.size() >= named.size()) {
                named = key;
            }
        }
    }
    return named.empty() ? lastQuoted(description) : named;
}

std::optional<Violation> classify(const json& document, const std::vector<std::string>& tokens,
                                  std::string_view description) {
    const json* node = schemaNodeFor(tokens);
    const json* value = valueAt(document, tokens);
    Violation violation;
    violation.pointer = json_text::makePointer(tokens);
    const std::string expected = tokens.empty() ? "the roadmap" : expectedFromSchema(node);

    if (startsWith(description, "Object contains a property that could not be validated")) {
        const std::string key = unknownKeyNamed(description, value, node);
        std::vector<std::string> keyTokens = tokens;
        keyTokens.push_back(key);
        violation.code = LoadErrorCode::UnknownKey;
        violation.pointer = json_text::makePointer(keyTokens);
        violation.atKey = true;
        violation.message = fmt::format(
            "unknown key \"{}\" in {}; keys that Orrery does not define must start with \"x-\"",
            key, expected);
        return violation;
    }
    if (startsWith(description, "Missing required property")) {
        const std::string key = lastQuoted(description);
        violation.code = LoadErrorCode::MissingKey;
        violation.message = fmt::format("{} lacks the required key \"{}\"", expected, key);
        return violation;
    }
    if (startsWith(description, "Value type not permitted")) {
        violation.code = isDateNode(node) ? LoadErrorCode::BadDate : LoadErrorCode::WrongType;
        violation.message = fmt::format("expected {}, found {}", expected, describeType(value));
        return violation;
    }
    if (isDateNode(node) && value && value->is_string()) {
        violation.code = LoadErrorCode::BadDate;
        const auto parsed = Date::parse(value->get<std::string>());
        violation.message = parsed ? fmt::format("expected {}", expected) : parsed.error();
        return violation;
    }
    if (startsWith(description, "String should be no fewer than")) {
        violation.code = LoadErrorCode::InvalidValue;
        violation.message = fmt::format("expected {}, found empty text", expected);
        return violation;
    }
    if (startsWith(description, "Elements at indexes #")) {
        violation.code = LoadErrorCode::InvalidValue;
        const auto hash = description.rfind('#');
        std::vector<std::string> itemTokens = tokens;
        itemTokens.push_back(
            std::string(description.substr(hash + 1, description.find(' ', hash) - hash - 1)));
        violation.message =
            fmt::format("lists {} more than once", describeValue(valueAt(document, itemTokens)));
        return violation;
    }
    if (startsWith(description, "Failed to match") || startsWith(description, "Expected number") ||
        startsWith(description, "String should be no more than")) {
        violation.code = LoadErrorCode::InvalidValue;
        violation.message = fmt::format("expected {}, found {}", expected, describeValue(value));
        return violation;
    }
    // Summaries of deeper failures ("Failed to validate item #2 in array.") say nothing the
    // deeper error does not.
    if (startsWith(description, "Failed to validate")) {
        return std::nullopt;
    }
    violation.code = LoadErrorCode::InvalidValue;
    violation.message = std::string(description);
    return violation;
}

} // namespace

std::vector<Violation> validate(const nlohmann::json& document, std::size_t maxViolations) {
    // A validator caches compiled regular expressions, so it is not shared between threads.
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    const valijson::adapters::NlohmannJsonAdapter target(document);
    if (validator.validate(compiledSchema(), target, &results)) {
        return {};
    }
    std::vector<Violation> violations;
    valijson::ValidationResults::Error error;
    while (violations.size() < maxViolations && results.popError(error)) {
        std::vector<std::string> tokens;
        for (std::size_t i = 1; i < error.context.size(); ++i) {
            const std::string& part = error.context[i];
            tokens.push_back(part.size() >= 2 ? part.substr(1, part.size() - 2) : part);
        }
        if (auto violation = classify(document, tokens, error.description)) {
            const bool repeated =
                std::any_of(violations.begin(), violations.end(), [&](const Violation& seen) {
                    return seen.pointer == violation->pointer && seen.message == violation->message;
                });
            if (!repeated) {
                violations.push_back(std::move(*violation));
            }
        }
    }
    // A value of the wrong type also fails the constraints on its value ("const", "enum");
    // the type is what the planner has to fix.
    std::vector<Violation> kept;
    for (Violation& violation : violations) {
        const bool shadowed =
            violation.code == LoadErrorCode::InvalidValue &&
            std::any_of(violations.begin(), violations.end(), [&](const Violation& other) {
                return other.code == LoadErrorCode::WrongType && other.pointer == violation.pointer;
            });
        if (!shadowed) {
            kept.push_back(std::move(violation));
        }
    }
    return kept;
}

} // namespace orrery::schema_check
