#include "config.h"

#include <ctype.h>
#include <err.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * Options described once (struct optdef): getopt's short and long tables
 * are made from the descriptions, --help prints them, and a bad option is
 * named in one line.
 */

const struct optdef common_opts[] = {
	{ 'C', "directory", "dir", 0, "use the journal in dir (else "
	    "$MENTOR_JOURNAL, else the folder holding mentor.yaml)" },
	{ 'f', "format", "format", 0, "print text, paths, tsv, json, jsonl, "
	    "md, html or ics (those the command prints)" },
	{ '0', "null", NULL, 0, "records read and paths printed end with a "
	    "NUL, not a newline" },
	{ 'q', "quiet", NULL, 0, "print nothing; exit 0 when anything matched "
	    "or was done, 1 when not" },
	{ OPT_COLOR, "color", "[when]", 0, "colour: auto (a terminal, no "
	    "NO_COLOR), always or never" },
	{ OPT_NO_HEADER, "no-header", NULL, 0, "no header line in tsv" },
	{ 'h', "help", NULL, 0, "print this help" },
	{ OPT_VERSION, "version", NULL, 0, "print the version" },
	{ 0, NULL, NULL, 0, NULL }
};

const struct optdef listing_opts[] = {
	{ 'i', "ignore-case", NULL, O_I, "--grep and --match ignore case" },
	{ 'n', NULL, "n", O_N, "print the first n records (the journal is "
	    "still read whole)" },
	{ 'r', "reverse", NULL, O_R, "reverse the order" },
	{ 0, NULL, NULL, 0, NULL }
};

/* Is the option's key also its short option? */
static int
has_short(const struct optdef *d)
{
	return d->key > 0 && d->key < 128;
}

/* Make getopt's tables from the descriptions (a NULL-ended list of them). */
void
getopts_init(struct getopts *g, const struct optdef *const *tabs)
{
	const struct optdef	*d;
	size_t			 n = 0, k;

	memset(g, 0, sizeof(*g));
	g->tabs = tabs;
	buf_init(&g->shortopts);
	/* ':' first: a missing argument is told from an unknown option. */
	buf_addstr(&g->shortopts, ":");
	for (k = 0; tabs[k] != NULL; k++)
		for (d = tabs[k]; d->key != 0; d++)
			n++;
	g->longopts = xcalloc(n + 1, sizeof(*g->longopts));
	n = 0;
	for (k = 0; tabs[k] != NULL; k++)
		for (d = tabs[k]; d->key != 0; d++) {
			if (has_short(d)) {
				buf_addch(&g->shortopts, d->key);
				if (d->arg != NULL)
					buf_addstr(&g->shortopts,
					    d->arg[0] == '[' ? "::" : ":");
			}
			if (d->name == NULL)
				continue;
			g->longopts[n].name = d->name;
			g->longopts[n].has_arg = d->arg == NULL ? no_argument :
			    d->arg[0] == '[' ? optional_argument :
			    required_argument;
			g->longopts[n].val = d->key;
			n++;
		}
}

/* Stop at the first operand (a command), as POSIX getopt does. */
void
getopts_stop(struct getopts *g)
{
	struct buf	 b = BUF_INIT;

	buf_addch(&b, '+');
	buf_addstr(&b, g->shortopts.buf);
	buf_release(&g->shortopts);
	g->shortopts = b;
}

/* The description of the option with getopt value key, or NULL. */
const struct optdef *
optdef_find(const struct optdef *const *tabs, int key)
{
	const struct optdef	*d;
	size_t			 k;

	for (k = 0; tabs[k] != NULL; k++)
		for (d = tabs[k]; d->key != 0; d++)
			if (d->key == key)
				return d;
	return NULL;
}

/* How a message names an option: "-m" when it has a letter, else "--due". */
const char *
optdef_name(const struct optdef *d, char *s, size_t n)
{
	if (has_short(d) || d->name == NULL)
		snprintf(s, n, "-%c", d->key);
	else
		snprintf(s, n, "--%s", d->name);
	return s;
}

/* Say what is wrong in one line, then where help is; exit 64. */
void
usage_error(const char *sub, const char *fmt, ...)
{
	va_list	 ap;

	fprintf(stderr, "%s: ", progname());
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (sub != NULL)
		fprintf(stderr, "\ntry '%s %s --help'\n", progname(), sub);
	else
		fprintf(stderr, "\ntry '%s --help'\n", progname());
	exit(EX_USAGE);
}

/*
 * The next option (getopt_long's value), or -1 after the last one.  An
 * unknown option or a missing argument is exit 64 with a one-line
 * message.
 */
int
getopts_next(struct getopts *g, int argc, char **argv)
{
	const struct optdef	*d;
	char			 s[64];
	int			 c;

	opterr = 0;
	c = getopt_long(argc, argv, g->shortopts.buf, g->longopts, NULL);
	if (c == '?') {
		/* An unknown long option leaves optopt 0. */
		if (optopt == 0)
			usage_error(NULL, "unknown option '%s'",
			    argv[optind - 1]);
		/* A known long option given a value it does not take. */
		d = optdef_find(g->tabs, optopt);
		if (d != NULL && d->name != NULL && strncmp(argv[optind - 1],
		    "--", 2) == 0 && strncmp(argv[optind - 1] + 2, d->name,
		    strlen(d->name)) == 0 && argv[optind - 1][2 +
		    strlen(d->name)] == '=')
			usage_error(NULL, "--%s takes no value", d->name);
		usage_error(NULL, "unknown option '-%c'", optopt);
	}
	if (c == ':') {
		if ((d = optdef_find(g->tabs, optopt)) != NULL)
			usage_error(NULL, "%s needs a value (%s)",
			    optdef_name(d, s, sizeof(s)), d->arg);
		usage_error(NULL, "'%s' needs a value", argv[optind - 1]);
	}
	return c;
}

void
getopts_release(struct getopts *g)
{
	buf_release(&g->shortopts);
	free(g->longopts);
}

#define HELP_COL	26	/* where descriptions start */
#define HELP_WIDTH	79

/* Print text from column col, wrapped at HELP_WIDTH with that indent. */
static void
help_wrap(const char *text, size_t col, size_t at)
{
	const char	*p = text, *sp, *end;
	size_t		 w;

	while (*p != '\0') {
		if (at < col) {
			printf("%*s", (int)(col - at), "");
			at = col;
		}
		w = HELP_WIDTH - col;
		end = p + strlen(p);
		if ((size_t)(end - p) > w) {
			/* The last blank within the width, else the first. */
			for (sp = p + w; sp > p && *sp != ' '; sp--)
				;
			if (sp == p && (sp = strchr(p + w, ' ')) == NULL)
				sp = end;
			end = sp;
		}
		printf("%.*s\n", (int)(end - p), p);
		for (p = end; *p == ' '; p++)
			;
		at = 0;
	}
	if (at != 0)
		putchar('\n');
}

/* One option: "  -C, --directory dir", then its description. */
void
help_opt(const struct optdef *d, const char *also)
{
	struct buf	 b = BUF_INIT, text = BUF_INIT;
	size_t		 at;

	buf_addstr(&b, "  ");
	if (has_short(d))
		buf_addf(&b, "-%c%s", d->key, d->name != NULL ? ", " : "");
	else
		buf_addstr(&b, "    ");
	if (d->name != NULL)
		buf_addf(&b, "--%s", d->name);
	if (d->arg != NULL && d->arg[0] == '[')
		buf_addf(&b, "[=%.*s]", (int)strlen(d->arg) - 2, d->arg + 1);
	else if (d->arg != NULL)
		buf_addf(&b, " %s", d->arg);
	fputs(b.buf, stdout);
	at = b.len;
	if (at + 2 > HELP_COL) {
		putchar('\n');
		at = 0;
	}
	buf_addstr(&text, d->desc);
	if (also != NULL)
		buf_addf(&text, " (%s)", also);
	help_wrap(text.buf, HELP_COL, at);
	buf_release(&b);
	buf_release(&text);
}

/*
 * --help: the usage, what the program is for, its commands and every
 * option, saying which commands take the ones not all take; or (one) a
 * command's usage, what it does and its options.  Exit 0.
 */
void
help_print(const struct helpdoc *h, const struct sub *one)
{
	const struct optdef	*d;
	struct buf		 also = BUF_INIT;
	size_t			 k, i;
	int			 every;

	if (one != NULL) {
		printf("usage: %s %s\n\n", progname(), one->usage);
		printf("%c%s.\n", toupper((unsigned char)one->desc[0]),
		    one->desc + 1);
		for (k = 0, i = 0; h->tabs[k] != NULL; k++)
			for (d = h->tabs[k]; d->key != 0; d++)
				if (d->bit != 0 && (d->bit & one->opts)) {
					if (i++ == 0)
						printf("\nOptions:\n");
					help_opt(d, NULL);
				}
		if (i > 0)
			printf("\nAnd the options of every %s: see '%s "
			    "--help'.\n", h->cmdlabel, progname());
		else
			printf("\nOptions: those of every %s (see '%s "
			    "--help').\n", h->cmdlabel, progname());
		exit(out_close(0));
	}
	printf("usage: %s %s\n\n", progname(), h->synopsis);
	help_wrap(h->about, 0, 0);
	if (h->nsubs > 0) {
		printf("\n%s:\n", h->cmdword);
		for (i = 0; i < h->nsubs; i++) {
			printf("  %-12s", h->subs[i].name);
			help_wrap(h->subs[i].desc, 15, 14);
		}
	}
	printf("\nOptions:\n");
	for (k = 0; h->tabs[k] != NULL; k++)
		for (d = h->tabs[k]; d->key != 0; d++) {
			buf_reset(&also);
			every = 1;
			for (i = 0; d->bit != 0 && i < h->nsubs; i++) {
				if (!(h->subs[i].opts & d->bit)) {
					every = 0;
					continue;
				}
				buf_addf(&also, "%s%s", also.len ? ", " : "",
				    h->subs[i].name);
			}
			help_opt(d, every || also.len == 0 ? NULL : also.buf);
		}
	buf_release(&also);
	if (h->nsubs > 0 && h->subs[0].desc != NULL)
		printf("\nRun '%s %s --help' for one %s.\n", progname(),
		    h->cmdlabel, h->cmdlabel);
	exit(out_close(0));
}

/*
 * Check the operands of a subcommand against its counts: one line saying
 * what is missing or extra, then where help is, exit 64.
 */
void
sub_operands(const struct sub *s, int argc, char **argv)
{
	if (argc < s->min)
		usage_error(s->name, "%s: missing arguments (want %s)",
		    s->name, s->args);
	if (s->max >= 0 && argc > s->max)
		usage_error(s->name, "%s: unexpected argument '%s' (want %s)",
		    s->name, argv[s->max], s->args);
}
