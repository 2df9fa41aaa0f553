// Hover: an entity's kind, title, where it is declared and its fields on any
// reference to it; a rule's rationale; the reference text of kinds and fields.
#include "lsp_fixture.h"

using namespace kubus;
using test::Json;
using test::LspSession;

namespace {

const Json kMarkdown = {{"textDocument", {{"hover", {{"contentFormat", {"markdown", "plaintext"}}}}}}};

struct Hover {
  LspSession s{test::claims_model(), kMarkdown};
  // The hover at `needle` (+ offset) in file `name`.
  Json at(const std::string& name, const std::string& needle, int offset = 1) {
    auto [line, col] = test::find_pos(test::claims_model().at(name), needle, offset);
    return s.request("textDocument/hover", s.position_params(name, line, col));
  }
  std::string text(const std::string& name, const std::string& needle, int offset = 1) {
    Json h = at(name, needle, offset);
    REQUIRE(h.is_object());
    CHECK(h["contents"]["kind"] == "markdown");
    return h["contents"]["value"];
  }
};

}  // namespace

TEST_CASE("hover on a reference: kind, ID, title, fields and where it is declared", "[lsp][hover]") {
  Hover h;
  Json r = h.at("journey.kubus", "claims-manager");
  std::string v = r["contents"]["value"];
  CHECK_THAT(v, Catch::StartsWith("**role** `claims-manager` — Claims manager"));
  CHECK_THAT(v, Catch::Contains("```kubus\ndepartment: claims\nholder: \"Anna de Boer\"\n```"));
  CHECK_THAT(v, Catch::Contains("declared in `org.kubus:11`"));
  CHECK(r["range"] == test::range(3, 9, 3, 23));
  // At the very end of the name too (the cursor after typing it).
  CHECK(h.at("journey.kubus", "claims-manager", 14)["range"] == test::range(3, 9, 3, 23));
}

TEST_CASE("hover on a declaration shows what the engine derived", "[lsp][hover]") {
  Hover h;
  std::string v = h.text("journey.kubus", "touchpoint submit-claim", 12);
  CHECK_THAT(v, Catch::StartsWith("**touchpoint** `submit-claim` — Submit a claim"));
  CHECK_THAT(v, Catch::Contains("phase: settle"));
  CHECK_THAT(v, Catch::Contains("next: [claim-question]"));
  CHECK_THAT(v, Catch::Contains("department: claims · outgoing: 1 · incoming: 0 · kpis: 0"));
}

TEST_CASE("hover on references in handoffs, rules and the bundled library", "[lsp][hover]") {
  Hover h;
  CHECK_THAT(h.text("journey.kubus", "-> claim-question", 4), Catch::StartsWith("**touchpoint** `claim-question`"));
  CHECK_THAT(h.text("journey.kubus", "covers: [submit-claim", 10), Catch::StartsWith("**touchpoint** `submit-claim`"));
  CHECK_THAT(h.text("journey.kubus", "portal in t", 2), Catch::StartsWith("**channel** `portal` — My portal"));
  std::string lib = h.text("org.kubus", "[crm", 2);
  CHECK_THAT(lib, Catch::StartsWith("**capability** `crm`"));
  CHECK_THAT(lib, Catch::Contains("rules/ccm/"));
}

TEST_CASE("hover on a rule: its severity, rationale and clauses", "[lsp][hover]") {
  Hover h;
  std::string v = h.text("journey.kubus", "rule owned", 6);
  CHECK_THAT(v, Catch::StartsWith("**rule** `owned` — Every touchpoint has an owner"));
  CHECK_THAT(v, Catch::Contains("severity: error"));
  CHECK_THAT(v, Catch::Contains("Somebody answers for each contact moment."));
  CHECK_THAT(v, Catch::Contains("for t in touchpoints where t.phase == settle and portal in t.channels\nexpect t.owner is not none"));
}

TEST_CASE("hover on a kind, a field name and a use", "[lsp][hover]") {
  Hover h;
  std::string kind = h.text("journey.kubus", "touchpoint submit-claim", 2);
  CHECK_THAT(kind, Catch::StartsWith("**touchpoint** — A customer contact moment"));
  CHECK_THAT(kind, Catch::Contains("phase (required)"));
  std::string field = h.text("journey.kubus", "phase: settle", 2);
  CHECK_THAT(field, Catch::StartsWith("**phase** (touchpoint): Phase of the customer relationship."));
  CHECK_THAT(field, Catch::Contains("one of promise | deliver | settle | use, required"));
  std::string use = h.text("org.kubus", "use ccm", 5);
  CHECK_THAT(use, Catch::StartsWith("**use** `ccm`"));
  CHECK_THAT(use, Catch::Contains("capabilities.kubus"));
}

TEST_CASE("nothing to say between declarations, plain text for a client without markdown", "[lsp][hover]") {
  Hover h;
  CHECK(h.at("journey.kubus", "}\n\ntouchpoint claim", 2).is_null());
  LspSession plain(test::claims_model());
  Json r = plain.request("textDocument/hover", plain.position_params("journey.kubus", 3, 10));
  CHECK(r["contents"]["kind"] == "plaintext");
  std::string v = r["contents"]["value"];
  CHECK_THAT(v, Catch::StartsWith("role claims-manager — Claims manager"));
  CHECK(v.find("**") == std::string::npos);
}

TEST_CASE("hover on a KPI shows whether it meets its target and by how much it falls short", "[lsp][hover]") {
  std::map<std::string, std::string> files = {{"kpi.kubus", R"(touchpoint claim "Claim" {
  phase: settle
}

kpi nps "Net promoter score" {
  of: claim
  metric: nps
  target: >= 30
  actual: 18
}
)"}};
  LspSession s(files, kMarkdown);
  auto [line, col] = test::find_pos(files.at("kpi.kubus"), "kpi nps", 5);
  Json h = s.request("textDocument/hover", s.position_params("kpi.kubus", line, col));
  REQUIRE(h.is_object());
  std::string v = h["contents"]["value"];
  CHECK_THAT(v, Catch::Contains("met: false"));
  CHECK_THAT(v, Catch::Contains("shortfall: 0.4"));  // 18 against 30: 40 % short
}
