#include "config.h"

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

void
opts_init(struct opts *o)
{
	memset(o, 0, sizeof(*o));
	o->fmt = FMT_NONE;
	o->color = COLOR_AUTO;
	o->limit = -1;
}

/*
 * Handle -i, -n N and -r, the options of every list; note each in seen.
 * Returns 1 when c was one of them, else 0; a bad number is exit 64.
 */
int
opts_listing(struct opts *o, int c, const char *arg, unsigned *seen)
{
	char	*end;

	switch (c) {
	case 'i':
		o->icase = 1;
		*seen |= O_I;
		return 1;
	case 'n':
		opt_once(&o->limit_arg, "-n", arg);
		o->limit = strtol(arg, &end, 10);
		if (*arg == '\0' || *end != '\0' || o->limit < 0)
			errx(EX_USAGE, "-n: bad number '%s'", arg);
		*seen |= O_N;
		return 1;
	case 'r':
		o->reverse = 1;
		*seen |= O_R;
		return 1;
	}
	return 0;
}

/*
 * Handle one of the options every program shares.  Returns 1 when c was
 * one of them, 0 when it is the caller's, and exits 64 on a bad value or
 * on one given twice with different values (opt_once).
 */
int
opts_common(struct opts *o, int c, const char *arg)
{
	switch (c) {
	case '0':
		o->nul = 1;
		return 1;
	case 'C':
		opt_once(&o->C, "-C", arg);
		return 1;
	case 'f':
		opt_once(&o->fmt_arg, "-f", arg);
		/* html and ics are known only where they are printed. */
		if ((o->fmt = fmt_parse(arg)) == FMT_NONE || (o->fmt >=
		    FMT_DOCS && !(o->docs & 1U << o->fmt)))
			errx(EX_USAGE, "unknown format '%s' (text, paths, tsv, "
			    "json, jsonl, md%s)", arg, o->docs ? ", html, ics" :
			    "");
		return 1;
	case 'q':
		o->quiet = 1;
		return 1;
	case OPT_COLOR:
		opt_once(&o->color_arg, "--color", arg != NULL ? arg : "always");
		if ((o->color = color_parse(arg)) < 0)
			errx(EX_USAGE, "bad --color value '%s' (auto, always, "
			    "never)", arg);
		return 1;
	case OPT_NO_HEADER:
		o->no_header = 1;
		return 1;
	case OPT_VERSION:
		print_version();
		exit(out_close(0));
	}
	return 0;
}

/*
 * The format to print in: the one asked for, else text on a terminal and
 * deflt (usually paths) elsewhere.
 */
int
opts_fmt(const struct opts *o, int deflt)
{
	if (o->fmt != FMT_NONE)
		return o->fmt;
	return isatty(STDOUT_FILENO) ? FMT_TEXT : deflt;
}

void
print_version(void)
{
	printf("%s %s\n", progname(), PACKAGE_VERSION);
}
