" Vim syntax file for the Kubus language (docs/language.md).
" Declarations start in column 1 (the layout of `kubus fmt`): `KIND ID` and
" `rule ID`; `use` and the rule keywords are keywords only where the language
" makes them so, so `phase: use` and a role named `no` stay plain names.
if exists('b:current_syntax')
  finish
endif
let s:cpo_save = &cpo
set cpo&vim

syn case match
syn iskeyword @,48-57,_,-

syn match   kubusComment     "#.*$" contains=@Spell
syn region  kubusString      start=+"+ skip=+\\.+ end=+"\|$+ oneline contains=kubusEscape,kubusPlaceholder
syn match   kubusEscape      +\\.\|{{\|}}+ contained
syn match   kubusPlaceholder +{[^{}"]*}+ contained

" Numbers, and the unit after one on its line (a keyword is never a unit).
" A date or quarter is defined after a number: at one place the last one wins.
syn match   kubusNumber      "\%([[:alnum:]_]\|[[:alnum:]_]-\)\@<!-\=\d\%(_\=\d\)*\%(\.\d\%(_\=\d\)*\)\=\%([eE][+-]\=\d\%(_\=\d\)*\)\=" nextgroup=kubusUnit skipwhite
syn match   kubusQuarter     "\%([[:alnum:]_]-\=\)\@<!\<\d\{4}-Q[1-4]\>"
syn match   kubusDate        "\%([[:alnum:]_]-\=\)\@<!\<\d\{4}-\d\d-\d\d\>"
syn match   kubusUnit        "%\|/\a\+\|\%(\%(use\|rule\|for\|in\|where\|expect\|and\|or\|not\|none\|is\|all\|any\|no\|true\|false\)\>\)\@!\h[[:alnum:]_-]*\>" contained

syn keyword kubusBoolean     true false

" Top level: `use NAME`, `KIND ID`, `rule ID`.
syn match   kubusKind        "^\h[[:alnum:]_-]*\%(\s\+\h\)\@=" nextgroup=kubusId skipwhite
syn match   kubusId          "\h[[:alnum:]_-]*" contained
" After KIND: at the same place the last item defined wins.
syn match   kubusUse         "^use\>" nextgroup=kubusLibrary skipwhite
syn match   kubusLibrary     "\h[[:alnum:]_-]*" contained
syn match   kubusField       "\%(^\s\+\)\@<=\h[[:alnum:]_-]*\%(\s*[:{]\)\@="
syn match   kubusOperator    "->\|==\|!=\|<=\|>=\|[<>]"

" A rule: its fields, then the expression language.
syn region  kubusRule        matchgroup=kubusRuleKeyword start="^rule\>" matchgroup=NONE end="}" contains=kubusRuleId,kubusComment,kubusString,kubusField,kubusQuarter,kubusDate,kubusNumber,kubusBoolean,kubusOperator,kubusClause,kubusQuantifier,kubusLogic,kubusNone,kubusFunction,kubusRuleBlock
" A block inside a rule (a language block, `nl { ... }`): its brace closes it, not the rule.
syn region  kubusRuleBlock   start="\%(^\s\+\h[[:alnum:]_-]*\s*\)\@<={" end="}" contained transparent contains=kubusComment,kubusString,kubusField
syn match   kubusRuleId      "\%(^rule\s\+\)\@<=\h[[:alnum:]_-]*" contained
syn match   kubusClause      "\.\@<!\<\%(for\|in\|where\|expect\)\>" contained
syn match   kubusQuantifier  "\.\@<!\<\%(all\|any\|no\)\>" contained
syn match   kubusLogic       "\.\@<!\<\%(and\|or\|not\|is\)\>" contained
syn match   kubusNone        "\.\@<!\<none\>" contained
syn match   kubusFunction    "\<\%(count\|sum\|avg\|min\|max\)\%(\s*(\)\@=" contained

hi def link kubusComment     Comment
hi def link kubusString      String
hi def link kubusEscape      SpecialChar
hi def link kubusPlaceholder Special
hi def link kubusQuarter     Number
hi def link kubusDate        Number
hi def link kubusNumber      Number
hi def link kubusUnit        Type
hi def link kubusBoolean     Boolean
hi def link kubusUse         Include
hi def link kubusLibrary     Identifier
hi def link kubusKind        Keyword
hi def link kubusId          Identifier
hi def link kubusField       Identifier
hi def link kubusOperator    Operator
hi def link kubusRuleKeyword Keyword
hi def link kubusRuleId      Function
hi def link kubusClause      Repeat
hi def link kubusQuantifier  Repeat
hi def link kubusLogic       Operator
hi def link kubusNone        Constant
hi def link kubusFunction    Function

let b:current_syntax = 'kubus'
let &cpo = s:cpo_save
unlet s:cpo_save
