// Deterministic generator of synthetic Kubus organisation models. See generate.h.
//
// Structure: first the entity graph is drawn (departments, roles, components,
// touchpoints with owners and handoffs), each section from its own PRNG stream so
// that the sections do not shift one another; then the text is appended into one
// reserved std::string. Only integer arithmetic maps random numbers to values.

#include "gen/generate.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace kubus::gen {
namespace {

// ---------------------------------------------------------------- PRNG

// splitmix64: tiny, fast, well distributed, and fully specified by its arithmetic.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n); n == 0 yields 0. Multiply-shift mapping (no modulo bias
    // worth speaking of for the small n used here), defined by integer arithmetic.
    std::uint64_t below(std::uint64_t n) {
        return mul_high(next(), n);
    }

    // Uniform in [lo, hi], lo <= hi.
    std::uint64_t between(std::uint64_t lo, std::uint64_t hi) { return lo + below(hi - lo + 1); }

    // True with probability pct/100.
    bool percent(unsigned pct) { return below(100) < pct; }

    // Index drawn with the given integer weights.
    template <std::size_t K>
    std::size_t weighted(const std::array<unsigned, K>& w) {
        unsigned total = 0;
        for (unsigned x : w) total += x;
        auto r = static_cast<unsigned>(below(total));
        for (std::size_t i = 0; i < K; ++i) {
            if (r < w[i]) return i;
            r -= w[i];
        }
        return K - 1;
    }

private:
    // The high 64 bits of the 128-bit product a * b, in portable integer arithmetic.
    static std::uint64_t mul_high(std::uint64_t a, std::uint64_t b) {
        const std::uint64_t a_lo = a & 0xFFFFFFFFu, a_hi = a >> 32;
        const std::uint64_t b_lo = b & 0xFFFFFFFFu, b_hi = b >> 32;
        const std::uint64_t lo_lo = a_lo * b_lo;
        const std::uint64_t hi_lo = a_hi * b_lo;
        const std::uint64_t lo_hi = a_lo * b_hi;
        const std::uint64_t hi_hi = a_hi * b_hi;
        const std::uint64_t cross = (lo_lo >> 32) + (hi_lo & 0xFFFFFFFFu) + lo_hi;
        return hi_hi + (hi_lo >> 32) + (cross >> 32);
    }

    std::uint64_t state_;
};

// An independent stream per section: mixes the seed with a stream number.
Rng stream(std::uint64_t seed, std::uint64_t id) {
    Rng mix(seed ^ (id * 0xD1B54A32D192ED03ULL));
    return Rng(mix.next());
}

// ---------------------------------------------------------------- text helpers

void append_uint(std::string& out, std::uint64_t v) {
    char buf[24];
    char* p = buf + sizeof buf;
    do {
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    out.append(p, static_cast<std::size_t>(buf + sizeof buf - p));
}

// Zero-padded to at least `width` digits (more when the number needs them).
void append_padded(std::string& out, std::uint64_t v, int width) {
    char buf[24];
    char* p = buf + sizeof buf;
    int n = 0;
    do {
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
        ++n;
    } while (v != 0);
    while (n < width) {
        *--p = '0';
        ++n;
    }
    out.append(p, static_cast<std::size_t>(buf + sizeof buf - p));
}

// value / 100 with two decimals: 350 -> "3.50".
void append_cents(std::string& out, std::uint64_t cents) {
    append_uint(out, cents / 100);
    out.push_back('.');
    out.push_back(static_cast<char>('0' + (cents / 10) % 10));
    out.push_back(static_cast<char>('0' + cents % 10));
}

// value / 10 with one decimal: 74 -> "7.4".
void append_tenths(std::string& out, std::uint64_t tenths) {
    append_uint(out, tenths / 10);
    out.push_back('.');
    out.push_back(static_cast<char>('0' + tenths % 10));
}

void append_quoted(std::string& out, std::string_view s) {
    out.push_back('"');
    for (char c : s) {
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\n': out.append("\\n"); break;
            case '\t': out.append("\\t"); break;
            default: out.push_back(c);
        }
    }
    out.push_back('"');
}

// "  key: "
void key(std::string& out, std::string_view k, int indent = 2) {
    out.append(static_cast<std::size_t>(indent), ' ');
    out.append(k);
    out.append(": ");
}

void field_word(std::string& out, std::string_view k, std::string_view v, int indent = 2) {
    key(out, k, indent);
    out.append(v);
    out.push_back('\n');
}

void field_string(std::string& out, std::string_view k, std::string_view v, int indent = 2) {
    key(out, k, indent);
    append_quoted(out, v);
    out.push_back('\n');
}

void field_uint(std::string& out, std::string_view k, std::uint64_t v, int indent = 2) {
    key(out, k, indent);
    append_uint(out, v);
    out.push_back('\n');
}

void field_bool(std::string& out, std::string_view k, bool v, int indent = 2) {
    field_word(out, k, v ? "true" : "false", indent);
}

// "KIND " then the caller appends the ID, then decl_title() appends ` "Title" {`.
void decl_title(std::string& out, std::string_view title) {
    out.push_back(' ');
    append_quoted(out, title);
    out.append(" {\n");
}

void decl_end(std::string& out) { out.append("}\n\n"); }

// A list value: items are appended into one buffer separated by ", "; emitted on one
// line when it fits in 100 columns, else one item per line with a trailing comma.
class ListBuf {
public:
    void clear() {
        buf_.clear();
        starts_.clear();
    }
    std::string& item() {
        if (!starts_.empty()) buf_.append(", ");
        starts_.push_back(buf_.size());
        return buf_;
    }
    bool empty() const { return starts_.empty(); }

    void emit(std::string& out, std::string_view k, int indent = 2) const {
        const std::size_t one_line = static_cast<std::size_t>(indent) + k.size() + 3 + buf_.size() + 1;
        out.append(static_cast<std::size_t>(indent), ' ');
        out.append(k);
        if (one_line <= 100) {
            out.append(": [");
            out.append(buf_);
            out.append("]\n");
            return;
        }
        out.append(": [\n");
        for (std::size_t i = 0; i < starts_.size(); ++i) {
            const std::size_t b = starts_[i];
            const std::size_t e = i + 1 < starts_.size() ? starts_[i + 1] - 2 : buf_.size();
            out.append(static_cast<std::size_t>(indent) + 2, ' ');
            out.append(buf_, b, e - b);
            out.append(",\n");
        }
        out.append(static_cast<std::size_t>(indent), ' ');
        out.append("]\n");
    }

private:
    std::string buf_;
    std::vector<std::size_t> starts_;
};

// ---------------------------------------------------------------- vocabulary

template <typename T, std::size_t K>
constexpr std::size_t count_of(const T (&)[K]) {
    return K;
}

const char* const kUnitNames[] = {"Retail",   "Business", "Health",      "Property", "Life and pensions",
                                  "Mobility", "Energy",   "Mortgages",   "Savings",  "Telecom",
                                  "Public",   "Travel",   "Agriculture", "Care"};

const char* const kUnitDescriptions[] = {
    "Products and service for private customers",
    "Products and service for small and medium businesses",
    "Contracts sold through intermediaries",
    "Direct channel for new customers",
};

const char* const kSegmentNames[] = {"private customers", "young families", "seniors",
                                     "small businesses",  "large accounts", "intermediaries"};
const char* const kPriorities[] = {"high", "medium", "low"};

enum DeptKind : std::uint8_t { kLine, kStaff, kSupport };
const char* const kDeptKindWords[] = {"line", "staff", "support"};
const char* const kLineDepts[] = {"Claims",     "Billing",         "Sales",      "Customer service",
                                  "Onboarding", "Policy admin",    "Collections", "Complaints",
                                  "Renewals",   "Account management"};
const char* const kStaffDepts[] = {"Marketing", "Customer experience", "Strategy", "Legal", "Finance", "HR"};
const char* const kSupportDepts[] = {"IT", "Facilities", "Document logistics", "Contact centre", "Data office"};

const char* const kRoleTitles[] = {"Customer experience manager", "Channel manager",
                                   "Document-logistics manager",  "Contact-centre manager",
                                   "Web manager",                 "Information manager",
                                   "Business analyst",            "Team lead",
                                   "Process owner",               "Department head"};
const char* const kFirstInitials[] = {"A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "I.", "J.",
                                      "K.", "L.", "M.", "N.", "P.", "R.", "S.", "T.", "W.", "Y."};
const char* const kSurnames[] = {"de Vries", "Jansen",  "Bakker",  "Visser",    "Smit",   "Meijer",
                                 "de Boer",  "Mulder",  "de Groot", "Bos",      "Vos",    "Peters",
                                 "Hendriks", "van Dijk", "Dekker", "Brouwer",   "de Wit", "Dijkstra",
                                 "Smits",    "Kok"};

struct ChannelDef {
    const char* id;
    const char* title;
    bool assisted;
    unsigned cost_cents;
};
// One channel per medium; the channel ID is the medium word.
const ChannelDef kChannels[] = {
    {"post", "Physical post", false, 450},  {"email", "E-mail", false, 120},
    {"phone", "Contact centre phone", true, 650}, {"chat", "Live chat", true, 280},
    {"portal", "My portal", false, 40},     {"web", "Website", false, 10},
    {"app", "Mobile app", false, 20},       {"social", "Social media webcare", true, 390},
    {"sms", "Text message", false, 8},      {"print", "Printed mail", false, 95},
    {"in-person", "Branch office", true, 2400},
};
constexpr std::size_t kChannelCount = count_of(kChannels);
// Channel popularity (how often a touchpoint runs on it).
const std::array<unsigned, kChannelCount> kChannelWeights = {10, 22, 20, 9, 14, 8, 6, 4, 3, 6, 2};

struct CapabilityDef {
    const char* id;
    const char* title;
    const char* family;
};
const CapabilityDef kCapabilities[] = {
    {"inbound-capture", "Inbound physical mail digitisation and classification", "inbound"},
    {"email-intake", "Intake of process-related e-mail", "inbound"},
    {"document-composition", "Composition of outbound multichannel documents", "outbound"},
    {"output-management", "E-mail and print output", "outbound"},
    {"portal-delivery", "Delivery through the portal", "outbound"},
    {"contact-centre-support", "Contact centre support", "interaction"},
    {"chat-platform", "Live chat", "interaction"},
    {"webcare", "Social webcare", "interaction"},
    {"orchestration", "Orchestration across channels", "orchestration"},
    {"customer-history", "Single customer history", "data"},
    {"ecm", "Enterprise content management", "data"},
    {"bpm", "Business process management", "process"},
    {"wfm", "Workforce management", "process"},
    {"crm", "Customer relationship management", "data"},
    {"marketing-automation", "Marketing automation", "outbound"},
};
constexpr std::size_t kCapabilityCount = count_of(kCapabilities);
const std::array<unsigned, kCapabilityCount> kCapabilityWeights = {5, 6, 8, 7, 5, 6, 4, 3, 3, 6, 7, 6, 3, 8, 4};

const char* const kDeployments[] = {"on-premise", "cloud", "outsourced"};
const std::array<unsigned, 3> kDeploymentWeights = {50, 35, 15};
const char* const kVendors[] = {"Northwind CCM", "Papyrus Works", "Contoso Output", "Lumen Systems",
                                "Fabrikam",      "Tailspin Soft", "Inhouse",        "Adatum Cloud",
                                "Proseware",     "Litware"};

const char* const kPhases[] = {"promise", "deliver", "settle", "use"};
const std::array<unsigned, 4> kPhaseWeights = {25, 35, 25, 15};
const char* const kTouchpointTitles[4][8] = {
    {"Send offer", "Answer product question", "Quote request", "Sign contract", "Welcome call",
     "Newsletter", "Cross-sell mailing", "Loyalty magazine"},
    {"Confirm onboarding", "Change of address", "Report a claim", "Status update", "Handle complaint",
     "Service request", "Appointment", "Delivery notice"},
    {"First invoice", "Payment reminder", "Direct debit change", "Claim payout", "Refund",
     "Annual statement", "Collections letter", "Payment arrangement"},
    {"Outage notice", "Usage question", "Policy renewal", "Contract change", "Cancellation",
     "Moving house", "Fault report", "Annual review"},
};
const char* const kProducts[] = {"motor",  "home",     "health",  "travel",    "life",
                                 "energy", "mortgage", "savings", "broadband", "mobile"};
const char* const kPurposes[4][3] = {
    {"Inform the customer about the offer and its conditions", "Win the customer for a product",
     "Confirm the agreement the customer made"},
    {"Deliver what was promised and keep the customer informed", "Solve the customer's problem at first contact",
     "Record the change the customer asks for"},
    {"Settle the money side of the relationship", "Tell the customer what is due and when",
     "Pay out what the customer is entitled to"},
    {"Help the customer while using the product", "Warn the customer about a disruption",
     "Keep the contract in line with the customer's situation"},
};
const char* const kExchanges[] = {
    "Customer data, product choice and premium", "Policy number, address and start date",
    "Claim details, photos and invoices",        "Invoice lines, amount due and due date",
    "Bank account and mandate",                  "Complaint description and desired outcome",
    "Meter readings and usage history",          "Contract terms and cancellation date",
};
const char* const kExperiences[] = {
    "Clear, personal and fast",           "No need to explain the problem again",
    "The customer chooses the channel",   "One answer, the first time",
    "Proactive: the customer hears first", "Easy to find and easy to do",
};
const char* const kCosts[] = {"0.40", "1.20", "2.75", "3.50", "4.20", "6.80", "9.50", "12.00"};
const char* const kFeedbackSources[] = {"survey", "complaints", "contact-centre", "social", "review", "interview"};

struct MetricDef {
    const char* id;
    const char* title;
};
const MetricDef kMetrics[] = {
    {"nps", "NPS"},
    {"csat", "Customer satisfaction"},
    {"ces", "Customer effort score"},
    {"fcr", "First-contact resolution"},
    {"retention", "Retention intent"},
    {"aht", "Average handling time"},
    {"cost-per-contact", "Cost per contact"},
    {"response-time", "Response time"},
};
const std::array<unsigned, 8> kMetricWeights = {18, 16, 8, 12, 6, 16, 12, 12};

struct PracticeDef {
    const char* id;
    const char* title;
    const char* description;
};
const PracticeDef kPractices[] = {
    {"market-sensing", "Market sensing", "Scan, benchmark, try, record and ask why"},
    {"customer-linking", "Customer linking", "Inform customers, solve their problems, improve quality"},
    {"channel-bonding", "Channel bonding", "Align schedules, couple systems, raise reliability"},
    {"technology-monitoring", "Technology monitoring", "Follow the technology that changes customer contact"},
    {"leadership-commitment", "Leadership commitment", "Leadership visibly invests in customer focus"},
    {"process-owner-stakes", "Process owners see the stakes", "Key process owners see what is at stake"},
    {"shared-goal", "Shared goal", "Every employee knows the goal"},
    {"aligned-incentives", "Aligned incentives",
     "Structures, systems and rewards stimulate customer focus"},
    {"shared-successes", "Shared successes", "Successes are shared quickly"},
    {"customer-group-choice", "Customer groups chosen", "The customer groups and what they value are chosen"},
    {"relationship-monitoring", "Relationship monitoring",
     "NPS, satisfaction, intent to stay and effort are measured"},
    {"feedback-driven-improvement", "Feedback-driven improvement",
     "Research, contact-centre and online feedback improve processes"},
    {"closed-loop", "Closed loop", "The customer's history is in one place and actions start at once"},
    {"culture-change", "Culture change", "Employees set goals from the information they have"},
};
constexpr std::size_t kPracticeCount = count_of(kPractices);
// The same practices by their IDs in the bundled `ccm` library (rules/ccm/practices.kubus),
// in the order of kPractices.
const char* const kCcmPracticeIds[kPracticeCount] = {
    "market-sensing",       "customer-linking",         "channel-bonding",   "technology-monitoring",
    "leadership-commitment", "process-owner-awareness", "shared-goals",      "reward-alignment",
    "success-sharing",      "customer-choice",          "relationship-measurement",
    "process-improvement",  "closed-loop",              "culture-change",
};

const char* const kConfidences[] = {"low", "medium", "high"};
const std::array<unsigned, 3> kConfidenceWeights = {20, 50, 30};
const char* const kEvidence[] = {
    "Several examples given without hesitation",
    "Mentioned as an ambition, no examples yet",
    "Documented in the annual plan and visible in the KPIs",
    "Contradicted by the contact-centre team leads",
    "Only one department works this way",
    "Confirmed in the workshop with the line managers",
};
const char* const kSourceKinds[] = {"Interview", "Workshop", "Document review", "Site visit"};

// ---------------------------------------------------------------- IDs

constexpr int kDeptWidth = 4;
constexpr int kCompWidth = 4;
constexpr int kTpWidth = 6;

void unit_id(std::string& out, std::size_t u) {
    out.append("unit-");
    append_padded(out, u + 1, 2);
}
void segment_id(std::string& out, std::size_t u, std::size_t k) {
    out.append("seg-");
    append_padded(out, u + 1, 2);
    out.push_back('-');
    append_uint(out, k + 1);
}
void dept_id(std::string& out, std::size_t d) {
    out.append("dept-");
    append_padded(out, d + 1, kDeptWidth);
}
void comp_id(std::string& out, std::size_t c) {
    out.append("comp-");
    append_padded(out, c + 1, kCompWidth);
}
void tp_id(std::string& out, std::size_t t) {
    out.append("tp-");
    append_padded(out, t + 1, kTpWidth);
}

constexpr std::uint32_t kNone = 0xFFFFFFFFu;

// ---------------------------------------------------------------- the model graph

struct Dept {
    std::uint8_t kind = kLine;
    std::uint32_t unit = 0;
    std::uint32_t role_first = 0;
    std::uint32_t role_count = 0;
    std::uint32_t comp_first = 0;
    std::uint32_t comp_count = 0;
};

struct Role {
    std::uint32_t dept = 0;
    std::uint8_t k = 0;      // 0-based number within the department
    std::uint8_t title = 0;  // index into kRoleTitles
};

struct Component {
    std::uint32_t dept = 0;
    std::array<std::uint8_t, 3> caps{};
    std::uint8_t ncaps = 0;
    std::uint8_t deployment = 0;
    bool shared = false;
    std::array<std::uint32_t, 2> integrates{};
    std::uint8_t nintegrates = 0;
    std::uint8_t vendor = 0;
    std::uint32_t cost_k = 120;  // thousands of EUR per year
};

struct Touchpoint {
    std::uint32_t dept = 0;  // home department (of the owner when owned)
    std::uint32_t owner = kNone;
    std::uint32_t supervisor = kNone;
    std::uint32_t unit = 0;
    std::uint32_t segment = kNone;  // global segment index
    std::array<std::uint32_t, 3> uses{};
    std::array<std::uint32_t, 3> next{};
    std::array<std::uint8_t, 3> channels{};
    std::uint8_t nuses = 0;
    std::uint8_t nnext = 0;
    std::uint8_t nchannels = 0;
    std::uint8_t phase = 0;
    bool mandatory = false;
    std::uint8_t title = 0;
    std::uint8_t product = 0;
    std::uint8_t purpose = 0;
    std::uint8_t exchanges = 0;
    std::uint8_t experience = 0xFF;  // none
    std::uint8_t effort = 1;
    std::uint8_t cost = 0;
    std::uint32_t volume = 0;
    // feedback
    bool has_feedback = false;
    bool closed_loop = false;
    std::uint8_t feedback_sources = 0;  // bit mask over kFeedbackSources
    std::uint32_t routed_to = kNone;
};

template <typename A>
bool contains(const A& arr, std::size_t n, typename A::value_type v) {
    for (std::size_t i = 0; i < n; ++i)
        if (arr[i] == v) return true;
    return false;
}

std::size_t max_sz(std::size_t a, std::size_t b) { return a > b ? a : b; }

struct Plan {
    GenSizes sizes;
    std::vector<Dept> depts;
    std::vector<Role> roles;
    std::vector<Component> comps;
    std::vector<std::uint32_t> shared_comps;
    std::vector<Touchpoint> tps;
};

GenSizes sizes_for(const GenOptions& o) {
    const std::size_t n = o.touchpoints;
    GenSizes s;
    s.touchpoints = n;
    s.units = max_sz(2, n / 500);
    s.segments = s.units * 2;
    s.departments = max_sz(8, n / 25);
    s.channels = kChannelCount;
    s.capabilities = kCapabilityCount;
    s.components = max_sz(10, n / 10);
    s.slas = max_sz(1, n / 20);
    s.kpis = max_sz(1, n / 10);
    s.practices = kPracticeCount;
    s.observations = max_sz(kPracticeCount, n / 50);
    return s;
}

void plan_departments(Plan& p, std::uint64_t seed) {
    Rng rng = stream(seed, 1);
    const std::size_t nd = p.sizes.departments;
    const std::size_t nu = p.sizes.units;
    p.depts.resize(nd);
    for (std::size_t d = 0; d < nd; ++d) {
        Dept& dep = p.depts[d];
        // The first department is a line department so every model has one.
        dep.kind = d == 0 ? static_cast<std::uint8_t>(kLine)
                          : static_cast<std::uint8_t>(rng.weighted(std::array<unsigned, 3>{70, 15, 15}));
        dep.unit = static_cast<std::uint32_t>(d * nu / nd);  // units in blocks
        dep.role_first = static_cast<std::uint32_t>(p.roles.size());
        dep.role_count = static_cast<std::uint32_t>(rng.between(2, 3));
        for (std::uint32_t k = 0; k < dep.role_count; ++k) {
            Role r;
            r.dept = static_cast<std::uint32_t>(d);
            r.k = static_cast<std::uint8_t>(k);
            r.title = static_cast<std::uint8_t>(rng.below(count_of(kRoleTitles)));
            p.roles.push_back(r);
        }
    }
    p.sizes.roles = p.roles.size();
}

void plan_components(Plan& p, std::uint64_t seed) {
    Rng rng = stream(seed, 2);
    const std::size_t nc = p.sizes.components;
    const std::size_t nd = p.sizes.departments;
    p.comps.resize(nc);
    // Components in department blocks; nc >= nd, so every department owns one or more.
    for (std::size_t c = 0; c < nc; ++c) {
        const auto d = static_cast<std::uint32_t>(c * nd / nc);
        p.comps[c].dept = d;
        Dept& dep = p.depts[d];
        if (dep.comp_count == 0) dep.comp_first = static_cast<std::uint32_t>(c);
        ++dep.comp_count;
    }
    for (std::size_t c = 0; c < nc; ++c) {
        Component& comp = p.comps[c];
        // The first components cover every capability once.
        const std::size_t first = c < kCapabilityCount ? c : rng.weighted(kCapabilityWeights);
        comp.caps[0] = static_cast<std::uint8_t>(first);
        comp.ncaps = 1;
        const std::size_t want = rng.weighted(std::array<unsigned, 3>{50, 35, 15}) + 1;
        for (int tries = 0; comp.ncaps < want && tries < 8; ++tries) {
            const auto cap = static_cast<std::uint8_t>(rng.weighted(kCapabilityWeights));
            if (!contains(comp.caps, comp.ncaps, cap)) comp.caps[comp.ncaps++] = cap;
        }
        comp.deployment = static_cast<std::uint8_t>(rng.weighted(kDeploymentWeights));
        comp.shared = rng.percent(25);
        if (comp.shared) p.shared_comps.push_back(static_cast<std::uint32_t>(c));
        if (nc > 1 && rng.percent(40)) {
            const std::size_t want_links = rng.between(1, 2);
            for (int tries = 0; comp.nintegrates < want_links && tries < 8; ++tries) {
                std::size_t other;
                if (rng.percent(70)) {  // a nearby component
                    const std::size_t off = rng.between(1, 10);
                    other = rng.percent(50) ? (c + off) % nc : (c + nc - off % nc) % nc;
                } else {
                    other = rng.below(nc);
                }
                const auto o = static_cast<std::uint32_t>(other);
                if (other != c && !contains(comp.integrates, comp.nintegrates, o))
                    comp.integrates[comp.nintegrates++] = o;
            }
        }
        comp.vendor = static_cast<std::uint8_t>(rng.below(count_of(kVendors)));
        comp.cost_k = static_cast<std::uint32_t>(rng.between(8, 80) * 5);  // 40k..400k EUR
    }
}

void plan_touchpoints(Plan& p, std::uint64_t seed) {
    Rng rng = stream(seed, 3);
    const std::size_t n = p.sizes.touchpoints;
    const std::size_t nd = p.sizes.departments;
    const std::size_t nc = p.sizes.components;
    const std::size_t nu = p.sizes.units;
    p.tps.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        Touchpoint& t = p.tps[i];
        // Touchpoints in department blocks, so nearby touchpoints mostly share a department.
        t.dept = rng.percent(88) ? static_cast<std::uint32_t>(i * nd / n) : static_cast<std::uint32_t>(rng.below(nd));
        const Dept& dep = p.depts[t.dept];
        if (rng.percent(95)) t.owner = dep.role_first + static_cast<std::uint32_t>(rng.below(dep.role_count));
        if (rng.percent(40)) {
            auto sup = dep.role_first + static_cast<std::uint32_t>(rng.below(dep.role_count));
            if (sup == t.owner) sup = dep.role_first + (sup - dep.role_first + 1) % dep.role_count;
            t.supervisor = sup;
        }
        t.unit = rng.percent(90) ? dep.unit : static_cast<std::uint32_t>(rng.below(nu));
        if (rng.percent(50)) t.segment = t.unit * 2 + static_cast<std::uint32_t>(rng.below(2));
        t.phase = static_cast<std::uint8_t>(rng.weighted(kPhaseWeights));
        t.mandatory = rng.percent(25);
        // Channels: 1-3 distinct.
        const std::size_t nch = rng.weighted(std::array<unsigned, 3>{45, 40, 15}) + 1;
        for (int tries = 0; t.nchannels < nch && tries < 8; ++tries) {
            const auto ch = static_cast<std::uint8_t>(rng.weighted(kChannelWeights));
            if (!contains(t.channels, t.nchannels, ch)) t.channels[t.nchannels++] = ch;
        }
        // Uses: the first from the home department, the others shared or anywhere.
        t.uses[0] = dep.comp_first + static_cast<std::uint32_t>(rng.below(dep.comp_count));
        t.nuses = 1;
        const std::size_t nuse = rng.weighted(std::array<unsigned, 3>{40, 40, 20}) + 1;
        for (int tries = 0; t.nuses < nuse && tries < 8; ++tries) {
            std::uint32_t c;
            if (!p.shared_comps.empty() && rng.percent(50))
                c = p.shared_comps[rng.below(p.shared_comps.size())];
            else
                c = static_cast<std::uint32_t>(rng.below(nc));
            if (!contains(t.uses, t.nuses, c)) t.uses[t.nuses++] = c;
        }
        t.title = static_cast<std::uint8_t>(rng.below(8));
        t.product = static_cast<std::uint8_t>(rng.below(count_of(kProducts)));
        t.purpose = static_cast<std::uint8_t>(rng.below(3));
        t.exchanges = static_cast<std::uint8_t>(rng.below(count_of(kExchanges)));
        if (rng.percent(30)) t.experience = static_cast<std::uint8_t>(rng.below(count_of(kExperiences)));
        t.effort = static_cast<std::uint8_t>(rng.between(1, 7));
        t.volume = static_cast<std::uint32_t>(t.mandatory ? rng.between(10, 500) * 1000 : rng.between(1, 2000) * 50);
        t.cost = static_cast<std::uint8_t>(rng.below(count_of(kCosts)));
        if (rng.percent(35)) {
            t.has_feedback = true;
            const std::size_t nsrc = rng.between(1, 3);
            for (std::size_t k = 0; k < nsrc; ++k)
                t.feedback_sources |= static_cast<std::uint8_t>(1u << rng.below(count_of(kFeedbackSources)));
            if (rng.percent(80)) {
                if (t.owner != kNone && rng.percent(60)) {
                    t.routed_to = t.owner;
                } else {
                    t.routed_to = static_cast<std::uint32_t>(rng.below(p.roles.size()));
                }
            }
            t.closed_loop = rng.percent(40);
        }
        // Handoffs: 0-3, mostly forward to nearby touchpoints (chains), some backward
        // (cycles), a few anywhere.
        if (n > 1) {
            const std::size_t nn = rng.weighted(std::array<unsigned, 4>{20, 45, 25, 10});
            for (int tries = 0; t.nnext < nn && tries < 8; ++tries) {
                const unsigned kind = static_cast<unsigned>(rng.below(100));
                const std::size_t off = rng.between(1, 8);
                std::size_t j;
                if (kind < 85) {
                    j = i + off;
                    if (j >= n) continue;
                } else if (kind < 93) {
                    if (off > i) continue;
                    j = i - off;
                } else {
                    j = rng.below(n);
                }
                const auto jj = static_cast<std::uint32_t>(j);
                if (j != i && !contains(t.next, t.nnext, jj)) t.next[t.nnext++] = jj;
            }
        }
    }
}

// ---------------------------------------------------------------- emitting

class Emitter {
public:
    Emitter(const Plan& p, std::uint64_t seed, bool ccm) : p_(p), seed_(seed), ccm_(ccm) {}

    std::string run() {
        // About 560 bytes per touchpoint in all; reserve a little more to avoid regrowth.
        out_.reserve(4096 + p_.sizes.touchpoints * 640 + p_.sizes.components * 300);
        organisation();
        units_and_segments();
        departments_and_roles();
        channels_and_capabilities();
        components();
        touchpoints();
        slas();
        kpis();
        practices_and_observations();
        return std::move(out_);
    }

private:
    void role_id(std::string& out, std::uint32_t r) const {
        const Role& role = p_.roles[r];
        out.append("role-");
        append_padded(out, role.dept + 1, kDeptWidth);
        out.push_back('-');
        append_uint(out, role.k + 1u);
    }

    void dept_title(std::string& s, std::size_t d) const {
        const Dept& dep = p_.depts[d];
        switch (dep.kind) {
            case kLine: s.append(kLineDepts[d % count_of(kLineDepts)]); break;
            case kStaff: s.append(kStaffDepts[d % count_of(kStaffDepts)]); break;
            default: s.append(kSupportDepts[d % count_of(kSupportDepts)]); break;
        }
        s.push_back(' ');
        append_uint(s, d + 1);
    }

    void organisation() {
        out_.append("# Synthetic organisation generated by kubus-gen: ");
        append_uint(out_, p_.sizes.touchpoints);
        out_.append(" touchpoints, seed ");
        append_uint(out_, seed_);
        out_.append(".\n\n");
        if (ccm_) out_.append("use ccm\n\n");
        out_.append("organisation synthetic-org");
        tmp_.assign("Synthetic Insurance Group ");
        append_uint(tmp_, seed_);
        decl_title(out_, tmp_);
        field_string(out_, "sector", "insurance");
        field_string(out_, "country", "NL");
        field_uint(out_, "customers", static_cast<std::uint64_t>(p_.sizes.touchpoints) * 1000 + 50000);
        field_uint(out_, "employees", static_cast<std::uint64_t>(p_.sizes.departments) * 40 + 200);
        decl_end(out_);
    }

    void units_and_segments() {
        Rng rng = stream(seed_, 10);
        const std::size_t nu = p_.sizes.units;
        for (std::size_t u = 0; u < nu; ++u) {
            out_.append("unit ");
            unit_id(out_, u);
            tmp_.assign(kUnitNames[u % count_of(kUnitNames)]);
            if (u >= count_of(kUnitNames)) {
                tmp_.push_back(' ');
                append_uint(tmp_, u / count_of(kUnitNames) + 1);
            }
            decl_title(out_, tmp_);
            field_string(out_, "description", kUnitDescriptions[rng.below(count_of(kUnitDescriptions))]);
            decl_end(out_);
        }
        for (std::size_t u = 0; u < nu; ++u) {
            for (std::size_t k = 0; k < 2; ++k) {
                out_.append("segment ");
                segment_id(out_, u, k);
                tmp_.assign(kUnitNames[u % count_of(kUnitNames)]);
                tmp_.push_back(' ');
                tmp_.append(kSegmentNames[rng.below(count_of(kSegmentNames))]);
                decl_title(out_, tmp_);
                key(out_, "unit");
                unit_id(out_, u);
                out_.push_back('\n');
                field_word(out_, "priority", kPriorities[rng.below(3)]);
                field_uint(out_, "customers", rng.between(5, 500) * 1000);
                decl_end(out_);
            }
        }
    }

    void departments_and_roles() {
        Rng rng = stream(seed_, 11);
        for (std::size_t d = 0; d < p_.depts.size(); ++d) {
            const Dept& dep = p_.depts[d];
            out_.append("department ");
            dept_id(out_, d);
            tmp_.clear();
            dept_title(tmp_, d);
            decl_title(out_, tmp_);
            field_word(out_, "kind", kDeptKindWords[dep.kind]);
            key(out_, "unit");
            unit_id(out_, dep.unit);
            out_.push_back('\n');
            decl_end(out_);
        }
        for (std::uint32_t r = 0; r < p_.roles.size(); ++r) {
            const Role& role = p_.roles[r];
            out_.append("role ");
            role_id(out_, r);
            decl_title(out_, kRoleTitles[role.title]);
            key(out_, "department");
            dept_id(out_, role.dept);
            out_.push_back('\n');
            if (rng.percent(85)) {
                tmp_.assign(kFirstInitials[rng.below(count_of(kFirstInitials))]);
                tmp_.push_back(' ');
                tmp_.append(kSurnames[rng.below(count_of(kSurnames))]);
                field_string(out_, "holder", tmp_);
            }
            decl_end(out_);
        }
    }

    void channels_and_capabilities() {
        for (const ChannelDef& ch : kChannels) {
            out_.append("channel ");
            out_.append(ch.id);
            decl_title(out_, ch.title);
            field_word(out_, "medium", ch.id);
            field_bool(out_, "assisted", ch.assisted);
            key(out_, "cost");
            append_cents(out_, ch.cost_cents);
            out_.append(" EUR\n");
            decl_end(out_);
        }
        if (ccm_) return;  // the library declares them under the same IDs
        for (const CapabilityDef& cap : kCapabilities) {
            out_.append("capability ");
            out_.append(cap.id);
            decl_title(out_, cap.title);
            field_word(out_, "family", cap.family);
            decl_end(out_);
        }
    }

    void components() {
        for (std::size_t c = 0; c < p_.comps.size(); ++c) {
            const Component& comp = p_.comps[c];
            out_.append("component ");
            comp_id(out_, c);
            tmp_.assign(kCapabilities[comp.caps[0]].title);
            tmp_.append(" (");
            tmp_.append(kVendors[comp.vendor]);
            tmp_.push_back(')');
            decl_title(out_, tmp_);
            list_.clear();
            for (std::size_t k = 0; k < comp.ncaps; ++k) list_.item().append(kCapabilities[comp.caps[k]].id);
            list_.emit(out_, "capabilities");
            key(out_, "department");
            dept_id(out_, comp.dept);
            out_.push_back('\n');
            field_word(out_, "deployment", kDeployments[comp.deployment]);
            if (comp.shared) field_bool(out_, "shared", true);
            if (comp.nintegrates > 0) {
                list_.clear();
                for (std::size_t k = 0; k < comp.nintegrates; ++k) comp_id(list_.item(), comp.integrates[k]);
                list_.emit(out_, "integrates");
            }
            field_string(out_, "vendor", kVendors[comp.vendor]);
            key(out_, "cost");
            append_uint(out_, static_cast<std::uint64_t>(comp.cost_k) * 1000);
            out_.append(" EUR\n");
            decl_end(out_);
        }
    }

    void touchpoints() {
        for (std::size_t i = 0; i < p_.tps.size(); ++i) {
            const Touchpoint& t = p_.tps[i];
            out_.append("touchpoint ");
            tp_id(out_, i);
            tmp_.assign(kTouchpointTitles[t.phase][t.title]);
            tmp_.append(" (");
            tmp_.append(kProducts[t.product]);
            tmp_.push_back(')');
            decl_title(out_, tmp_);
            field_word(out_, "phase", kPhases[t.phase]);
            if (t.mandatory) field_bool(out_, "mandatory", true);
            key(out_, "unit");
            unit_id(out_, t.unit);
            out_.push_back('\n');
            if (t.segment != kNone) {
                list_.clear();
                segment_id(list_.item(), t.segment / 2, t.segment % 2);
                list_.emit(out_, "segments");
            }
            if (t.owner != kNone) {
                key(out_, "owner");
                role_id(out_, t.owner);
                out_.push_back('\n');
            }
            if (t.supervisor != kNone) {
                key(out_, "supervisor");
                role_id(out_, t.supervisor);
                out_.push_back('\n');
            }
            list_.clear();
            for (std::size_t k = 0; k < t.nchannels; ++k) list_.item().append(kChannels[t.channels[k]].id);
            list_.emit(out_, "channels");
            list_.clear();
            for (std::size_t k = 0; k < t.nuses; ++k) comp_id(list_.item(), t.uses[k]);
            list_.emit(out_, "uses");
            field_string(out_, "purpose", kPurposes[t.phase][t.purpose]);
            field_string(out_, "exchanges", kExchanges[t.exchanges]);
            if (t.experience != 0xFF) field_string(out_, "experience", kExperiences[t.experience]);
            field_uint(out_, "effort", t.effort);
            field_uint(out_, "volume", t.volume);
            key(out_, "cost");
            out_.append(kCosts[t.cost]);
            out_.append(" EUR\n");
            if (t.has_feedback) {
                out_.append("  feedback {\n");
                list_.clear();
                for (std::size_t k = 0; k < count_of(kFeedbackSources); ++k)
                    if (t.feedback_sources & (1u << k)) list_.item().append(kFeedbackSources[k]);
                list_.emit(out_, "sources", 4);
                if (t.routed_to != kNone) {
                    key(out_, "routed-to", 4);
                    role_id(out_, t.routed_to);
                    out_.push_back('\n');
                }
                field_bool(out_, "closed-loop", t.closed_loop, 4);
                out_.append("  }\n");
            }
            if (t.nnext > 0) {
                list_.clear();
                for (std::size_t k = 0; k < t.nnext; ++k) tp_id(list_.item(), t.next[k]);
                list_.emit(out_, "next");
            }
            decl_end(out_);
        }
    }

    // Department of a touchpoint for SLA purposes: its owner's department, or none.
    std::uint32_t owner_dept(std::size_t i) const {
        const Touchpoint& t = p_.tps[i];
        return t.owner == kNone ? kNone : p_.roles[t.owner].dept;
    }

    // Finds a handoff that crosses departments, starting from a random touchpoint.
    // Returns false when none is found within a few tries.
    bool crossing_handoff(Rng& rng, std::size_t& from, std::size_t& to) const {
        const std::size_t n = p_.tps.size();
        if (n < 2) return false;
        for (int tries = 0; tries < 16; ++tries) {
            const std::size_t i = rng.below(n);
            const Touchpoint& t = p_.tps[i];
            const std::uint32_t da = owner_dept(i);
            if (da == kNone) continue;
            for (std::size_t k = 0; k < t.nnext; ++k) {
                const std::uint32_t db = owner_dept(t.next[k]);
                if (db != kNone && db != da) {
                    from = i;
                    to = t.next[k];
                    return true;
                }
            }
        }
        return false;
    }

    void slas() {
        Rng rng = stream(seed_, 12);
        const std::size_t nd = p_.depts.size();
        for (std::size_t s = 0; s < p_.sizes.slas; ++s) {
            std::size_t a = 0, b = 0;
            const bool with_covers = rng.percent(50);
            const bool found = crossing_handoff(rng, a, b);
            std::uint32_t from_d, to_d;
            if (found) {
                from_d = owner_dept(a);
                to_d = owner_dept(b);
            } else {
                from_d = static_cast<std::uint32_t>(rng.below(nd));
                to_d = static_cast<std::uint32_t>((from_d + 1 + rng.below(nd - 1)) % nd);
            }
            out_.append("sla sla-");
            append_padded(out_, s + 1, 5);
            tmp_.clear();
            dept_title(tmp_, from_d);
            tmp_.append(" to ");
            dept_title(tmp_, to_d);
            decl_title(out_, tmp_);
            key(out_, "from");
            dept_id(out_, from_d);
            out_.push_back('\n');
            key(out_, "to");
            dept_id(out_, to_d);
            out_.push_back('\n');
            if (found && with_covers) {
                list_.clear();
                std::string& item = list_.item();
                tp_id(item, a);
                item.append(" -> ");
                tp_id(item, b);
                list_.emit(out_, "covers");
            }
            key(out_, "target");
            if (rng.percent(70)) {
                out_.append("response-time <= ");
                append_uint(out_, rng.between(1, 5));
                out_.append(" days\n");
            } else {
                out_.append("response-time <= ");
                append_uint(out_, rng.between(1, 6) * 4);
                out_.append(" h\n");
            }
            if (rng.percent(85)) {
                key(out_, "actual");
                append_uint(out_, rng.between(2, 120));
                out_.append(" h\n");
            }
            decl_end(out_);
        }
    }

    void kpis() {
        Rng rng = stream(seed_, 13);
        const std::size_t n = p_.tps.size();
        for (std::size_t k = 0; k < p_.sizes.kpis; ++k) {
            const std::size_t m = rng.weighted(kMetricWeights);
            const unsigned of_kind = static_cast<unsigned>(rng.below(100));
            out_.append("kpi kpi-");
            append_padded(out_, k + 1, 5);
            tmp_.assign(kMetrics[m].title);
            std::size_t tp = 0;
            if (of_kind < 90 && n > 0) {
                tp = rng.below(n);
                const Touchpoint& t = p_.tps[tp];
                tmp_.append(" of ");
                tmp_.append(kTouchpointTitles[t.phase][t.title]);
            }
            decl_title(out_, tmp_);
            if (of_kind < 90 && n > 0) {
                key(out_, "of");
                tp_id(out_, tp);
                out_.push_back('\n');
            } else if (of_kind < 95) {
                key(out_, "of");
                unit_id(out_, rng.below(p_.sizes.units));
                out_.push_back('\n');
            }  // else: the whole organisation
            field_word(out_, "metric", kMetrics[m].id);
            target_and_actual(rng, m);
            if (rng.percent(50)) {
                key(out_, "owner");
                role_id(out_, static_cast<std::uint32_t>(rng.below(p_.roles.size())));
                out_.push_back('\n');
            }
            decl_end(out_);
        }
    }

    void target_and_actual(Rng& rng, std::size_t metric) {
        key(out_, "target");
        switch (metric) {
            case 0:  // nps
                out_.append(">= ");
                append_uint(out_, rng.between(2, 5) * 10);
                out_.append("\n");
                key(out_, "actual");
                {
                    const auto v = static_cast<std::int64_t>(rng.between(0, 70)) - 10;
                    if (v < 0) {
                        out_.push_back('-');
                        append_uint(out_, static_cast<std::uint64_t>(-v));
                    } else {
                        append_uint(out_, static_cast<std::uint64_t>(v));
                    }
                }
                out_.append("\n");
                break;
            case 1:  // csat, 1..10
                out_.append(">= ");
                append_uint(out_, rng.between(7, 8));
                out_.append("\n");
                key(out_, "actual");
                append_tenths(out_, rng.between(60, 95));
                out_.append("\n");
                break;
            case 2:  // ces, 1..7
                out_.append("<= 3\n");
                key(out_, "actual");
                append_tenths(out_, rng.between(20, 50));
                out_.append("\n");
                break;
            case 3:  // fcr
                out_.append(">= ");
                append_uint(out_, rng.between(7, 8) * 10);
                out_.append(" %\n");
                key(out_, "actual");
                append_uint(out_, rng.between(50, 95));
                out_.append(" %\n");
                break;
            case 4:  // retention
                out_.append(">= ");
                append_uint(out_, rng.between(85, 90));
                out_.append(" %\n");
                key(out_, "actual");
                append_uint(out_, rng.between(75, 98));
                out_.append(" %\n");
                break;
            case 5:  // aht
                out_.append("<= ");
                append_uint(out_, rng.between(4, 6) * 60);
                out_.append(" s\n");
                key(out_, "actual");
                append_uint(out_, rng.between(180, 600));
                out_.append(" s\n");
                break;
            case 6:  // cost-per-contact
                out_.append("<= 5.00 EUR\n");
                key(out_, "actual");
                append_cents(out_, rng.between(100, 999));
                out_.append(" EUR\n");
                break;
            default:  // response-time
                out_.append("<= 2 days\n");
                key(out_, "actual");
                append_uint(out_, rng.between(4, 96));
                out_.append(" h\n");
                break;
        }
    }

    void practices_and_observations() {
        Rng rng = stream(seed_, 14);
        for (const PracticeDef& pr : kPractices) {
            if (ccm_) break;  // the library declares them
            out_.append("practice ");
            out_.append(pr.id);
            decl_title(out_, pr.title);
            field_string(out_, "description", pr.description);
            decl_end(out_);
        }
        for (std::size_t o = 0; o < p_.sizes.observations; ++o) {
            // Every practice is observed at least once; then at random.
            const std::size_t pr = o < kPracticeCount ? o : rng.below(kPracticeCount);
            out_.append("observation obs-");
            append_padded(out_, o + 1, 5);
            tmp_.assign("Observation of ");
            tmp_.append(kPractices[pr].title);
            decl_title(out_, tmp_);
            field_word(out_, "practice", ccm_ ? kCcmPracticeIds[pr] : kPractices[pr].id);
            field_uint(out_, "level", rng.between(1, 5));
            field_word(out_, "confidence", kConfidences[rng.weighted(kConfidenceWeights)]);
            field_string(out_, "evidence", kEvidence[rng.below(count_of(kEvidence))]);
            const std::uint32_t r = static_cast<std::uint32_t>(rng.below(p_.roles.size()));
            tmp_.assign(kSourceKinds[rng.below(count_of(kSourceKinds))]);
            tmp_.append(" with the ");
            tmp_.append(kRoleTitles[p_.roles[r].title]);
            tmp_.append(", ");
            dept_title(tmp_, p_.roles[r].dept);
            field_string(out_, "source", tmp_);
            key(out_, "date");
            out_.append("2026-");
            append_padded(out_, rng.between(9, 11), 2);
            out_.push_back('-');
            append_padded(out_, rng.between(1, 28), 2);
            out_.push_back('\n');
            decl_end(out_);
        }
    }

    const Plan& p_;
    std::uint64_t seed_;
    bool ccm_;
    std::string out_;
    std::string tmp_;
    ListBuf list_;
};

}  // namespace

GenSizes planned_sizes(const GenOptions& o) { return sizes_for(o); }

std::string generate_model(const GenOptions& o) {
    Plan p;
    p.sizes = sizes_for(o);
    plan_departments(p, o.seed);
    plan_components(p, o.seed);
    plan_touchpoints(p, o.seed);
    std::string text = Emitter(p, o.seed, o.ccm_vocabulary).run();
    // Declarations end with "}\n\n"; drop the final blank line.
    if (text.size() >= 2 && text[text.size() - 1] == '\n' && text[text.size() - 2] == '\n') text.pop_back();
    return text;
}

void write_model_files(const GenOptions& o, const std::string& dir, std::size_t files) {
    if (files == 0) files = 1;
    const std::string text = generate_model(o);
    const std::size_t target = text.size() / files + 1;
    std::size_t pos = 0;
    for (std::size_t f = 0; f < files; ++f) {
        std::size_t end = text.size();   // end of this file's text
        std::size_t next = text.size();  // where the next file starts
        if (f + 1 < files) {
            // Cut at the first declaration boundary ("}\n\n") at or after the target
            // size; the blank line between the two declarations is dropped.
            const std::size_t want = std::min(text.size(), std::max(pos, (f + 1) * target));
            const std::size_t cut = text.find("}\n\n", want == 0 ? 0 : want - 1);
            if (cut != std::string::npos) {
                end = cut + 2;
                next = cut + 3;
            }
        }
        char name[48];
        std::snprintf(name, sizeof name, "/model-%03zu.kubus", f);
        const std::string path = dir + name;
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("cannot write " + path);
        out.write(text.data() + pos, static_cast<std::streamsize>(end - pos));
        if (!out) throw std::runtime_error("cannot write " + path);
        pos = next;
    }
}

std::string generate_assessment_yaml(const GenOptions& o) {
    // Targets between 3 and 4 per dimension, drawn from the seed; capacity and budget
    // grow with the organisation so that larger plans stay feasible.
    static const char* const kDimensions[] = {"strategy", "governance", "channels", "feedback",
                                              "customer-view", "architecture", "culture"};
    Rng rng = stream(o.seed, 20);
    std::string y;
    y.append("# Synthetic assessment generated by kubus-gen: ");
    append_uint(y, o.touchpoints);
    y.append(" touchpoints, seed ");
    append_uint(y, o.seed);
    y.append(".\nkubus-assessment: 1\ntitle: Synthetic Insurance Group ");
    append_uint(y, o.seed);
    y.append(", CCM assessment\ndate: 2026-11-02\nmodel: [model/]\nmatrix: ccm\ntargets: {");
    for (std::size_t d = 0; d < count_of(kDimensions); ++d) {
        if (d > 0) y.append(", ");
        y.append(kDimensions[d]);
        y.append(": ");
        append_uint(y, rng.between(3, 4));
    }
    y.append("}\nhorizon: {start: 2027-Q1, years: 3}\ncapacity: {per-quarter: ");
    append_uint(y, 6 + o.touchpoints / 100);
    y.append(" pm, budget-per-year: ");
    append_uint(y, 250000 + static_cast<std::uint64_t>(o.touchpoints) * 500);
    y.append(" EUR}\n");
    return y;
}

void write_assessment(const GenOptions& o, const std::string& dir, std::size_t files) {
    GenOptions with_ccm = o;
    with_ccm.ccm_vocabulary = true;
    const std::filesystem::path model_dir = std::filesystem::path(dir) / "model";
    std::error_code ec;
    std::filesystem::create_directories(model_dir, ec);
    if (ec) throw std::runtime_error("cannot create " + model_dir.string() + ": " + ec.message());
    write_model_files(with_ccm, model_dir.string(), files);
    const std::string path = (std::filesystem::path(dir) / "assessment.yaml").string();
    const std::string text = generate_assessment_yaml(with_ccm);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + path);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) throw std::runtime_error("cannot write " + path);
}

std::size_t touchpoints_for_bytes(std::uint64_t bytes, std::uint64_t seed) {
    // The size is affine in the number of touchpoints (a fixed part plus a part per
    // touchpoint; all the other counts grow in proportion from 1,000 touchpoints up).
    // Fit the line through two samples and solve for the wanted size.
    constexpr std::size_t kSmall = 10000, kLarge = 20000;
    const double small = static_cast<double>(generate_model({kSmall, seed}).size());
    const double large = static_cast<double>(generate_model({kLarge, seed}).size());
    const double per_tp = (large - small) / static_cast<double>(kLarge - kSmall);
    const double fixed = small - per_tp * static_cast<double>(kSmall);
    const double n = (static_cast<double>(bytes) - fixed) / per_tp;
    return n < 1.0 ? 1 : static_cast<std::size_t>(n + 0.5);
}

}  // namespace kubus::gen
