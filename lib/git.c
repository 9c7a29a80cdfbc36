#include "config.h"

#include <sys/file.h>

#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * autocommit (DESIGN.md §3): with `autocommit: true`, every record a
 * program writes is committed alone, as "PROG: ACTION ID", by git run
 * without a shell, one commit at a time under a journal-wide lock.
 */
static struct journal	*cj;
static const char	*caction;

/* Run git; its stdout is swallowed, its stderr reaches the user. */
static int
git(char *const argv[], struct buf *out)
{
	return proc_run(argv, out, 1);
}

/* Commit the records at these paths (written, or removed), and only them. */
static void
commit_paths(const char *const *paths, size_t n)
{
	struct buf	 out = BUF_INIT, msg = BUF_INIT;
	const char	*base = strrchr(paths[0], '/');
	char		*root = *cj->root ? cj->root : ".", **add, **commit;
	size_t		 i, len, skip = *cj->root ? strlen(cj->root) + 1 : 0;
	int		 rc;

	base = base != NULL ? base + 1 : paths[0];
	len = strlen(base);
	buf_addf(&msg, "%s: %s %.*s", progname(), caction, (int)(len > 3 &&
	    strcmp(base + len - 3, ".md") == 0 ? len - 3 : len), base);
	add = xcalloc(n + 8, sizeof(*add));
	commit = xcalloc(n + 12, sizeof(*commit));
	add[0] = commit[0] = "git";
	add[1] = commit[1] = "-C";
	add[2] = commit[2] = root;
	add[3] = "add";
	add[4] = "-A";
	add[5] = "--";
	commit[3] = "commit";
	commit[4] = "-q";
	commit[5] = "--only";
	commit[6] = "-m";
	commit[7] = msg.buf;
	commit[8] = "--";
	for (i = 0; i < n; i++)
		add[6 + i] = commit[9 + i] = (char *)paths[i] + skip;
	/* One commit at a time in this journal. */
	while (flock(cj->dirfd, LOCK_EX) == -1 && errno == EINTR)
		;
	rc = git(add, &out);
	if (rc == 0)
		rc = git(commit, &out);
	(void)flock(cj->dirfd, LOCK_UN);
	if (rc != 0) {
		warnx("'%s' is written, but git could not commit it%s",
		    paths[0], rc == -1 ? " (cannot run git)" : "");
		status_set(EX_IOERR);
	}
	free(add);
	free(commit);
	buf_release(&out);
	buf_release(&msg);
}

static void
commit_hook(const char *path)
{
	commit_paths(&path, 1);
}

/*
 * Get ready for a program about to write (action: "add", "set"...): with
 * autocommit on, the journal must be in a git work tree (else exit 64,
 * before anything is written), and every write is then committed.
 */
void
commit_setup(struct journal *j, const char *action)
{
	char *const	 argv[] = { "git", "-C", *j->root ? j->root : ".",
			    "rev-parse", "--is-inside-work-tree", NULL };
	struct buf	 out = BUF_INIT;
	char		*conf;

	if (!j->set.autocommit)
		return;
	if (proc_run(argv, &out, 0) != 0 || strncmp(out.buf, "true", 4) != 0) {
		conf = journal_path(j, "mentor.yaml");
		errx(EX_USAGE, "autocommit is on in '%s', but the journal is "
		    "not in a git work tree", conf);
	}
	buf_release(&out);
	cj = j;
	caction = action;
	write_set_hook(commit_hook);
}

/*
 * Commit records changed outside write.c together: a rename's new name
 * (made with link) and its old one (removed).
 */
void
commit_pair(const char *a, const char *b)
{
	const char	*v[2];

	if (cj == NULL)
		return;
	v[0] = a;
	v[1] = b;
	commit_paths(v, 2);
}
