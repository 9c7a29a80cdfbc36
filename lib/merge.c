#include "config.h"

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * The three-way merge of a record (mentor-merge, git's merge driver).
 * The front matter is merged key by key: a top-level key and the lines
 * up to the next one (its comments with it) are one unit, taken from the
 * side that changed it; list fields that both sides changed merge as
 * sets.  The body is merged by git's own line merge (git merge-file),
 * with every task item stood in for by its identity (its text without
 * box and done: stamp), so that the two sides ticking different items
 * never touch the same line; the items are put back afterwards, each
 * merged on its own, and a conflict between task items alone (items
 * added on both sides, different items edited) is settled item by item.
 * Every byte comes from one of the three versions: what no side changed
 * stays as it was.
 */

#define MARK	40	/* git merge-file's markers, longer than any line's */

/* One version: its doc, and the front matter cut into units by key. */
struct unit {
	const char	*key;		/* "" for the lines before the first */
	const char	*p;
	size_t		 len;
	struct ynode	*val;		/* NULL for the lines before */
};
struct side {
	struct doc	 d;
	int		 ok;		/* parsed as a record */
	struct unit	*u;
	size_t		 nu;
	int		 flat;		/* keys share lines: one unit */
};

struct mctx {
	struct side	 s[3];		/* base, ours, theirs */
	int		 marker;	/* conflict markers' length */
	const char	*eol;		/* ours' line end */
	const char	*name;
	struct buf	*out;
	int		 conflicts;
	unsigned	 line;		/* lines written to out so far */
};
enum { O, A, B };

static const char *const list_keys[] = { "with", "goals", "skills", "tags",
	"areas", "needs", NULL };

/* Count lines written so far (for messages). */
static void
put(struct mctx *m, const char *p, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		m->line += p[i] == '\n';
	buf_add(m->out, p, n);
}

static void
note(struct mctx *m, const char *what)
{
	m->conflicts++;
	diag(m->name, m->line + 1, 0, "conflict: %s", what);
}

/* A side's text with its line ends made ours (when its first differs). */
static void
same_eol(const char *p, size_t n, int crlf, struct buf *b)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (crlf && p[i] == '\n' && (i == 0 || p[i - 1] != '\r'))
			buf_addch(b, '\r');
		if (!crlf && p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
			continue;
		buf_addch(b, p[i]);
	}
}

static int
first_crlf(const char *p, size_t n)
{
	const char	*nl = memchr(p, '\n', n);

	return nl != NULL && nl > p && nl[-1] == '\r';
}

/* The start of the line holding offset off. */
static size_t
line_start(const char *data, size_t from, size_t off)
{
	while (off > from && data[off - 1] != '\n')
		off--;
	return off;
}

/* Cut a parsed side's front matter into units, one a top-level key. */
static void
cut_units(struct side *sd)
{
	struct doc	*d = &sd->d;
	struct ynode	*fm = d->fm;
	size_t		 i, k, n, start, prev;

	n = fm != NULL && fm->type == Y_MAP ? fm->nkids / 2 : 0;
	sd->u = xcalloc(n + 1, sizeof(*sd->u));
	prev = d->fm_off;
	sd->u[0].key = "";
	sd->u[0].p = d->data + d->fm_off;
	for (i = 0, k = 1; i < n; i++) {
		start = line_start(d->data, d->fm_off, fm->kids[2 * i]->off);
		if (start < prev || (i > 0 && start == prev)) {
			sd->flat = 1;
			break;
		}
		sd->u[k - 1].len = start - (size_t)(sd->u[k - 1].p - d->data);
		sd->u[k].key = fm->kids[2 * i]->str != NULL ?
		    fm->kids[2 * i]->str : "";
		sd->u[k].p = d->data + start;
		sd->u[k].val = fm->kids[2 * i + 1];
		prev = start;
		k++;
	}
	if (sd->flat) {
		k = 1;
		sd->u[0].len = d->fm_end - d->fm_off;
		sd->nu = 1;
		return;
	}
	sd->u[k - 1].len = d->fm_end - (size_t)(sd->u[k - 1].p - d->data);
	sd->nu = k;
}

static const struct unit *
unit_of(const struct side *sd, const char *key)
{
	size_t	 i;

	for (i = 0; i < sd->nu; i++)
		if (strcmp(sd->u[i].key, key) == 0)
			return &sd->u[i];
	return NULL;
}

static int
unit_eq(const struct unit *x, const struct unit *y)
{
	if (x == NULL || y == NULL)
		return x == y;
	return x->len == y->len && memcmp(x->p, y->p, x->len) == 0;
}

static int
is_list_key(const char *key)
{
	size_t	 i;

	for (i = 0; list_keys[i] != NULL; i++)
		if (strcmp(list_keys[i], key) == 0)
			return 1;
	return 0;
}

/* The items of a list field as strings, or -1 when they are not. */
static int
list_of(struct ynode *v, char ***out, size_t *n)
{
	struct ynode	**items, *one;
	size_t		 i, k;

	*out = NULL;
	*n = 0;
	k = ynode_items(v, &items, &one);
	for (i = 0; i < k; i++) {
		if (items[i]->type != Y_SCALAR) {
			strv_free(*out, *n);
			*out = NULL;
			*n = 0;
			return -1;
		}
		strv_push(out, n, xstrdup(items[i]->str));
	}
	return 0;
}

static int
has(char **v, size_t n, const char *s)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return 1;
	return 0;
}

/*
 * A list field both sides changed: ours' items less those theirs removed,
 * then those theirs added, written in ours' place and style.  0, or -1
 * when the values are not lists.
 */
static int
merge_list(struct mctx *m, const struct unit *uo, const struct unit *ua,
    const struct unit *ub)
{
	char		**o, **a, **b;
	size_t		 no, na, nb, i, first = 1, off, end;
	struct ynode	*v = ua->val;
	struct buf	 t = BUF_INIT;
	const char	*base = m->s[A].d.data;
	unsigned	 col;
	int		 block;

	if (list_of(uo->val, &o, &no) == -1)
		return -1;
	if (list_of(ua->val, &a, &na) == -1 || list_of(ub->val, &b, &nb) ==
	    -1) {
		strv_free(o, no);
		strv_free(a, na);
		return -1;
	}
	block = v->type == Y_SEQ && v->style == YS_BLOCK && v->nkids > 0;
	col = block ? v->col : 0;
	off = v->off;
	end = block ? v->kids[v->nkids - 1]->end : v->end;
	for (i = 0; i < na + nb; i++) {
		const char *it = i < na ? a[i] : b[i - na];

		if (i < na ? (has(o, no, it) && !has(b, nb, it)) :
		    (has(o, no, it) || has(a, na, it)))
			continue;
		if (block) {
			if (!first) {
				buf_addstr(&t, m->eol);
				buf_addf(&t, "%*s", (int)(col - 1), "");
			}
			buf_addstr(&t, "- ");
		} else
			buf_addstr(&t, first ? "[" : ", ");
		yaml_scalar(&t, it);
		first = 0;
	}
	if (!block)
		buf_addstr(&t, first ? "[]" : "]");
	else if (first)
		buf_addstr(&t, "[]");
	/* The unit, its value replaced. */
	put(m, ua->p, (size_t)(base + off - ua->p));
	put(m, t.buf, t.len);
	put(m, base + end, (size_t)(ua->p + ua->len - (base + end)));
	buf_release(&t);
	strv_free(o, no);
	strv_free(a, na);
	strv_free(b, nb);
	return 0;
}

/* Write text with each line commented out. */
static void
put_commented(struct mctx *m, const char *p, size_t n)
{
	const char	*nl;

	while (n > 0) {
		nl = memchr(p, '\n', n);
		put(m, "# ", 2);
		if (nl == NULL) {
			put(m, p, n);
			put(m, m->eol, strlen(m->eol));
			return;
		}
		put(m, p, (size_t)(nl - p + 1));
		n -= (size_t)(nl - p + 1);
		p = nl + 1;
	}
}

static void
put_marker(struct mctx *m, int ch, const char *label, int comment)
{
	struct buf	 b = BUF_INIT;
	int		 i;

	if (comment)
		buf_addstr(&b, "# ");
	for (i = 0; i < m->marker; i++)
		buf_addch(&b, ch);
	if (label != NULL)
		buf_addf(&b, " %s", label);
	buf_addstr(&b, m->eol);
	put(m, b.buf, b.len);
	buf_release(&b);
}

/*
 * A key both sides changed two ways: ours stays in force, theirs is
 * there commented out, between commented conflict markers (the YAML
 * still reads; mentor-check names them).
 */
static void
fm_conflict(struct mctx *m, const char *key, const struct unit *ua,
    const struct unit *ub)
{
	char	*what;

	if (*key != '\0')
		xasprintf(&what, "'%s' changed on both sides", key);
	else
		what = xstrdup("the front matter's first lines changed on "
		    "both sides");
	note(m, what);
	free(what);
	put_marker(m, '<', "ours", 1);
	if (ua != NULL)
		put(m, ua->p, ua->len);
	put_marker(m, '=', NULL, 1);
	if (ub != NULL)
		put_commented(m, ub->p, ub->len);
	put_marker(m, '>', "theirs", 1);
}

/* Merge one key (its units on each side, NULL where absent). */
static void
merge_unit(struct mctx *m, const char *key, const struct unit *uo,
    const struct unit *ua, const struct unit *ub)
{
	const struct unit	*u;

	if (unit_eq(ua, ub) || unit_eq(uo, ub))
		u = ua;
	else if (unit_eq(uo, ua))
		u = ub;
	else {
		if (uo != NULL && ua != NULL && ub != NULL &&
		    uo->val != NULL && ua->val != NULL && ub->val != NULL &&
		    is_list_key(key) && merge_list(m, uo, ua, ub) == 0)
			return;
		fm_conflict(m, key, ua, ub);
		return;
	}
	if (u != NULL)
		put(m, u->p, u->len);
}

/*
 * The front matter: ours' keys in ours' order, each merged, and after each
 * the keys theirs added that followed it there.
 */
static void
merge_fm(struct mctx *m)
{
	struct side	*so = &m->s[O], *sa = &m->s[A], *sb = &m->s[B];
	size_t		 i, k;
	int		*done;

	if (sa->flat || sb->flat || so->flat) {
		struct unit	 uo = so->u[0], ua = sa->u[0], ub = sb->u[0];

		uo.key = ua.key = ub.key = "";
		uo.len = so->d.fm_end - so->d.fm_off;
		ua.len = sa->d.fm_end - sa->d.fm_off;
		ub.len = sb->d.fm_end - sb->d.fm_off;
		uo.p = so->d.data + so->d.fm_off;
		ua.p = sa->d.data + sa->d.fm_off;
		ub.p = sb->d.data + sb->d.fm_off;
		uo.val = ua.val = ub.val = NULL;
		merge_unit(m, "", &uo, &ua, &ub);
		return;
	}
	done = xcalloc(sb->nu + 1, sizeof(*done));
	for (i = 0; i < sa->nu; i++) {
		const char *key = sa->u[i].key;

		merge_unit(m, key, unit_of(so, key), &sa->u[i],
		    unit_of(sb, key));
		for (k = 0; k < sb->nu; k++)
			if (strcmp(sb->u[k].key, key) == 0)
				done[k] = 1;
		/* Keys theirs added right after this one. */
		for (k = 0; k < sb->nu; k++) {
			if (strcmp(sb->u[k].key, key) != 0)
				continue;
			for (k++; k < sb->nu && !done[k] &&
			    unit_of(sa, sb->u[k].key) == NULL; k++) {
				done[k] = 1;
				merge_unit(m, sb->u[k].key, unit_of(so,
				    sb->u[k].key), NULL, &sb->u[k]);
			}
			break;
		}
	}
	/* The rest of theirs: keys ours removed, or new ones elsewhere. */
	for (k = 0; k < sb->nu; k++)
		if (!done[k])
			merge_unit(m, sb->u[k].key, unit_of(so, sb->u[k].key),
			    NULL, &sb->u[k]);
	free(done);
}

/*
 * The body as lines, each task item's line stood in for by its identity:
 * "\2" + the text less box and done: stamp + "\3" + which of that text it
 * is (1 for the first).  real[i] is the line as written.
 */
struct lines {
	char		**canon;
	const char	**real;
	size_t		*rlen;
	size_t		 n;
};

static void
identity(const char *text, struct buf *b)
{
	const char	*p = text, *q;
	size_t		 start = b->len;

	while (*p != '\0') {
		q = p + strcspn(p, " \t");
		if (!(q - p > 5 && strncmp(p, "done:", 5) == 0)) {
			if (b->len > start)
				buf_addch(b, ' ');
			buf_add(b, p, (size_t)(q - p));
		}
		p = q + strspn(q, " \t");
	}
}

static void
body_lines(const struct doc *d, struct lines *l)
{
	const char	*p = d->data + d->close_end, *end = d->data + d->len;
	const char	*nl;
	struct buf	 c = BUF_INIT;
	size_t		 t = 0, k, seen;

	memset(l, 0, sizeof(*l));
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		nl = nl != NULL ? nl + 1 : end;
		l->canon = xreallocarray(l->canon, l->n + 1, sizeof(*l->canon));
		l->real = xreallocarray(l->real, l->n + 1, sizeof(*l->real));
		l->rlen = xreallocarray(l->rlen, l->n + 1, sizeof(*l->rlen));
		while (t < d->ntasks && d->data + d->tasks[t].off < p)
			t++;
		buf_reset(&c);
		if (t < d->ntasks && d->data + d->tasks[t].off == p) {
			buf_addch(&c, '\2');
			identity(d->tasks[t].text, &c);
			/* The how-manyth item of this identity. */
			for (k = seen = 0; k < l->n; k++)
				if (l->canon[k][0] == '\2' &&
				    strncmp(l->canon[k], c.buf, c.len) == 0 &&
				    l->canon[k][c.len] == '\3')
					seen++;
			buf_addf(&c, "\3%zu\n", seen + 1);
		} else
			buf_add(&c, p, (size_t)(nl - p));
		l->canon[l->n] = xstrdup(c.buf);
		l->real[l->n] = p;
		l->rlen[l->n] = (size_t)(nl - p);
		l->n++;
		p = nl;
	}
	buf_release(&c);
}

static void
lines_release(struct lines *l)
{
	strv_free(l->canon, l->n);
	free(l->real);
	free(l->rlen);
}

/* The real line of side s for a canonical one, or NULL. */
static const char *
real_of(const struct lines *l, const char *canon, size_t *len)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->canon[i], canon) == 0) {
			*len = l->rlen[i];
			return l->real[i];
		}
	return NULL;
}

static int
same(const char *x, size_t xn, const char *y, size_t yn)
{
	if (x == NULL || y == NULL)
		return x == y;
	return xn == yn && memcmp(x, y, xn) == 0;
}

/*
 * Put back one canonical line: a task item merged from its three
 * versions (a conflict when both sides changed it two ways), else the
 * line itself.
 */
static void
put_line(struct mctx *m, struct lines *l, const char *canon)
{
	const char	*o, *a, *b;
	size_t		 on = 0, an = 0, bn = 0;

	if (canon[0] != '\2') {
		put(m, canon, strlen(canon));
		return;
	}
	o = real_of(&l[O], canon, &on);
	a = real_of(&l[A], canon, &an);
	b = real_of(&l[B], canon, &bn);
	if (a != NULL && (b == NULL || same(a, an, b, bn) ||
	    same(o, on, b, bn)))
		put(m, a, an);
	else if (a == NULL || same(o, on, a, an))
		put(m, b, bn);
	else {
		note(m, "a task item changed on both sides");
		put_marker(m, '<', "ours", 0);
		put(m, a, an);
		put_marker(m, '=', NULL, 0);
		put(m, b, bn);
		put_marker(m, '>', "theirs", 0);
	}
}

/* A hunk of git merge-file's output: the three sides' lines. */
struct hunk {
	char	**v[3];
	size_t	 n[3];
};

static int
all_tasks(char **v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (v[i][0] != '\2')
			return 0;
	return 1;
}

/* Is x (nx lines) a subsequence of y?  map[i] is where x[i] is in y. */
static int
subseq(char **x, size_t nx, char **y, size_t ny, size_t *map)
{
	size_t	 i = 0, k;

	for (k = 0; k < ny && i < nx; k++)
		if (strcmp(x[i], y[k]) == 0)
			map[i++] = k;
	return i == nx;
}

/*
 * Settle a conflict hunk made of task items alone: items edited in place
 * on each side (line by line), items added on both sides (ours' then
 * theirs' new ones), or one side's edits on the other's additions.
 * Returns the lines (new vector, n set), or NULL when it stays a conflict.
 */
static char **
settle(const struct hunk *h, size_t *n)
{
	char	**r = NULL, **e, **grown;
	size_t	 i, k, nr = 0, *map, ne, ng;
	int	 ok = 1;

	if (!all_tasks(h->v[O], h->n[O]) || !all_tasks(h->v[A], h->n[A]) ||
	    !all_tasks(h->v[B], h->n[B]))
		return NULL;
	map = xcalloc(h->n[O] + 1, sizeof(*map));
	if (h->n[A] == h->n[O] && h->n[B] == h->n[O]) {
		for (i = 0; i < h->n[O] && ok; i++) {
			const char *o = h->v[O][i], *a = h->v[A][i],
			    *b = h->v[B][i];

			if (strcmp(a, b) == 0 || strcmp(o, b) == 0)
				strv_push(&r, &nr, xstrdup(a));
			else if (strcmp(o, a) == 0)
				strv_push(&r, &nr, xstrdup(b));
			else
				ok = 0;
		}
	} else if (subseq(h->v[O], h->n[O], h->v[A], h->n[A], map) &&
	    subseq(h->v[O], h->n[O], h->v[B], h->n[B], map)) {
		/* Additions on both sides. */
		for (i = 0; i < h->n[A]; i++)
			strv_push(&r, &nr, xstrdup(h->v[A][i]));
		for (i = 0; i < h->n[B]; i++)
			if (!has(h->v[A], h->n[A], h->v[B][i]))
				strv_push(&r, &nr, xstrdup(h->v[B][i]));
	} else {
		/* One side edits in place, the other adds. */
		int	 ed = h->n[A] == h->n[O] ? A : B;

		e = h->v[ed];
		ne = h->n[ed];
		grown = h->v[ed == A ? B : A];
		ng = h->n[ed == A ? B : A];
		if (ne != h->n[O] || !subseq(h->v[O], h->n[O], grown, ng,
		    map))
			ok = 0;
		for (k = 0, i = 0; ok && k < ng; k++) {
			if (i < h->n[O] && map[i] == k)
				strv_push(&r, &nr, xstrdup(e[i++]));
			else
				strv_push(&r, &nr, xstrdup(grown[k]));
		}
	}
	free(map);
	if (!ok) {
		strv_free(r, nr);
		return NULL;
	}
	*n = nr;
	return r;
}

/* Is line a marker of git merge-file's: MARK times ch, then a label? */
static int
is_mark(const char *line, int ch)
{
	int	 i;

	for (i = 0; i < MARK; i++)
		if (line[i] != ch)
			return 0;
	return line[MARK] == ' ' || line[MARK] == '\n' || line[MARK] == '\r';
}

static void
put_hunk(struct mctx *m, struct lines *l, struct hunk *h)
{
	char	**r;
	size_t	 i, n;
	int	 s;

	if ((r = settle(h, &n)) != NULL) {
		for (i = 0; i < n; i++)
			put_line(m, l, r[i]);
		strv_free(r, n);
		return;
	}
	note(m, "the body changed on both sides");
	put_marker(m, '<', "ours", 0);
	for (i = 0; i < h->n[A]; i++)
		put_line(m, l, h->v[A][i]);
	put_marker(m, '=', NULL, 0);
	for (i = 0; i < h->n[B]; i++)
		put_line(m, l, h->v[B][i]);
	put_marker(m, '>', "theirs", 0);
	for (s = 0; s < 3; s++) {
		strv_free(h->v[s], h->n[s]);
		h->v[s] = NULL;
		h->n[s] = 0;
	}
}

/* Write the canonical lines of a side for git merge-file. */
static int
canon_file(const struct lines *l, const char *name, char **path)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;
	int		 rc;

	for (i = 0; i < l->n; i++)
		buf_addstr(&b, l->canon[i]);
	rc = tmp_file(name, b.buf, b.len, path);
	buf_release(&b);
	return rc;
}

/*
 * The body: git merge-file over the canonical lines (diff3 style, long
 * markers, so that its conflicts can be read back), then each line put
 * back and each conflict settled or written with markers.
 */
static int
merge_body(struct mctx *m)
{
	struct lines	 l[3];
	struct hunk	 h;
	struct buf	 res = BUF_INIT;
	char		*path[3] = { NULL, NULL, NULL }, mk[32];
	char		*argv[] = { "git", "merge-file", "-p", "--diff3", mk,
			    "-L", "ours", "-L", "base", "-L", "theirs", NULL,
			    NULL, NULL, NULL };
	const char	*p, *nl, *end;
	char		*line;
	int		 s, rc = 0, st, in = -1;

	for (s = 0; s < 3; s++)
		body_lines(&m->s[s].d, &l[s]);
	snprintf(mk, sizeof(mk), "--marker-size=%d", MARK);
	for (s = 0; s < 3 && rc == 0; s++)
		rc = canon_file(&l[s], s == O ? "base" : s == A ? "ours" :
		    "theirs", &path[s]);
	if (rc == 0) {
		argv[11] = path[A];
		argv[12] = path[O];
		argv[13] = path[B];
		st = proc_run(argv, &res, 1);
		if (st < 0 || st > 127) {
			warnx("%s: 'git merge-file' failed", m->name);
			rc = EX_UNAVAILABLE;
		}
	}
	for (s = 0; s < 3; s++)
		tmp_remove(path[s]);
	memset(&h, 0, sizeof(h));
	end = res.buf + res.len;
	for (p = res.buf; rc == 0 && p < end; p = nl) {
		nl = memchr(p, '\n', (size_t)(end - p));
		nl = nl != NULL ? nl + 1 : end;
		line = xstrndup(p, (size_t)(nl - p));
		if (in == -1 && is_mark(line, '<'))
			in = A;
		else if (in == A && is_mark(line, '|'))
			in = O;
		else if ((in == A || in == O) && is_mark(line, '='))
			in = B;
		else if (in == B && is_mark(line, '>')) {
			put_hunk(m, l, &h);
			in = -1;
		} else if (in != -1) {
			strv_push(&h.v[in], &h.n[in], line);
			continue;
		} else
			put_line(m, l, line);
		free(line);
	}
	for (s = 0; s < 3; s++) {
		strv_free(h.v[s], h.n[s]);
		lines_release(&l[s]);
	}
	buf_release(&res);
	return rc;
}

/*
 * A file that does not read as a record (on any side): git's line merge
 * of the whole, its conflicts as git writes them.
 */
static int
merge_plain(const char *const data[3], const size_t len[3], int marker,
    const char *name, struct buf *out, int *conflicts)
{
	char	*path[3] = { NULL, NULL, NULL }, mk[32];
	char	*argv[] = { "git", "merge-file", "-p", mk, "-L", "ours", "-L",
		    "base", "-L", "theirs", NULL, NULL, NULL, NULL };
	int	 s, rc = 0, st;

	snprintf(mk, sizeof(mk), "--marker-size=%d", marker);
	for (s = 0; s < 3 && rc == 0; s++)
		rc = tmp_file(s == O ? "base" : s == A ? "ours" : "theirs",
		    data[s], len[s], &path[s]);
	if (rc == 0) {
		argv[10] = path[A];
		argv[11] = path[O];
		argv[12] = path[B];
		st = proc_run(argv, out, 1);
		if (st < 0 || st > 127) {
			warnx("%s: 'git merge-file' failed", name);
			rc = EX_UNAVAILABLE;
		} else if (st > 0) {
			*conflicts = st;
			diag(name, 0, 0, "conflict: not a record; merged "
			    "line by line");
		}
	}
	for (s = 0; s < 3; s++)
		tmp_remove(path[s]);
	return rc;
}

/*
 * Merge three versions of a record (base, ours, theirs) into out, with
 * conflict markers marker characters long; name is for messages.  Returns
 * 0 (*conflicts set: 0 for a clean merge) or a sysexits code after a
 * message.
 */
int
merge_record(const char *const data[3], const size_t len[3], int marker,
    const char *name, struct buf *out, int *conflicts)
{
	struct mctx		 m;
	struct doc_error	 err;
	struct buf		 t = BUF_INIT;
	const struct doc	*da;
	char			*copy;
	size_t			 n;
	int			 s, crlf, rc = 0, ok = 1;

	memset(&m, 0, sizeof(m));
	*conflicts = 0;
	crlf = first_crlf(data[A], len[A]);
	for (s = 0; s < 3; s++) {
		buf_reset(&t);
		if (s != A && first_crlf(data[s], len[s]) != crlf)
			same_eol(data[s], len[s], crlf, &t);
		else
			buf_add(&t, data[s], len[s]);
		copy = buf_detach(&t, &n);
		m.s[s].ok = doc_parse(&m.s[s].d, name, copy, n, &err) == 0;
		ok = ok && m.s[s].ok;
	}
	buf_release(&t);
	if (!ok) {
		for (s = 0; s < 3; s++)
			doc_free(&m.s[s].d);
		return merge_plain(data, len, marker, name, out, conflicts);
	}
	m.marker = marker;
	m.eol = crlf ? "\r\n" : "\n";
	m.name = name;
	m.out = out;
	for (s = 0; s < 3; s++)
		cut_units(&m.s[s]);
	da = &m.s[A].d;
	/* The BOM: ours, unless only theirs changed it. */
	if (m.s[O].d.bom == da->bom ? m.s[B].d.bom : da->bom)
		put(&m, "\xEF\xBB\xBF", 3);
	put(&m, da->data + (da->bom ? 3 : 0), da->fm_off - (da->bom ? 3 : 0));
	merge_fm(&m);
	put(&m, da->data + da->fm_end, da->close_end - da->fm_end);
	rc = merge_body(&m);
	*conflicts = m.conflicts;
	for (s = 0; s < 3; s++) {
		free(m.s[s].u);
		doc_free(&m.s[s].d);
	}
	return rc;
}
