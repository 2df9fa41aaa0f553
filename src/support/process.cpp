#include "support/process.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <optional>

extern char** environ;

namespace kubus {
namespace {

struct Pipe {
  int fd[2] = {-1, -1};
  bool open() { return ::pipe2(fd, O_CLOEXEC) == 0; }
  void close_end(int i) {
    if (fd[i] >= 0) ::close(fd[i]);
    fd[i] = -1;
  }
  ~Pipe() {
    close_end(0);
    close_end(1);
  }
};

// Reads what is there from the read end of `p` into `to`; closes that end at
// the end of the stream or on an error.
void drain(Pipe& p, short revents, std::string& to) {
  if (!(revents & (POLLIN | POLLHUP | POLLERR))) return;
  std::array<char, 65536> buf;
  ssize_t n = ::read(p.fd[0], buf.data(), buf.size());
  if (n > 0) to.append(buf.data(), static_cast<std::size_t>(n));
  else if (n == 0 || errno != EINTR) p.close_end(0);
}

// Writes the next part of `input` to the write end of `in`; closes it when all
// is written or the reader is gone.
void feed(Pipe& in, short revents, const std::string& input, std::size_t& written) {
  if (in.fd[1] < 0 || !(revents & (POLLOUT | POLLERR | POLLHUP))) return;
  ssize_t n = ::write(in.fd[1], input.data() + written, input.size() - written);
  if (n > 0) written += static_cast<std::size_t>(n);
  if ((n < 0 && errno != EINTR && errno != EAGAIN) || written == input.size()) in.close_end(1);
}

using Clock = std::chrono::steady_clock;

// Milliseconds left until `deadline` for poll(); -1 (wait) without one.
int wait_ms(const std::optional<Clock::time_point>& deadline) {
  if (!deadline) return -1;
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - Clock::now()).count();
  return static_cast<int>(std::clamp<long long>(left, 0, 60'000));
}

// Feeds `input` and drains both outputs at once, so that neither side blocks
// on a full pipe. False when `deadline` passed first.
bool exchange(Pipe& in, Pipe& out, Pipe& err, const std::string& input, ProcessResult& r,
              const std::optional<Clock::time_point>& deadline) {
  std::size_t written = 0;
  if (input.empty()) in.close_end(1);
  while (out.fd[0] >= 0 || err.fd[0] >= 0) {
    if (deadline && Clock::now() >= *deadline) return false;
    std::array<pollfd, 3> fds{{{out.fd[0], POLLIN, 0}, {err.fd[0], POLLIN, 0}, {in.fd[1], POLLOUT, 0}}};
    if (::poll(fds.data(), fds.size(), wait_ms(deadline)) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    drain(out, fds[0].revents, r.out);
    drain(err, fds[1].revents, r.err);
    feed(in, fds[2].revents, input, written);
  }
  return true;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& dir, const std::string& input,
                          int timeout_seconds) {
  ProcessResult r;
  Pipe in, out, err;
  if (argv.empty() || !in.open() || !out.open() || !err.open()) return r;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.fd[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out.fd[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err.fd[1], STDERR_FILENO);
  if (!dir.empty()) posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  std::optional<Clock::time_point> deadline;
  if (timeout_seconds > 0) {
    deadline = Clock::now() + std::chrono::seconds(timeout_seconds);
    posix_spawnattr_setpgroup(&attributes, 0);  // a group of its own, to be killed as one
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  }
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  // A reader that goes away early must not kill us with SIGPIPE.
  struct sigaction ignore {}, old {};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &old);
  int rc = posix_spawnp(&pid, args[0], &actions, &attributes, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  in.close_end(0);
  out.close_end(1);
  err.close_end(1);
  if (rc == 0) {
    if (!exchange(in, out, err, input, r, deadline)) {
      ::kill(-pid, SIGKILL);
      r.timed_out = true;
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    r.status = WIFEXITED(status) && !r.timed_out ? WEXITSTATUS(status) : -1;
  } else {
    r.not_found = rc == ENOENT;
    r.err = std::string("cannot run ") + argv[0] + ": " + std::strerror(rc);
  }
  ::sigaction(SIGPIPE, &old, nullptr);
  return r;
}

}  // namespace kubus
