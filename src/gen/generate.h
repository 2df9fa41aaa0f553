// Deterministic generator of synthetic Kubus organisation models.
//
// Used by the `kubus-gen` tool, the benchmark harness (bench/run.sh) and tests.
// The output is one complete .kubus model. By default it is self-contained (no `use`
// statements) and declares its own capabilities and practices; with `ccm_vocabulary`
// it says `use ccm` and refers to the capabilities and practices of the bundled
// library instead, as an assessment model does. Every reference resolves, and the
// text is in the canonical layout of LANGUAGE.md (two-space indentation, one field per
// line, lists on one line when they fit in 100 columns, one blank line between
// declarations).
//
// Determinism: the same options give byte-identical output on every platform and
// standard library. The generator uses its own PRNG (splitmix64) and maps random
// numbers to ranges with explicit integer arithmetic; no std:: distributions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace kubus::gen {

struct GenOptions {
    std::size_t touchpoints = 1000;
    std::uint64_t seed = 1;
    bool ccm_vocabulary = false;  // `use ccm` instead of own capabilities and practices
};

// Declaration counts derived from the options (exposed for tests and tools). With
// `ccm_vocabulary` the capabilities and practices are declared by the library.
struct GenSizes {
    std::size_t touchpoints = 0;
    std::size_t units = 0;
    std::size_t segments = 0;
    std::size_t departments = 0;
    std::size_t roles = 0;  // depends on the seed (2-3 per department)
    std::size_t channels = 0;
    std::size_t capabilities = 0;
    std::size_t components = 0;
    std::size_t slas = 0;
    std::size_t kpis = 0;
    std::size_t practices = 0;
    std::size_t observations = 0;
};

// The planned number of declarations of each kind for the options, except `roles`
// which is left 0 (it is drawn from the PRNG).
GenSizes planned_sizes(const GenOptions&);

// Returns the text of one complete .kubus model file.
std::string generate_model(const GenOptions&);

// Writes the model of `generate_model` split into `files` files
// (DIR/model-000.kubus, DIR/model-001.kubus, ...) at declaration boundaries, of about
// equal size. Together they are the same model (declaration order carries no meaning).
// `dir` must exist. files == 0 is treated as 1. Throws std::runtime_error on I/O errors.
void write_model_files(const GenOptions&, const std::string& dir, std::size_t files);

// Writes a complete assessment: DIR/model/ (the model with `ccm_vocabulary` forced on,
// split over `files` files as write_model_files does) and DIR/assessment.yaml (matrix
// ccm, targets, horizon and capacity derived from the seed and size, a fixed date).
// Creates the directories. Throws std::runtime_error on I/O errors.
void write_assessment(const GenOptions&, const std::string& dir, std::size_t files);

// The text of the assessment.yaml that write_assessment writes.
std::string generate_assessment_yaml(const GenOptions&);

// The number of touchpoints for which generate_model's output is about `bytes` long
// (within a few percent), for the given seed. Generates a sample model to measure.
std::size_t touchpoints_for_bytes(std::uint64_t bytes, std::uint64_t seed);

}  // namespace kubus::gen
