// Output paths: symlinks written through, devices and FIFOs in place, our own
// descriptors as they are; folders, block devices and sockets refused.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

#include "actorgraph/error.hpp"
#include "actorgraph/graph_format.hpp"
#include "actorgraph/output_target.hpp"
#include "graph_test_support.hpp"
#include "test_support.hpp"

using namespace actorgraph;
namespace fs = std::filesystem;
using actorgraph::test::read_file;
using actorgraph::test::TempDir;

TEST_CASE("a regular or missing file is replaced in place", "[output]") {
  TempDir dir("target-plain");
  CHECK(resolve_output_target(dir.path() / "new.json").mode == OutputMode::replace);
  CHECK(resolve_output_target(dir.path() / "new.json").path == dir.path() / "new.json");
  CHECK_THROWS_AS(resolve_output_target(dir.path()), IoError);
  CHECK_THROWS_WITH(resolve_output_target(dir.path()), Catch::Contains("folder"));
}

TEST_CASE("a symlink is written through to its target, which gets the graph", "[output]") {
  TempDir dir("target-link");
  fs::create_directories(dir.path() / "real");
  { std::ofstream(dir.path() / "real" / "g.json") << "old\n"; }
  ::chmod((dir.path() / "real" / "g.json").c_str(), 0640);
  fs::create_symlink("real/g.json", dir.path() / "link.json");
  fs::create_symlink("link.json", dir.path() / "chain.json");
  const auto target = resolve_output_target(dir.path() / "chain.json");
  CHECK(target.mode == OutputMode::replace);
  CHECK(target.path == fs::canonical(dir.path() / "real" / "g.json"));

  const KnowledgeGraph graph = actorgraph::test::hostile_graph();
  write_graph_file(graph, dir.path() / "chain.json");
  CHECK(fs::is_symlink(dir.path() / "chain.json"));
  CHECK(fs::is_symlink(dir.path() / "link.json"));
  CHECK(read_json(read_file(dir.path() / "real" / "g.json")) == graph);
  CHECK((fs::status(dir.path() / "real" / "g.json").permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  // Nothing else appeared in either folder.
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path() / "real")) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("a dangling symlink gets its target created", "[output]") {
  TempDir dir("target-dangling");
  fs::create_symlink("made.json", dir.path() / "link.json");
  CHECK(resolve_output_target(dir.path() / "link.json").path == dir.path() / "made.json");
  write_graph_file(actorgraph::test::hostile_graph(), dir.path() / "link.json");
  CHECK(fs::is_symlink(dir.path() / "link.json"));
  CHECK(fs::is_regular_file(dir.path() / "made.json"));
  fs::create_symlink("loop2", dir.path() / "loop1");
  fs::create_symlink("loop1", dir.path() / "loop2");
  CHECK_THROWS_AS(resolve_output_target(dir.path() / "loop1"), IoError);
}

TEST_CASE("devices and FIFOs are written in place, descriptors as they are", "[output]") {
  CHECK(resolve_output_target("/dev/null").mode == OutputMode::direct);
  write_graph_file(actorgraph::test::hostile_graph(), "/dev/null", GraphFormat::dot);
  struct stat info {};
  REQUIRE(::stat("/dev/null", &info) == 0);
  CHECK(S_ISCHR(info.st_mode));
  if (fs::exists("/dev/full")) {
    CHECK_THROWS_WITH(
        write_graph_file(actorgraph::test::hostile_graph(), "/dev/full", GraphFormat::json),
        Catch::Contains("/dev/full"));
  }
  const auto out = resolve_output_target("/dev/stdout");
  CHECK(out.mode == OutputMode::descriptor);
  CHECK(out.fd == 1);
  CHECK(resolve_output_target("/proc/self/fd/2").fd == 2);
  CHECK_THROWS_AS(resolve_output_target("/dev/fd/987"), IoError);  // not open

  TempDir dir("target-fifo");
  const fs::path fifo = dir.path() / "g.fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(resolve_output_target(fifo).mode == OutputMode::direct);
}
