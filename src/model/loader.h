// Internal to the model module: the loader's state, shared by its passes
// (files.cpp, declare.cpp, values.cpp, resolve.cpp, together.cpp, derive.cpp).
#pragma once
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "model/load.h"
#include "support/text.h"

namespace kubus::model {

class Loader {
 public:
  Loader(const LoadOptions& options, SourceManager& sm, Diagnostics& diags, Model& m)
      : options_(options), sm_(sm), diags_(diags), m_(m) {}

  bool read_inputs(const std::vector<std::string>& paths);  // false: something unreadable
  bool read_sources(const std::vector<FileId>& files);       // text already in the SourceManager
  void declare();
  void resolve_fields();
  void derive();

 private:
  // files.cpp
  // `from`: the `use` that reaches the path (null for a path named by the user).
  std::vector<std::string> kubus_files_below(const std::string& dir, const Span* from);  // reports what it cannot read
  void unknown_library(const std::string& name, const std::vector<std::string>& known, const Span* from);
  void load_path(const std::string& path, const Span* from, bool named_by_user);
  void load_model_file(const std::string& path, const Span* from);  // only a regular .kubus file, or a link to one
  void load_file(const std::string& path);
  bool first_time(const std::string& path);  // false: this file is already loaded
  void parse_file(FileId id);
  std::shared_ptr<const ast::File> own(ast::File parsed);  // a tree this load parsed itself
  void follow_uses(const ast::File& file);
  void use_library(const std::string& name, const Span* from);

  // values.cpp
  Val convert(const Entity& owner, const schema::FieldSpec& f, const ast::Value& v);
  Val convert_scalar(const Entity& owner, const schema::FieldSpec& f, const ast::Value& v);
  Val reference(const schema::FieldSpec& f, const ast::Value& v);
  const NameIndex& ids_of(const std::vector<std::string_view>& kinds);
  Val quantity(const schema::FieldSpec& f, const ast::Value& v, schema::Dim want, bool unit_optional);
  Val not_negative(const schema::FieldSpec& f, const ast::Value& v, Val out);
  bool parse_number(const ast::Value& v, double& out);
  Val number_value(const schema::FieldSpec& f, const ast::Value& v);
  Val enum_value(const schema::FieldSpec& f, const ast::Value& v);
  Val comparison(const schema::FieldSpec& f, const ast::Value& v);

  // resolve.cpp
  void resolve_entity(Entity& e, const std::vector<const ast::Member*>& members);
  // variants.cpp: a block member that names no field of the kind: a language
  // block, whose texts become Model::variants, or E0220.
  void language_block(const Entity& e, const ast::Member& m, std::vector<Lang>& seen);
  void block_text(const Entity& e, Lang lang, const ast::Member& text, std::vector<const ast::Member*>& seen);
  void sort_variants();
  bool list_variant(const schema::FieldSpec& f, const ast::Member& text, Variant& v);
  // E0222 unless a list of `f` with `n` items has the count the schema asks for.
  bool check_item_count(const schema::FieldSpec& f, std::size_t n, Span at);
  // The language blocks' lists of `e` (variants from `first` on) against its base lists.
  void check_variant_lists(const Entity& e, std::size_t first);
  Index nested_block(const Entity& owner, const schema::FieldSpec& f, const ast::Member& m);
  void check_required(const Entity& e, Span where);
  // Whether the declaration wrote `field`, valid or not.
  bool written(const Entity& e, std::string_view field) const;
  void apply_defaults(Entity& e);
  // Frees the members of e's declaration once converted (LoadOptions::keep_syntax).
  void release_syntax(Entity& e, std::size_t first_variant);

  // together.cpp
  void check_fields_together(const Entity& e);
  void check_target(const Entity& e);
  void check_actual(const Entity& e);
  void check_waiver(const Entity& e);

  // derive.cpp
  void build_handoffs();
  void resolve_covers();
  void compute(const schema::DerivedSpec& d);
  void inverse(const schema::DerivedSpec& d, Relation& out);
  void chain(const schema::DerivedSpec& d, Relation& out);
  void coverage(const schema::DerivedSpec& d, Relation& out);
  void against_target(const schema::DerivedSpec& d, Relation& out);
  void product(const schema::DerivedSpec& d, Relation& out);
  void split(const schema::DerivedSpec& d, Relation& out);
  void target_value(const schema::DerivedSpec& d, Relation& out);
  const Val* quantity_of(const schema::Member& mem, Index i) const;
  template <class F>
  void each_named(const schema::Member& mem, Index i, F&& f) const;
  Index named(const schema::Member& mem, Index i) const;

  bool broken(std::string_view id) const { return broken_ids_.count(id) > 0; }

  const LoadOptions& options_;
  SourceManager& sm_;
  Diagnostics& diags_;
  Model& m_;
  std::set<std::string> loaded_;             // canonical paths already read
  std::set<std::string> libraries_;          // library names already used
  std::unordered_set<std::string_view> broken_ids_;
  // The trees this load parsed (not a ParseCache's, which are shared): the
  // only ones whose entity members it frees.
  std::unordered_map<FileId, ast::File*> own_trees_;
  bool unreadable_ = false;
  int in_library_ = 0;                  // > 0 while a library's files load
  // Did-you-mean for unknown references, per list of target kinds (a schema row's).
  std::unordered_map<const std::vector<std::string_view>*, NameIndex> id_indices_;
};

std::string_view unquote(std::string_view literal);
std::string fmt_num(double v);
std::string fmt_range(double lo, double hi);

}  // namespace kubus::model
