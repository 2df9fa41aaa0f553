// The layer check: this empty program is linked with the whole of one stage's
// library (--whole-archive) and only the stages it declares, so a call into an
// undeclared stage is an undefined symbol at build time (tests/CMakeLists.txt).
int main() { return 0; }
