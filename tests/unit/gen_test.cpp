// Tests of the synthetic model generator (src/gen). The model text is checked with
// simple string scanning, independent of the parser: determinism, scaling, layout,
// and that every reference names a declared entity of the right kind.

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "gen/generate.h"
#include "test_util.h"

namespace {

using kubus::gen::GenOptions;
using kubus::gen::generate_model;

struct Field {
    std::string decl_kind;
    std::string decl_id;
    std::string key;
    std::vector<std::string> values;  // one for a scalar, the items for a list
    std::size_t line = 0;
};

struct Scan {
    std::map<std::string, std::set<std::string>> ids;  // kind -> declared IDs
    std::map<std::string, std::size_t> decl_count;     // kind -> declarations
    std::vector<Field> fields;
    std::vector<std::string> problems;  // layout and duplicate problems
};

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(' ');
    if (b == std::string::npos) return "";
    const auto e = s.find_last_not_of(' ');
    return s.substr(b, e - b + 1);
}

std::vector<std::string> split_items(const std::string& inner) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= inner.size()) {
        const auto comma = inner.find(", ", pos);
        const std::string item = trim(inner.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
        if (!item.empty()) out.push_back(item);
        if (comma == std::string::npos) break;
        pos = comma + 2;
    }
    return out;
}

Scan scan(const std::string& text) {
    Scan s;
    std::vector<std::string> lines;
    {
        std::size_t pos = 0;
        while (pos < text.size()) {
            const auto nl = text.find('\n', pos);
            if (nl == std::string::npos) {
                lines.push_back(text.substr(pos));
                break;
            }
            lines.push_back(text.substr(pos, nl - pos));
            pos = nl + 1;
        }
    }
    std::string kind, id;
    std::set<std::string> keys_here;  // top-level keys of the current declaration
    bool prev_blank = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        const std::size_t lineno = i + 1;
        if (line.size() > 100) s.problems.push_back("line " + std::to_string(lineno) + " longer than 100 columns");
        if (line.find('\t') != std::string::npos) s.problems.push_back("tab on line " + std::to_string(lineno));
        if (!line.empty() && line.back() == ' ')
            s.problems.push_back("trailing space on line " + std::to_string(lineno));
        if (line.empty()) {
            if (prev_blank) s.problems.push_back("two blank lines at " + std::to_string(lineno));
            prev_blank = true;
            continue;
        }
        prev_blank = false;
        if (line[0] == '#') continue;
        if (line[0] != ' ') {
            if (line == "}") {
                kind.clear();
                id.clear();
                if (i + 1 < lines.size() && !lines[i + 1].empty())
                    s.problems.push_back("no blank line after declaration ending at " + std::to_string(lineno));
                continue;
            }
            // KIND ID "Title" {
            std::istringstream in(line);
            in >> kind >> id;
            if (!s.ids[kind].insert(id).second) s.problems.push_back("duplicate " + kind + " " + id);
            ++s.decl_count[kind];
            keys_here.clear();
            if (line.back() != '{') s.problems.push_back("declaration without block at " + std::to_string(lineno));
            continue;
        }
        const std::string t = trim(line);
        if (t == "}") continue;  // end of a nested block
        const auto colon = t.find(": ");
        if (colon == std::string::npos) {
            if (t.size() > 2 && t.substr(t.size() - 2) == " {") {
                if (!keys_here.insert(t.substr(0, t.size() - 2)).second)
                    s.problems.push_back("duplicate block at " + std::to_string(lineno));
            } else {
                s.problems.push_back("unexpected line " + std::to_string(lineno) + ": " + line);
            }
            continue;
        }
        const std::size_t indent = line.find_first_not_of(' ');
        if (indent != 2 && indent != 4) s.problems.push_back("bad indentation at " + std::to_string(lineno));
        Field f;
        f.decl_kind = kind;
        f.decl_id = id;
        f.key = t.substr(0, colon);
        f.line = lineno;
        if (indent == 2 && !keys_here.insert(f.key).second)
            s.problems.push_back("field " + f.key + " given twice at " + std::to_string(lineno));
        const std::string value = t.substr(colon + 2);
        if (value == "[") {  // one item per line, trailing comma, closing bracket
            std::string inner;
            while (++i < lines.size() && trim(lines[i]) != "]") {
                std::string item = trim(lines[i]);
                if (item.empty() || item.back() != ',')
                    s.problems.push_back("list item without trailing comma at " + std::to_string(i + 1));
                else
                    item.pop_back();
                f.values.push_back(item);
            }
        } else if (!value.empty() && value.front() == '[') {
            if (value.back() != ']') s.problems.push_back("unclosed list at " + std::to_string(lineno));
            f.values = split_items(value.substr(1, value.size() - 2));
        } else {
            f.values.push_back(value);
        }
        s.fields.push_back(std::move(f));
    }
    return s;
}

// Which kinds a reference-valued field may name.
const std::map<std::string, std::vector<std::string>>& reference_fields() {
    static const std::map<std::string, std::vector<std::string>> m = {
        {"owner", {"role"}},
        {"supervisor", {"role"}},
        {"routed-to", {"role"}},
        {"next", {"touchpoint"}},
        {"uses", {"component"}},
        {"integrates", {"component"}},
        {"channels", {"channel"}},
        {"unit", {"unit"}},
        {"segments", {"segment"}},
        {"department", {"department"}},
        {"from", {"department"}},
        {"to", {"department"}},
        {"capabilities", {"capability"}},
        {"practice", {"practice"}},
        {"of", {"touchpoint", "unit", "segment"}},
    };
    return m;
}

// Every problem found: unresolved references, bad handoffs, layout.
std::vector<std::string> check_model(const std::string& text) {
    Scan s = scan(text);
    std::vector<std::string> problems = s.problems;
    // The handoffs: a -> b for every b in a's `next`.
    std::set<std::string> handoffs;
    for (const Field& f : s.fields)
        if (f.decl_kind == "touchpoint" && f.key == "next")
            for (const auto& v : f.values) handoffs.insert(f.decl_id + " -> " + v);
    const auto& refs = reference_fields();
    for (const Field& f : s.fields) {
        if (f.key == "covers") {
            for (const auto& v : f.values)
                if (handoffs.count(v) == 0) problems.push_back("line " + std::to_string(f.line) + ": no handoff " + v);
            continue;
        }
        const auto it = refs.find(f.key);
        if (it == refs.end()) continue;
        for (const auto& v : f.values) {
            bool found = false;
            for (const auto& k : it->second) found = found || s.ids[k].count(v) > 0;
            if (!found)
                problems.push_back("line " + std::to_string(f.line) + ": " + f.key + ": " + v + " is not declared");
        }
    }
    return problems;
}

std::size_t count_line_prefix(const std::string& text, const std::string& prefix) {
    std::size_t n = 0;
    if (text.compare(0, prefix.size(), prefix) == 0) ++n;
    for (auto pos = text.find("\n" + prefix); pos != std::string::npos; pos = text.find("\n" + prefix, pos + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("gen: the same options give byte-identical text", "[gen]") {
    for (std::size_t n : {1, 10, 1000, 5000}) {
        const GenOptions o{n, 42};
        const std::string a = generate_model(o);
        const std::string b = generate_model(o);
        INFO("touchpoints " << n);
        CHECK(a == b);
    }
}

TEST_CASE("gen: a different seed gives different text", "[gen]") {
    const std::string a = generate_model({1000, 1});
    const std::string b = generate_model({1000, 2});
    CHECK(a != b);
    // ... with the same counts of touchpoints.
    CHECK(count_line_prefix(a, "touchpoint ") == count_line_prefix(b, "touchpoint "));
}

TEST_CASE("gen: declaration counts scale with the number of touchpoints", "[gen]") {
    for (std::size_t n : {1, 7, 100, 1000, 10000}) {
        INFO("touchpoints " << n);
        const GenOptions o{n, 7};
        const std::string text = generate_model(o);
        const auto sizes = kubus::gen::planned_sizes(o);
        CHECK(count_line_prefix(text, "touchpoint ") == n);
        CHECK(count_line_prefix(text, "organisation ") == 1);
        CHECK(count_line_prefix(text, "unit ") == sizes.units);
        CHECK(count_line_prefix(text, "segment ") == sizes.segments);
        CHECK(count_line_prefix(text, "department ") == sizes.departments);
        CHECK(count_line_prefix(text, "channel ") == 11);
        CHECK(count_line_prefix(text, "capability ") == 15);
        CHECK(count_line_prefix(text, "component ") == sizes.components);
        CHECK(count_line_prefix(text, "sla ") == sizes.slas);
        CHECK(count_line_prefix(text, "kpi ") == sizes.kpis);
        CHECK(count_line_prefix(text, "practice ") == sizes.practices);
        CHECK(count_line_prefix(text, "observation ") == sizes.observations);
        const std::size_t roles = count_line_prefix(text, "role ");
        CHECK(roles >= 2 * sizes.departments);
        CHECK(roles <= 3 * sizes.departments);
    }
    const auto s1k = kubus::gen::planned_sizes({1000, 1});
    const auto s10k = kubus::gen::planned_sizes({10000, 1});
    CHECK(s1k.departments == 40);
    CHECK(s10k.departments == 400);
    CHECK(s1k.components == 100);
    CHECK(s10k.components == 1000);
    CHECK(s10k.units == 20);
    // The text grows about linearly.
    const double r = static_cast<double>(generate_model({10000, 1}).size()) /
                     static_cast<double>(generate_model({1000, 1}).size());
    CHECK(r > 8.5);
    CHECK(r < 11.0);
}

TEST_CASE("gen: every reference names a declared entity", "[gen]") {
    for (std::size_t n : {1, 2, 30, 1000, 20000}) {
        for (std::uint64_t seed : {1u, 99u}) {
            INFO("touchpoints " << n << ", seed " << seed);
            const std::string text = generate_model({n, seed});
            const auto problems = check_model(text);
            for (std::size_t i = 0; i < problems.size() && i < 10; ++i) UNSCOPED_INFO(problems[i]);
            CHECK(problems.empty());
        }
    }
}

TEST_CASE("gen: the model has owners, handoffs, cycles and covered handoffs", "[gen]") {
    const std::string text = generate_model({2000, 3});
    const Scan s = scan(text);
    std::size_t touchpoints = s.decl_count.at("touchpoint");
    std::size_t owners = 0, next_fields = 0, covers = 0, backward = 0;
    for (const Field& f : s.fields) {
        if (f.decl_kind == "touchpoint" && f.key == "owner") ++owners;
        if (f.decl_kind == "touchpoint" && f.key == "next") {
            ++next_fields;
            for (const auto& v : f.values)
                if (v < f.decl_id) ++backward;  // fixed-width IDs sort numerically
        }
        if (f.key == "covers") ++covers;
        if (f.key == "effort") {
            const int e = std::stoi(f.values.at(0));
            CHECK(e >= 1);
            CHECK(e <= 7);
        }
        if (f.key == "level") {
            const int l = std::stoi(f.values.at(0));
            CHECK(l >= 1);
            CHECK(l <= 5);
        }
    }
    // About 5% of the touchpoints have no owner.
    CHECK(owners < touchpoints);
    CHECK(owners > touchpoints * 85 / 100);
    CHECK(next_fields > touchpoints / 2);
    CHECK(backward > 0);  // backward handoffs make cycles
    CHECK(covers > 0);
}

TEST_CASE("gen: the model split over files is the same text", "[gen]") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("kubus-gen-test-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const GenOptions o{3000, 5};
    kubus::gen::write_model_files(o, dir.string(), 4);
    std::string joined;
    for (int f = 0; f < 4; ++f) {
        char name[32];
        std::snprintf(name, sizeof name, "model-%03d.kubus", f);
        std::ifstream in(dir / name, std::ios::binary);
        REQUIRE(in);
        std::stringstream buf;
        buf << in.rdbuf();
        const std::string part = buf.str();
        CHECK(!part.empty());
        // Each part is whole declarations: it ends with a closing brace and no blank line.
        CHECK(part.size() >= 2);
        CHECK(part.substr(part.size() - 2) == "}\n");
        if (!joined.empty()) joined += "\n";
        joined += part;
    }
    CHECK(joined == generate_model(o));
    fs::remove_all(dir);
}

TEST_CASE("gen: touchpoints_for_bytes hits the size", "[gen]") {
    const std::uint64_t want = 3'000'000;
    const std::size_t n = kubus::gen::touchpoints_for_bytes(want, 1);
    const double got = static_cast<double>(generate_model({n, 1}).size());
    CHECK(got > want * 0.95);
    CHECK(got < want * 1.05);
}

TEST_CASE("gen: the test's own reference check finds broken references", "[gen]") {
    const std::string text = generate_model({200, 1});
    REQUIRE(check_model(text).empty());
    auto broken = [&](const std::string& from, const std::string& to) {
        std::string t = text;
        const auto pos = t.find(from);
        REQUIRE(pos != std::string::npos);
        t.replace(pos, from.size(), to);
        return check_model(t);
    };
    CHECK(!broken("  owner: role-", "  owner: role-9999-").empty());
    CHECK(!broken("  next: [tp-", "  next: [tp-9").empty());
    CHECK(!broken("  uses: [comp-", "  uses: [comp-9").empty());
    CHECK(!broken("  covers: [tp-", "  covers: [tp-9").empty());
    CHECK(!broken("  practice: ", "  practice: x").empty());
}

TEST_CASE("gen: a generated assessment model checks cleanly with use ccm", "[gen]") {
    namespace fs = std::filesystem;
    const fs::path dir = kubus::test::temp_dir() / "assessment";
    const GenOptions o{400, 7, false};
    kubus::gen::write_assessment(o, dir.string(), 2);
    REQUIRE(fs::is_regular_file(dir / "assessment.yaml"));
    REQUIRE(fs::is_regular_file(dir / "model" / "model-000.kubus"));

    kubus::SourceManager sm;
    kubus::Diagnostics diags;
    kubus::model::LoadOptions options;
    options.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
    const auto result = kubus::model::load({(dir / "model").string()}, options, sm, diags);
    CHECK_FALSE(result.unreadable);
    CHECK(diags.error_count() == 0);
    CHECK(diags.all().empty());
    // The library's capabilities, practices and rules come with the model, and the
    // rules type-check against it.
    CHECK(result.model.of_kind("capability").size() == 15);
    CHECK(result.model.of_kind("practice").size() == 16);
    CHECK(result.model.of_kind("rule").size() >= 32);

    // The model says `use ccm` and declares no capability or practice of its own.
    std::ifstream in(dir / "model" / "model-000.kubus", std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string text = buf.str();
    CHECK(text.find("\nuse ccm\n") != std::string::npos);
    CHECK(text.find("\ncapability ") == std::string::npos);
    CHECK(text.find("\npractice ") == std::string::npos);
    fs::remove_all(dir.parent_path());
}

TEST_CASE("gen: the assessment file is deterministic per seed and names the ccm matrix", "[gen]") {
    const std::string a = kubus::gen::generate_assessment_yaml({400, 7, true});
    CHECK(a == kubus::gen::generate_assessment_yaml({400, 7, true}));
    CHECK(a.find("kubus-assessment: 1\n") != std::string::npos);
    CHECK(a.find("matrix: ccm\n") != std::string::npos);
    CHECK(a.find("date: 2026-11-02\n") != std::string::npos);
    CHECK(a.find("horizon: {start: 2027-Q1, years: 3}\n") != std::string::npos);
    CHECK(a.find("capacity: {per-quarter: 10 pm, budget-per-year: 450000 EUR}\n") != std::string::npos);
    for (const char* dim : {"strategy", "governance", "channels", "feedback", "customer-view", "architecture", "culture"})
        CHECK(a.find(std::string(dim) + ": ") != std::string::npos);
}

TEST_CASE("gen: the ccm vocabulary leaves the default model unchanged", "[gen]") {
    const std::string plain = generate_model({500, 3});
    const std::string ccm = generate_model({500, 3, true});
    CHECK(plain.find("use ccm") == std::string::npos);
    CHECK(plain.find("\npractice process-owner-stakes") != std::string::npos);
    CHECK(ccm.find("practice: process-owner-awareness\n") != std::string::npos);
    CHECK(ccm.find("practice: process-owner-stakes\n") == std::string::npos);
}
