// jemalloc's settings, read when the program's first allocation starts it
// (docs/design.md, "Memory allocator"). A model of 100k touchpoints allocates
// half a gigabyte in small pieces; on a virtual machine each first touch of a
// 4 KiB page costs microseconds of kernel time, so the heap is backed by
// transparent huge pages. One arena: the parser's second thread frees its half
// of the syntax tree into the arena the model is then built in.
extern "C" {
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): jemalloc reads this symbol by name
const char* malloc_conf = "thp:always,metadata_thp:always,narenas:1";
}
