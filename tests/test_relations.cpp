// Relation rules on sentences written for the tests: one section per rule
// family, each with negative cases that must produce no edge.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "relation_test_support.hpp"

using namespace actorgraph;
using namespace actorgraph::test;

TEST_CASE("svo: active subject, verb, object; coordination distributed", "[relations]") {
  auto x = extract("Egypt and Qatar brokered a truce between Israel and Hamas.",
                   {{"a truce", "gaza-truce"}});
  INFO(x.dump());
  CHECK(x.has("egypt", "brokered", "gaza-truce"));
  CHECK(x.has("qatar", "brokered", "gaza-truce"));
  // A truce is not talks: no negotiation is read from "between".
  CHECK_FALSE(x.has("hamas", "negotiates_with", "israel"));
  CHECK_FALSE(x.has("israel", "negotiates_with", "hamas"));
  CHECK(x.out.relations.size() == 2);
  const auto* r = x.find("egypt", "brokered", "gaza-truce");
  REQUIRE(r);
  CHECK(r->evidence.begin()->rule == "svo");
}

TEST_CASE("svo: verb with preposition after an intervening phrase", "[relations]") {
  auto x = extract(
      "Norwegian Foreign Minister Ingrid Solberg met in Oslo with Colombian President Juan Perez.");
  INFO(x.dump());
  CHECK((x.has("ingrid-solberg", "meets", "juan-perez") ||
         x.has("juan-perez", "meets", "ingrid-solberg")));
  // Symmetric relations are stored once, source < target by id.
  CHECK(x.has("ingrid-solberg", "meets", "juan-perez"));
  CHECK_FALSE(x.has("juan-perez", "meets", "ingrid-solberg"));
  CHECK(x.has("ingrid-solberg", "member_of", "norway"));
  CHECK(x.has("juan-perez", "leads", "colombia"));
  // Oslo is where they met, not someone they met.
  CHECK_FALSE(x.has("ingrid-solberg", "meets", "oslo"));
}

TEST_CASE("passive-by and reduced relatives", "[relations]") {
  auto x = extract(
      "The talks, hosted by Norway, were attended by delegations from Colombia and the FARC.",
      {{"The talks", "havana-talks"}});
  INFO(x.dump());
  CHECK(x.has("norway", "hosts", "havana-talks"));
  CHECK(x.has("colombia", "attends", "havana-talks"));
  CHECK(x.out.relations.size() >= 2);
  auto y = extract("A ceasefire brokered by Egypt and Qatar took effect on Sunday.",
                   {{"A ceasefire", "ceasefire"}});
  INFO(y.dump());
  CHECK(y.has("egypt", "brokered", "ceasefire"));
  CHECK(y.has("qatar", "brokered", "ceasefire"));
  REQUIRE(y.find("egypt", "brokered", "ceasefire"));
  CHECK(y.find("egypt", "brokered", "ceasefire")->evidence.begin()->rule == "reduced-relative");
  auto z = extract("The accord was signed in Doha by Sudan.", {{"The accord", "accord"}});
  INFO(z.dump());
  CHECK(z.has("sudan", "signs", "accord"));
  // A participle without an agent says nothing about who did it.
  auto n = extract("The ceasefire reached in Cairo collapsed in Gaza.",
                   {{"The ceasefire", "ceasefire"}});
  CHECK(n.out.relations.empty());
}

TEST_CASE("relative clauses attach to their own antecedent only", "[relations]") {
  auto x = extract(
      "Germany, which backs Ukraine, and Hungary, which opposes Russia, disagreed on Monday.");
  INFO(x.dump());
  CHECK(x.has("germany", "backs", "ukraine"));
  CHECK(x.has("hungary", "opposes", "russia"));
  CHECK_FALSE(x.has("germany", "backs", "hungary"));
  CHECK_FALSE(x.has("hungary", "backs", "ukraine"));
  CHECK_FALSE(x.has("germany", "opposes", "russia"));
  REQUIRE(x.find("germany", "backs", "ukraine"));
  CHECK(x.find("germany", "backs", "ukraine")->evidence.begin()->rule == "relative-clause");
}

TEST_CASE("apposition with a relative clause distributes over the list", "[relations]") {
  auto x = extract(
      "The summit is led by Brazil, India and South Africa, the same nations that mediated the "
      "accord.",
      {{"The summit", "summit"}, {"the accord", "accord"}});
  INFO(x.dump());
  for (const char* c : {"brazil", "india", "south-africa"}) {
    CHECK(x.has(c, "leads", "summit"));
    CHECK(x.has(c, "brokered", "accord"));
  }
  REQUIRE(x.find("india", "brokered", "accord"));
  CHECK(x.find("india", "brokered", "accord")->evidence.begin()->rule == "apposition-relative");
}

TEST_CASE("nominal relations: titles, possessive roles, appositions", "[relations]") {
  auto x = extract(
      "Hamas ally Iran sent weapons. Pedro Alvarez, Colombia's chief negotiator, said little.");
  INFO(x.dump());
  CHECK(x.has("iran", "backs", "hamas"));
  CHECK_FALSE(x.has("hamas", "backs", "iran"));
  CHECK(x.has("pedro-alvarez", "represents", "colombia"));
  CHECK_FALSE(x.has("pedro-alvarez", "leads", "colombia"));

  auto y = extract(
      "The Canadian ambassador to Mali, Anne Roy, will represent the country at the summit.",
      {{"the summit", "summit"}});
  INFO(y.dump());
  CHECK(y.has("anne-roy", "represents", "canada"));
  CHECK_FALSE(y.has("anne-roy", "represents", "mali"));

  auto z = extract(
      "Former Kenyan President Daniel Mwangi and deputy director of the Nairobi Policy Institute "
      "Grace Otieno arrived.");
  INFO(z.dump());
  CHECK_FALSE(z.has("daniel-mwangi", "leads", "kenya"));

  auto w = extract("Kenyan President Daniel Mwangi arrived. UN envoy Maria Lopes spoke.");
  INFO(w.dump());
  CHECK(w.has("daniel-mwangi", "leads", "kenya"));
  CHECK(w.has("maria-lopes", "represents", "united-nations"));
}

TEST_CASE("speaking for an armed group is membership", "[relations]") {
  auto x = extract(
      "\"We want peace,\" said Ahmed Salim, a spokesman for the Sudan Liberation Movement.");
  INFO(x.dump());
  CHECK(x.said("ahmed-salim", "We want peace"));
  CHECK(x.has("ahmed-salim", "represents", "sudan-liberation-movement"));
  // "said" is never an edge.
  for (const auto& r : x.out.relations) CHECK(r.type != "say");
}

TEST_CASE("adjective compounds", "[relations]") {
  auto x = extract("The Saudi-led coalition struck the port.");
  INFO(x.dump());
  CHECK(x.has("saudi-arabia", "leads", "saudi-led-coalition"));
  auto y =
      extract("Egyptian and Qatari-mediated talks opened in Cairo.", {{"talks", "cairo-talks"}});
  INFO(y.dump());
  CHECK(y.has("qatar", "brokered", "cairo-talks"));
  CHECK(y.has("egypt", "brokered", "cairo-talks"));
  // A list before a compound is not part of the compound.
  auto z = extract("Delegates from Chad, Niger and the French-led mission met.", {});
  INFO(z.dump());
  CHECK_FALSE(z.has("chad", "leads", "french-led-mission"));
  CHECK_FALSE(z.has("niger", "leads", "french-led-mission"));
}

TEST_CASE("absolute with-clauses and participles", "[relations]") {
  auto x = extract(
      "The war dragged on, with Iran supporting the Houthis and Saudi Arabia backing the Yemeni "
      "government.");
  INFO(x.dump());
  CHECK(x.has("iran", "backs", "houthis"));
  CHECK(x.has("saudi-arabia", "backs", "yemen-government"));
  CHECK_FALSE(x.has("iran", "backs", "saudi-arabia"));
  CHECK_FALSE(x.has("iran", "backs", "yemen-government"));
  REQUIRE(x.find("iran", "backs", "houthis"));
  CHECK(x.find("iran", "backs", "houthis")->evidence.begin()->rule == "absolute-with");
}

TEST_CASE("negated, hypothetical and demanded relations are not facts", "[relations]") {
  auto x = extract(
      "Kenya did not send a delegation to the summit. Ethiopia must stop backing the rebels. "
      "The deal could cement the truce. Uganda will not attend the summit. Chad would attend the "
      "summit. "
      "Rwanda refused to attend the summit. Sudan no longer backs the Houthis.",
      {{"the summit", "summit", kAll}, {"The deal", "deal"}, {"the truce", "truce"}});
  INFO(x.dump());
  // Refusing to attend is the one fact here: a boycott (ANNOTATION.md: rejects, boycotts).
  CHECK(x.out.relations.size() == 1);
  CHECK(x.has("rwanda", "rejects", "summit"));
  CHECK(x.has_unasserted("kenya", "attends", "summit"));
  CHECK(x.has_unasserted("uganda", "attends", "summit"));
  CHECK(x.has_unasserted("chad", "attends", "summit"));
  CHECK(x.has_unasserted("rwanda", "attends", "summit"));
  CHECK(x.has_unasserted("sudan", "backs", "houthis"));
  bool negated = false, hypothetical = false;
  for (const auto& r : x.out.unasserted)
    for (const auto& e : r.evidence) {
      negated = negated || e.rule.ends_with(":negated");
      hypothetical = hypothetical || e.rule.ends_with(":hypothetical");
    }
  CHECK(negated);
  CHECK(hypothetical);
  auto d = extract("The council urged Eritrea to attend the summit.", {{"the summit", "summit"}});
  INFO(d.dump());
  CHECK_FALSE(d.has("eritrea", "attends", "summit"));
}

TEST_CASE("scheduled future is asserted, a forecast is not", "[relations]") {
  auto x = extract("Norway is expected to host the next round. Chile will attend the next round.",
                   {{"the next round", "next-round", kAll}});
  INFO(x.dump());
  CHECK_FALSE(x.has("norway", "hosts", "next-round"));
  CHECK(x.has("chile", "attends", "next-round"));
  // A decision taken or a timetable is asserted; a forecast (expected, likely) is not.
  auto y = extract(
      "Bolivia agreed to attend the next round. Ecuador decided to join the next round. "
      "Uruguay is due to attend the next round. Paraguay is likely to attend the next "
      "round. Guyana expected to attend the next round.",
      {{"the next round", "next-round", kAll}});
  INFO(y.dump());
  CHECK(y.has("bolivia", "attends", "next-round"));
  CHECK(y.has("ecuador", "attends", "next-round"));
  CHECK(y.has("uruguay", "attends", "next-round"));
  CHECK_FALSE(y.has("paraguay", "attends", "next-round"));
  CHECK_FALSE(y.has("guyana", "attends", "next-round"));
}

TEST_CASE("talks between two sides", "[relations]") {
  auto x = extract("Talks between Armenia and Azerbaijan resumed on Friday.");
  INFO(x.dump());
  CHECK(x.has("armenia", "negotiates_with", "azerbaijan"));
  CHECK(x.out.relations.size() == 1);
}

TEST_CASE("participant lists", "[relations]") {
  auto x = extract(
      "Among the participants of the summit are representatives from Chile, Peru and Bolivia.",
      {{"the summit", "lima-summit"}});
  INFO(x.dump());
  for (const char* c : {"chile", "peru", "bolivia"}) CHECK(x.has(c, "attends", "lima-summit"));
  auto y = extract(
      "Representatives of Chile and Peru, as well as officials from Bolivia, have gathered for "
      "the summit in Lima.",
      {{"the summit", "lima-summit"}});
  INFO(y.dump());
  for (const char* c : {"chile", "peru", "bolivia"}) CHECK(y.has(c, "attends", "lima-summit"));
  CHECK_FALSE(y.has("lima", "attends", "lima-summit"));
  auto z = extract("The negotiations, involving both Serbia and Kosovo, stalled.",
                   {{"The negotiations", "talks"}});
  INFO(z.dump());
  CHECK(z.has("serbia", "attends", "talks"));
  CHECK(z.has("kosovo", "attends", "talks"));
}

TEST_CASE("hosts through thanks; invitation to attend", "[relations]") {
  auto x = extract("The envoy thanked Qatar for hosting the negotiations.",
                   {{"the negotiations", "doha-talks"}});
  INFO(x.dump());
  CHECK(x.has("qatar", "hosts", "doha-talks"));
  auto y = extract("Japan received an invitation from India to attend the summit.",
                   {{"the summit", "summit"}});
  INFO(y.dump());
  CHECK(y.has("india", "invites", "japan"));
  CHECK_FALSE(y.has("japan", "attends", "summit"));
}

TEST_CASE("quotes are attributed to their speakers", "[relations]") {
  auto x = extract(
      "\xE2\x80\x9CWe will not give up,\xE2\x80\x9D Ahmed Salim told reporters. "
      "\xE2\x80\x9CThe ceasefire is holding.\xE2\x80\x9D\n\n"
      "Maria Lopes, the UN envoy, spoke later. \"It is fragile,\" she added. "
      "\"We need more time. Both sides agree,\" said Pedro Alvarez.");
  INFO(x.dump());
  CHECK(x.said("ahmed-salim", "We will not give up"));
  CHECK(x.said("ahmed-salim", "The ceasefire is holding"));
  CHECK(x.said("maria-lopes", "It is fragile"));
  CHECK(x.said("pedro-alvarez", "We need more time. Both sides agree"));
  CHECK_FALSE(x.said("maria-lopes", "We will not give up"));
  for (const auto& [speaker, st] : x.out.statements) {
    CHECK(st.evidence.document == "doc");
    CHECK(st.evidence.date == "2024-03-05");
    CHECK(st.evidence.start < st.evidence.end);
  }
  // No relation comes from "said" or "told": the only edge is the apposition's.
  CHECK(x.has("maria-lopes", "represents", "united-nations"));
  CHECK(x.out.relations.size() == 1);
}

TEST_CASE("reported speech without quote marks is the speaker's statement", "[relations][said]") {
  auto x = extract(
      "Norwegian Foreign Minister Ingrid Solberg said the border would reopen next week. "
      "The talks will resume in March, the Chilean government said. "
      "Juan Perez told reporters on Monday that the ceasefire was holding. "
      "Prices will fall, said Pedro Alvarez, an analyst.");
  INFO(x.dump());
  auto exact = [&](std::string_view speaker, std::string_view quote) {
    for (const auto& [who, st] : x.out.statements)
      if (who == speaker && st.quote == quote) return st.evidence.rule == "reported-speech";
    return false;
  };
  CHECK(exact("ingrid-solberg", "the border would reopen next week"));
  CHECK(exact("chile-government", "The talks will resume in March"));
  CHECK(exact("juan-perez", "the ceasefire was holding"));
  CHECK(exact("pedro-alvarez", "Prices will fall"));
  for (const auto& [speaker, st] : x.out.statements) {
    CHECK(st.evidence.start < st.evidence.end);
    CHECK(st.evidence.confidence < 0.85);  // below a quote's: the words are the reporter's
  }
  CHECK(x.out.statements.size() == 4);
  // "said" and "told" are never edges.
  for (const auto& r : x.out.relations) CHECK(r.type != "said");
}

TEST_CASE("reported speech: not said, not the speaker, nothing reported", "[relations][said]") {
  // Negated and hypothetical speech; the person a subject is about; no clause.
  auto x = extract(
      "Ingrid Solberg did not say whether the talks would resume. "
      "Juan Perez would say the truce is holding. "
      "Opponents of President Pedro Alvarez said they were facing shelling. "
      "A spokesman for Chile said the vote was delayed. "
      "Pedro Alvarez said so.");
  INFO(x.dump());
  CHECK(x.out.statements.empty());
}

TEST_CASE("evidence: span inside the sentence, whole sentence text, rule, date, confidence",
          "[relations]") {
  auto x = extract("Yesterday was calm. Egypt brokered the truce.", {{"the truce", "truce"}});
  const auto* r = x.find("egypt", "brokered", "truce");
  REQUIRE(r);
  REQUIRE(r->evidence.size() == 1);
  const Evidence& e = *r->evidence.begin();
  const Sentence& s = x.analysed.sentences.at(e.sentence);
  CHECK(e.sentence == 1);
  CHECK(e.document == "doc");
  CHECK(e.date == "2024-03-05");
  CHECK(e.text == "Egypt brokered the truce.");
  CHECK(e.start >= s.begin);
  CHECK(e.end <= s.end);
  CHECK(x.document.text.substr(e.start, e.end - e.start) == "Egypt brokered the truce");
  CHECK(e.rule == "svo");
  CHECK(e.confidence > 0.5);
  CHECK(e.confidence <= 1.0);
}

TEST_CASE("edges come only from text: removing a sentence removes its edges", "[relations]") {
  const std::string a = "Egypt brokered the truce. ";
  const std::string b = "Qatar backs Hamas.";
  auto both = extract(a + b, {{"the truce", "truce"}});
  INFO(both.dump());
  CHECK(both.has("egypt", "brokered", "truce"));
  CHECK(both.has("qatar", "backs", "hamas"));
  auto only_b = extract(b);
  CHECK_FALSE(only_b.has("egypt", "brokered", "truce"));
  CHECK(only_b.has("qatar", "backs", "hamas"));
  auto only_a = extract(a, {{"the truce", "truce"}});
  CHECK(only_a.has("egypt", "brokered", "truce"));
  CHECK_FALSE(only_a.has("qatar", "backs", "hamas"));
  // Names alone state nothing.
  auto names = extract("Egypt. Qatar. Hamas. Israel. The truce.", {{"The truce", "truce"}});
  CHECK(names.out.relations.empty());
  CHECK(names.out.unasserted.empty());
}

TEST_CASE("extraction never throws on odd input", "[relations]") {
  CHECK_NOTHROW(extract(""));
  CHECK_NOTHROW(extract(", , which who that by by by ."));
  CHECK_NOTHROW(extract("\"\"\"\" \xE2\x80\x9C \xE2\x80\x9D said said"));
  CHECK_NOTHROW(extract("-backed anti- pro- Saudi-led"));
  // Mentions pointing past their sentence are ignored, not dereferenced.
  Document d;
  d.id = "d";
  d.text = "Egypt backs Qatar.";
  auto sentences = prepare(d.text);
  std::vector<Mention> bad(1);
  bad[0].sentence = 7;
  bad[0].token_begin = 3;
  bad[0].token_end = 99;
  bad[0].entity = "x";
  CHECK_NOTHROW(extract_relations(d, sentences, bad, Lexicon::builtin()));
}

TEST_CASE("subjects: the head of a phrase, not the object of its preposition", "[relations]") {
  auto x = extract(
      "Chief negotiator Omar Haddad (L) of the Tahrir Front rebel group attends the opening "
      "session.",
      {{"the opening session", "session"}});
  INFO(x.dump());
  CHECK(x.has("omar-haddad", "attends", "session"));
  CHECK(x.has("omar-haddad", "member_of", "tahrir-front"));
  CHECK_FALSE(x.has("tahrir-front", "attends", "session"));
  auto y = extract("The truce in Libya was brokered by Egypt and Turkey last week.",
                   {{"The truce", "truce"}});
  INFO(y.dump());
  CHECK(y.has("egypt", "brokered", "truce"));
  CHECK(y.has("turkey", "brokered", "truce"));
  // A description's preposition is climbed for "who", not for a person.
  auto z = extract(
      "Lena Berg met the EU Envoy for Kosovo Marco Rossi, who arrived to attend the summit.",
      {{"the summit", "summit"}});
  INFO(z.dump());
  CHECK(z.has("marco-rossi", "attends", "summit"));
  CHECK_FALSE(z.has("kosovo", "attends", "summit"));
}

TEST_CASE("lists end where they end", "[relations]") {
  // After "X and Y" a bare comma starts something else.
  auto x = extract("With the truce guaranteed only by Egypt and Qatar, Turkey should monitor it.",
                   {{"the truce", "truce"}});
  INFO(x.dump());
  CHECK(x.has("egypt", "brokered", "truce"));
  CHECK(x.has("qatar", "brokered", "truce"));
  CHECK_FALSE(x.has("turkey", "brokered", "truce"));
  // "Only once ..., will X": conditional.
  auto y = extract("Only once the truce holds will the rebels take part in the talks.",
                   {{"the talks", "talks"}, {"the truce", "truce"}});
  INFO(y.dump());
  CHECK(y.out.relations.empty());
  // Welcoming an initiative is not hosting it.
  auto z = extract("Egypt welcomed the initiative.", {{"the initiative", "initiative"}});
  INFO(z.dump());
  CHECK_FALSE(z.has("egypt", "hosts", "initiative"));
}

TEST_CASE("counted nationals are people, not their state", "[relations]") {
  auto x = extract(
      "Israeli forces killed three Palestinians in Jenin. Hezbollah, which is backed by Iran, "
      "fired rockets.");
  INFO(x.dump());
  CHECK_FALSE(x.has("israel", "attacks", "palestine"));
  CHECK(x.has("iran", "backs", "hezbollah"));
}

TEST_CASE("compounds on multiword names", "[relations]") {
  auto x = extract("Momentum built ahead of United Nations-backed negotiations next month.",
                   {{"United Nations-backed negotiations", "un-talks"}});
  INFO(x.dump());
  CHECK(x.has("united-nations", "backs", "un-talks"));
  // A capitalised common word before a hyphen names nobody.
  auto y = extract("Government-backed militias attacked the town.");
  CHECK(y.out.relations.empty());
}

TEST_CASE("on behalf of; initiatives; meetings between; leading a delegation to", "[relations]") {
  auto x =
      extract("Maria Lopes spoke on behalf of UN Secretary General Tomas Varga at the summit.");
  INFO(x.dump());
  CHECK(x.has("maria-lopes", "represents", "tomas-varga"));
  auto y = extract("The joint initiative by Chile, Peru and Bolivia stalled.",
                   {{"The joint initiative", "initiative"}});
  INFO(y.dump());
  for (const char* c : {"chile", "peru", "bolivia"}) CHECK(y.has(c, "brokered", "initiative"));
  auto z =
      extract("A meeting between Chile and Peru in Lima ended.", {{"A meeting", "lima-meeting"}});
  INFO(z.dump());
  CHECK(z.has("chile", "meets", "peru"));
  CHECK(z.has("chile", "attends", "lima-meeting"));
  CHECK(z.has("peru", "attends", "lima-meeting"));
  auto w = extract("Ana Ruiz, who is leading Chile's delegation to the summit, arrived.",
                   {{"the summit", "summit"}});
  INFO(w.dump());
  CHECK(w.has("ana-ruiz", "represents", "chile"));
  CHECK(w.has("ana-ruiz", "attends", "summit"));
  // An invitation to attend is not attendance.
  auto v = extract("Japan received an invitation from India to attend the summit.",
                   {{"the summit", "summit"}});
  CHECK_FALSE(v.has("japan", "attends", "summit"));
  CHECK(v.has_unasserted("japan", "attends", "summit"));
}

TEST_CASE("the role is the head of the description", "[relations]") {
  auto x = extract("\"It is over,\" Ali Karimi, a member of the Hamas delegation, told reporters.");
  INFO(x.dump());
  bool member = false, represents = false;
  for (const auto& r : x.out.relations) {
    if (r.source == "ali-karimi" && r.type == "member_of") member = true;
    if (r.source == "ali-karimi" && r.type == "represents") represents = true;
  }
  CHECK(member);
  CHECK(x.has("ali-karimi", "member_of", "hamas"));
  CHECK_FALSE(represents);
  CHECK(x.said("ali-karimi", "It is over"));
}

TEST_CASE("respective titles over two names", "[relations]") {
  auto x =
      extract("The plan was the work of Chilean and Peruvian presidents Ana Ruiz and Jorge Pardo.");
  INFO(x.dump());
  CHECK(x.has("ana-ruiz", "leads", "chile"));
  CHECK(x.has("jorge-pardo", "leads", "peru"));
  CHECK_FALSE(x.has("ana-ruiz", "leads", "peru"));
  CHECK_FALSE(x.has("jorge-pardo", "leads", "chile"));
}

TEST_CASE(
    "a participle after an event's place modifies the event; a capital agent is its government",
    "[relations][events]") {
  auto x = extract("Envoys met amid a truce in Bolivia sponsored by Santiago and Lima.",
                   {{"a truce", "bolivia-ceasefire"}});
  INFO(x.dump());
  CHECK(x.has("chile", "brokered", "bolivia-ceasefire"));
  CHECK(x.has("peru", "brokered", "bolivia-ceasefire"));
  CHECK_FALSE(x.has("chile", "backs", "bolivia"));
  CHECK_FALSE(x.has("santiago", "brokered", "bolivia-ceasefire"));
}

TEST_CASE("a sentence that opens at an event: its subject, and who joins it, attend",
          "[relations][events]") {
  auto x = extract(
      "At Monday's summit in Quito, the ministers were joined by envoys from nations including "
      "Chile and Peru.",
      {{"Monday's summit", "quito-summit"}});
  INFO(x.dump());
  CHECK(x.has("chile", "attends", "quito-summit"));
  CHECK(x.has("peru", "attends", "quito-summit"));
  auto y =
      extract("At the talks in Lima, Bolivia proposed a truce.", {{"the talks", "lima-talks"}});
  INFO(y.dump());
  CHECK(y.has("bolivia", "attends", "lima-talks"));
  // Not at the opening of the sentence: no such reading.
  auto z = extract("Bolivia proposed a truce at the talks in Lima, Peru said.",
                   {{"the talks", "lima-talks"}});
  INFO(z.dump());
  CHECK_FALSE(z.has("peru", "attends", "lima-talks"));
}

TEST_CASE("a relative clause after an event and its place names its parties",
          "[relations][events]") {
  auto x = extract("Envoys spoke after a meeting in Lima that included Chile and Peru.",
                   {{"a meeting", "lima-meeting"}});
  INFO(x.dump());
  CHECK(x.has("chile", "attends", "lima-meeting"));
  CHECK(x.has("peru", "attends", "lima-meeting"));
  auto y = extract("A meeting in Lima that did not include Chile ended.",
                   {{"A meeting", "lima-meeting"}});
  INFO(y.dump());
  CHECK_FALSE(y.has("chile", "attends", "lima-meeting"));
}

TEST_CASE("a place phrase after a time adjunct is not where the subject went", "[relations][ev]") {
  auto n = extract(
      "Pilot Ana Vidal arrived home on Monday after her release by Chile in a "
      "prisoner swap.",
      {{"a prisoner swap", "swap"}});
  INFO(n.dump());
  CHECK_FALSE(n.has("ana-vidal", "attends", "swap"));
  // Positive: the event right after the verb's own preposition.
  auto x =
      extract("Pilot Ana Vidal arrived in Lima for the talks on Monday.", {{"the talks", "talks"}});
  INFO(x.dump());
  CHECK(x.has("ana-vidal", "attends", "talks"));
}

TEST_CASE("a grouping or bloc after a group's name is that group", "[relations][ev]") {
  auto x = extract("The main Bolivian opposition grouping agreed to attend the talks.",
                   {{"the talks", "talks"}});
  INFO(x.dump());
  CHECK(x.has("bolivian-opposition", "attends", "talks"));
  // Negative: the same subject refusing is a rejection, not attendance.
  auto n = extract("The main Bolivian opposition grouping refused to attend the talks.",
                   {{"the talks", "talks"}});
  INFO(n.dump());
  CHECK_FALSE(n.has("bolivian-opposition", "attends", "talks"));
  CHECK(n.has("bolivian-opposition", "rejects", "talks"));
}

TEST_CASE("agreeing to the terms of a deal signs it", "[relations][ev]") {
  auto x = extract(
      "Bolivia has agreed to preliminary terms on an aid package worth $4 billion. "
      "Chile accepted a plan for the truce.",
      {{"an aid package", "aid"}, {"the truce", "truce"}});
  INFO(x.dump());
  CHECK(x.has("bolivia", "signs", "aid"));
  CHECK(x.has("chile", "signs", "truce"));
  // Negative: a refusal; and terms that name no event.
  auto n = extract(
      "Bolivia refused to agree to terms on the aid package. Chile agreed to terms "
      "on Peru.",
      {{"the aid package", "aid"}});
  INFO(n.dump());
  CHECK_FALSE(n.has("bolivia", "signs", "aid"));
  CHECK_FALSE(n.has("chile", "signs", "peru"));
}

TEST_CASE("an event that brings together or includes parties: they attend it", "[relations][ev]") {
  auto x = extract("The summit has brought together Chile and Peru. The talks included Bolivia.",
                   {{"The summit", "summit"}, {"The talks", "talks"}});
  INFO(x.dump());
  CHECK(x.has("chile", "attends", "summit"));
  CHECK(x.has("peru", "attends", "summit"));
  CHECK(x.has("bolivia", "attends", "talks"));
  // Negative: negated, hypothetical; and "brought" without "together" lists no parties.
  auto n = extract(
      "The summit did not include Chile. The talks would bring together Peru. "
      "The meeting brought Bolivia new proposals.",
      {{"The summit", "summit"}, {"The talks", "talks"}, {"The meeting", "meeting"}});
  INFO(n.dump());
  CHECK_FALSE(n.has("chile", "attends", "summit"));
  CHECK_FALSE(n.has("peru", "attends", "talks"));
  CHECK_FALSE(n.has("bolivia", "attends", "meeting"));
}
