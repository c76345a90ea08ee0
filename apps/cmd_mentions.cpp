// actorgraph mentions PATH... [--json]: every mention and the node it resolved to.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "actorgraph/corpus_reader.hpp"
#include "actorgraph/pipeline.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "table.hpp"

namespace actorgraph::cli {

namespace {

struct MentionsArgs {
  ReadingOptions reading;
  LexiconOptions lexicon;
  bool json = false;
};

std::string_view kind_name(MentionKind kind) {
  switch (kind) {
    case MentionKind::name: return "name";
    case MentionKind::demonym: return "demonym";
    case MentionKind::metonym: return "metonym";
    case MentionKind::acronym: return "acronym";
    case MentionKind::pronoun: return "pronoun";
    case MentionKind::nominal: return "nominal";
  }
  return "name";
}

int run_mentions(const MentionsArgs& args) {
  Pipeline pipeline(args.lexicon.load());
  std::vector<std::filesystem::path> inputs(args.reading.inputs.begin(), args.reading.inputs.end());
  CorpusReader reader(inputs, args.reading.read_options());

  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> json(buffer);
  json.SetIndent(' ', 2);
  Table table({"document", "sentence", "start", "end", "text", "kind", "type", "entity", "role",
               "decision"});
  if (args.json) json.StartArray();
  while (auto document = reader.next()) {
    const auto analysis = pipeline.analyze(*document);
    for (const auto& mention : analysis.mentions) {
      const auto kind = kind_name(mention.kind);
      const auto type = to_string(mention.type);
      // Offsets of the file read, as in the graph's evidence (an HTML page, a transcoded file).
      const std::size_t start = document->source_map.source_begin(mention.begin);
      const std::size_t end = std::max(start, document->source_map.source_end(mention.end));
      if (args.json) {
        json.StartObject();
        json.Key("document"); json.String(document->id.c_str(), static_cast<rapidjson::SizeType>(document->id.size()));
        json.Key("sentence"); json.Uint64(mention.sentence);
        json.Key("start"); json.Uint64(start);
        json.Key("end"); json.Uint64(end);
        json.Key("text"); json.String(mention.text.c_str(), static_cast<rapidjson::SizeType>(mention.text.size()));
        json.Key("kind"); json.String(kind.data(), static_cast<rapidjson::SizeType>(kind.size()));
        json.Key("type"); json.String(type.data(), static_cast<rapidjson::SizeType>(type.size()));
        json.Key("entity"); json.String(mention.entity.c_str(), static_cast<rapidjson::SizeType>(mention.entity.size()));
        json.Key("role"); json.String(mention.role.c_str(), static_cast<rapidjson::SizeType>(mention.role.size()));
        json.Key("decision");
        json.String(mention.decision.c_str(),
                    static_cast<rapidjson::SizeType>(mention.decision.size()));
        json.EndObject();
      } else {
        table.add({document->id, std::to_string(mention.sentence), std::to_string(start),
                   std::to_string(end), mention.text, std::string(kind), std::string(type),
                   mention.entity, mention.role, mention.decision});
      }
    }
  }
  args.reading.check(reader.stats());
  if (args.json) {
    json.EndArray();
    std::fwrite(buffer.GetString(), 1, buffer.GetSize(), stdout);
    std::fputc('\n', stdout);
  } else {
    table.print();
  }
  return kExitOk;
}

}  // namespace

Command add_mentions_command(CLI::App& app) {
  auto args = std::make_shared<MentionsArgs>();
  auto* cmd = app.add_subcommand("mentions", "Print every mention found and the node it resolved to");
  args->reading.add_to(*cmd);
  args->lexicon.add_to(*cmd);
  cmd->add_flag("--json", args->json, "JSON array instead of a table");
  cmd->footer("Example: actorgraph mentions corpus/astana-2017 | grep -i lavr");
  return [args] { return run_mentions(*args); };
}

}  // namespace actorgraph::cli
