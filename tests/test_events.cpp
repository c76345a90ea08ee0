// Events as nodes: triggers, attachments, resolution within a document, ids
// across documents. Every sentence is written for the tests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "actorgraph/error.hpp"
#include "actorgraph/pipeline.hpp"
#include "event_test_run.hpp"
#include "events/event_recognizer.hpp"

using namespace actorgraph;

using test::dump;
using test::Events;
using test::run;

// 2016-06-15 is a Wednesday.
TEST_CASE("talks with a place and a date", "[events]") {
  const auto e =
      run("Yemen's warring parties opened peace talks in Kuwait on Monday.", "2016-06-15");
  INFO(dump(e));
  REQUIRE(e.events.mentions.size() == 1);
  const auto& m = e.events.mentions.front();
  CHECK(m.text == "peace talks");
  CHECK(m.type == EntityType::event);
  CHECK(m.entity == "kuwait-talks-2016-06");
  const Entity* talks = e.entity("kuwait-talks-2016-06");
  REQUIRE(talks);
  CHECK(talks->label == "Kuwait talks");
  CHECK(e.attribute(talks->id, "event_kind") == "talks");
  CHECK(e.attribute(talks->id, "date") == "2016-06-13");
  CHECK(e.attribute(talks->id, "place") == "kuwait");
  REQUIRE(e.events.relations.size() == 1);
  const auto& r = e.events.relations.front();
  CHECK(r.source == talks->id);
  CHECK(r.type == "located_in");
  CHECK(r.target == "kuwait");
  REQUIRE(r.evidence.size() == 1);
  CHECK(r.evidence.begin()->rule == "event-place");
  CHECK(r.evidence.begin()->document == "doc");
  CHECK(e.events.orphans.empty());
}

TEST_CASE("mentions of one event resolve to one node in a document", "[events]") {
  const auto e =
      run("Colombian government negotiators and FARC commanders resumed peace talks in Havana on "
          "Tuesday. "
          "The two-day talks were the first since the summer. "
          "Tuesday's round focused on land reform, and the negotiations resumed on Wednesday.",
          "2016-06-15");
  INFO(dump(e));
  const std::string id = e.id_of("peace talks");
  CHECK(id == "havana-talks-2016-06");
  CHECK(e.id_of("two-day talks") == id);
  CHECK(e.id_of("Tuesday's round") == id);
  CHECK(e.id_of("negotiations") == id);
  REQUIRE(e.entity(id));
  CHECK(e.entity(id)->mentions == 4);
  CHECK(e.attribute(id, "date") == "2016-06-14/2016-06-15");
  CHECK(e.event_count() == 1);
}

TEST_CASE("a different place or date is a different event", "[events]") {
  const auto e =
      run("Envoys held talks in Kuwait on Monday. "
          "The United Nations wants to convene negotiations in Geneva next month.",
          "2016-06-15");
  INFO(dump(e));
  CHECK(e.id_of("talks") == "kuwait-talks-2016-06");
  CHECK(e.id_of("negotiations") == "geneva-talks-2016-07");
  CHECK(e.attribute("geneva-talks-2016-07", "date") == "2016-07-01/2016-07-31");
  CHECK(e.event_count() == 2);
  CHECK(e.events.relations.size() == 2);
}

TEST_CASE("ceasefire synonyms are one kind, and a compound agreement is a ceasefire", "[events]") {
  const auto e =
      run("A nationwide truce in Ukraine took effect on Feb. 15. "
          "Monitors said the ceasefire was broken twice. "
          "The latest cessation of hostilities agreement was signed in Minsk.",
          "2015-02-20");
  INFO(dump(e));
  const std::string truce = e.id_of("nationwide truce");
  CHECK(truce == "ukraine-ceasefire-2015-02");
  CHECK(e.id_of("ceasefire") == truce);
  CHECK(e.attribute(truce, "event_kind") == "ceasefire");
  CHECK(e.attribute(truce, "date") == "2015-02-15");
  CHECK(e.entity(truce)->label == "Ukraine ceasefire");
  // Signed in Minsk: a ceasefire placed in a city, a different node.
  const std::string minsk = e.id_of("latest cessation of hostilities agreement");
  CHECK(minsk == "minsk-ceasefire");
  CHECK(e.attribute(minsk, "event_kind") == "ceasefire");
}

TEST_CASE("places: the city before the country, capitals named by demonym", "[events]") {
  const auto a = run("Iranian officials will host a summit in Iran's capital, Tehran, next week.",
                     "2016-06-15");
  INFO(dump(a));
  CHECK(a.id_of("summit") == "tehran-summit-2016-06");
  CHECK(a.attribute("tehran-summit-2016-06", "place") == "tehran");
  CHECK(a.attribute("tehran-summit-2016-06", "date") == "2016-06-20/2016-06-26");

  const auto b =
      run("Delegations arrived for a conference in the Kenyan capital on Thursday.", "2016-06-15");
  INFO(dump(b));
  // The lexicon's capital of Kenya; a location node is supplied for it.
  CHECK(b.id_of("conference") == "nairobi-conference-2016-06");
  const Entity* nairobi = b.entity("nairobi");
  REQUIRE(nairobi);
  CHECK(nairobi->type == EntityType::location);
}

TEST_CASE("meeting between participants; a summit that is the same gathering joins it",
          "[events]") {
  const auto e =
      run("A meeting between the foreign ministers of Armenia and Azerbaijan in Vienna on Monday "
          "lasted four hours. Diplomats called the Vienna summit a modest success.",
          "2016-06-15");
  INFO(dump(e));
  const std::string id = e.id_of("meeting");
  CHECK(id == "vienna-meeting-2016-06");
  CHECK(e.id_of("Vienna summit") == id);
  CHECK(e.event_count() == 1);
}

TEST_CASE("a country before talks is their topic, before a ceasefire their place", "[events]") {
  const auto e =
      run("Syria talks resumed on Monday. A Syrian ceasefire was agreed last month.", "2016-06-15");
  INFO(dump(e));
  CHECK(e.id_of("Syria talks") == "syria-talks-2016-06");
  CHECK(e.attribute("syria-talks-2016-06", "topic") == "syria");
  CHECK(e.attribute("syria-talks-2016-06", "place") == "");
  CHECK(e.id_of("Syrian ceasefire") == "syria-ceasefire-2016-05");
  CHECK(e.attribute("syria-ceasefire-2016-05", "place") == "syria");
  // Only the ceasefire has a located_in edge.
  REQUIRE(e.events.relations.size() == 1);
  CHECK(e.events.relations.front().source == "syria-ceasefire-2016-05");
}

TEST_CASE("words that are not events", "[events]") {
  const auto e = run(
      "There was talk of war in the capital. After some small talk, the minister held a press "
      "conference. The rebels may deal with the problem later. Critics called it a deal with the "
      "devil. The plan won a great deal of support. The analysts were in agreement. "
      "Congress voted against the bill.",
      "2016-06-15");
  INFO(dump(e));
  for (const auto& m : e.events.mentions) {
    CHECK(m.text != "talk");
    CHECK(m.text.find("conference") == std::string::npos);
    CHECK(m.text.find("agreement") == std::string::npos);
    CHECK(m.text != "Congress");
    CHECK(m.text != "great deal");
  }
  // "a deal with the devil" has nothing to anchor it: at most an orphan.
  for (const auto& entity : e.events.entities)
    if (entity.type == EntityType::event) CHECK(e.events.orphans.count(entity.id) == 1);
}

TEST_CASE("trigger words inside actor names are not events", "[events]") {
  const auto e = run(
      "The High Negotiations Committee said the African National Congress would send observers.",
      "2016-06-15");
  INFO(dump(e));
  CHECK(e.events.mentions.empty());
}

TEST_CASE("an unanchored event joins the main one or stays an orphan", "[events]") {
  const auto joined =
      run("The talks stalled. Delegates had gathered for talks in Astana on Monday.", "2016-06-15");
  INFO(dump(joined));
  CHECK(joined.id_of("talks") == "astana-talks-2016-06");
  CHECK(joined.event_count() == 1);
  CHECK(joined.events.orphans.empty());

  const auto orphan = run("Nobody believed the agreement would last.", "2016-06-15");
  INFO(dump(orphan));
  REQUIRE(orphan.events.mentions.size() == 1);
  CHECK(orphan.events.orphans.count(orphan.events.mentions.front().entity) == 1);

  // A weak trigger with nothing to join is dropped, not kept.
  const auto weak = run("The second round was harder, and the deal did not last.", "2016-06-15");
  INFO(dump(weak));
  CHECK(weak.events.mentions.empty());
}

TEST_CASE("ids agree across documents without a corpus pass", "[events]") {
  const auto a =
      run("Peace talks between the government and the rebels opened in Havana on Monday.",
          "2016-06-15", "a");
  const auto b = run("The Havana talks, which began on June 13, are expected to last a week.",
                     "2016-06-16", "b");
  INFO(dump(a) << " / " << dump(b));
  CHECK(a.id_of("Peace talks") == "havana-talks-2016-06");
  CHECK(b.id_of("Havana talks") == a.id_of("Peace talks"));
  // Without an article date, relative dates stay unresolved and the month is left out.
  const auto c = run("Negotiators met in Havana on Monday for talks.", "", "c");
  INFO(dump(c));
  CHECK(c.id_of("talks") == "havana-talks");
}

TEST_CASE("the pipeline adds events, places and located_in edges", "[events]") {
  Pipeline pipeline(Lexicon::builtin());
  Document document;
  document.id = "kuwait-1";
  document.date = "2016-06-15";
  document.text =
      "Yemen talks in Kuwait resume\n\n"
      "Delegates from Yemen's government and the Houthi movement resumed talks in Kuwait on "
      "Tuesday. The negotiations are sponsored by the United Nations. Nobody expects the deal "
      "to hold.\n";
  const auto analysis = pipeline.analyze(document);
  const Entity* talks = analysis.graph.find_entity("kuwait-talks-2016-06");
  REQUIRE(talks);
  CHECK(talks->type == EntityType::event);
  CHECK(analysis.graph.find_relation("kuwait-talks-2016-06", "located_in", "kuwait"));
  // The orphan "deal" has a mention but no node.
  for (const auto* entity : analysis.graph.entities())
    CHECK(entity->id.find("agreement") == std::string::npos);
  // Event mentions are merged into the document's mentions in order.
  bool sorted = std::is_sorted(
      analysis.mentions.begin(), analysis.mentions.end(), [](const Mention& x, const Mention& y) {
        return x.sentence != y.sentence ? x.sentence < y.sentence : x.token_begin < y.token_begin;
      });
  CHECK(sorted);
  CHECK(std::count_if(analysis.mentions.begin(), analysis.mentions.end(), [](const Mention& m) {
          return m.type == EntityType::event && m.entity == "kuwait-talks-2016-06";
        }) >= 2);
}

TEST_CASE("a lexicon without events finds none, and users can add kinds", "[events]") {
  auto test_text = test::analyse("The delegates attended a jirga in Kabul on Monday.");
  Document document;
  document.id = "d";
  document.text = test_text.text;
  document.date = "2016-06-15";
  const Lexicon empty;
  CHECK(
      recognize_events(document, test_text.sentences, test_text.mentions, empty).mentions.empty());

  Lexicon lexicon = Lexicon::builtin();
  lexicon.merge(Lexicon::from_json(
      R"({"events": [{"kind": "jirga", "label": "jirga", "gathering": true, "triggers": ["jirga"]}]})",
      "user.json"));
  REQUIRE(lexicon.find_event_kind("jirga"));
  REQUIRE(lexicon.find_event_kind("talks"));
  const auto events = recognize_events(document, test_text.sentences, test_text.mentions, lexicon);
  REQUIRE(events.mentions.size() == 1);
  CHECK(events.mentions.front().entity == "kabul-jirga-2016-06");

  CHECK_THROWS_AS(Lexicon::from_json(R"({"events": [{"kind": "Bad Kind", "triggers": []}]})", "x"),
                  ParseError);
}

TEST_CASE("odd input never throws", "[events]") {
  const std::vector<std::string> texts{
      "",
      "talks",
      "talks talks talks talks.",
      "The the the round of of of.",
      "Tuesday's Tuesday's Tuesday's talks in in in.",
      "\xE2\x80\x9CTalks\xE2\x80\x9D in \xC3\x85land, ceasefire; truce: deal.",
      "In Geneva, on, at, between and with talks , which , that ."};
  for (const auto& text : texts) {
    for (const std::string date : {"", "2016-06-15", "garbage"}) {
      INFO(text << " / " << date);
      CHECK_NOTHROW(run(text, date));
    }
  }
}

TEST_CASE("earlier or previous events are not the event reported", "[events]") {
  const auto e =
      run("Armenia and Azerbaijan agreed to a ceasefire in Tbilisi on Monday. "
          "Previous ceasefires brokered by France collapsed within hours, and an earlier truce "
          "failed in May.",
          "2016-06-15");
  INFO(dump(e));
  CHECK(e.event_count() == 1);
  CHECK(e.id_of("Previous ceasefires").empty());
  CHECK(e.id_of("earlier truce").empty());
  CHECK_FALSE(e.id_of("ceasefire").empty());
}

TEST_CASE("a country before an agreement or a resolution is its topic, never its place",
          "[events]") {
  const auto e =
      run("Norway's draft resolution on the famine was put to a vote on Tuesday. "
          "Critics of the Cuba deal said it was signed in haste.",
          "2016-06-15");
  INFO(dump(e));
  const std::string resolution = e.id_of("Norway's draft resolution");
  CHECK(e.attribute(resolution, "event_kind") == "resolution");
  CHECK(e.attribute(resolution, "topic") == "norway");
  CHECK(e.attribute(resolution, "place") == "");
  const std::string deal = e.id_of("Cuba deal");
  CHECK(e.attribute(deal, "event_kind") == "agreement");
  CHECK(e.attribute(deal, "topic") == "cuba");
  CHECK(e.attribute(deal, "place") == "");
  // No located_in edge is read from a country that names an agreement.
  for (const auto& r : e.events.relations) CHECK(r.type != "located_in");
  // A resolution is a node only when a relation refers to it; the deal is anchored.
  CHECK(e.events.orphans.count(resolution) == 1);
  CHECK(e.events.orphans.count(deal) == 0);
}

TEST_CASE("exchanges, aid packages and calls are events; their look-alikes are not", "[events]") {
  const auto e =
      run("Armenia and Azerbaijan completed a prisoner swap in Tbilisi on Monday. "
          "The lenders approved a $17 billion aid package for Ghana on Friday. "
          "Lula and Macron held a phone call on Sunday.",
          "2016-06-15");
  INFO(dump(e));
  CHECK(e.attribute(e.id_of("prisoner swap"), "event_kind") == "exchange");
  CHECK(e.attribute(e.id_of("prisoner swap"), "place") == "tbilisi");
  const std::string aid = e.id_of("17 billion aid package");
  CHECK(e.attribute(aid, "event_kind") == "agreement");
  CHECK(e.attribute(e.id_of("phone call"), "event_kind") == "call");

  const auto none = run(
      "The dispute went to conflict resolution. Traders watched the foreign exchange market, and "
      "there was an exchange of fire at the border. Hopes for a resolution of the crisis faded.",
      "2016-06-15");
  INFO(dump(none));
  for (const auto& m : none.events.mentions) {
    CHECK(m.text.find("resolution") == std::string::npos);
    CHECK(m.text.find("exchange") == std::string::npos);
  }
}

TEST_CASE("an agreement about one country and one placed in another do not merge", "[events]") {
  const auto e =
      run("Diplomats defended the Cuba deal on Monday. "
          "Separately, the Vienna accord on river shipping was signed in March. "
          "Critics said the agreement was too weak.",
          "2016-06-15");
  INFO(dump(e));
  const std::string cuba = e.id_of("Cuba deal");
  const std::string vienna = e.id_of("Vienna accord");
  REQUIRE_FALSE(cuba.empty());
  REQUIRE_FALSE(vienna.empty());
  CHECK(cuba != vienna);
  CHECK(e.attribute(cuba, "topic") == "cuba");
  CHECK(e.attribute(vienna, "place") == "vienna");
}

TEST_CASE("the parties a placed gathering's noun group names attend it", "[events][attends]") {
  const auto e =
      run("Officials praised a Chile-Peru summit in Lima on Monday. "
          "Negotiations with the Houthis in Oslo resumed on Tuesday. "
          "Critics said her meeting with Bachelet was short.",
          "2016-06-15");
  INFO(dump(e));
  auto has = [&](std::string_view s, std::string_view t) {
    return std::any_of(e.events.relations.begin(), e.events.relations.end(),
                       [&](const Relation& r) {
                         return r.source == s && r.type == "attends" && r.target == t &&
                                r.evidence.begin()->rule == "event-participant";
                       });
  };
  const std::string summit = e.id_of("Chile-Peru summit");
  const std::string talks = e.id_of("Negotiations");
  CHECK(has("chile", summit));
  CHECK(has("peru", summit));
  CHECK(has("houthis", talks));
  // A meeting named by its parties only: their meets edge, no attends.
  for (const auto& r : e.events.relations) CHECK(r.source != "michelle-bachelet");
}

TEST_CASE("a manner phrase after a gathering names no party", "[events][attends]") {
  const auto e = run("The Kurds were kept out of talks in Oslo in line with the wishes of Chile.",
                     "2016-06-15");
  INFO(dump(e));
  for (const auto& r : e.events.relations) CHECK(r.type != "attends");
}

TEST_CASE(
    "a compound of names before a gathering is its parties, a name and a participle its sponsor",
    "[events][attends]") {
  const auto e =
      run("The Russian-Turkish talks in Oslo ended. A Chile-Peru-brokered truce in Bolivia held. "
          "Chile-backed talks in Lima ended.",
          "2016-06-15");
  INFO(dump(e));
  std::set<std::string> attendees;
  for (const auto& r : e.events.relations)
    if (r.type == "attends") attendees.insert(r.source + " " + r.target);
  CHECK(attendees == std::set<std::string>{"russia " + e.id_of("Russian-Turkish talks"),
                                           "turkey " + e.id_of("Russian-Turkish talks")});
}

TEST_CASE("names coordinated with a sponsor compound are sponsors; weak nouns give no attendees",
          "[events][attends]") {
  const auto e =
      run("Chilean and Peruvian-backed Bolivia talks opened in Lima on Monday. "
          "The rebels rejected face-to-face meetings with Bolivia at the talks in Lima.",
          "2016-06-15");
  INFO(dump(e));
  for (const auto& r : e.events.relations) CHECK(r.type != "attends");
  CHECK(e.attribute(e.id_of("Chilean and Peruvian-backed Bolivia talks"), "topic") == "bolivia");
}

TEST_CASE("a party named in a gathering held in its own country hosts it", "[events][hosts]") {
  const auto e =
      run("Diplomats praised a Chile-Peru summit in Lima on Monday. "
          "A meeting between the foreign ministers of the two countries in Santiago followed on "
          "Tuesday.",
          "2016-06-15");
  INFO(dump(e));
  std::set<std::string> hosts;
  for (const auto& r : e.events.relations)
    if (r.type == "hosts") hosts.insert(r.source + " " + r.target);
  CHECK(hosts == std::set<std::string>{"peru " + e.id_of("Chile-Peru summit")});
}

TEST_CASE("the agent of a participle of occurrence is passed over to the place",
          "[events][attends]") {
  const auto e =
      run("Talks convened by the United Nations in Geneva resumed on Monday. "
          "Envoys expect United Nations-backed negotiations in Oslo next month.",
          "2016-06-15");
  INFO(dump(e));
  CHECK(e.attribute(e.id_of("Talks"), "place") == "geneva");
  for (const auto& r : e.events.relations) CHECK(r.type != "attends");
}

TEST_CASE("with no agreement of its own, an article's bare 'the deal' is its ceasefire",
          "[events]") {
  const auto e =
      run("A new truce is set to begin on Sunday in northern Bolivia. "
          "Mediators from Chile helped broker the deal. Separately, an aid deal was agreed.",
          "2016-06-15");
  INFO(dump(e));
  const std::string truce = e.id_of("new truce");
  REQUIRE_FALSE(truce.empty());
  CHECK(e.id_of("deal") == truce);
  CHECK(e.id_of("aid deal") != truce);
  // A reference, not a name of the truce.
  CHECK(e.entity(truce)->aliases.count("deal") == 0);
}

TEST_CASE("a verb reports a gathering of a body or of several parties at a place",
          "[events][attends]") {
  const auto e =
      run("At the Palais des Nations in Geneva, the Security Council met to discuss Bolivia on "
          "Friday. Peruvian President Juan Soto and Bolivian President Luis Arce gathered in Lima. "
          "Juan Soto met Luis Arce in Quito. The Security Council met on Monday.",
          "2016-06-15");
  INFO(dump(e));
  std::set<std::string> attends;
  for (const auto& r : e.events.relations)
    if (r.type == "attends") attends.insert(r.source + " " + r.target);
  CHECK(attends.count("un-security-council geneva-meeting-2016-06"));
  CHECK(attends.count("juan-soto lima-meeting-2016-06"));
  CHECK(attends.count("luis-arce lima-meeting-2016-06"));
  // "met Luis Arce" has an object (a meets edge); "met on Monday" no place: no event.
  CHECK_FALSE(e.entity("quito-meeting-2016-06"));
  CHECK(e.event_count() == 2);
  REQUIRE(e.entity("geneva-meeting-2016-06"));
  CHECK(e.entity("geneva-meeting-2016-06")->aliases.count("Security Council meeting") == 1);
  // The verb is no noun group: no event mention of its own.
  for (const auto& m : e.events.mentions) CHECK(m.text != "met");
}

TEST_CASE("an agreement is placed where it was made, not where its name or a verb's phrase says",
          "[events]") {
  const auto e =
      run("Critics attacked the Vienna accord on Monday. "
          "The president quit the Lima agreement in a speech at the palace in Quito. "
          "The river treaty signed in Oslo took effect.",
          "2016-06-15");
  INFO(dump(e));
  std::set<std::string> placed;
  for (const auto& r : e.events.relations)
    if (r.type == "located_in") placed.insert(r.target);
  CHECK(placed == std::set<std::string>{"oslo"});
  // The name still names it.
  CHECK(e.attribute(e.id_of("Vienna accord"), "place") == "vienna");
  CHECK(e.attribute(e.id_of("Lima agreement"), "place") == "lima");
}

TEST_CASE("a place after a party noun is where the parties are, not the gathering", "[events]") {
  const auto e =
      run("The first peace talks between belligerents in Bolivia collapsed on Monday. "
          "Talks between Chile and Peru in Lima resumed on Tuesday.",
          "2016-06-15");
  INFO(dump(e));
  std::set<std::string> placed;
  for (const auto& r : e.events.relations)
    if (r.type == "located_in") placed.insert(r.target);
  CHECK(placed == std::set<std::string>{"lima"});
}

TEST_CASE("an article's aid package and its peace deal are two deals", "[events][ev]") {
  const auto e =
      run("Chile and Peru agreed to a temporary peace deal on Monday. "
          "Separately, Bolivia has agreed to preliminary terms on an aid package worth $4 billion. "
          "Lenders said the aid package would take years.",
          "2016-06-15");
  INFO(dump(e));
  const std::string aid = e.id_of("aid package");
  const std::string peace = e.id_of("temporary peace deal");
  REQUIRE_FALSE(aid.empty());
  REQUIRE_FALSE(peace.empty());
  CHECK(aid != peace);
  // Both aid-package mentions are one deal.
  for (const auto& m : e.events.mentions)
    if (m.text.find("aid package") != std::string::npos) CHECK(m.entity == aid);
}

TEST_CASE("a place before a quote or a degree 'closer to' does not place the event",
          "[events][ev]") {
  // Positive: the purpose "for talks" takes the clause's place.
  const auto p = run("Envoys gathered in Lima on Monday for talks on the border.", "2016-06-15");
  INFO(dump(p));
  CHECK(p.attribute(p.id_of("talks"), "place") == "lima");
  // Negative: the place is the speaker's, the truce is only near.
  const auto n =
      run("Ruiz, speaking in Quito on Sunday, said the sides are \"closer to a "
          "cease-fire today\" than ever. Envoys in Lima were nearer to a truce.",
          "2016-06-15");
  INFO(dump(n));
  for (const auto& r : n.events.relations) CHECK(r.type != "located_in");
  CHECK(n.attribute(n.id_of("cease-fire"), "place") != "quito");
}

TEST_CASE("a name whose head and another word are gathering triggers is a gathering",
          "[events][ev]") {
  const auto e =
      run("The Chile-hosted Andean National Dialogue Congress in Lima opened on Monday. "
          "Delegates came to the Andean National Dialogue Congress in the Peruvian "
          "resort city of Cusco.",
          "2016-06-15");
  INFO(dump(e));
  std::string id;
  for (const auto& m : e.events.mentions)
    if (m.text.find("Dialogue Congress") != std::string::npos) id = m.entity;
  REQUIRE_FALSE(id.empty());
  CHECK(e.attribute(id, "event_kind") == "congress");
  // "the Peruvian resort city of Cusco": the city, not Peru, is the place.
  CHECK(e.attribute(id, "place") != "peru");
  // Negative: a party's name ends in "Congress" with no other trigger in it.
  const auto n =
      run("The African National Congress won the vote in Pretoria on Monday.", "2016-06-15");
  INFO(dump(n));
  for (const auto& m : n.events.mentions) CHECK(m.text.find("Congress") == std::string::npos);
}

TEST_CASE("a bare gathering noun of another kind is the gathering just named", "[events][ev]") {
  const auto e =
      run("The Andean congress officially opened in Lima on Monday. The summit has "
          "brought together envoys from the region.",
          "2016-06-15");
  INFO(dump(e));
  const std::string congress = e.id_of("Andean congress");
  REQUIRE_FALSE(congress.empty());
  CHECK(e.id_of("summit") == congress);
  // Negative: two sentences apart, a bare "summit" is not taken for it.
  const auto n =
      run("The Andean congress officially opened in Lima on Monday. Envoys spoke. "
          "Prices rose. The summit was postponed.",
          "2016-06-15");
  INFO(dump(n));
  CHECK(n.id_of("summit") != n.id_of("Andean congress"));
}

TEST_CASE("a bare refusal to attend rejects the gathering just named", "[events][ev]") {
  const auto e =
      run("The Andean summit opened in Lima on Monday. "
          "However, a number of states including Chile and Peru refused to attend, as "
          "did Ecuador.",
          "2016-06-15");
  INFO(dump(e));
  const std::string summit = e.id_of("Andean summit");
  REQUIRE_FALSE(summit.empty());
  auto has = [](const DocumentEvents& ev, const std::string& s, const std::string& t) {
    return std::any_of(ev.relations.begin(), ev.relations.end(), [&](const Relation& r) {
      return r.source == s && r.type == "rejects" && r.target == t;
    });
  };
  CHECK(has(e.events, "chile", summit));
  CHECK(has(e.events, "peru", summit));
  CHECK(has(e.events, "ecuador", summit));
  // Negative: hypothetical, intended, negated refusals; and a gathering three sentences back.
  const auto n =
      run("The Andean summit opened in Lima on Monday. Chile would refuse to attend. "
          "Peru threatened to refuse to attend. Ecuador did not refuse to attend. "
          "If Bolivia refused to attend, talks would fail.",
          "2016-06-15");
  INFO(dump(n));
  for (const auto& r : n.events.relations) CHECK(r.type != "rejects");
  const auto far =
      run("The Andean summit opened in Lima on Monday. Prices rose. Markets fell. "
          "Rain came. Chile refused to attend.",
          "2016-06-15");
  INFO(dump(far));
  for (const auto& r : far.events.relations) CHECK(r.type != "rejects");
}
