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
	{ "config",	"the settings of a journal, mentor.yaml" },
	{ "goals",	"goals and milestones" },
	{ "init",	"make a new journal" },
	{ "log",	"check-ins, meetings, feedback and action items" },
	{ "merge",	"the git merge driver for records" },
	{ "people",	"mentors, mentees, peers and prospects" },
	{ "report",	"summary, progress, cadence and other reports" },
};

static const char	*argv0;
/*
 * The directory this program was run from, or NULL: /proc/self/exe where
 * there is one, else argv[0] when it holds a slash.
 */
static char *
self_dir(void)
{
	char	*p, *slash;

	if ((p = xrealpath("/proc/self/exe")) == NULL &&
	    (strchr(argv0, '/') == NULL || (p = xrealpath(argv0)) == NULL))
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
	printf("usage: mentor [options] command [argument ...]\n"
	    "       mentor help [command]\n\n"
	    "Run mentor-command: the programs of a mentorship journal kept as "
	    "plain text.\n\n"
	    "Commands (run 'mentor help command' for one's options):\n");
	for (i = 0; i < n; i++) {
		what = "(a program found in PATH)";
		for (k = 0; k < sizeof(known) / sizeof(known[0]); k++)
			if (strcmp(known[k].name, names[i]) == 0)
				what = known[k].what;
		printf("  %-*s  %s\n", (int)w, names[i], what);
		free(names[i]);
	}
	free(names);
	printf("\nOptions given before the command are passed to it:\n");
	for (k = 0; common_opts[k].key != 0; k++)
		if (common_opts[k].key != 'h' &&
		    common_opts[k].key != OPT_VERSION)
			help_opt(&common_opts[k], NULL);
	printf("  -h, --help              print this help\n"
	    "      --version           print the version\n");
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
	const struct optdef *const tabs[] = { common_opts, NULL };
	struct getopts	 g;
	char		**nargv, *hargv[3];
	int		 c, i, n, help_asked = 0;

	cli_init(argv);
	argv0 = argv[0];
	/*
	 * The shared options may come before the command (mentor -C DIR log
	 * list): they are handed to it.  Stop at the command.
	 */
	getopts_init(&g, tabs);
	getopts_stop(&g);
	while ((c = getopts_next(&g, argc, argv)) != -1)
		switch (c) {
		case 'h':
			help_asked = 1;
			break;
		case OPT_VERSION:
			getopts_release(&g);
			print_version();
			return out_close(0);
		}
	getopts_release(&g);
	n = optind - 1;
	if (n > 0 && strcmp(argv[optind - 1], "--") == 0)
		n--;
	argc -= optind;
	argv += optind;
	if (argc == 0 && help_asked)
		return help();
	if (argc == 0)
		usage_error(NULL, "no command");
	if (strcmp(argv[0], "help") == 0) {
		if (argc == 1)
			return help();
		hargv[0] = argv[1];
		hargv[1] = "--help";
		hargv[2] = NULL;
		return run(argv[1], hargv);
	}
	/* The command, the options before it, then its own arguments. */
	nargv = xcalloc((size_t)(argc + n + 2), sizeof(*nargv));
	nargv[0] = argv[0];
	for (i = 0; i < n; i++)
		nargv[1 + i] = argv[i - (optind - 1)];
	for (i = 1; i < argc; i++)
		nargv[n + i] = argv[i];
	if (help_asked)
		nargv[n + argc++] = "--help";
	/* run() returns only when the command could not be run. */
	c = run(argv[0], nargv);
	free(nargv);
	return c;
}
