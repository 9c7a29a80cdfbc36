#include "config.h"

#include <ctype.h>
#include <err.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * Naming records on the command line: ids, paths and "-" resolved to
 * records of the journal, with near matches for a typo.
 */

/*
 * The edit distance between a[0..la) and b[0..lb): insertions, deletions,
 * substitutions and swaps of two neighbours ("jnae" is one from "jane")
 * each count one (the optimal string alignment distance).
 */
static size_t
osa(const char *a, size_t la, const char *b, size_t lb)
{
	size_t	 i, k, c, v, *d;

	if (la > 200 || lb > 200)
		return SIZE_MAX;
#define D(x, y)	d[(x) * (lb + 1) + (y)]
	d = xreallocarray(NULL, (la + 1) * (lb + 1), sizeof(*d));
	for (i = 0; i <= la; i++)
		D(i, 0) = i;
	for (k = 0; k <= lb; k++)
		D(0, k) = k;
	for (i = 1; i <= la; i++)
		for (k = 1; k <= lb; k++) {
			c = a[i - 1] != b[k - 1];
			v = D(i - 1, k - 1) + c;
			if (D(i - 1, k) + 1 < v)
				v = D(i - 1, k) + 1;
			if (D(i, k - 1) + 1 < v)
				v = D(i, k - 1) + 1;
			if (i > 1 && k > 1 && a[i - 1] == b[k - 2] &&
			    a[i - 2] == b[k - 1] && D(i - 2, k - 2) + 1 < v)
				v = D(i - 2, k - 2) + 1;
			D(i, k) = v;
		}
	v = D(la, lb);
#undef D
	free(d);
	return v;
}

/*
 * How far an id is from what was typed, for suggestions: the distance to
 * the whole id, or (typed three characters or more) to its start or one
 * of its words, as typed ("leed" is one from "lead-a-team", "smiht" one
 * from "jane-smith"), whichever is least, the whole id first when they
 * tie.  What is near enough is at most 2 + n/4 from the whole id, or
 * max(1, n/4) from a start or word.
 */
static size_t
near_distance(const char *arg, const char *id)
{
	size_t	 n = strlen(arg), m = strlen(id), d, best, w, lim;
	const char *p, *e;

	/* Twice the distance; one more for a start or a word. */
	best = osa(arg, n, id, m);
	best = best <= 2 + n / 4 ? 2 * best : SIZE_MAX;
	if (n < 3)
		return best;
	lim = n / 4 > 1 ? n / 4 : 1;
	if (m > n && (d = osa(arg, n, id, n)) <= lim && 2 * d + 1 < best)
		best = 2 * d + 1;
	for (p = id; *p != '\0'; p = *e ? e + 1 : e) {
		if ((e = strchr(p, '-')) == NULL)
			e = p + strlen(p);
		w = (size_t)(e - p);
		if (w > 0 && (d = osa(arg, n, p, w)) <= lim && 2 * d + 1 < best)
			best = 2 * d + 1;
	}
	return best;
}

/* The id of the given type nearest to id, when one is near enough. */
const char *
journal_near(struct journal *j, enum rtype t, const char *id)
{
	const struct reclist	*l = journal_list(j, t);
	const char		*best = NULL;
	size_t			 i, d, bd = SIZE_MAX;

	for (i = 0; i < l->n; i++)
		if ((d = near_distance(id, l->v[i].id)) < bd) {
			bd = d;
			best = l->v[i].id;
		}
	return best;
}

static const char *
mask_name(unsigned mask)
{
	int	 t;

	for (t = 0; t < R_NTYPES; t++)
		if (mask == RT_MASK(t))
			return rtype_name(t);
	return "record";
}

static void
rec_copy(struct rec *dst, const struct rec *src)
{
	size_t	 n = strlen(src->rel) + 1, m = strlen(src->id) + 1;

	dst->type = src->type;
	dst->rel = xmalloc(n + m);
	memcpy(dst->rel, src->rel, n);
	memcpy(dst->rel + n, src->id, m);
	dst->id = dst->rel + n;
}

/*
 * Resolve a record named by the user (DESIGN.md §1 "Ids"): a path, an
 * exact id, or a unique prefix of an id, among the types in mask.
 */
int
journal_resolve(struct journal *j, unsigned mask, const char *arg,
    struct rec *out)
{
	const struct reclist	*l;
	const struct rec	*exact = NULL, *pre = NULL;
	struct buf		 msg = BUF_INIT;
	size_t			 i, nexact = 0, npre = 0, alen = strlen(arg);
	size_t			 best = SIZE_MAX, d, shown;
	int			 t;

	if (strchr(arg, '/') != NULL || (alen > 3 &&
	    strcmp(arg + alen - 3, ".md") == 0)) {
		int rc = journal_rel(j, arg, out);

		if (rc == 0 && !(mask & RT_MASK(out->type))) {
			warnx("'%s' is not a %s", arg, mask_name(mask));
			rec_release(out);
			return EX_USAGE;
		}
		return rc;
	}
	if (alen == 0) {
		warnx("empty %s name", mask_name(mask));
		return EX_USAGE;
	}
	/*
	 * An exact id of a person or goal is one file: no need to list the
	 * folder (writers given full ids stay fast).  Entries may share an
	 * id across year folders, so they are always listed.
	 */
	if ((mask == RT_MASK(R_PERSON) || mask == RT_MASK(R_GOAL)) &&
	    strchr(arg, '.') == NULL) {
		char *rel;

		xasprintf(&rel, "%s/%s.md", rtype_dir(mask == RT_MASK(R_GOAL) ?
		    R_GOAL : R_PERSON), arg);
		if (journal_exists(j, rel) && rec_from_rel(rel, out) == 0) {
			free(rel);
			return 0;
		}
		free(rel);
	}
	for (t = 0; t < R_NTYPES; t++) {
		if (!(mask & RT_MASK(t)))
			continue;
		l = journal_list(j, (enum rtype)t);
		for (i = 0; i < l->n; i++) {
			if (strcmp(l->v[i].id, arg) == 0) {
				if (nexact++ == 0)
					exact = &l->v[i];
			} else if (strncmp(l->v[i].id, arg, alen) == 0) {
				if (npre++ == 0)
					pre = &l->v[i];
			}
		}
	}
	if (nexact == 1 || (nexact == 0 && npre == 1)) {
		rec_copy(out, nexact ? exact : pre);
		return 0;
	}
	if (nexact > 1 || npre > 1) {
		buf_addf(&msg, "'%s' is ambiguous:", arg);
		shown = 0;
		for (t = 0; t < R_NTYPES; t++) {
			if (!(mask & RT_MASK(t)))
				continue;
			l = journal_list(j, (enum rtype)t);
			for (i = 0; i < l->n; i++)
				if (nexact > 1 ? strcmp(l->v[i].id, arg) == 0 :
				    strncmp(l->v[i].id, arg, alen) == 0) {
					if (shown++ < 10)
						buf_addf(&msg, " %s",
						    nexact > 1 ? l->v[i].rel :
						    l->v[i].id);
				}
		}
		if (shown > 10)
			buf_addf(&msg, " (and %zu more)", shown - 10);
		warnx("%s", msg.buf);
		buf_release(&msg);
		return EX_USAGE;
	}
	/* Unknown: suggest the nearest ids. */
	for (t = 0; t < R_NTYPES; t++) {
		if (!(mask & RT_MASK(t)))
			continue;
		l = journal_list(j, (enum rtype)t);
		for (i = 0; i < l->n; i++)
			if ((d = near_distance(arg, l->v[i].id)) < best)
				best = d;
	}
	buf_addf(&msg, "no %s '%s'", mask_name(mask), arg);
	if (best != SIZE_MAX) {
		shown = 0;
		for (t = 0; t < R_NTYPES; t++) {
			if (!(mask & RT_MASK(t)))
				continue;
			l = journal_list(j, (enum rtype)t);
			for (i = 0; i < l->n && shown < 5; i++)
				if (near_distance(arg, l->v[i].id) == best)
					buf_addf(&msg, "%s'%s'", shown++ ?
					    ", " : " (did you mean ",
					    l->v[i].id);
		}
		buf_addstr(&msg, "?)");
	}
	warnx("%s", msg.buf);
	buf_release(&msg);
	return EX_NOINPUT;
}

/*
 * A record named by a path relative to the working directory (or
 * absolute): find its place inside the journal.
 */
int
journal_rel(struct journal *j, const char *path, struct rec *out)
{
	const char	*rel = NULL;
	char		*real = NULL;
	size_t		 n = strlen(j->root), an = strlen(j->abs);
	int		 rc = 0;

	if (*j->root == '\0' && path[0] != '/' && strncmp(path, "../", 3))
		rel = path;
	else if (n > 0 && strncmp(path, j->root, n) == 0 && path[n] == '/')
		rel = path + n + 1;
	else if ((real = xrealpath(path)) != NULL &&
	    strncmp(real, j->abs, an) == 0 && real[an] == '/')
		rel = real + an + 1;
	else if (real == NULL) {
		warnx("no record '%s'", path);
		return EX_NOINPUT;
	}
	if (rel == NULL) {
		warnx("'%s' is not in the journal '%s'", path,
		    *j->root ? j->root : ".");
		rc = EX_NOINPUT;
	} else if (rec_from_rel(rel, out) != 0) {
		warnx("'%s' is not a record (people/*.md, goals/*.md or "
		    "log/YYYY/*.md)", path);
		rc = EX_NOINPUT;
	} else if (!journal_exists(j, out->rel)) {
		warnx("no record '%s'", path);
		rec_release(out);
		rc = EX_NOINPUT;
	}
	free(real);
	return rc;
}

/*
 * The record named by one line of input: an id, a path, a tsv line (its
 * first field) or a "path:line:" line (its path).
 */
static char *
line_record(char *s)
{
	char	*p, *q;

	if ((p = strchr(s, '\t')) != NULL)
		*p = '\0';
	for (p = s; (p = strchr(p, ':')) != NULL; p++) {
		for (q = p + 1; isdigit((unsigned char)*q); q++)
			;
		if (q > p + 1 && (*q == ':' || *q == '\0')) {
			*p = '\0';
			break;
		}
	}
	return s;
}

/* Read records from a stream, one a line or NUL-separated. */
int
journal_stdin(struct journal *j, unsigned mask, int nul, FILE *f,
    struct reclist *l)
{
	char		*line = NULL, *s;
	size_t		 cap = 0, lineno = 0;
	ssize_t		 n;
	struct rec	 r;
	int		 rc, status = 0, tsv;

	while ((n = getdelim(&line, &cap, nul ? '\0' : '\n', f)) != -1) {
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' ||
		    (nul && line[n - 1] == '\0')))
			line[--n] = '\0';
		tsv = strchr(line, '\t') != NULL;
		s = line_record(line);
		if (*s == '\0')
			continue;
		/* The header line of `list -f tsv` names its columns. */
		if (lineno == 1 && tsv && (strcmp(s, "id") == 0 ||
		    strcmp(s, "path") == 0))
			continue;
		if ((rc = journal_resolve(j, mask, s, &r)) != 0)
			status = status_merge(status, rc);
		else
			reclist_add(l, &r);
	}
	if (ferror(f)) {
		warn("reading standard input");
		status = status_merge(status, EX_IOERR);
	}
	free(line);
	return status;
}

/* For finding the records named twice: by rel, then by place. */
struct seen {
	const char	*rel;
	size_t		 at;
};

static int
seen_cmp(const void *a, const void *b)
{
	const struct seen	*x = a, *y = b;
	int			 c;

	if ((c = strcmp(x->rel, y->rel)) != 0)
		return c;
	return x->at < y->at ? -1 : x->at > y->at;
}

/* Keep the first of the records a list names more than once, in order. */
static void
reclist_once(struct reclist *l)
{
	struct seen	*v;
	char		*drop;
	size_t		 i, k;

	if (l->n < 2)
		return;
	v = xreallocarray(NULL, l->n, sizeof(*v));
	drop = xcalloc(l->n, 1);
	for (i = 0; i < l->n; i++) {
		v[i].rel = l->v[i].rel;
		v[i].at = i;
	}
	qsort(v, l->n, sizeof(*v), seen_cmp);
	for (i = 1; i < l->n; i++)
		if (strcmp(v[i].rel, v[i - 1].rel) == 0)
			drop[v[i].at] = 1;
	for (i = k = 0; i < l->n; i++)
		if (drop[i])
			rec_release(&l->v[i]);
		else
			l->v[k++] = l->v[i];
	l->n = k;
	free(drop);
	free(v);
}

/*
 * Collect the records named by arguments ("-" reads stdin), each once
 * (`log actions | log list -` names an entry for each of its items).
 * Keeps going after a bad one and returns the worst status.
 */
int
journal_args(struct journal *j, unsigned mask, int argc, char **argv,
    int nul, struct reclist *l)
{
	struct rec	 r;
	int		 i, rc, status = 0, stdin_done = 0;

	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0) {
			if (stdin_done++)
				continue;
			rc = journal_stdin(j, mask, nul, stdin, l);
		} else if ((rc = journal_resolve(j, mask, argv[i], &r)) == 0)
			reclist_add(l, &r);
		status = status_merge(status, rc);
	}
	reclist_once(l);
	return status;
}
