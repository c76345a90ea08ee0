#include "mentions/mention_words.hpp"

#include <string>

#include "lang/word_table.hpp"

namespace actorgraph::detail {

namespace {

struct Entry {
  const char* words;
  unsigned cls;
};

// Space-separated lists, one per class, turned into one hash map at first use.
constexpr Entry kEntries[] = {
    {"a an the this that these those some any each every no all both either neither "
     "i me my we us our you your he him his she her it its they them their who whom whose which "
     "what "
     "and or but nor so yet if then than as because while when where although though since until "
     "unless "
     "of in on at by for from to with without about into onto over under after before during "
     "between among "
     "against through across near toward towards within upon via per amid amongst despite "
     "is are was were be been being am has have had do does did will would shall should can could "
     "may might must "
     "not also only even still just very more most much many few such there here how why "
     "however meanwhile moreover furthermore nevertheless instead indeed thus hence therefore "
     "yesterday today tomorrow "
     "mr. mrs. ms. dr. st. gen. col. lt. maj. capt. sgt. adm. prof. rep. sen. gov. pres. sept. "
     "according among including regarding following after earlier later",
     kFunction},
    {"de da di del della der den van von du le la bin ibn al el ben dos das ter zu ould ez az ash "
     "es ul",
     kParticle},
    {"january february march april june july august september october november december "
     "jan feb mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. "
     "sept. oct. nov. dec.",
     kMonth},
    {"monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat "
     "sun",
     kWeekday},
    {"council committee commission institute ministry department agency organization organisation "
     "union "
     "coalition group party movement alliance league association federation foundation bank fund "
     "university "
     "college court parliament assembly congress senate office service authority bureau "
     "corporation company "
     "inc ltd network observatory society board secretariat mission programme program police "
     "embassy "
     "administration cabinet government tribunal centre center academy forum initiative body "
     "directorate "
     "commissariat presidency council's school institution charity trust club inc. ltd.",
     kOrgHead},
    {"army front brigade brigades forces militia militias battalion battalions regiment legion "
     "guard guards "
     "division corps units mujahideen fighters force",
     kArmedHead | kOrgHead},
    {"hotel airport square street avenue palace stadium hospital bridge mosque church cathedral "
     "hall building "
     "tower base camp prison province region district city valley river mountains mountain island "
     "islands sea "
     "lake gulf peninsula county village town strait desert port harbour harbor highway road park "
     "plaza "
     "governorate oblast suburb suburbs neighborhood neighbourhood stronghold enclave forest "
     "reservation canal beach",
     kPlaceHead},
    {"president minister envoy spokesman spokeswoman spokesperson ambassador negotiator chancellor "
     "premier "
     "secretary leader chairman chairwoman chair commander governor mayor senator king queen "
     "prince princess "
     "emir sultan pope director head official diplomat mediator representative delegate general "
     "chief adviser advisor advisers analyst deputy vice-president vice minister prime-minister "
     "lawmaker legislator judge prosecutor attorney general officer colonel lieutenant major "
     "captain admiral "
     "sergeant commissioner ayatollah cleric imam sheikh speaker founder ceo coordinator "
     "researcher member "
     "negotiators envoys ministers presidents leaders officials diplomats spokesmen",
     kTitle},
    {"foreign defence defense interior finance justice health education economy trade energy "
     "deputy chief special senior top acting former executive assistant main lead first second "
     "vice prime supreme high state national regional interim opposition rebel government military "
     "army "
     "secretary general presidential security affairs for of to the un u.n. eu nato",
     kTitleModifier},
    {"said says say told tells tell added adds stated states explained explains noted notes "
     "stressed stresses "
     "insisted insists warned warns announced announces declared declares argued argues asked asks "
     "replied "
     "replies wrote writes tweeted tweets confirmed confirms denied denies claimed claims urged "
     "urges "
     "reported reports commented comments suggested suggests acknowledged admitted "
     "emphasised emphasized underlined pointed expressed",
     kSpeech},
    {"in at near from to into inside outside around across throughout through toward towards via "
     "within "
     "on",
     kLocative},
    {"agency newspaper daily broadcaster channel website outlet magazine wire radio television tv "
     "newswire "
     "paper tabloid weekly portal site",
     kOutletNoun},
    {"foreign defence defense interior finance justice health ministry department state affairs "
     "parliament government cabinet embassy police army navy military armed forces intelligence "
     "presidential administration central bank national security council guard office presidency "
     "air force of",
     kGenericBody},
    {"jaish jabhat harakat liwa kataib katibat faylaq ahrar hayat hay'at tahrir ansar saraya jund "
     "jamaat "
     "jamaa",
     kArabicGroup},
    {"columnist editor correspondent reporter commentator journalist columnists editors",
     kJournalistNoun},
    {"region province district governorate oblast county suburb neighborhood neighbourhood",
     kAreaNoun},
    {"facebook twitter pinterest whatsapp linkedin reddit email messenger instagram tumblr "
     "telegram print",
     kSocialNetwork},
    {"platform group bloc faction movement front alliance wing", kQuotedGroupHead},
    {"group groups movement faction factions militia militias organization organisation "
     "organizations "
     "alliance coalition party network brigade brigades",
     kGroupNoun},
    {"mr mr. mrs mrs. ms ms. dr dr. sheikh sheik gen gen. col col. lt lt. maj maj. capt capt. sgt "
     "sgt. "
     "adm adm. prof prof. sir dame lord lady rev rev. madam monsieur",
     kHonorific},
    {"god allah government parliament ministry state president minister army police congress "
     "senate "
     "court cabinet administration regime opposition republic kingdom embassy western eastern "
     "northern "
     "southern middle central breaking subscribe source photo image video advertisement copyright "
     "update latest live",
     kNotName},
    {"government governments regime administration authorities", kGovernmentNoun},
    {"opposition rebels insurgents rebel", kOppositionNoun},
    {"army military troops forces soldiers navy", kMilitaryNoun},
    {"country nation trio duo pair countries nations states powers guarantors sponsors",
     kCountryNoun},
    {"militia militias separatists rebels insurgents forces fighters paramilitaries proxies gunmen "
     "militants "
     "groups",
     kCollectiveHead},
    {"deir dayr tell tal jabal jebel wadi ras ain ayn bab khan kafr kfar beit bayt bir marj qasr "
     "jisr",
     kPlaceFirst},
    {"eastern western northern southern", kCompass},
    {"companies company firms firm corporations carriers airlines banks lenders insurers majors "
     "giants "
     "producers manufacturers makers contractors operators",
     kCompanyNoun},
};

// One flat table: word_class() runs for every token the recogniser sees.
const WordTable<unsigned>& table() {
  static const auto map = [] {
    WordTable<unsigned> m;
    for (const auto& entry : kEntries) {
      std::string_view all(entry.words);
      std::size_t pos = 0;
      while (pos < all.size()) {
        auto end = all.find(' ', pos);
        if (end == std::string_view::npos) end = all.size();
        if (end > pos) m[all.substr(pos, end - pos)] |= entry.cls;
        pos = end + 1;
      }
    }
    return m;
  }();
  return map;
}

}  // namespace

unsigned word_class(std::string_view lower) {
  const unsigned* cls = table().find(lower);
  return cls ? *cls : 0u;
}

int pronoun_number(std::string_view lower) {
  if (lower == "he" || lower == "him" || lower == "his" || lower == "she" || lower == "her" ||
      lower == "hers" || lower == "himself" || lower == "herself")
    return 1;
  if (lower == "they" || lower == "them" || lower == "their" || lower == "theirs" ||
      lower == "themselves")
    return 2;
  if (lower == "it" || lower == "its" || lower == "itself") return 3;
  return 0;
}

}  // namespace actorgraph::detail
