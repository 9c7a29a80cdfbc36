#include "config.h"

#include <sys/stat.h>
#include <sys/wait.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

extern char **environ;

/*
 * Run a program found in PATH, without a shell.  Its stdout goes to out
 * when that is non-NULL, else to /dev/null; its stderr is thrown away
 * (keep_err 0), ours (1), or with its stdout in out (2: to show both,
 * in the order written, only when it fails).  Returns its exit status,
 * or -1 when it could not be run or was killed.
 */
int
proc_run(char *const argv[], struct buf *out, int keep_err)
{
	posix_spawn_file_actions_t	 fa;
	pid_t				 pid;
	int				 fds[2], status, rc;
	char				 chunk[512];
	ssize_t				 n;

	if (out != NULL && pipe(fds) == -1)
		return -1;
	posix_spawn_file_actions_init(&fa);
	if (out != NULL) {
		posix_spawn_file_actions_adddup2(&fa, fds[1], STDOUT_FILENO);
		if (keep_err == 2)
			posix_spawn_file_actions_adddup2(&fa, fds[1],
			    STDERR_FILENO);
		posix_spawn_file_actions_addclose(&fa, fds[0]);
		posix_spawn_file_actions_addclose(&fa, fds[1]);
	} else
		posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO,
		    "/dev/null", O_WRONLY, 0);
	if (!keep_err)
		posix_spawn_file_actions_addopen(&fa, STDERR_FILENO,
		    "/dev/null", O_WRONLY, 0);
	fflush(stdout);
	rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (out != NULL) {
		close(fds[1]);
		if (rc == 0)
			while ((n = read(fds[0], chunk, sizeof(chunk))) > 0 ||
			    (n == -1 && errno == EINTR))
				if (n > 0)
					buf_add(out, chunk, (size_t)n);
		close(fds[0]);
	}
	if (rc != 0)
		return -1;
	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* Is dir (or a folder above it) in a git work tree?  No git is run. */
static int
in_git(const char *dir)
{
	struct buf	 b = BUF_INIT;
	struct stat	 st, up;
	int		 found = 0, depth;

	buf_addstr(&b, dir);
	for (depth = 0; depth < 64; depth++) {
		size_t n = b.len;

		buf_addstr(&b, "/.git");
		if (lstat(b.buf, &st) == 0) {
			found = 1;
			break;
		}
		buf_setlen(&b, n);
		if (stat(b.buf, &st) == -1)
			break;
		buf_addstr(&b, "/..");
		if (stat(b.buf, &up) == -1 || (up.st_dev == st.st_dev &&
		    up.st_ino == st.st_ino))
			break;
	}
	buf_release(&b);
	return found;
}

/*
 * Who writes (DESIGN.md §2): $MENTOR_AUTHOR, else git's user.name in a
 * git work tree (dir, or the working directory when NULL), else the
 * login name ($LOGNAME, $USER, the user database).  git runs only inside
 * a work tree, so writers stay fast elsewhere.  The caller frees the
 * result.
 */
char *
author_name(const char *dir)
{
	char *const	 argv[] = { "git", "-C", (char *)(dir ? dir : "."),
			    "config", "user.name", NULL };
	struct buf	 b = BUF_INIT;
	struct passwd	*pw;
	const char	*v;

	if ((v = env_get("MENTOR_AUTHOR")) != NULL)
		return xstrdup(v);
	if (in_git(dir ? dir : ".") && proc_run(argv, &b, 0) == 0) {
		while (b.len > 0 && (b.buf[b.len - 1] == '\n' ||
		    b.buf[b.len - 1] == '\r'))
			buf_setlen(&b, b.len - 1);
		if (b.len > 0)
			return buf_detach(&b, NULL);
	}
	buf_release(&b);
	/* The login name from the environment spares a user database call. */
	if ((v = env_get("LOGNAME")) != NULL || (v = env_get("USER")) != NULL)
		return xstrdup(v);
	if ((pw = getpwuid(getuid())) != NULL && pw->pw_name != NULL)
		return xstrdup(pw->pw_name);
	if ((v = getlogin()) != NULL)
		return xstrdup(v);
	return xstrdup("me");
}

/*
 * Run $VISUAL, else $EDITOR, else vi on a file, through the shell as git
 * does (so "code -w" works), on the user's terminal.  Returns 0, or -1
 * after a message when it cannot run or fails.
 */
int
editor_run(const char *file)
{
	const char	*ed = env_get("VISUAL");
	char		*argv[6];
	pid_t		 pid;
	int		 status;

	if (ed == NULL)
		ed = env_get("EDITOR");
	if (ed == NULL)
		ed = "vi";
	argv[0] = "sh";
	argv[1] = "-c";
	xasprintf(&argv[2], "%s \"$1\"", ed);
	argv[3] = "sh";
	argv[4] = (char *)file;
	argv[5] = NULL;
	fflush(stdout);
	if (posix_spawn(&pid, "/bin/sh", NULL, NULL, argv, environ) != 0) {
		warn("cannot run the editor '%s'", ed);
		free(argv[2]);
		return -1;
	}
	free(argv[2]);
	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR)
			return -1;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		warnx("the editor '%s' failed; nothing written", ed);
		return -1;
	}
	return 0;
}
