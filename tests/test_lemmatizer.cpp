// Lemmatizer over the embedded WordNet 3.0 data.
#include <catch2/catch.hpp>

#include "syntax/lemmatizer.hpp"

using actorgraph::Lemmatizer;

TEST_CASE("irregular verb forms come from WordNet's exception lists", "[lemmatizer]") {
  const auto& lem = Lemmatizer::builtin();
  CHECK(lem.lemma("went", "VBD") == "go");
  CHECK(lem.lemma("met", "VBD") == "meet");
  CHECK(lem.lemma("held", "VBN") == "hold");
  CHECK(lem.lemma("led", "VBD") == "lead");
  CHECK(lem.lemma("sought", "VBD") == "seek");
  CHECK(lem.lemma("was", "VBD") == "be");
  CHECK(lem.lemma("is", "VBZ") == "be");
  CHECK(lem.lemma("are", "VBP") == "be");
  CHECK(lem.lemma("has", "VBZ") == "have");
  CHECK(lem.lemma("found", "VBD") == "find");
  CHECK(lem.lemma("children", "NNS") == "child");
  CHECK(lem.lemma("better", "JJR") == "good");
}

TEST_CASE("regular forms go through morphy's detachment rules", "[lemmatizer]") {
  const auto& lem = Lemmatizer::builtin();
  CHECK(lem.lemma("brokered", "VBD") == "broker");
  CHECK(lem.lemma("backed", "VBN") == "back");
  CHECK(lem.lemma("backs", "VBZ") == "back");
  CHECK(lem.lemma("talks", "NNS") == "talk");
  CHECK(lem.lemma("countries", "NNS") == "country");
  CHECK(lem.lemma("churches", "NNS") == "church");
  CHECK(lem.lemma("buses", "NNS") == "bus");
  CHECK(lem.lemma("agreed", "VBD") == "agree");
  CHECK(lem.lemma("signing", "VBG") == "sign");
  CHECK(lem.lemma("hoping", "VBG") == "hope");   // not "hop": the commoner reading wins
  CHECK(lem.lemma("singing", "VBG") == "sing");  // not "singe"
  CHECK(lem.lemma("goes", "VBZ") == "go");
  CHECK(lem.lemma("larger", "JJR") == "large");
  CHECK(lem.lemma("Negotiators", "NNS") == "negotiator");
}

TEST_CASE("base forms, proper nouns and closed classes", "[lemmatizer]") {
  const auto& lem = Lemmatizer::builtin();
  CHECK(lem.lemma("meeting", "NN") == "meeting");  // a noun, not the verb "meet"
  CHECK(lem.lemma("news", "NN") == "news");
  CHECK(lem.lemma("Ankara", "NNP") == "ankara");
  CHECK(lem.lemma("Philippines", "NNPS") == "philippines");  // proper nouns stay as written
  CHECK(lem.lemma("The", "DT") == "the");
  CHECK(lem.lemma("n't", "RB") == "not");
  CHECK(lem.lemma("n\xE2\x80\x99t", "RB") == "not");
  CHECK(lem.lemma("'s", "POS") == "'s");
  CHECK(lem.lemma("\xE2\x80\x99s", "POS") == "'s");
  CHECK(lem.lemma("'s", "VBZ") == "be");
  CHECK(lem.lemma("ca", "MD") == "can");
  CHECK(lem.lemma("wo", "MD") == "will");
}

TEST_CASE("words WordNet does not know still lose regular inflections", "[lemmatizer]") {
  const auto& lem = Lemmatizer::builtin();
  CHECK(lem.lemma("drones", "NNS") == "drone");  // in WordNet
  CHECK(lem.lemma("blorfs", "NNS") == "blorf");
  CHECK(lem.lemma("zorbified", "VBD") == "zorbify");
  CHECK(lem.lemma("klompped", "VBD") == "klomp");
  CHECK(lem.lemma("Turkish-backed", "JJ") == "turkish-backed");
  CHECK(lem.lemma("", "NN").empty());
}

TEST_CASE("has_word consults WordNet's lemma lists per part of speech", "[lemmatizer]") {
  const auto& lem = Lemmatizer::builtin();
  CHECK(lem.has_word("broker", 'v'));
  CHECK(lem.has_word("broker", 'n'));
  CHECK_FALSE(lem.has_word("brokered", 'v'));
  CHECK(lem.has_word("cease-fire", 'n'));
  CHECK(lem.has_word("fragile", 'a'));
  CHECK(lem.has_word("quickly", 'r'));
  CHECK_FALSE(lem.has_word("quickly", 'n'));
  CHECK(lem.has_word("security council", 'n'));
  CHECK(lem.has_word("security_council", 'n'));
  CHECK_FALSE(lem.has_word("talk", 'x'));
  CHECK_FALSE(lem.has_word("", 'n'));
}

TEST_CASE("lemmas are lower case in any script", "[lemmatizer]") {
  const auto& lem = Lemmatizer::builtin();
  CHECK(lem.lemma("\xC3\x87"
                  "avu\xC5\x9F"
                  "o\xC4\x9F"
                  "lu",
                  "NNP") ==
        "\xC3\xA7"
        "avu\xC5\x9F"
        "o\xC4\x9F"
        "lu");
  CHECK(lem.lemma("\xC3\x96ZDA\xC4\x9E", "NNP") == "\xC3\xB6zda\xC4\x9F");
  CHECK(lem.lemma("bad\xFF", "NN") == "bad\xFF");  // invalid UTF-8 is kept, never a crash
}
