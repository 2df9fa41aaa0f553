" Kubus models: *.kubus
autocmd BufNewFile,BufRead *.kubus setfiletype kubus
