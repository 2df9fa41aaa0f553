" The Kubus language server in Vim with prabirshrestha/vim-lsp. Add editors/vim
" to 'runtimepath' (filetype, syntax), then source this from your vimrc.
" The model directory is the directory above the file that holds an
" assessment.yaml, else the file's own directory.
function! s:kubus_root(file) abort
  let l:assessment = findfile('assessment.yaml', fnamemodify(a:file, ':p:h') . ';')
  return l:assessment !=# '' ? fnamemodify(l:assessment, ':p:h') : fnamemodify(a:file, ':p:h')
endfunction

if executable('kubus')
  augroup kubus_lsp
    autocmd!
    autocmd User lsp_setup call lsp#register_server({
          \ 'name': 'kubus',
          \ 'cmd': {server_info -> ['kubus', 'lsp']},
          \ 'root_uri': {server_info -> lsp#utils#path_to_uri(s:kubus_root(lsp#utils#get_buffer_path()))},
          \ 'initialization_options': {'model': []},
          \ 'allowlist': ['kubus'],
          \ })
  augroup END
endif
