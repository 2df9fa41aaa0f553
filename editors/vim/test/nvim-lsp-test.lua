-- Neovim's built-in LSP client with editors/vim/lsp/nvim.lua against `kubus lsp`:
-- open a model file with an error, wait for its diagnostic, hover, complete.
-- Run by nvim-lsp-test.sh; writes "ok" or what went wrong to $KUBUS_RESULT.
local kubus = dofile(vim.env.KUBUS_VIM .. '/lsp/nvim.lua')
kubus.cmd = { vim.env.KUBUS, 'lsp' }
local problems = {}
local function expect(ok, what)
  if not ok then table.insert(problems, what) end
end

vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.KUBUS_FILE))
expect(vim.bo.filetype == 'kubus', 'filetype ' .. vim.bo.filetype)
local got = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
expect(got, 'no diagnostics within 20 s')
local d = vim.diagnostic.get(0)[1]
if d then
  expect(d.code == 'E0203', 'diagnostic code ' .. tostring(d.code))
  expect(d.lnum == tonumber(vim.env.KUBUS_LINE) and d.col == 9, 'diagnostic at ' .. d.lnum .. ':' .. d.col)
  expect(d.message:find("did you mean 'sales-manager'", 1, true) ~= nil, 'message ' .. d.message)
end

local function request(method, line, col)
  local params = { textDocument = vim.lsp.util.make_text_document_params(), position = { line = line, character = col } }
  local answers = vim.lsp.buf_request_sync(0, method, params, 10000) or {}
  for _, a in pairs(answers) do
    if a.result then return a.result end
  end
end
-- Hover on the supervisor, declared in org.kubus.
local hover = request('textDocument/hover', tonumber(vim.env.KUBUS_HOVER_LINE), 16)
expect(hover and hover.contents.value:find('sales-manager', 1, true), 'hover ' .. vim.inspect(hover))
local completion = request('textDocument/completion', tonumber(vim.env.KUBUS_LINE), 9)
local labels = {}
for _, item in ipairs(completion and completion.items or {}) do table.insert(labels, item.label) end
table.sort(labels)
expect(table.concat(labels, ',') == 'contact-centre-manager,information-manager,sales-manager',
       'roles completed: ' .. table.concat(labels, ','))

vim.fn.writefile(#problems == 0 and { 'ok' } or problems, vim.env.KUBUS_RESULT)
vim.lsp.stop_client(vim.lsp.get_active_clients())
vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
vim.cmd('qall!')
