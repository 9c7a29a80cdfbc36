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
static int	 qflag;

enum { OPT_GIT = OPT_FIRST_LOCAL, OPT_OWNER, OPT_ROLE };

static const struct optdef opts[] = {
	{ OPT_GIT, "git", NULL, 0, "also run git init in the directory, "
	  "unless it is inside a git work tree" },
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
	if (lstat(marker, &st) == 0)
		errx(EX_CANTCREAT, "'%s' is already a journal (mentor.yaml "
		    "exists)", dir);
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
	if (fstatat(j.dirfd, ".gitattributes", &st, AT_SYMLINK_NOFOLLOW) ==
	    -1 && (rc = create(&j, ".gitattributes",
	    "*.md -text merge=mentor diff=markdown\n")) != 0)
		return rc;
	if ((rc = create(&j, "mentor.yaml", yaml.buf)) != 0)
		return rc;
	journal_close(&j);
	if (gitflag) {
		char *const inside[] = { "git", "-C", (char *)dir, "rev-parse",
		    "--is-inside-work-tree", NULL };
		char *const init[] = { "git", "init", "-q", (char *)dir, NULL };

		if (proc_run(inside, NULL, 0) != 0 &&
		    proc_run(init, NULL, 1) != 0) {
			warnx("'git init' failed in '%s'", dir);
			rc = EX_UNAVAILABLE;
		}
	}
	if (!qflag)
		printf("%s\n", dir);
	buf_release(&yaml);
	buf_release(&q);
	free(owner);
	return out_close(rc);
}
