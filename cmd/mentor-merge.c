/*
 * mentor-merge: git's merge driver for the records of a journal
 * (gitattributes(5), "Defining a custom merge driver").
 */
#include "config.h"

#include <err.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

enum { OPT_MARKER = OPT_FIRST_LOCAL };

static const struct optdef opts[] = {
	{ OPT_MARKER, "marker-size", "n", 0, "conflict markers n characters "
	  "long (git's %L; 7 unless told)" },
	{ 'h', "help", NULL, 0, "print this help" },
	{ OPT_VERSION, "version", NULL, 0, "print the version" },
	{ 0, NULL, NULL, 0, NULL }
};

static const struct optdef *const tabs[] = { opts, NULL };

static const struct helpdoc help = {
	"[options] base ours theirs [path]",
	"Merge three versions of a record into ours, as git's merge driver: "
	"front matter key by key, task items by identity, the rest of the "
	"body line by line; exit 1 when conflicts are left.",
	NULL, NULL, NULL, 0, tabs
};

/*
 * Replace the file at path (git's temporary copy of our side) with the
 * merge, atomically, writing in its folder as the writers do.
 */
static int
write_ours(const char *path, const struct buf *out)
{
	struct journal	 j;
	const char	*slash = strrchr(path, '/');
	char		*dir;
	int		 rc;

	dir = slash == NULL ? xstrdup(".") : slash == path ? xstrdup("/") :
	    xstrndup(path, (size_t)(slash - path));
	if ((rc = journal_open_dir(&j, dir)) == 0) {
		rc = file_replace(&j, slash == NULL ? path : slash + 1,
		    out->buf, out->len, NULL, 0);
		journal_close(&j);
	} else
		rc = EX_IOERR;
	free(dir);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct getopts		 g;
	struct doc_error	 e;
	struct buf		 out = BUF_INIT;
	char			*data[3] = { NULL, NULL, NULL }, *end;
	const char		*name;
	size_t			 len[3];
	long			 marker = 7;
	int			 c, i, rc = 0, conflicts = 0;

	cli_init(argv);
	getopts_init(&g, tabs);
	while ((c = getopts_next(&g, argc, argv)) != -1) {
		switch (c) {
		case 'h':
			help_print(&help, NULL);
		case OPT_MARKER:
			marker = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || marker < 1 ||
			    marker > 100)
				usage_error(NULL, "bad --marker-size '%s' (1 "
				    "to 100)", optarg);
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
	if (argc < 3 || argc > 4)
		usage_error(NULL, "want base, ours and theirs, and the "
		    "record's path");
	name = argc == 4 ? argv[3] : argv[1];
	for (i = 0; i < 3 && rc == 0; i++)
		if ((rc = doc_readat(AT_FDCWD, argv[i], &data[i], &len[i],
		    &e)) != 0) {
			diag(argv[i], 0, 0, "%s", e.msg);
			rc = rc == EX_NOINPUT ? EX_NOINPUT : EX_IOERR;
		}
	if (rc == 0)
		rc = merge_record((const char *const *)data, len, (int)marker,
		    name, &out, &conflicts);
	/* The result goes to ours, where git looks for it. */
	if (rc == 0)
		rc = write_ours(argv[1], &out);
	for (i = 0; i < 3; i++)
		free(data[i]);
	buf_release(&out);
	if (rc == 0 && conflicts > 0)
		rc = EX_PROBLEM;
	return out_close(rc);
}
