/*
 * mentor-init: make a new journal.
 */
#include "config.h"

#include <sys/stat.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

static int	 gitflag;
static int	 hooksflag;
static int	 qflag;

enum { OPT_GIT = OPT_FIRST_LOCAL, OPT_HOOKS, OPT_OWNER, OPT_ROLE };

static const struct optdef opts[] = {
	{ OPT_GIT, "git", NULL, 0, "also set up git: git init unless in a "
	  "work tree, the merge driver; in a clone of a journal, only that" },
	{ OPT_HOOKS, "hooks", NULL, 0, "as --git, and a pre-commit hook "
	  "that checks the staged records (mentor-check --index)" },
	{ OPT_OWNER, "owner", "name", 0, "whose journal it is (else "
	  "$MENTOR_AUTHOR, else git's user.name, else the login name)" },
	{ OPT_ROLE, "role", "role", 0, "mentee (the default), mentor or "
	  "coordinator" },
	{ 'q', "quiet", NULL, 0, "do not print the journal's path" },
	{ 'h', "help", NULL, 0, "print this help" },
	{ OPT_VERSION, "version", NULL, 0, "print the version" },
	{ 0, NULL, NULL, 0, NULL }
};

static const struct optdef *const tabs[] = { opts, NULL };

static const struct helpdoc help = {
	"[options] [directory]",
	"Make a new mentor journal in directory (by default the current "
	"one): mentor.yaml, people/, goals/ and log/; print its path.",
	NULL, NULL, NULL, 0, tabs
};

/* mkdir -p */
static int
make_dirs(const char *dir)
{
	char	*p = xstrdup(dir), *s;
	int	 rc = 0;

	for (s = p + 1; ; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;

		*s = '\0';
		if (mkdir(p, 0777) == -1 && errno != EEXIST) {
			warn("cannot make '%s'", p);
			rc = EX_CANTCREAT;
			break;
		}
		*s = c;
		if (c == '\0')
			break;
	}
	free(p);
	return rc;
}

/*
 * Write a new file in the new journal j, refusing to replace one
 * (lockfile + link).
 */
static int
create(struct journal *j, const char *name, const char *text)
{
	char	*made = NULL, *stem, *dot, *shown;
	int	 rc;

	stem = xstrdup(name);
	dot = strrchr(stem, '.');
	if (dot != NULL && dot != stem)
		*dot = '\0';
	else
		dot = NULL;
	rc = file_create(j, "", stem, dot ? name + (dot - stem) : "",
	    text, strlen(text), &made);
	if (rc == 0 && strcmp(made, name) != 0) {
		/* Someone made it meanwhile: ours is a copy, take it back. */
		(void)unlinkat(j->dirfd, made, 0);
		shown = journal_path(j, name);
		warnx("'%s' appeared while making the journal", shown);
		free(shown);
		rc = EX_CANTCREAT;
	}
	free(made);
	free(stem);
	return rc;
}

static int
quote_needed(const char *s)
{
	return yaml_needs_quote(s);
}

/* Run git in dir, its output in out (if not NULL), its messages kept. */
static int
git_in(const char *dir, struct buf *out, const char *a, const char *b,
    const char *c, const char *d)
{
	char *const	 argv[] = { "git", "-C", (char *)dir, (char *)a,
			    (char *)b, (char *)c, (char *)d, NULL };

	return proc_run(argv, out, 1);
}

/* The last line end of b taken off. */
static void
chomp(struct buf *b)
{
	while (b->len > 0 && (b->buf[b->len - 1] == '\n' ||
	    b->buf[b->len - 1] == '\r'))
		buf_setlen(b, b->len - 1);
}

/*
 * Install the pre-commit hook: mentor-check --index on the journal at
 * prefix (its folder in the work tree, "" the top).  A hook of another
 * making is left alone (EX_CANTCREAT); ours is written again.
 */
static int
install_hook(const char *dir, const char *prefix)
{
	struct buf	 path = BUF_INIT, text = BUF_INIT;
	struct journal	 hj;
	char		*old = NULL, *made = NULL, *slash;
	size_t		 len;
	int		 rc = 0, fd;
	struct doc_error e;

	if (git_in(dir, &text, "rev-parse", "--git-path", "hooks/pre-commit",
	    NULL) != 0) {
		warnx("cannot find the git hooks of '%s'", dir);
		buf_release(&text);
		return EX_UNAVAILABLE;
	}
	chomp(&text);
	/* git names it from dir, where it ran. */
	if (text.buf[0] != '/')
		buf_addf(&path, "%s/", dir);
	buf_addstr(&path, text.buf);
	buf_reset(&text);
	buf_addstr(&text, "#!/bin/sh\n"
	    "# Check the staged records of the mentor journal before each\n"
	    "# commit (written by mentor-init --hooks; `git commit\n"
	    "# --no-verify` skips it).\n"
	    "exec mentor-check --index -C ");
	sh_quote(&text, *prefix ? prefix : ".");
	buf_addch(&text, '\n');
	if (doc_readat(AT_FDCWD, path.buf, &old, &len, &e) == 0) {
		if (len != text.len || memcmp(old, text.buf, len) != 0) {
			warnx("'%s' exists: not replaced (add 'mentor-check "
			    "--index' to it)", path.buf);
			rc = EX_CANTCREAT;
		}
		goto out;
	}
	slash = strrchr(path.buf, '/');
	*slash = '\0';
	/* The hooks folder, outside the journal: written to as one. */
	if ((rc = make_dirs(path.buf)) == 0 &&
	    (rc = journal_open_dir(&hj, path.buf)) == 0) {
		rc = file_create(&hj, "", "pre-commit", "", text.buf,
		    text.len, &made);
		if (rc == 0 && strcmp(made, "pre-commit") != 0) {
			(void)unlinkat(hj.dirfd, made, 0);
			*slash = '/';
			warnx("'%s' appeared meanwhile: not replaced",
			    path.buf);
			rc = EX_CANTCREAT;
		} else if (rc == 0 && (fd = openat(hj.dirfd, made, O_RDONLY |
		    O_NOFOLLOW | O_CLOEXEC)) != -1) {
			if (fchmod(fd, 0755) == -1)
				rc = EX_IOERR;
			close(fd);
		}
		journal_close(&hj);
	}
	*slash = '/';
out:
	free(old);
	free(made);
	buf_release(&path);
	buf_release(&text);
	return rc;
}

/*
 * Set git up for the journal in dir: a repository unless it is in one,
 * mentor-merge as the merge driver of this clone (git keeps drivers in
 * each clone's config, never in the repository), and with --hooks the
 * pre-commit hook.
 */
static int
git_setup(const char *dir)
{
	char *const	 probe[] = { "git", "-C", (char *)dir, "rev-parse",
			    "--show-prefix", NULL };
	struct buf	 prefix = BUF_INIT;
	int		 rc = 0;

	if (proc_run(probe, &prefix, 0) != 0) {
		buf_reset(&prefix);
		if (git_in(dir, NULL, "init", "-q", NULL, NULL) != 0) {
			warnx("'git init' failed in '%s'", dir);
			return EX_UNAVAILABLE;
		}
	}
	chomp(&prefix);
	if (prefix.len > 0 && prefix.buf[prefix.len - 1] == '/')
		buf_setlen(&prefix, prefix.len - 1);
	if (git_in(dir, NULL, "config", "merge.mentor.name",
	    "mentor journal records", NULL) != 0 ||
	    git_in(dir, NULL, "config", "merge.mentor.driver",
	    "mentor-merge --marker-size=%L %O %A %B %P", NULL) != 0) {
		warnx("cannot register the merge driver in '%s'", dir);
		rc = EX_UNAVAILABLE;
	}
	if (rc == 0 && hooksflag)
		rc = install_hook(dir, prefix.buf);
	buf_release(&prefix);
	return rc;
}

/* .gitattributes in the journal j, unless there is one. */
static int
attributes(struct journal *j)
{
	struct stat	 st;

	if (fstatat(j->dirfd, ".gitattributes", &st, AT_SYMLINK_NOFOLLOW) == 0)
		return 0;
	return create(j, ".gitattributes",
	    "*.md -text merge=mentor diff=markdown\n");
}

int
main(int argc, char *argv[])
{
	struct buf	 yaml = BUF_INIT, q = BUF_INIT;
	struct getopts	 g;
	struct journal	 j;
	const char	*dir = ".", *role = "mentee", *sub[] = { "people",
			    "goals", "log" }, *owner_opt = NULL, *role_opt = NULL;
	char		*owner = NULL, *marker, *p;
	struct stat	 st;
	int		 c, rc, i;

	cli_init(argv);
	getopts_init(&g, tabs);
	while ((c = getopts_next(&g, argc, argv)) != -1) {
		switch (c) {
		case OPT_GIT:
			gitflag = 1;
			break;
		case OPT_HOOKS:
			gitflag = hooksflag = 1;
			break;
		case 'h':
			help_print(&help, NULL);
		case OPT_OWNER:
			opt_once(&owner_opt, "--owner", optarg);
			break;
		case 'q':
			qflag = 1;
			break;
		case OPT_ROLE:
			opt_once(&role_opt, "--role", optarg);
			break;
		case OPT_VERSION:
			getopts_release(&g);
			print_version();
			return out_close(0);
		}
	}
	getopts_release(&g);
	argc -= optind;
	argv += optind;
	if (argc > 1)
		usage_error(NULL, "unexpected argument '%s' (want at most a "
		    "directory)", argv[1]);
	if (argc == 1)
		dir = argv[0];
	if (role_opt != NULL)
		role = role_opt;
	if (owner_opt != NULL)
		owner = xstrdup(owner_opt);
	if (strcmp(role, "mentee") != 0 && strcmp(role, "mentor") != 0 &&
	    strcmp(role, "coordinator") != 0)
		errx(EX_USAGE, "bad --role '%s' (mentee, mentor, coordinator)",
		    role);
	if (owner == NULL)
		owner = author_name(NULL);
	if (*owner == '\0' || strchr(owner, '\n') != NULL)
		errx(EX_USAGE, "bad --owner '%s'", owner);

	xasprintf(&marker, "%s/mentor.yaml", dir);
	if (lstat(marker, &st) == 0) {
		/* A clone of a journal: git alone is set up, no record. */
		if (!gitflag)
			errx(EX_CANTCREAT, "'%s' is already a journal "
			    "(mentor.yaml exists)", dir);
		free(marker);
		free(owner);
		if ((rc = journal_open_dir(&j, dir)) != 0)
			return EX_CANTCREAT;
		rc = attributes(&j);
		journal_close(&j);
		if (rc == 0)
			rc = git_setup(dir);
		if (rc == 0 && !qflag)
			printf("%s\n", dir);
		return out_close(rc);
	}
	free(marker);
	if ((rc = make_dirs(dir)) != 0)
		return rc;

	if (quote_needed(owner))
		yaml_quote(owner, &q);
	else
		buf_addstr(&q, owner);
	buf_addf(&yaml,
	    "owner: %s  # whose journal\n"
	    "role: %s  # mentee | mentor | coordinator\n"
	    "cadence: monthly  # for active people who have none of their own\n"
	    "week-start: monday\n"
	    "needs: []  # what I want to grow, e.g. [public-speaking, sql]\n"
	    "shared: false  # true: several people write to clones of this\n"
	    "autocommit: false  # true: every write is committed to git\n",
	    q.buf, role);
	/* mentor.yaml goes last: until it exists, this is not a journal. */
	for (i = 0; i < 3; i++) {
		xasprintf(&p, "%s/%s", dir, sub[i]);
		if (mkdir(p, 0777) == -1 && errno != EEXIST) {
			warn("cannot make '%s'", p);
			free(p);
			return EX_CANTCREAT;
		}
		free(p);
	}
	if ((rc = journal_open_dir(&j, dir)) != 0)
		return EX_CANTCREAT;
	if ((rc = attributes(&j)) != 0 ||
	    (rc = create(&j, "mentor.yaml", yaml.buf)) != 0)
		return rc;
	journal_close(&j);
	if (gitflag)
		rc = git_setup(dir);
	if (!qflag)
		printf("%s\n", dir);
	buf_release(&yaml);
	buf_release(&q);
	free(owner);
	return out_close(rc);
}
