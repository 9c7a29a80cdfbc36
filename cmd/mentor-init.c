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

static void MENTOR_NORETURN
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: mentor-init [-hq] [--git] [--owner name] [--role role] "
	    "[directory]\n");
	exit(status ? EX_USAGE : out_close(0));
}

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
	static const struct option longopts[] = {
		{ "git",	no_argument,	   NULL, 'g' },
		{ "help",	no_argument,	   NULL, 'h' },
		{ "owner",	required_argument, NULL, 'o' },
		{ "quiet",	no_argument,	   NULL, 'q' },
		{ "role",	required_argument, NULL, 'r' },
		{ "version",	no_argument,	   NULL, OPT_VERSION },
		{ NULL,		0,		   NULL, 0 }
	};
	struct buf	 yaml = BUF_INIT, q = BUF_INIT;
	struct journal	 j;
	const char	*dir = ".", *role = "mentee", *sub[] = { "people",
			    "goals", "log" }, *owner_opt = NULL, *role_opt = NULL;
	char		*owner = NULL, *marker, *p;
	struct stat	 st;
	int		 c, rc, i;

	cli_init(argv);
	while ((c = getopt_long(argc, argv, "hq", longopts, NULL)) != -1) {
		switch (c) {
		case 'g':
			gitflag = 1;
			break;
		case 'h':
			usage(0);
		case 'o':
			opt_once(&owner_opt, "--owner", optarg);
			break;
		case 'q':
			qflag = 1;
			break;
		case 'r':
			opt_once(&role_opt, "--role", optarg);
			break;
		case OPT_VERSION:
			print_version();
			return out_close(0);
		default:
			usage(1);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		usage(1);
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
