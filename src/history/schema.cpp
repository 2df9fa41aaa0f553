#include "history/schema.h"

namespace kubus::history {

const std::vector<Migration>& migrations() {
  // PostgreSQL keeps each row's insertion order in `seq` (SQLite has its rowid),
  // so a run reads back in the order it was recorded.
  static const std::vector<Migration> all = {
      {R"(CREATE TABLE runs(
           id INTEGER PRIMARY KEY, recorded_at TEXT NOT NULL, tool_version TEXT NOT NULL,
           title TEXT NOT NULL, assessment_date TEXT NOT NULL, model_hash TEXT NOT NULL,
           git_commit TEXT NOT NULL, git_dirty INTEGER NOT NULL, matrix_id TEXT NOT NULL, matrix_hash TEXT NOT NULL,
           overall REAL NOT NULL, overall_level INTEGER NOT NULL);
         CREATE TABLE scores(run_id INTEGER NOT NULL REFERENCES runs(id), dimension TEXT NOT NULL,
           level INTEGER NOT NULL, score REAL NOT NULL, target INTEGER, PRIMARY KEY(run_id, dimension));
         CREATE TABLE criteria(run_id INTEGER NOT NULL REFERENCES runs(id), dimension TEXT NOT NULL,
           criterion TEXT NOT NULL, level INTEGER NOT NULL, status TEXT NOT NULL, score REAL);
         CREATE TABLE findings(run_id INTEGER NOT NULL REFERENCES runs(id), rule TEXT NOT NULL,
           subject TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL, location TEXT NOT NULL);
         CREATE TABLE gaps(run_id INTEGER NOT NULL REFERENCES runs(id), kind TEXT NOT NULL, gap_id TEXT NOT NULL);
         CREATE TABLE roadmap(run_id INTEGER NOT NULL REFERENCES runs(id), initiative TEXT NOT NULL,
           start TEXT NOT NULL, finish TEXT NOT NULL, effort REAL NOT NULL, cost REAL NOT NULL);
         CREATE INDEX findings_run ON findings(run_id);
         CREATE INDEX gaps_run ON gaps(run_id);)",
       R"(CREATE TABLE runs(
           id BIGINT PRIMARY KEY, recorded_at TEXT NOT NULL, tool_version TEXT NOT NULL,
           title TEXT NOT NULL, assessment_date TEXT NOT NULL, model_hash TEXT NOT NULL,
           git_commit TEXT NOT NULL, git_dirty INTEGER NOT NULL, matrix_id TEXT NOT NULL, matrix_hash TEXT NOT NULL,
           overall DOUBLE PRECISION NOT NULL, overall_level INTEGER NOT NULL);
         CREATE TABLE scores(seq BIGSERIAL, run_id BIGINT NOT NULL REFERENCES runs(id), dimension TEXT NOT NULL,
           level INTEGER NOT NULL, score DOUBLE PRECISION NOT NULL, target INTEGER, PRIMARY KEY(run_id, dimension));
         CREATE TABLE criteria(seq BIGSERIAL PRIMARY KEY, run_id BIGINT NOT NULL REFERENCES runs(id),
           dimension TEXT NOT NULL, criterion TEXT NOT NULL, level INTEGER NOT NULL, status TEXT NOT NULL,
           score DOUBLE PRECISION);
         CREATE TABLE findings(seq BIGSERIAL PRIMARY KEY, run_id BIGINT NOT NULL REFERENCES runs(id), rule TEXT NOT NULL,
           subject TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL, location TEXT NOT NULL);
         CREATE TABLE gaps(seq BIGSERIAL PRIMARY KEY, run_id BIGINT NOT NULL REFERENCES runs(id), kind TEXT NOT NULL,
           gap_id TEXT NOT NULL);
         CREATE TABLE roadmap(seq BIGSERIAL PRIMARY KEY, run_id BIGINT NOT NULL REFERENCES runs(id),
           initiative TEXT NOT NULL, start TEXT NOT NULL, finish TEXT NOT NULL, effort DOUBLE PRECISION NOT NULL,
           cost DOUBLE PRECISION NOT NULL);
         CREATE INDEX criteria_run ON criteria(run_id);
         CREATE INDEX findings_run ON findings(run_id);
         CREATE INDEX gaps_run ON gaps(run_id);
         CREATE INDEX roadmap_run ON roadmap(run_id);)"},
      // The roadmap's progress (`progress:`): started and done initiatives; done ones have no quarters.
      {R"(ALTER TABLE roadmap ADD COLUMN status TEXT NOT NULL DEFAULT 'planned';)", {}},
      // Which assessment a run is of, so one database can hold several (`kubus history --all`).
      {R"(ALTER TABLE runs ADD COLUMN assessment TEXT NOT NULL DEFAULT '';)", {}},
      // Who recorded the run (a team store has several consultants) and the
      // organisation assessed, for the portfolio (`kubus history --all`).
      {R"(ALTER TABLE runs ADD COLUMN author TEXT NOT NULL DEFAULT '';
          ALTER TABLE runs ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
          ALTER TABLE runs ADD COLUMN sector TEXT NOT NULL DEFAULT '';
          CREATE INDEX runs_assessment ON runs(assessment, id);)",
       {}},
      // What the evidence measured (`kubus diff` shows what moved): each practice's mean observed level,
      // each KPI's and SLA's actual as written.
      {R"(CREATE TABLE measures(run_id INTEGER NOT NULL REFERENCES runs(id), kind TEXT NOT NULL, id TEXT NOT NULL,
           value TEXT NOT NULL);
          CREATE INDEX measures_run ON measures(run_id);)",
       R"(CREATE TABLE measures(seq BIGSERIAL PRIMARY KEY, run_id BIGINT NOT NULL REFERENCES runs(id),
           kind TEXT NOT NULL, id TEXT NOT NULL, value TEXT NOT NULL);
          CREATE INDEX measures_run ON measures(run_id);)"},
  };
  return all;
}

}  // namespace kubus::history
