-- The Kubus language server in Neovim's built-in LSP client (Neovim 0.7 and
-- later). Add editors/vim to 'runtimepath' (filetype, syntax), then load this
-- from init.lua:  dofile('/path/to/kubus/editors/vim/lsp/nvim.lua')
--
-- The model directory is the directory above the file that holds an
-- assessment.yaml, else the file's own directory, checked as `kubus check DIR`
-- checks it (the assessment with its model, other .kubus files as one more). Set `model` to narrow it to some of
-- its files and directories (relative paths), and `cmd` if kubus is not on PATH.
local kubus = {
  cmd = { 'kubus', 'lsp' },
  model = {},
}

local function model_directory(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  local assessment = vim.fn.findfile('assessment.yaml', dir .. ';')
  if assessment ~= '' then
    return vim.fn.fnamemodify(assessment, ':p:h')
  end
  return dir
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'kubus',
  callback = function(args)
    local config = {
      name = 'kubus',
      cmd = kubus.cmd,
      root_dir = model_directory(vim.api.nvim_buf_get_name(args.buf)),
      init_options = { model = kubus.model },
    }
    if vim.lsp.start then -- Neovim 0.8 and later: one client per root, reused
      vim.lsp.start(config, { bufnr = args.buf })
      return
    end
    -- Neovim 0.7: start a client per root, attach each buffer to it.
    kubus.clients = kubus.clients or {}
    local id = kubus.clients[config.root_dir]
    if not id or vim.lsp.client_is_stopped(id) then
      id = vim.lsp.start_client(config)
      kubus.clients[config.root_dir] = id
    end
    if id then
      vim.lsp.buf_attach_client(args.buf, id)
    end
  end,
})

return kubus
