" Checks the syntax group of every character of every token listed in
" $KUBUS_EXPECT (expectations.js) and writes what is wrong to $KUBUS_RESULT.
let s:groups = {
      \ 'comment': ['kubusComment'],
      \ 'string': ['kubusString', 'kubusEscape', 'kubusPlaceholder'],
      \ 'number': ['kubusNumber'],
      \ 'unit': ['kubusUnit'],
      \ 'date': ['kubusDate'],
      \ 'quarter': ['kubusQuarter'],
      \ 'import': ['kubusUse'],
      \ 'rule': ['kubusRuleKeyword'],
      \ 'kind': ['kubusKind'],
      \ 'clause': ['kubusClause', 'kubusQuantifier', 'kubusLogic', 'kubusNone'],
      \ 'boolean': ['kubusBoolean'],
      \ }
" Brackets are plain: none of the groups above.
let s:highlighted = flatten(values(s:groups))
let s:failures = []
let s:checked = 0
let s:file = ''
let s:line = 0
for s:t in json_decode(join(readfile($KUBUS_EXPECT), ''))
  if s:t.file !=# s:file
    let s:file = s:t.file
    let s:line = 0
    execute 'silent edit!' fnameescape(s:file)
    if &filetype !=# 'kubus'
      call add(s:failures, s:file . ': filetype is "' . &filetype . '", not kubus')
    endif
    syntax sync fromstart
  endif
  if s:t.line != s:line
    " The group of every column of the line, asked for in order: synID()
    " asked for columns out of order answered with an earlier column's item.
    let s:line = s:t.line
    let s:names = map(range(1, max([1, strlen(getline(s:line))])), 'synIDattr(synID(s:line, v:val, 1), "name")')
  endif
  for s:c in range(s:t.col, s:t.end - 1)
    let s:name = get(s:names, s:c - 1, '')
    let s:checked += 1
    let s:plain = s:t.what ==# 'bracket'
    if s:plain ? index(s:highlighted, s:name) >= 0 : index(s:groups[s:t.what], s:name) < 0
      call add(s:failures, printf('%s:%d:%d: %s %s has syntax group "%s"', fnamemodify(s:file, ':.'), s:t.line, s:c,
            \ s:t.what, string(strpart(getline(s:t.line), s:t.col - 1, s:t.end - s:t.col)), s:name))
      break
    endif
  endfor
endfor
call writefile(s:failures + ['checked ' . s:checked], $KUBUS_RESULT)
qall!
