// `kubus explain RULE|DIMENSION`: why it scored as it did, down to each
// instance, the values of its operands and its file:line (ENGINE.md §1).
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "driver/evidence.h"
#include "driver/run.h"
#include "support/severity.h"

namespace kubus::driver {

struct ExplainedInstance {
  eval::Outcome outcome = eval::Outcome::Pass;
  std::string subject;   // entity ID, or "from -> to"
  std::string location;  // `path:line` of the subject, or of the failing expression for an error
  std::string message;
  std::vector<std::pair<std::string, std::string>> operands;  // expression, value; each once; none for errors
  std::optional<WaiverRow> waiver;                            // Waived: the waiver that takes it out
};

struct RuleExplanation {
  std::string id, title;
  Severity severity = Severity::Warning;  // as its findings carry it
  std::string location;
  std::string expect;  // the condition's source text on one line
  std::size_t total = 0, passed = 0, failed = 0, errors = 0, waived = 0;
  std::vector<ExplainedInstance> instances;  // every instance (about the entity, when one is given)
};

struct CriterionExplanation {
  const score::CriterionScore* score = nullptr;           // the criterion, its measure and whether it holds
  std::vector<ExplainedInstance> failing;                 // a rule criterion: its failing and waived instances
  std::vector<std::pair<std::string, std::string>> gaps;  // a gap criterion: gap ID and location
  std::vector<std::string> gap_waivers;                   // parallel to `gaps`: the waiver's ID, or empty
  std::vector<ObservationRow> observations;               // an observed criterion: the interview evidence
  std::vector<std::string> observation_locations;         // parallel to `observations`: `path:line`
};

struct DimensionExplanation {
  const score::DimensionScore* score = nullptr;
  std::string title, level_name;  // in the run's language
  std::vector<CriterionExplanation> criteria;  // in matrix order
};

struct Explanation {
  Lang lang = Lang::En;  // the run's: the explanation's words and numbers
  std::optional<RuleExplanation> rule;
  std::optional<DimensionExplanation> dimension;
  std::optional<std::string> suggestion;  // neither: the closest rule or dimension ID, if any
  bool unknown_entity = false;            // `entity` names nothing in the model
  std::optional<std::string> entity_suggestion;
  // Why nothing is explained (an unknown entity, target), with the suggestion;
  // empty when a rule or dimension is.
  std::string error(const std::string& target, const std::string& entity) const;
};

// `r` must have been run with RunOptions::keep_passing. `entity`, when not
// empty, keeps only the instances and gaps about that entity (either end of a
// handoff, any member of a gap).
Explanation explain(const Run& r, const SourceManager& sm, const std::string& target, const std::string& entity);

}  // namespace kubus::driver
