#include "config.h"

#include <sys/stat.h>

#include <err.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * autocommit (DESIGN.md §3): with `autocommit: true`, what one command
 * writes is committed as one commit, "PROG: ACTION ID", by git run
 * without a shell, while the command still holds the journal lock
 * exclusively (write.c): no other writer's change can slip into the
 * commit, and this command's change cannot slip into another's.
 */

/* The journal's folder for git -C. */
static const char *
git_dir(const struct journal *j)
{
	return *j->root ? j->root : ".";
}

/*
 * Run git with the paths of the journal given literally (never as
 * pathspecs: a record named "a*.md" is that one file), its stdout and
 * stderr both kept in out.  Returns its exit status, -1 when it could not
 * run.
 */
static int
git(const struct journal *j, const char *const *args, size_t nargs,
    char *const *rels, size_t nrels, struct buf *out)
{
	char	**argv;
	size_t	 n = 0, i;
	int	 rc;

	argv = xcalloc(nargs + nrels + 6, sizeof(*argv));
	argv[n++] = "git";
	argv[n++] = "--literal-pathspecs";
	argv[n++] = "-C";
	argv[n++] = (char *)git_dir(j);
	for (i = 0; i < nargs; i++)
		argv[n++] = (char *)args[i];
	if (rels != NULL) {
		argv[n++] = "--";
		for (i = 0; i < nrels; i++)
			argv[n++] = rels[i];
	}
	rc = proc_run(argv, out, 2);
	free(argv);
	return rc;
}

/*
 * Is everything at these paths committed: the work tree as HEAD has it,
 * nothing staged, nothing untracked?  Then a commit that found nothing to
 * do has lost nothing: this command's change is in a commit already.
 */
static int
all_committed(const struct journal *j, char *const *rels, size_t n)
{
	static const char *const args[] = { "status", "--porcelain",
	    "--untracked-files=all" };
	struct buf	 out = BUF_INIT;
	int		 clean;

	clean = git(j, args, 3, rels, n, &out) == 0 && out.len == 0;
	buf_release(&out);
	return clean;
}

/*
 * The paths git knows of those that are gone from the work tree (a
 * renamed record's old name): `git add -A` refuses a pathspec that
 * matches nothing, so a file that was never committed is left out.
 */
static size_t
paths_known(const struct journal *j, char **rels, size_t n)
{
	static const char *const args[] = { "ls-files", "-z" };
	struct buf	 out = BUF_INIT;
	struct stat	 st;
	const char	*p;
	size_t		 i, m = 0;

	for (i = 0; i < n; i++) {
		if (fstatat(j->dirfd, rels[i], &st, AT_SYMLINK_NOFOLLOW) == -1) {
			buf_reset(&out);
			if (git(j, args, 2, &rels[i], 1, &out) != 0)
				continue;
			for (p = out.buf; p < out.buf + out.len; p += strlen(p) + 1)
				if (strcmp(p, rels[i]) == 0)
					break;
			if (p >= out.buf + out.len)
				continue;
		}
		rels[m++] = rels[i];
	}
	buf_release(&out);
	return m;
}

/*
 * Commit the paths of the journal written (or removed) by this command,
 * and only them, as one commit named after the first: "PROG: ACTION ID".
 * Returns 0, or 74 after git's message and ours (the files stay written).
 */
int
commit_paths(struct journal *j, char *const *rels, size_t n)
{
	static const char *const add[] = { "add", "-A" };
	const char	*commit[6], *base;
	struct buf	 out = BUF_INIT, msg = BUF_INIT;
	char		**v, *shown;
	size_t		 len, m;
	int		 rc;

	if (n == 0)
		return 0;
	base = strrchr(rels[0], '/');
	base = base != NULL ? base + 1 : rels[0];
	len = strlen(base);
	buf_addf(&msg, "%s: %s %.*s", progname(), j->commit, (int)(len > 3 &&
	    strcmp(base + len - 3, ".md") == 0 ? len - 3 : len), base);
	commit[0] = "commit";
	commit[1] = "-q";
	commit[2] = "--only";
	commit[3] = "-m";
	commit[4] = msg.buf;
	v = xreallocarray(NULL, n, sizeof(*v));
	memcpy(v, rels, n * sizeof(*v));
	m = paths_known(j, v, n);
	rc = m == 0 ? 0 : git(j, add, 2, v, m, &out);
	if (rc == 0 && m > 0)
		rc = git(j, commit, 5, v, m, &out);
	if (rc != 0 && rc != -1 && all_committed(j, v, m))
		rc = 0;
	if (rc != 0) {
		fwrite(out.buf, 1, out.len, stderr);
		shown = journal_path(j, rels[0]);
		warnx("'%s' is written, but git could not commit it%s", shown,
		    rc == -1 ? " (cannot run git)" : "");
		free(shown);
		rc = EX_IOERR;
		status_set(rc);
	}
	free(v);
	buf_release(&out);
	buf_release(&msg);
	return rc;
}

/*
 * Get ready for a program about to write (action: "add", "set"...): with
 * autocommit on, the journal must be in a git work tree (else exit 64,
 * before anything is written), and what the command writes is then
 * committed.
 */
void
commit_setup(struct journal *j, const char *action)
{
	char *const	 argv[] = { "git", "-C", (char *)git_dir(j),
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
	j->commit = action;
}
