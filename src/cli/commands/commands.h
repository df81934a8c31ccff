#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace orrery::cli {

enum class OutputFormat { Text, Json };

/// What every command receives once the command line is parsed.
struct Context {
    std::ostream& out;
    std::ostream& err;
};

struct ValidateOptions {
    std::vector<std::string> files;
    bool strict = false;
    OutputFormat format = OutputFormat::Text;
};
void addValidateOptions(CLI::App& command, ValidateOptions& options);
int validate(const ValidateOptions& options, Context& context);

struct FormatOptions {
    std::vector<std::string> files;
    bool check = false;
};
void addFormatOptions(CLI::App& command, FormatOptions& options);
int format(const FormatOptions& options, Context& context);

} // namespace orrery::cli
