#include "config.h"

#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * What the programs with subcommands share: choosing the subcommand,
 * their options and operands, and the arguments they check the same way.
 */

/* The subcommand called name, or NULL. */
const struct sub *
sub_find(const struct sub *subs, size_t n, const char *name)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(name, subs[i].name) == 0)
			return &subs[i];
	return NULL;
}

/*
 * After getopt: the subcommand named by argv[0].  None, or an unknown one,
 * is exit 64 naming the commands.  An option it does not take (a bit of
 * seen not in its opts) is exit 64 naming the option.
 */
const struct sub *
sub_select(const struct sub *subs, size_t n, int argc, char **argv,
    unsigned seen, const struct optdef *const *tabs)
{
	const struct sub	*s;
	const struct optdef	*d;
	struct buf		 names = BUF_INIT;
	char			 on[64];
	size_t			 i, k;

	for (i = 0; i < n; i++)
		buf_addf(&names, "%s%s", i ? ", " : "", subs[i].name);
	if (argc == 0)
		usage_error(NULL, "no command (%s)", names.buf);
	if ((s = sub_find(subs, n, argv[0])) == NULL)
		usage_error(NULL, "unknown command '%s' (%s)", argv[0],
		    names.buf);
	buf_release(&names);
	for (k = 0; tabs[k] != NULL; k++)
		for (d = tabs[k]; d->key != 0; d++)
			if (seen & ~s->opts & d->bit)
				usage_error(s->name, "%s does not go with %s",
				    optdef_name(d, on, sizeof(on)), s->name);
	return s;
}

/*
 * Run a program of subcommands (see mentor.h): the shared options and the
 * listing ones (-i, -n, -r) are taken here, the program's own by p->opt.
 * Readers report a bad mentor.yaml as they read (scan); writers here.
 */
int
prog_main(const struct program *p, struct opts *o, int argc, char **argv)
{
	const struct optdef	*tabs[4];
	const struct helpdoc	 h = { "[options] command [argument ...]",
	    p->about, "Commands", "command", p->subs, p->nsubs, tabs };
	struct journal		 j;
	struct getopts		 g;
	const struct sub	*s;
	unsigned		 seen = 0, bit, any = 0;
	size_t			 i, nt = 0;
	int			 c, rc, help = 0;

	/* The listing options only in a program with a command that lists. */
	for (i = 0; i < p->nsubs; i++)
		any |= p->subs[i].opts;
	tabs[nt++] = common_opts;
	if (any & (O_I | O_N | O_R))
		tabs[nt++] = listing_opts;
	tabs[nt++] = p->opts;
	tabs[nt] = NULL;
	cli_init(argv);
	opts_init(o);
	getopts_init(&g, tabs);
	while ((c = getopts_next(&g, argc, argv)) != -1) {
		if (opts_common(o, c, optarg) ||
		    opts_listing(o, c, optarg, &seen))
			continue;
		if (c == 'h')
			help = 1;
		else if ((bit = p->opt(c, optarg)) != 0)
			seen |= bit;
	}
	getopts_release(&g);
	argc -= optind;
	argv += optind;
	if (help && (argc == 0 || sub_find(p->subs, p->nsubs, argv[0]) ==
	    NULL))
		help_print(&h, NULL);
	s = sub_select(p->subs, p->nsubs, argc, argv, seen, tabs);
	if (help)
		help_print(&h, s);
	sub_operands(s, argc - 1, argv + 1);
	if (p->check != NULL)
		p->check(s);
	if ((rc = journal_find(&j, o->C, s->flags & SUB_WRITES ? 0 :
	    JF_QUIET)) != 0)
		return rc;
	/* Writers commit what they write when autocommit is on. */
	if (s->flags & SUB_WRITES)
		commit_setup(&j, s->name);
	rc = s->run(s, &j, argc - 1, argv + 1);
	journal_close(&j);
	return out_close(rc);
}

/* Append a string (not copied) to a growing vector. */
void
strv_push(char ***v, size_t *n, const char *s)
{
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	(*v)[(*n)++] = (char *)s;
}

/* A date argument, relative forms allowed; a bad one is exit 64. */
mdate
date_arg(const char *opt, const char *v, mdate today, int week_start)
{
	mdate	 d;

	if (date_parse(v, today, week_start, &d) != 0)
		errx(EX_USAGE, "%s: bad date '%s' (YYYY-MM-DD, today, +3d, "
		    "friday, eom...)", opt, v);
	return d;
}

/*
 * The period of --period, or of --since and --until (inclusive, either
 * open), for weeks starting on week_start.  Exit 64 on a bad value, on
 * --period with either of the others, and on --since after --until.
 */
void
period_args(struct period *p, const char *period, const char *since,
    const char *until, mdate today, int week_start)
{
	char	 a[DATE_STRLEN], b[DATE_STRLEN];

	p->since = p->until = DATE_NONE;
	if (period != NULL) {
		if (since != NULL || until != NULL)
			errx(EX_USAGE, "--period does not go with --since or "
			    "--until");
		if (period_parse(period, today, week_start, p) != 0)
			errx(EX_USAGE, "--period: bad period '%s' (2026, "
			    "2026-11, 2026-Q4, 2026-W47, this-month, "
			    "last-week...)", period);
		return;
	}
	if (since != NULL)
		p->since = date_arg("--since", since, today, week_start);
	if (until != NULL)
		p->until = date_arg("--until", until, today, week_start);
	if (p->since != DATE_NONE && p->until != DATE_NONE &&
	    p->since > p->until) {
		date_format(p->since, a);
		date_format(p->until, b);
		errx(EX_USAGE, "--since %s is after --until %s", a, b);
	}
}

/* A record named by id, prefix or path, as its full id; exits on failure. */
char *
id_arg(struct journal *j, enum rtype t, const char *v)
{
	struct rec	 r;
	char		*id;
	int		 rc;

	if ((rc = journal_resolve(j, RT_MASK(t), v, &r)) != 0)
		exit(rc);
	id = xstrdup(r.id);
	rec_release(&r);
	return id;
}

/* An enum argument: exit 64 naming the option and the values. */
void
enum_arg(const char *opt, const char *v, const char *set)
{
	struct buf	 b = BUF_INIT;
	const char	*p;

	if (v == NULL || schema_in_set(v, set))
		return;
	for (p = set; *p != '\0'; p++)
		if (*p == '|')
			buf_addstr(&b, ", ");
		else
			buf_addch(&b, *p);
	errx(EX_USAGE, "%s: unknown value '%s' (one of: %s)", opt, v, b.buf);
}

/* Is v one of the words of a comma-separated list? */
int
csv_has(const char *list, const char *v)
{
	size_t		 n = strlen(v);
	const char	*p = list, *e;

	for (;;) {
		e = strchr(p, ',');
		if ((size_t)((e ? e : p + strlen(p)) - p) == n &&
		    strncmp(p, v, n) == 0)
			return 1;
		if (e == NULL)
			return 0;
		p = e + 1;
	}
}

/* Free a vector of n strings. */
void
strv_free(char **v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Append a scalar, quoted only when YAML needs it. */
void
yaml_scalar(struct buf *b, const char *v)
{
	if (yaml_needs_quote(v))
		yaml_quote(v, b);
	else
		buf_addstr(b, v);
}

/* Append "key: value" and a newline for a new record; NULL adds nothing. */
void
yaml_kv(struct buf *b, const char *key, const char *v)
{
	if (v == NULL)
		return;
	buf_addf(b, "%s: ", key);
	yaml_scalar(b, v);
	buf_addch(b, '\n');
}

/* Append "key: [a, b]" and a newline; an empty list adds nothing. */
void
yaml_kvlist(struct buf *b, const char *key, char **v, size_t n)
{
	size_t	 i;

	if (n == 0)
		return;
	buf_addf(b, "%s: [", key);
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addstr(b, ", ");
		yaml_scalar(b, v[i]);
	}
	buf_addstr(b, "]\n");
}

/*
 * Options given more than once: one rule for every program.  An option
 * that takes one value may be given again with the same value (as
 * written), which changes nothing; another value is a usage error naming
 * the option.  opt_once() keeps v in *slot.
 */
void
opt_once(const char **slot, const char *name, const char *v)
{
	if (*slot != NULL && strcmp(*slot, v) != 0)
		errx(EX_USAGE, "%s: given twice ('%s', then '%s')", name,
		    *slot, v);
	*slot = v;
}

/*
 * The same for an option naming one record of type t, given n times (v
 * as written): every name must lead to the same record, whichever way it
 * is named (id, prefix, path).  Returns its full id (the caller frees
 * it), or NULL when n is 0; an unknown or ambiguous name exits.
 */
char *
id_once(struct journal *j, enum rtype t, const char *name, char *const *v,
    size_t n)
{
	char	*id = NULL, *next;
	size_t	 i;

	for (i = 0; i < n; i++) {
		next = id_arg(j, t, v[i]);
		if (id != NULL && strcmp(id, next) != 0)
			errx(EX_USAGE, "%s: given twice ('%s', then '%s')",
			    name, id, next);
		free(id);
		id = next;
	}
	return id;
}

/*
 * A repeatable option naming records of type t: each name in v[0..n)
 * (as written, not owned) is replaced by its full id (a new string), and
 * a record named twice, whichever way, is kept once, where first named.
 * Returns how many are left; an unknown or ambiguous name exits.
 */
size_t
ids_each(struct journal *j, enum rtype t, char **v, size_t n)
{
	size_t	 i, k, m = 0;
	char	*id;

	for (i = 0; i < n; i++) {
		id = id_arg(j, t, v[i]);
		for (k = 0; k < m && strcmp(v[k], id) != 0; k++)
			;
		if (k < m)
			free(id);
		else
			v[m++] = id;
	}
	return m;
}

/*
 * A repeatable option whose values are words (tags, skills): the same
 * word again is kept once, where first given.  Returns how many are left.
 */
size_t
words_each(char **v, size_t n)
{
	size_t	 i, k, m = 0;

	for (i = 0; i < n; i++) {
		for (k = 0; k < m && strcmp(v[k], v[i]) != 0; k++)
			;
		if (k == m)
			v[m++] = v[i];
	}
	return m;
}
