// The words the generator draws from: names, titles, descriptions, and the integer
// weights that make some choices likelier than others. The capability and practice
// IDs match those of the bundled `ccm` library where a model says `use ccm`.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace kubus::gen::detail {

template <typename T, std::size_t K>
constexpr std::size_t count_of(const T (&)[K]) {
    return K;
}

inline constexpr const char* kUnitNames[] = {"Retail",   "Business", "Health",      "Property", "Life and pensions",
                                             "Mobility", "Energy",   "Mortgages",   "Savings",  "Telecom",
                                             "Public",   "Travel",   "Agriculture", "Care"};

inline constexpr const char* kUnitDescriptions[] = {
    "Products and service for private customers",
    "Products and service for small and medium businesses",
    "Contracts sold through intermediaries",
    "Direct channel for new customers",
};

inline constexpr const char* kSegmentNames[] = {"private customers", "young families", "seniors",
                                                "small businesses",  "large accounts", "intermediaries"};
inline constexpr const char* kPriorities[] = {"high", "medium", "low"};

enum DeptKind : std::uint8_t { kLine, kStaff, kSupport };
inline constexpr const char* kDeptKindWords[] = {"line", "staff", "support"};
inline constexpr const char* kLineDepts[] = {"Claims",     "Billing",         "Sales",      "Customer service",
                                             "Onboarding", "Policy admin",    "Collections", "Complaints",
                                             "Renewals",   "Account management"};
inline constexpr const char* kStaffDepts[] = {"Marketing", "Customer experience", "Strategy", "Legal", "Finance", "HR"};
inline constexpr const char* kSupportDepts[] = {"IT", "Facilities", "Document logistics", "Contact centre",
                                                "Data office"};

inline constexpr const char* kRoleTitles[] = {"Customer experience manager", "Channel manager",
                                              "Document-logistics manager",  "Contact-centre manager",
                                              "Web manager",                 "Information manager",
                                              "Business analyst",            "Team lead",
                                              "Process owner",               "Department head"};
inline constexpr const char* kFirstInitials[] = {"A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "I.", "J.",
                                                 "K.", "L.", "M.", "N.", "P.", "R.", "S.", "T.", "W.", "Y."};
inline constexpr const char* kSurnames[] = {"de Vries", "Jansen",  "Bakker",  "Visser",    "Smit",   "Meijer",
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
inline constexpr ChannelDef kChannels[] = {
    {"post", "Physical post", false, 450},  {"email", "E-mail", false, 120},
    {"phone", "Contact centre phone", true, 650}, {"chat", "Live chat", true, 280},
    {"portal", "My portal", false, 40},     {"web", "Website", false, 10},
    {"app", "Mobile app", false, 20},       {"social", "Social media webcare", true, 390},
    {"sms", "Text message", false, 8},      {"print", "Printed mail", false, 95},
    {"in-person", "Branch office", true, 2400},
};
inline constexpr std::size_t kChannelCount = count_of(kChannels);
// Channel popularity (how often a touchpoint runs on it).
inline constexpr std::array<unsigned, kChannelCount> kChannelWeights = {10, 22, 20, 9, 14, 8, 6, 4, 3, 6, 2};

struct CapabilityDef {
    const char* id;
    const char* title;
    const char* family;
};
inline constexpr CapabilityDef kCapabilities[] = {
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
inline constexpr std::size_t kCapabilityCount = count_of(kCapabilities);
inline constexpr std::array<unsigned, kCapabilityCount> kCapabilityWeights = {5, 6, 8, 7, 5, 6, 4, 3,
                                                                              3, 6, 7, 6, 3, 8, 4};

inline constexpr const char* kDeployments[] = {"on-premise", "cloud", "outsourced"};
inline constexpr std::array<unsigned, 3> kDeploymentWeights = {50, 35, 15};
inline constexpr const char* kVendors[] = {"Northwind CCM", "Papyrus Works", "Contoso Output", "Lumen Systems",
                                           "Fabrikam",      "Tailspin Soft", "Inhouse",        "Adatum Cloud",
                                           "Proseware",     "Litware"};

inline constexpr const char* kPhases[] = {"promise", "deliver", "settle", "use"};
inline constexpr std::array<unsigned, 4> kPhaseWeights = {25, 35, 25, 15};
inline constexpr const char* kTouchpointTitles[4][8] = {
    {"Send offer", "Answer product question", "Quote request", "Sign contract", "Welcome call",
     "Newsletter", "Cross-sell mailing", "Loyalty magazine"},
    {"Confirm onboarding", "Change of address", "Report a claim", "Status update", "Handle complaint",
     "Service request", "Appointment", "Delivery notice"},
    {"First invoice", "Payment reminder", "Direct debit change", "Claim payout", "Refund",
     "Annual statement", "Collections letter", "Payment arrangement"},
    {"Outage notice", "Usage question", "Policy renewal", "Contract change", "Cancellation",
     "Moving house", "Fault report", "Annual review"},
};
inline constexpr const char* kProducts[] = {"motor",  "home",     "health",  "travel",    "life",
                                            "energy", "mortgage", "savings", "broadband", "mobile"};
inline constexpr const char* kPurposes[4][3] = {
    {"Inform the customer about the offer and its conditions", "Win the customer for a product",
     "Confirm the agreement the customer made"},
    {"Deliver what was promised and keep the customer informed", "Solve the customer's problem at first contact",
     "Record the change the customer asks for"},
    {"Settle the money side of the relationship", "Tell the customer what is due and when",
     "Pay out what the customer is entitled to"},
    {"Help the customer while using the product", "Warn the customer about a disruption",
     "Keep the contract in line with the customer's situation"},
};
inline constexpr const char* kExchanges[] = {
    "Customer data, product choice and premium", "Policy number, address and start date",
    "Claim details, photos and invoices",        "Invoice lines, amount due and due date",
    "Bank account and mandate",                  "Complaint description and desired outcome",
    "Meter readings and usage history",          "Contract terms and cancellation date",
};
inline constexpr const char* kExperiences[] = {
    "Clear, personal and fast",           "No need to explain the problem again",
    "The customer chooses the channel",   "One answer, the first time",
    "Proactive: the customer hears first", "Easy to find and easy to do",
};
inline constexpr const char* kCosts[] = {"0.40", "1.20", "2.75", "3.50", "4.20", "6.80", "9.50", "12.00"};
inline constexpr const char* kFeedbackSources[] = {"survey", "complaints", "contact-centre",
                                                   "social", "review",     "interview"};

struct MetricDef {
    const char* id;
    const char* title;
};
inline constexpr MetricDef kMetrics[] = {
    {"nps", "NPS"},
    {"csat", "Customer satisfaction"},
    {"ces", "Customer effort score"},
    {"fcr", "First-contact resolution"},
    {"retention", "Retention intent"},
    {"aht", "Average handling time"},
    {"cost-per-contact", "Cost per contact"},
    {"response-time", "Response time"},
};
inline constexpr std::array<unsigned, 8> kMetricWeights = {18, 16, 8, 12, 6, 16, 12, 12};

struct PracticeDef {
    const char* id;
    const char* title;
    const char* description;
};
inline constexpr PracticeDef kPractices[] = {
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
inline constexpr std::size_t kPracticeCount = count_of(kPractices);
// The same practices by their IDs in the bundled `ccm` library (rules/ccm/practices.kubus),
// in the order of kPractices.
inline constexpr const char* kCcmPracticeIds[kPracticeCount] = {
    "market-sensing",       "customer-linking",         "channel-bonding",   "technology-monitoring",
    "leadership-commitment", "process-owner-awareness", "shared-goals",      "reward-alignment",
    "success-sharing",      "customer-choice",          "relationship-measurement",
    "process-improvement",  "closed-loop",              "culture-change",
};

inline constexpr const char* kConfidences[] = {"low", "medium", "high"};
inline constexpr std::array<unsigned, 3> kConfidenceWeights = {20, 50, 30};
inline constexpr const char* kEvidence[] = {
    "Several examples given without hesitation",
    "Mentioned as an ambition, no examples yet",
    "Documented in the annual plan and visible in the KPIs",
    "Contradicted by the contact-centre team leads",
    "Only one department works this way",
    "Confirmed in the workshop with the line managers",
};
inline constexpr const char* kSourceKinds[] = {"Interview", "Workshop", "Document review", "Site visit"};

}  // namespace kubus::gen::detail
