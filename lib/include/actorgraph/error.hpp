// Exceptions thrown across the actorgraph API.
//
// Every failure the library reports derives from actorgraph::Error, and every
// message names where the problem is: a file (and line or byte offset), a JSON
// pointer, or a field. Callers that only want one catch clause catch Error.
#pragma once

#include <stdexcept>
#include <string>

namespace actorgraph {

/// Base of every exception thrown by the library.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A file or stream could not be opened, read or written.
class IoError : public Error {
 public:
  using Error::Error;
};

/// Input that does not follow its format: malformed JSON, a schema violation,
/// a bad JSONL line. The message starts with "file:line:" or "file: pointer:".
class ParseError : public Error {
 public:
  using Error::Error;
};

/// A request the library cannot satisfy as asked: an unknown export format,
/// an edge whose endpoint is not in the graph, an unknown relation type.
class InvalidArgument : public Error {
 public:
  using Error::Error;
};

}  // namespace actorgraph
