// Atomic output files: temporary sibling + rename, never a partial file.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "actorgraph/error.hpp"
#include "actorgraph/graph_format.hpp"
#include "io/atomic_file.hpp"
#include "graph_test_support.hpp"
#include "test_support.hpp"

using namespace actorgraph;
namespace fs = std::filesystem;
using actorgraph::test::read_file;
using actorgraph::test::TempDir;

namespace {

std::vector<std::string> listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("writing into a missing directory fails with IoError and leaves nothing", "[atomic]") {
  TempDir dir("atomic-missing");
  fs::path target = dir.path() / "no-such-dir" / "g.json";
  CHECK_THROWS_AS(write_graph_file(actorgraph::test::hostile_graph(), target), IoError);
  CHECK_THROWS_WITH(write_graph_file(actorgraph::test::hostile_graph(), target),
                    Catch::Contains(target.string()));
  CHECK(listing(dir.path()).empty());
}

TEST_CASE("an existing file is replaced whole", "[atomic]") {
  TempDir dir("atomic-replace");
  fs::path target = dir.path() / "g.json";
  KnowledgeGraph big = actorgraph::test::hostile_graph();
  write_graph_file(big, target);
  std::string big_text = read_file(target);
  KnowledgeGraph small;
  small.add_entity(actorgraph::test::make_entity("x", "X", EntityType::person));
  CHECK(write_graph_file(small, target) == std::vector<fs::path>{target});
  std::string small_text = read_file(target);
  CHECK(small_text.size() < big_text.size());
  CHECK(read_json(small_text) == small);  // no tail of the old content left behind
  CHECK(listing(dir.path()) == std::vector<std::string>{"g.json"});
}

TEST_CASE("a writer that throws midway leaves the old file intact", "[atomic]") {
  TempDir dir("atomic-throw");
  fs::path target = dir.path() / "g.dot";
  { std::ofstream(target) << "old content\n"; }
  auto failing = [](std::ostream& out) {
    out << "digraph \"half\" {\n";
    throw std::runtime_error("disk full, say");
  };
  CHECK_THROWS_WITH(detail::write_file_atomically(target, failing), "disk full, say");
  CHECK(read_file(target) == "old content\n");
  CHECK(listing(dir.path()) == std::vector<std::string>{"g.dot"});
}

TEST_CASE("a streamed file: written as it comes, never seen before commit, gone on a throw",
          "[atomic]") {
  TempDir dir("atomic-stream");
  fs::path target = dir.path() / "big.txt";
  { std::ofstream(target) << "old content\n"; }
  // More than the 64 KiB buffer, in pieces small and larger than it.
  std::string expected;
  for (int i = 0; i < 20000; ++i) expected += "line " + std::to_string(i) + "\n";
  expected += std::string(200 * 1024, 'x') + "\n";
  auto writer = [&](std::ostream& out) {
    for (int i = 0; i < 20000; ++i) out << "line " << i << '\n';
    out.write(expected.data() + expected.size() - 200 * 1024 - 1, 200 * 1024 + 1);
  };
  {
    detail::AtomicFile file(target, writer);
    REQUIRE(fs::exists(file.temporary()));
    CHECK(fs::file_size(file.temporary()) == expected.size());  // on disk already
    CHECK(read_file(target) == "old content\n");                // not yet the target
    file.commit();
  }
  CHECK(read_file(target) == expected);
  CHECK(listing(dir.path()) == std::vector<std::string>{"big.txt"});
  // A writer that throws after several buffers' worth: the temporary is removed.
  auto failing = [&](std::ostream& out) {
    out << expected;
    throw std::runtime_error("out of space, say");
  };
  CHECK_THROWS_WITH(detail::write_file_atomically(target, failing), "out of space, say");
  CHECK(read_file(target) == expected);
  CHECK(listing(dir.path()) == std::vector<std::string>{"big.txt"});
}

TEST_CASE("a failing rename removes the temporary and names the path", "[atomic]") {
  TempDir dir("atomic-rename");
  fs::path target = dir.path() / "occupied";
  fs::create_directories(target / "child");  // a non-empty directory cannot be replaced by a file
  CHECK_THROWS_WITH(detail::write_file_atomically(target, std::string_view("data")),
                    Catch::Contains(target.string()) && Catch::Contains("rename"));
  CHECK(listing(dir.path()) == std::vector<std::string>{"occupied"});
  detail::AtomicFile pending(dir.path() / "never.txt", "x");
  CHECK(fs::exists(pending.temporary()));
  CHECK_FALSE(fs::exists(dir.path() / "never.txt"));
}

TEST_CASE("write_graph_file picks the format and writes CSV as three files", "[atomic][csv]") {
  TempDir dir("atomic-formats");
  KnowledgeGraph g = actorgraph::test::hostile_graph();
  auto csv = write_graph_file(g, dir.path() / "g.csv");
  CHECK(csv == std::vector<fs::path>{dir.path() / "g.nodes.csv", dir.path() / "g.edges.csv",
                                     dir.path() / "g.documents.csv"});
  auto again = write_graph_file(g, dir.path() / "g.nodes.csv");  // either name of the pair works
  CHECK(again == csv);
  auto forced = write_graph_file(g, dir.path() / "graph.txt", GraphFormat::graphml);
  CHECK(read_file(forced.at(0)).find("<graphml") != std::string::npos);
  CHECK_THROWS_AS(write_graph_file(g, dir.path() / "graph.txt"), InvalidArgument);
  CHECK(listing(dir.path()) ==
        std::vector<std::string>{"g.documents.csv", "g.edges.csv", "g.nodes.csv", "graph.txt"});
  CHECK(graph_format_from_path("x/y.GEXF") == GraphFormat::gexf);
  CHECK(graph_format_from_path("y.gv") == GraphFormat::dot);
  CHECK_FALSE(graph_format_from_path("y").has_value());
  CHECK(graph_format_from_string("GraphML") == GraphFormat::graphml);
  CHECK_FALSE(graph_format_from_string("xml").has_value());
  for (GraphFormat f : kGraphFormats) CHECK(graph_format_from_string(to_string(f)) == f);
}
