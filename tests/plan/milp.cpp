// The MILP behind solve_milp (a time-indexed formulation):
//   x[t,s,L] in {0,1}  task t runs the L quarters from s (L >= its duration)
//   f[t,q] = sum of x[t,s,L] with s+L-1 <= q      (t has ended by quarter q)
//   h[c,k] in [0,1] <= sum over the tasks fixing c of f[t,k-1]   (c fixed in quarter k)
//   z[d,l,k] in {0,1}: dimension d is at level l or above in quarter k;
//       z[d,l,k] <= z[d,l-1,k]; z[d,l,k] <= h[c,k] for each failing criterion c of level l
//   v[c,k] <= h[c,k], v[c,k] <= z[d,l-1,k] - z[d,l,k]: c is fixed while d is exactly at level l-1
//   score[d,k] = 1 + sum_l z[d,l,k] + sum_l sum_{c of level l} w_c/W_l (s_c (z[d,l-1,k] - z[d,l,k]) + (1-s_c) v[c,k])
//   maximise M * (targets reached: r[d] <= z[d,target,Q]) + sum_k sum_d w_d/W score[d,k]
// subject to: one placement per task; capacity per quarter and budget per
// calendar year with effort and cost spread evenly; a task starts after its
// `after` tasks end. With binary z, v takes the product of the binaries: the
// objective only rewards larger v, so the relaxation is exact at an integer point.
#include "milp.h"

#include <Cbc_C_Interface.h>

#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <string>

namespace kubus::test {
namespace {

using plan::detail::Problem;
using plan::detail::Schedule;

struct Builder {
  Cbc_Model* m = Cbc_newModel();
  int columns = 0;
  double constant = 0;  // the objective's constant part

  ~Builder() { Cbc_deleteModel(m); }
  std::vector<double> obj;  // objective coefficients, set on the model at the end

  int col(double lb, double ub, double coef, bool integer) {
    // Named columns: CBC 2.10 maps a MIP start through the column names, and
    // fails with "Illegal index in ClpModel::getColumnName" on unnamed ones.
    std::string name = "x" + std::to_string(columns);
    Cbc_addCol(m, name.c_str(), lb, ub, 0, integer ? 1 : 0, 0, nullptr, nullptr);
    obj.push_back(coef);
    return columns++;
  }
  void objective() {
    for (int c = 0; c < columns; ++c)
      if (obj[c] != 0) Cbc_setObjCoeff(m, c, obj[c]);
  }
  void row(const std::vector<std::pair<int, double>>& terms, char sense, double rhs) {
    std::map<int, double> merged;
    for (const auto& [c, v] : terms) merged[c] += v;
    std::vector<int> cols;
    std::vector<double> coefs;
    for (const auto& [c, v] : merged)
      if (v != 0) cols.push_back(c), coefs.push_back(v);
    Cbc_addRow(m, "", static_cast<int>(cols.size()), cols.data(), coefs.data(), sense, rhs);
  }
};

struct Place {
  int start, length, col;
};

// The objective weight of one unit of a dimension's score in one quarter.
double dim_weight(const Problem& p, int d) {
  double total = 0;
  for (int e = 0; e < p.scorer.dimensions(); ++e) total += p.scorer.weight(e);
  return total > 0 ? p.scorer.weight(d) / total : 0;
}

class Formulation {
 public:
  Formulation(const Problem& p, Builder& b) : p_(p), b_(b) {}

  void build() {
    placements();
    resources();
    precedence();
    for (int k = 0; k <= p_.quarters; ++k) fixed_in(k);
    for (int d = 0; d < p_.scorer.dimensions(); ++d)
      for (int k = 0; k <= p_.quarters; ++k) levels(d, k);
    targets();
  }

  const std::vector<std::vector<Place>>& places() const { return places_; }

 private:
  void placements() {
    places_.resize(p_.tasks.size());
    for (std::size_t t = 0; t < p_.tasks.size(); ++t) {
      int last_start = p_.tasks[t].started ? 0 : p_.quarters - 1;
      std::vector<std::pair<int, double>> one;
      for (int s = 0; s <= last_start; ++s)
        for (int length = p_.tasks[t].duration; s + length <= p_.quarters; ++length) {
          places_[t].push_back({s, length, b_.col(0, 1, 0, true)});
          one.push_back({places_[t].back().col, 1});
        }
      if (!one.empty()) b_.row(one, 'L', 1);
    }
  }

  void resources() {
    for (int q = 0; q < p_.quarters; ++q) {
      std::vector<std::pair<int, double>> effort;
      for (std::size_t t = 0; t < p_.tasks.size(); ++t)
        for (const Place& x : places_[t])
          if (x.start <= q && q < x.start + x.length) effort.push_back({x.col, p_.tasks[t].effort / x.length});
      b_.row(effort, 'L', p_.capacity);
    }
    for (int y = 0; y < p_.years(); ++y) {
      std::vector<std::pair<int, double>> cost;
      for (std::size_t t = 0; t < p_.tasks.size(); ++t)
        for (const Place& x : places_[t]) {
          int n = 0;
          for (int q = x.start; q < x.start + x.length; ++q) n += p_.year_slot(q) == y;
          if (n) cost.push_back({x.col, p_.tasks[t].cost * n / x.length});
        }
      b_.row(cost, 'L', p_.budget);
    }
  }

  void precedence() {
    for (std::size_t t = 0; t < p_.tasks.size(); ++t) {
      if (p_.tasks[t].started) continue;
      for (int u : p_.tasks[t].deps)
        for (int q = 0; q < p_.quarters; ++q) {
          std::vector<std::pair<int, double>> terms;
          for (const Place& x : places_[t])
            if (x.start <= q) terms.push_back({x.col, 1});
          for (const Place& y : places_[u])
            if (y.start + y.length - 1 <= q - 1) terms.push_back({y.col, -1});
          b_.row(terms, 'L', 0);
        }
    }
  }

  // h[c,k] for the criteria some task fixes: fixed in quarter k.
  void fixed_in(int k) {
    const auto& crits = p_.scorer.criteria();
    h_.resize(static_cast<std::size_t>(p_.quarters + 1));
    h_[k].assign(crits.size(), -1);
    std::vector<std::vector<int>> fixers(crits.size());
    for (std::size_t t = 0; t < p_.tasks.size(); ++t)
      for (int c : p_.tasks[t].fixes) fixers[c].push_back(static_cast<int>(t));
    for (std::size_t c = 0; c < crits.size(); ++c) {
      if (!crits[c].applicable || fixers[c].empty()) continue;
      h_[k][c] = b_.col(0, 1, 0, false);
      std::vector<std::pair<int, double>> terms{{h_[k][c], 1}};
      for (int t : fixers[c])
        for (const Place& x : places_[t])
          if (x.start + x.length - 1 <= k - 1) terms.push_back({x.col, -1});
      b_.row(terms, 'L', 0);
    }
  }

  // z[d,l,k] and the score of dimension d in quarter k (k < Q counts in the objective).
  void levels(int d, int k) {
    const auto& crits = p_.scorer.criteria();
    int top = p_.scorer.top();
    bool counts = k < p_.quarters;
    double w = counts ? dim_weight(p_, d) : 0;
    b_.constant += w;  // the floor: level 1
    z_.resize(static_cast<std::size_t>(p_.scorer.dimensions()));
    z_[d].resize(static_cast<std::size_t>(p_.quarters + 1));
    auto& z = z_[d][k];
    z.assign(static_cast<std::size_t>(top + 2), -1);  // z[1] is the constant 1, z[top+1] the constant 0
    for (int l = 2; l <= top; ++l) {
      z[l] = b_.col(0, 1, w, true);
      if (l > 2) b_.row({{z[l], 1}, {z[l - 1], -1}}, 'L', 0);
      for (int c : p_.scorer.at(d, l)) {
        if (!crits[c].applicable || crits[c].holds) continue;
        if (h_[k][c] < 0) b_.row({{z[l], 1}}, 'L', 0);
        else b_.row({{z[l], 1}, {h_[k][c], -1}}, 'L', 0);
      }
    }
    if (!counts) return;
    for (int l = 2; l <= top; ++l) progress(d, k, l, w);
  }

  // The progress towards level l while the dimension is exactly at level l-1.
  void progress(int d, int k, int l, double w) {
    const auto& crits = p_.scorer.criteria();
    const auto& z = z_[d][k];
    double total = 0;
    for (int c : p_.scorer.at(d, l)) total += crits[c].applicable ? crits[c].weight : 0;
    if (total <= 0) return;
    for (int c : p_.scorer.at(d, l)) {
      const auto& crit = crits[c];
      if (!crit.applicable) continue;
      double share = w * crit.weight / total;
      // s_c * (z[l-1] - z[l]), with z[1] = 1.
      if (l - 1 == 1) b_.constant += share * crit.s;
      else b_.obj[z[l - 1]] += share * crit.s;
      b_.obj[z[l]] -= share * crit.s;
      if (h_[k][c] < 0 || crit.s >= 1) continue;
      int v = b_.col(0, 1, share * (1 - crit.s), false);
      b_.row({{v, 1}, {h_[k][c], -1}}, 'L', 0);
      if (l - 1 == 1) b_.row({{v, 1}, {z[l], 1}}, 'L', 1);
      else b_.row({{v, 1}, {z[l - 1], -1}, {z[l], 1}}, 'L', 0);
    }
  }

  void targets() {
    double big = p_.quarters * p_.scorer.top() + 1;
    for (int d = 0; d < p_.scorer.dimensions(); ++d) {
      if (p_.target[d] == 0) continue;
      if (p_.target[d] <= 1) {
        b_.constant += big;
        continue;
      }
      int r = b_.col(0, 1, big, true);
      b_.row({{r, 1}, {z_[d][p_.quarters][p_.target[d]], -1}}, 'L', 0);
    }
  }

  const Problem& p_;
  Builder& b_;
  std::vector<std::vector<Place>> places_;
  std::vector<std::vector<int>> h_;                // [k][criterion] -> column, -1 when never fixed
  std::vector<std::vector<std::vector<int>>> z_;  // [d][k][level] -> column
};

}  // namespace

namespace {

MilpResult solve_once(const Problem& p, double time_limit_seconds, const Schedule* start) {
  auto t0 = std::chrono::steady_clock::now();
  Builder b;
  Formulation f(p, b);
  f.build();
  b.objective();
  Cbc_setObjSense(b.m, -1);
  Cbc_setLogLevel(b.m, 0);
  Cbc_setMaximumSeconds(b.m, time_limit_seconds);
  Cbc_setAllowableGap(b.m, 1e-7);
  Cbc_setAllowableFractionGap(b.m, 1e-9);
  Cbc_setParameter(b.m, "threads", "1");
  if (start) {
    std::vector<int> cols;
    std::vector<double> values;
    for (std::size_t t = 0; t < p.tasks.size(); ++t)
      for (const Place& x : f.places()[t]) {
        cols.push_back(x.col);
        values.push_back(start->start[t] == x.start && start->length[t] == x.length ? 1.0 : 0.0);
      }
    Cbc_setMIPStartI(b.m, static_cast<int>(cols.size()), cols.data(), values.data());
  }
  Cbc_solve(b.m);
  MilpResult out;
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double* x = Cbc_bestSolution(b.m);
  out.solved = x != nullptr;
  if (!out.solved) return out;
  out.optimal = Cbc_isProvenOptimal(b.m) != 0;
  out.schedule = plan::detail::empty_schedule(p);
  for (std::size_t t = 0; t < p.tasks.size(); ++t)
    for (const Place& pl : f.places()[t])
      if (x[pl.col] > 0.5) out.schedule.set(static_cast<int>(t), {pl.start, pl.length});
  double total = Cbc_getObjValue(b.m) + b.constant;
  double big = p.quarters * p.scorer.top() + 1;
  out.reached = static_cast<int>(std::floor((total + 1e-6) / big));
  out.objective = total - out.reached * big;
  // The best bound with as many targets as the incumbent; more targets than
  // that are possible only when the bound says so, then no bound on the objective.
  double bound = Cbc_getBestPossibleObjValue(b.m) + b.constant;
  out.bound = bound >= (out.reached + 1) * big - 1e-6 ? std::numeric_limits<double>::infinity()
                                                        : std::max(out.objective, bound - out.reached * big);
  plan::detail::evaluate(p, out.schedule);
  return out;
}

}  // namespace

MilpResult solve_milp(const Problem& p, double time_limit_seconds, const Schedule* start) {
  MilpResult out = solve_once(p, time_limit_seconds, start);
  // CBC 2.10 sometimes rejects a MIP start after preprocessing ("Illegal
  // index in ClpModel::getColumnName") and then finds nothing: solve again without it.
  if (!out.solved && start) {
    MilpResult again = solve_once(p, time_limit_seconds, nullptr);
    again.seconds += out.seconds;
    return again;
  }
  return out;
}

}  // namespace kubus::test
