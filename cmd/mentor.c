/*
 * mentor: run mentor-CMD like git runs git-CMD.
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

static const struct {
	const char	*name;
	const char	*what;
} known[] = {
	{ "check",	"validate the records of a journal" },
	{ "goals",	"goals and milestones" },
	{ "init",	"make a new journal" },
	{ "log",	"check-ins, meetings, feedback and action items" },
	{ "merge",	"the git merge driver for records" },
	{ "people",	"mentors, mentees, peers and prospects" },
	{ "report",	"summary, progress, cadence and other reports" },
};

static void MENTOR_NORETURN
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: mentor [-h] [--version] command [argument ...]\n"
	    "       mentor help [command]\n");
	exit(status ? EX_USAGE : out_close(0));
}

/* The directory this program was run from, or NULL. */
static char *
self_dir(void)
{
	char	*p, *slash;

	if ((p = xrealpath("/proc/self/exe")) == NULL)
		return NULL;
	if ((slash = strrchr(p, '/')) != NULL)
		*slash = '\0';
	return p;
}

static int
executable(const char *path)
{
	struct stat	 st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	    access(path, X_OK) == 0;
}

/* Find mentor-NAME: first beside this program, then in PATH. */
static char *
find_cmd(const char *name)
{
	const char	*path = getenv("PATH");
	char		*dir, *p, *copy, *tok, *save;

	if ((dir = self_dir()) != NULL) {
		xasprintf(&p, "%s/mentor-%s", dir, name);
		free(dir);
		if (executable(p))
			return p;
		free(p);
	}
	if (path == NULL)
		return NULL;
	copy = xstrdup(path);
	for (tok = strtok_r(copy, ":", &save); tok != NULL;
	    tok = strtok_r(NULL, ":", &save)) {
		xasprintf(&p, "%s/mentor-%s", *tok ? tok : ".", name);
		if (executable(p)) {
			free(copy);
			return p;
		}
		free(p);
	}
	free(copy);
	return NULL;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collect the mentor-* programs of one directory. */
static void
scan_dir(const char *dir, char ***names, size_t *n)
{
	DIR		*dp;
	struct dirent	*de;
	char		*p;
	size_t		 i;

	if ((dp = opendir(dir)) == NULL)
		return;
	while ((de = readdir(dp)) != NULL) {
		if (strncmp(de->d_name, "mentor-", 7) != 0 ||
		    de->d_name[7] == '\0' || strchr(de->d_name, '.') != NULL)
			continue;
		xasprintf(&p, "%s/%s", dir, de->d_name);
		if (!executable(p)) {
			free(p);
			continue;
		}
		free(p);
		for (i = 0; i < *n; i++)
			if (strcmp((*names)[i], de->d_name + 7) == 0)
				break;
		if (i < *n)
			continue;
		*names = xreallocarray(*names, *n + 1, sizeof(**names));
		(*names)[(*n)++] = xstrdup(de->d_name + 7);
	}
	closedir(dp);
}

/* `mentor help`: the programs found, a line each. */
static int
help(void)
{
	const char	*path = getenv("PATH");
	char		**names = NULL, *dir, *copy, *tok, *save;
	const char	*what;
	size_t		 n = 0, i, k, w = 0;

	if ((dir = self_dir()) != NULL) {
		scan_dir(dir, &names, &n);
		free(dir);
	}
	if (path != NULL) {
		copy = xstrdup(path);
		for (tok = strtok_r(copy, ":", &save); tok != NULL;
		    tok = strtok_r(NULL, ":", &save))
			scan_dir(*tok ? tok : ".", &names, &n);
		free(copy);
	}
	if (n > 0)
		qsort(names, n, sizeof(*names), name_cmp);
	for (i = 0; i < n; i++)
		if (strlen(names[i]) > w)
			w = strlen(names[i]);
	printf("usage: mentor command [argument ...]\n\n"
	    "The commands (run 'mentor help COMMAND' for one's options):\n");
	for (i = 0; i < n; i++) {
		what = "(a program found in PATH)";
		for (k = 0; k < sizeof(known) / sizeof(known[0]); k++)
			if (strcmp(known[k].name, names[i]) == 0)
				what = known[k].what;
		printf("  %-*s  %s\n", (int)w, names[i], what);
		free(names[i]);
	}
	free(names);
	return out_close(0);
}

static int
run(const char *name, char **argv)
{
	char	*path;

	if (strchr(name, '/') != NULL || *name == '\0' || *name == '-' ||
	    (path = find_cmd(name)) == NULL) {
		warnx("'%s' is not a mentor command (see 'mentor help')",
		    name);
		return EX_USAGE;
	}
	argv[0] = path;
	fflush(stdout);
	execv(path, argv);
	warn("cannot run '%s'", path);
	free(path);
	return EX_OSERR;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help",	no_argument,	NULL, 'h' },
		{ "version",	no_argument,	NULL, OPT_VERSION },
		{ NULL,		0,		NULL, 0 }
	};
	char	*hargv[3];
	int	 c;

	cli_init(argv);
	/* Stop at the command: its options are its own. */
	while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(0);
		case OPT_VERSION:
			print_version();
			return out_close(0);
		default:
			usage(1);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage(1);
	if (strcmp(argv[0], "help") == 0) {
		if (argc == 1)
			return help();
		hargv[0] = argv[1];
		hargv[1] = "--help";
		hargv[2] = NULL;
		return run(argv[1], hargv);
	}
	return run(argv[0], argv);
}
