// A throwaway PostgreSQL server for the store tests: initdb into a temporary directory, pg_ctl
// start on a free loopback port with its unix socket in that directory, one fresh database per
// test, and stop + delete when the test binary ends (also when it dies: a watchdog process waits
// on a pipe that closes with the test binary).
//
// PostgreSQL refuses to run as root: when the tests run as root the server runs as the
// `postgres` user (created by Debian's package) through runuser, in a directory owned by it.
// The server binaries come from Debian's postgresql package (/usr/lib/postgresql/<version>/bin);
// when they are absent PostgresCluster::Get says so and the PostgreSQL variants skip.
#ifndef DYADWATCH_TESTS_STORE_POSTGRES_UTIL_H_
#define DYADWATCH_TESTS_STORE_POSTGRES_UTIL_H_

#include <arpa/inet.h>
#include <fcntl.h>
#include <glob.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dyadwatch::testing {

class PostgresCluster {
 public:
  // The server of this test binary, started on first use. nullptr when it cannot run: *skip is
  // true when PostgreSQL is not installed (the caller skips), false when it is installed but did
  // not start (the caller fails); *why says which.
  static PostgresCluster* Get(bool* skip, std::string* why) {
    static std::string failure;
    static bool absent = false;
    static std::unique_ptr<PostgresCluster> cluster = Start(&absent, &failure);
    *skip = absent;
    *why = failure;
    return cluster.get();
  }

  ~PostgresCluster() {
    // Closing the pipe tells the watchdog to stop the server and delete the directory.
    if (watchdog_ <= 0) return;
    close(watchdog_pipe_);
    waitpid(watchdog_, nullptr, 0);
  }

  // Creates an empty database and returns its URI.
  std::string NewDatabase() {
    const std::string name = "store_test_" + std::to_string(++databases_);
    const std::string error = Run(Uri("postgres"), "CREATE DATABASE " + name, nullptr);
    EXPECT_EQ(error, "") << "CREATE DATABASE " << name;
    return Uri(name);
  }

  std::string Uri(const std::string& database) const {
    return "postgresql://dyadwatch@/" + database + "?host=" + dir_ + "&port=" + std::to_string(port_);
  }

  // Runs `sql` on `uri`; returns "" or the error message. Rows go to *rows (one line each,
  // columns TAB-separated, NULL as "NULL") when rows is not null.
  static std::string Run(const std::string& uri, const std::string& sql, std::string* rows) {
    PGconn* conn = PQconnectdb(uri.c_str());
    std::string error;
    if (PQstatus(conn) != CONNECTION_OK) {
      error = PQerrorMessage(conn);
    } else {
      PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
      PGresult* r = PQexec(conn, sql.c_str());
      if (PQresultStatus(r) != PGRES_TUPLES_OK && PQresultStatus(r) != PGRES_COMMAND_OK) {
        error = PQresultErrorMessage(r);
      } else if (rows != nullptr) {
        for (int i = 0; i < PQntuples(r); ++i) {
          for (int c = 0; c < PQnfields(r); ++c) {
            if (c) *rows += '\t';
            *rows += PQgetisnull(r, i, c) ? "NULL" : PQgetvalue(r, i, c);
          }
          *rows += '\n';
        }
      }
      PQclear(r);
    }
    PQfinish(conn);
    if (error.empty() && rows == nullptr) return "";
    return error.empty() ? "" : "error: " + error;
  }

 private:
  // The newest installed server's bin directory, or "". DYADWATCH_TEST_POSTGRES_BIN names another
  // one (an empty or wrong one shows what happens without PostgreSQL).
  static std::string FindBinDir() {
    if (const char* bin = std::getenv("DYADWATCH_TEST_POSTGRES_BIN")) {
      return access((std::string(bin) + "/pg_ctl").c_str(), X_OK) == 0 ? bin : "";
    }
    glob_t found;
    std::vector<std::string> dirs;
    if (glob("/usr/lib/postgresql/*/bin/pg_ctl", 0, nullptr, &found) == 0) {
      for (size_t i = 0; i < found.gl_pathc; ++i) {
        std::string path = found.gl_pathv[i];
        dirs.push_back(path.substr(0, path.size() - std::string("/pg_ctl").size()));
      }
    }
    globfree(&found);
    std::sort(dirs.begin(), dirs.end(), [](const std::string& a, const std::string& b) {
      return std::atoi(a.c_str() + 19) < std::atoi(b.c_str() + 19);  // after "/usr/lib/postgresql/"
    });
    return dirs.empty() ? "" : dirs.back();
  }

  // A loopback port nobody listens on now.
  static int FreePort() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof addr;
    int port = 0;
    if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &length) == 0) {
      port = ntohs(addr.sin_port);
    }
    close(fd);
    return port;
  }

  static std::string ReadFile(const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  static std::unique_ptr<PostgresCluster> Start(bool* absent, std::string* why) {
    std::unique_ptr<PostgresCluster> c(new PostgresCluster);
    c->bin_ = FindBinDir();
    if (c->bin_.empty()) {
      *absent = true;
      *why = "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin/pg_ctl); "
             "install Debian's postgresql package (scripts/install-deps.sh) to run the PostgreSQL variants";
      return nullptr;
    }
    std::string pattern = "/tmp/dyadwatch_pg_XXXXXX";  // short: a unix socket path has ~100 bytes
    if (mkdtemp(pattern.data()) == nullptr) {
      *why = "cannot create a temporary directory";
      return nullptr;
    }
    c->dir_ = pattern;
    // As root, everything the server touches belongs to `postgres`, and commands run as it.
    std::string as_user;
    if (geteuid() == 0) {
      const passwd* pw = getpwnam("postgres");
      if (pw == nullptr || chown(c->dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
        *why = "running as root, and there is no `postgres` user to run the server as";
        std::system(("rm -rf '" + c->dir_ + "'").c_str());
        return nullptr;
      }
      as_user = "runuser -u postgres -- ";
    }
    // The watchdog: reads its stdin (our pipe) until it closes, then stops the server and deletes
    // the directory. Started before the server so that no path leaves a server behind.
    const std::string stop = as_user + "'" + c->bin_ + "/pg_ctl' -D '" + c->dir_ + "/data' -m immediate stop";
    int fds[2];
    if (pipe(fds) != 0) {
      *why = "pipe failed";
      return nullptr;
    }
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);  // ingest processes started by the tests do not hold it
    c->watchdog_ = fork();
    if (c->watchdog_ == 0) {
      dup2(fds[0], 0);
      const int devnull = open("/dev/null", O_WRONLY);
      dup2(devnull, 1);
      dup2(devnull, 2);
      close(fds[0]);
      close(fds[1]);
      const std::string script = "cat >/dev/null; if [ -f '" + c->dir_ + "/data/postmaster.pid' ]; then " + stop +
                                 "; fi; rm -rf '" + c->dir_ + "'";
      execl("/bin/sh", "sh", "-c", script.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    close(fds[0]);
    c->watchdog_pipe_ = fds[1];

    const std::string initdb = as_user + "'" + c->bin_ + "/initdb' -D '" + c->dir_ +
                               "/data' -U dyadwatch -A trust --no-sync --locale=C -E UTF8 >'" + c->dir_ +
                               "/initdb.log' 2>&1";
    if (std::system(initdb.c_str()) != 0) {
      *why = "initdb failed: " + ReadFile(c->dir_ + "/initdb.log");
      return nullptr;
    }
    // A throwaway server needs no durability: no fsync makes the many small transactions cheap.
    // A port can be taken between FreePort() and the start: try a few.
    for (int attempt = 0; attempt < 3; ++attempt) {
      c->port_ = FreePort();
      const std::string start =
          as_user + "'" + c->bin_ + "/pg_ctl' -D '" + c->dir_ + "/data' -l '" + c->dir_ + "/server.log' -w -t 60 -o \"" +
          "-c listen_addresses=127.0.0.1 -p " + std::to_string(c->port_) + " -c unix_socket_directories='" + c->dir_ +
          "' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40\" start >/dev/null 2>&1";
      if (std::system(start.c_str()) == 0) return c;
    }
    *why = "the server did not start: " + ReadFile(c->dir_ + "/server.log");
    return nullptr;
  }

  PostgresCluster() = default;
  std::string bin_, dir_;
  int port_ = 0;
  int databases_ = 0;
  pid_t watchdog_ = -1;
  int watchdog_pipe_ = -1;
};

inline bool IsPostgresUri(const std::string& store) {
  return store.rfind("postgresql://", 0) == 0 || store.rfind("postgres://", 0) == 0;
}

}  // namespace dyadwatch::testing

#endif  // DYADWATCH_TESTS_STORE_POSTGRES_UTIL_H_
