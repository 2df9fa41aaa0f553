// kubus-gen: writes a deterministic synthetic Kubus organisation model.
//
//   kubus-gen --touchpoints N [--seed S] [-o FILE]
//   kubus-gen --target-mb M [--seed S] [-o FILE]      (about M megabytes, 1 MB = 10^6 bytes)
//   kubus-gen --touchpoints N --files K -o DIR         (the model split over K files)
//   kubus-gen --touchpoints N --assessment DIR [--files K]
//                                   (DIR/model/ with `use ccm` and DIR/assessment.yaml)
//
// The same options always give byte-identical output.

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <string>

#include "gen/generate.h"

namespace {

bool write_all(std::FILE* f, const std::string& text) {
    return std::fwrite(text.data(), 1, text.size(), f) == text.size();
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Generate a deterministic synthetic Kubus organisation model"};
    app.name("kubus-gen");

    std::size_t touchpoints = 1000;
    std::uint64_t seed = 1;
    double target_mb = 0;
    std::string output;
    std::size_t files = 0;
    std::string assessment;
    bool verbose = false;

    auto* tp_opt = app.add_option("-n,--touchpoints", touchpoints, "Number of touchpoints (default 1000)")
                       ->check(CLI::Range(static_cast<std::size_t>(1), static_cast<std::size_t>(50'000'000)));
    app.add_option("-s,--seed", seed, "PRNG seed (default 1)");
    app.add_option("--target-mb", target_mb,
                   "Choose the number of touchpoints so the model is about this many megabytes "
                   "(10^6 bytes)")
        ->check(CLI::Range(0.001, 20000.0))
        ->excludes(tp_opt);
    auto* out_opt =
        app.add_option("-o,--output", output, "Output file (default stdout); with --files, an existing directory");
    app.add_option("--assessment", assessment,
                   "Write an assessment to this directory: model/ in the vocabulary of `use ccm` and "
                   "assessment.yaml")
        ->excludes(out_opt);
    app.add_option("--files", files, "Split the model over this many files in the directory given by -o")
        ->check(CLI::Range(static_cast<std::size_t>(1), static_cast<std::size_t>(100000)));
    app.add_flag("-v,--verbose", verbose, "Report touchpoints, size and time on stderr");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int rc = app.exit(e);
        return rc == 0 ? 0 : 2;
    }

    if (files > 0 && output.empty() && assessment.empty()) {
        std::fprintf(stderr, "kubus-gen: --files needs -o DIR\n");
        return 2;
    }

    const auto t0 = std::chrono::steady_clock::now();
    if (target_mb > 0) {
        touchpoints = kubus::gen::touchpoints_for_bytes(static_cast<std::uint64_t>(target_mb * 1e6), seed);
    }
    const kubus::gen::GenOptions opts{touchpoints, seed, false};

    std::size_t bytes = 0;
    try {
        if (!assessment.empty()) {
            kubus::gen::write_assessment(opts, assessment, files);
        } else if (files > 0) {
            kubus::gen::write_model_files(opts, output, files);
        } else {
            const std::string text = kubus::gen::generate_model(opts);
            bytes = text.size();
            if (output.empty() || output == "-") {
                if (!write_all(stdout, text) || std::fflush(stdout) != 0) {
                    std::fprintf(stderr, "kubus-gen: cannot write to stdout\n");
                    return 2;
                }
            } else {
                std::FILE* f = std::fopen(output.c_str(), "wb");
                if (f == nullptr) {
                    std::fprintf(stderr, "kubus-gen: cannot write %s\n", output.c_str());
                    return 2;
                }
                const bool ok = write_all(f, text);
                if (std::fclose(f) != 0 || !ok) {
                    std::fprintf(stderr, "kubus-gen: cannot write %s\n", output.c_str());
                    return 2;
                }
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kubus-gen: %s\n", e.what());
        return 2;
    }

    if (verbose) {
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!assessment.empty())
            std::fprintf(stderr, "kubus-gen: %zu touchpoints, seed %llu, assessment in %s, %.3f s\n", touchpoints,
                         static_cast<unsigned long long>(seed), assessment.c_str(), secs);
        else if (files > 0)
            std::fprintf(stderr, "kubus-gen: %zu touchpoints, seed %llu, %zu files in %s, %.3f s\n", touchpoints,
                         static_cast<unsigned long long>(seed), files, output.c_str(), secs);
        else
            std::fprintf(stderr, "kubus-gen: %zu touchpoints, seed %llu, %.2f MB, %.3f s\n", touchpoints,
                         static_cast<unsigned long long>(seed), static_cast<double>(bytes) / 1e6, secs);
    }
    return 0;
}
