#include "report/html_graphviz.h"

#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>

namespace kubus::report::html {
namespace {

// Object IDs by first mention: named objects get even IDs (cgraph prints an
// object's name only for even IDs), anonymous ones odd.
struct Ids {
  std::map<std::string, IDTYPE, std::less<>> by_name;
  std::map<IDTYPE, std::string> names;
  IDTYPE anonymous = 1;
};

void* ids_open(Agraph_t*, Agdisc_t*) { return new Ids; }

long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
  Ids& ids = *static_cast<Ids*>(state);
  if (!name) {
    *id = ids.anonymous += 2;
    return 1;
  }
  if (auto it = ids.by_name.find(std::string_view(name)); it != ids.by_name.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) return 0;
  *id = 2 * (ids.by_name.size() + 1);
  ids.by_name.emplace(name, *id);
  ids.names.emplace(*id, name);
  return 1;
}

long ids_alloc(void*, int, IDTYPE) { return 0; }  // no caller-chosen IDs

// Names live as long as the graph: a freed object's name may come back.
void ids_free(void*, int, IDTYPE) {}

char* ids_print(void* state, int, IDTYPE id) {
  Ids& ids = *static_cast<Ids*>(state);
  auto it = ids.names.find(id);
  return it == ids.names.end() ? nullptr : it->second.data();
}

void ids_close(void* state) { delete static_cast<Ids*>(state); }

void ids_register(void*, int, void*) {}

Agiddisc_t kIds = {ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};

struct Text {
  const std::string* dot;
  std::size_t at = 0;
};

// One line at a time, as agmemread hands text to the DOT scanner.
int read_line(void* channel, char* buffer, int size) {
  Text& t = *static_cast<Text*>(channel);
  if (size <= 0 || t.at >= t.dot->size()) return 0;
  std::size_t end = t.dot->find('\n', t.at);
  std::size_t n = std::min({end == std::string::npos ? t.dot->size() - t.at : end + 1 - t.at, std::size_t(size)});
  std::memcpy(buffer, t.dot->data() + t.at, n);
  t.at += n;
  return int(n);
}

// Whole messages over the server's socket; MSG_NOSIGNAL: a gone peer is an
// error, not a SIGPIPE.
bool send_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    ssize_t n = send(fd, data, size, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= std::size_t(n);
  }
  return true;
}

bool receive_all(int fd, char* data, std::size_t size) {
  while (size > 0) {
    ssize_t n = recv(fd, data, size, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= std::size_t(n);
  }
  return true;
}

// A message: its length, then its bytes.
bool send_message(int fd, const std::string& text) {
  std::uint64_t size = text.size();
  return send_all(fd, reinterpret_cast<const char*>(&size), sizeof size) && send_all(fd, text.data(), text.size());
}

std::optional<std::string> receive_message(int fd) {
  std::uint64_t size = 0;
  if (!receive_all(fd, reinterpret_cast<char*>(&size), sizeof size)) return std::nullopt;
  std::string text(size, '\0');
  if (!receive_all(fd, text.data(), text.size())) return std::nullopt;
  return text;
}

// The server: a request at a time until this process closes its end. A reply
// is "1" and the result, or "0" when the child failed.
[[noreturn]] void serve(int fd, const ChildServer::Work& work, unsigned seconds) {
  while (auto input = receive_message(fd)) {
    auto result = in_child_process([&] { return work(*input); }, seconds);
    if (!send_message(fd, result ? "1" + *result : std::string("0"))) break;
  }
  _exit(0);
}

}  // namespace

ChildServer::ChildServer(const std::function<void()>& prepare, const Work& work, unsigned seconds) {
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) return;
  std::fflush(nullptr);  // or the server's exit could write buffered output twice
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    prepare();
    serve(fds[1], work, seconds);
  }
  close(fds[1]);
  if (pid < 0) {
    close(fds[0]);
    return;
  }
  socket_ = fds[0];
  pid_ = pid;
}

ChildServer::~ChildServer() {
  if (socket_ >= 0) close(socket_);
  int status = 0;
  if (pid_ > 0)
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
}

std::optional<std::string> ChildServer::run(const std::string& input) {
  std::optional<std::string> reply;
  if (socket_ >= 0 && send_message(socket_, input)) reply = receive_message(socket_);
  if (!reply) {  // the server is gone
    if (socket_ >= 0) close(socket_);
    socket_ = -1;
    return std::nullopt;
  }
  if (reply->empty() || (*reply)[0] != '1') return std::nullopt;
  return reply->substr(1);
}

Agraph_t* read_dot(const std::string& dot) {
  Agiodisc_t io = {read_line, AgIoDisc.putstr, AgIoDisc.flush};
  Agdisc_t disc = {&AgMemDisc, &kIds, &io};
  Text text{&dot};
  return agread(&text, &disc);
}

std::optional<std::string> in_child_process(const std::function<std::string()>& work, unsigned seconds) {
  int fds[2];
  if (pipe(fds) != 0) return std::nullopt;
  std::fflush(nullptr);  // or the child's exit could write buffered output twice
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return std::nullopt;
  }
  if (pid == 0) {
    close(fds[0]);
    alarm(seconds);
    std::string result = work();
    for (std::size_t done = 0; done < result.size();) {
      ssize_t n = write(fds[1], result.data() + done, result.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) _exit(1);
      done += std::size_t(n);
    }
    _exit(0);
  }
  close(fds[1]);
  std::string out;
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = read(fds[0], buffer, sizeof buffer);
    if (n > 0) out.append(buffer, std::size_t(n));
    else if (n == 0 || errno != EINTR) break;
  }
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  return out;
}

}  // namespace kubus::report::html
