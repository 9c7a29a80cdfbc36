#include "config.h"

#include <sys/stat.h>

#include <ctype.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "model.h"

/*
 * The operations every writing program offers on a record (DESIGN.md §3
 * "Writing"): set key=value, change a task item's status, edit in an
 * editor.  Each reads and writes the record under its lock, so two
 * programs changing one record never lose each other's change.
 */

/* One key=value, checked and made ready to write. */
struct assign {
	char	*key;
	char	**vals;
	size_t	 nvals;
	int	 aslist;
	int	 unset;
};

static void
assign_release(struct assign *a)
{
	size_t	 i;

	for (i = 0; i < a->nvals; i++)
		free(a->vals[i]);
	free(a->vals);
	free(a->key);
}

static void
assign_add(struct assign *a, const char *v, size_t n)
{
	while (n > 0 && isspace((unsigned char)*v)) {
		v++;
		n--;
	}
	while (n > 0 && isspace((unsigned char)v[n - 1]))
		n--;
	if (n == 0)
		return;
	a->vals = xreallocarray(a->vals, a->nvals + 1, sizeof(*a->vals));
	a->vals[a->nvals++] = xstrndup(v, n);
}

/*
 * A reference must name an existing record.  Written references are full
 * ids (DESIGN.md §1), so a unique prefix is replaced by its id, as every
 * command does for the records it takes; an ambiguous one is 64 listing
 * the candidates, an unknown one 66 with near matches.
 */
static int
check_ref(struct journal *j, enum rtype t, const char *key, char **id)
{
	const struct reclist	*l;
	const char		*near, *hit = NULL;
	struct buf		 msg = BUF_INIT;
	size_t			 i, n = strlen(*id), npre = 0;

	if (journal_find_id(j, t, *id) != NULL)
		return 0;
	l = journal_list(j, t);
	for (i = 0; i < l->n; i++)
		if (strncmp(l->v[i].id, *id, n) == 0 && npre++ == 0)
			hit = l->v[i].id;
	if (npre == 1) {
		free(*id);
		*id = xstrdup(hit);
		return 0;
	}
	if (npre > 1) {
		buf_addf(&msg, "%s: '%s' is ambiguous:", key, *id);
		for (i = 0; i < l->n; i++)
			if (strncmp(l->v[i].id, *id, n) == 0)
				buf_addf(&msg, " %s", l->v[i].id);
		warnx("%s", msg.buf);
		buf_release(&msg);
		return EX_USAGE;
	}
	if ((near = journal_near(j, t, *id)) != NULL)
		warnx("%s: no %s '%s' (did you mean '%s'?)", key,
		    rtype_name(t), *id, near);
	else
		warnx("%s: no %s '%s'", key, rtype_name(t), *id);
	return EX_NOINPUT;
}

/*
 * Read "key=value" for a record of type t: "key=" removes the key, a list
 * field or a value with commas becomes a flow list, dates may be relative
 * (written absolute), enums, cadences and references are checked.  An
 * unknown key is written with a warning.
 */
static int
assign_parse(struct journal *j, enum rtype t, const char *arg, mdate today,
    struct assign *a)
{
	const struct field	*f;
	const char		*eq = strchr(arg, '='), *v, *p, *q;
	struct buf		 msg = BUF_INIT;
	char			 ds[DATE_STRLEN];
	mdate			 d;
	size_t			 i;
	int			 rc = 0, b;

	memset(a, 0, sizeof(*a));
	if (eq == NULL || eq == arg) {
		warnx("bad assignment '%s' (want key=value)", arg);
		return EX_USAGE;
	}
	a->key = xstrndup(arg, (size_t)(eq - arg));
	v = eq + 1;
	for (p = a->key; *p != '\0'; p++)
		if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_') {
			warnx("bad key '%s' (letters, digits, '-' and '_')",
			    a->key);
			return EX_USAGE;
		}
	f = schema_field(t, a->key);
	if (*v == '\0') {
		if (f != NULL && f->required) {
			warnx("'%s' cannot be removed: %s %s needs one",
			    a->key, t == R_ENTRY ? "an" : "a", rtype_name(t));
			return EX_USAGE;
		}
		a->unset = 1;
		return 0;
	}
	if (f == NULL)
		warnx("unknown key '%s' for %s %s; written as given", a->key,
		    t == R_ENTRY ? "an" : "a", rtype_name(t));
	if (f != NULL && (f->type == F_LIST || f->type == F_PEOPLE ||
	    f->type == F_GOALS))
		a->aslist = 1;
	else if (f == NULL && strchr(v, ',') != NULL)
		a->aslist = 1;
	if (a->aslist) {
		for (p = v; (q = strchr(p, ',')) != NULL; p = q + 1)
			assign_add(a, p, (size_t)(q - p));
		assign_add(a, p, strlen(p));
	} else
		a->vals = xcalloc(1, sizeof(*a->vals)), a->nvals = 1,
		    a->vals[0] = xstrdup(v);
	if (f == NULL)
		return 0;
	switch (f->type) {
	case F_RATINGS:
		warnx("ratings cannot be set with key=value; edit the entry");
		return EX_USAGE;
	case F_DATE:
		if (date_parse(v, today, j->set.week_start, &d) != 0) {
			warnx("%s: bad date '%s' (YYYY-MM-DD, today, +3d, "
			    "friday, eom...)", a->key, v);
			return EX_USAGE;
		}
		date_format(d, ds);
		free(a->vals[0]);
		a->vals[0] = xstrdup(ds);
		break;
	case F_BOOL:
		if (parse_bool(v, &b) != 0) {
			warnx("%s: want true or false, not '%s'", a->key, v);
			return EX_USAGE;
		}
		free(a->vals[0]);
		a->vals[0] = xstrdup(b ? "true" : "false");
		a->aslist = EDIT_PLAIN;
		break;
	case F_PERSON:
		rc = check_ref(j, R_PERSON, a->key, &a->vals[0]);
		break;
	case F_PEOPLE:
	case F_GOALS:
		for (i = 0; i < a->nvals && rc == 0; i++)
			rc = check_ref(j, f->type == F_PEOPLE ? R_PERSON :
			    R_GOAL, a->key, &a->vals[i]);
		break;
	default:
		if (schema_value(f, v, &msg) != VP_OK) {
			warnx("%s", msg.buf);
			rc = EX_USAGE;
		}
	}
	buf_release(&msg);
	return rc;
}

struct set_ctx {
	struct assign	*a;
	size_t		 n;
};

/* Apply every assignment, one surgical edit after another. */
static int
set_cb(void *ctx, const char *path, char *data, size_t len, struct buf *out)
{
	struct set_ctx	*sc = ctx;
	struct doc	 d;
	struct buf	 b = BUF_INIT;
	size_t		 i, n;
	int		 rc;

	if ((rc = doc_reparse(&d, path, data, len, 0)) != 0)
		return rc;
	for (i = 0; i < sc->n; i++) {
		buf_reset(&b);
		if (sc->a[i].unset)
			rc = edit_unset(&d, sc->a[i].key, &b);
		else
			rc = edit_set(&d, sc->a[i].key,
			    (const char *const *)sc->a[i].vals, sc->a[i].nvals,
			    sc->a[i].aslist, &b);
		doc_free(&d);
		if (rc != 0) {
			buf_release(&b);
			return rc;
		}
		data = buf_detach(&b, &n);
		if ((rc = doc_reparse(&d, path, data, n, 0)) != 0)
			return rc;
	}
	buf_add(out, d.data, d.len);
	doc_free(&d);
	return 0;
}

/*
 * `set REC key=value...`: check every assignment first, then apply them
 * all in one atomic write.  Prints the record's path.
 */
int
recop_set(struct journal *j, const struct rec *r, int argc, char **argv,
    const struct opts *o)
{
	struct set_ctx	 sc;
	char		*path;
	int		 i, rc = 0, rc2;
	mdate		 today = date_today();

	if (argc == 0) {
		warnx("set: nothing to set (want key=value...)");
		return EX_USAGE;
	}
	sc.a = xcalloc((size_t)argc, sizeof(*sc.a));
	sc.n = 0;
	for (i = 0; i < argc; i++) {
		rc2 = assign_parse(j, r->type, argv[i], today, &sc.a[sc.n++]);
		rc = status_merge(rc, rc2);
	}
	path = journal_path(j, r->rel);
	if (rc == 0)
		rc = file_update(j->abs, path, set_cb, &sc);
	if (rc == 0 && !o->quiet)
		path_put(stdout, path, o->nul);
	for (i = 0; (size_t)i < sc.n; i++)
		assign_release(&sc.a[i]);
	free(sc.a);
	free(path);
	return rc;
}

const char *
task_action_name(int action)
{
	switch (action) {
	case TA_DONE:
		return "done";
	case TA_START:
		return "started";
	case TA_DROP:
		return "dropped";
	}
	return "open";
}

static int
action_status(int action)
{
	switch (action) {
	case TA_DONE:
		return TASK_DONE;
	case TA_START:
		return TASK_STARTED;
	case TA_DROP:
		return TASK_DROPPED;
	}
	return TASK_OPEN;
}

struct task_ctx {
	unsigned long	 line, idx;
	const char	*match;
	int		 action;
	mdate		 today;
	unsigned	 done_line;	/* out: the line changed */
	char		*text;		/* out: its text */
	int		 status;	/* out: its new status */
};

static int
task_cb(void *ctx, const char *path, char *data, size_t len, struct buf *out)
{
	struct task_ctx		*tc = ctx;
	const struct task	*t;
	struct doc		 d;
	struct buf		 b = BUF_INIT;
	size_t			 n;
	int			 rc, want = action_status(tc->action);
	unsigned		 line;

	if ((rc = doc_reparse(&d, path, data, len, 0)) != 0)
		return rc;
	if ((rc = task_find(&d, tc->line, tc->idx, tc->match, &t)) != 0) {
		doc_free(&d);
		return rc;
	}
	line = t->line;
	if (t->status == want && (tc->action == TA_DONE ?
	    t->done != DATE_NONE : t->done == DATE_NONE)) {
		diag(path, line, 0, "already %s: %s", task_status_word(want),
		    t->text);
		doc_free(&d);
		return EX_PROBLEM;
	}
	if ((rc = edit_task_status(&d, t, want, &b)) != 0)
		goto fail;
	doc_free(&d);
	data = buf_detach(&b, &n);
	if ((rc = doc_reparse(&d, path, data, n, 0)) != 0)
		return rc;
	if ((rc = task_find(&d, line, 0, NULL, &t)) != 0)
		goto fail;
	if (tc->action == TA_DONE || t->done != DATE_NONE) {
		if ((rc = edit_task_stamp(&d, t, "done", tc->action ==
		    TA_DONE ? tc->today : DATE_NONE, &b)) != 0)
			goto fail;
		doc_free(&d);
		data = buf_detach(&b, &n);
		if ((rc = doc_reparse(&d, path, data, n, 0)) != 0)
			return rc;
		if ((rc = task_find(&d, line, 0, NULL, &t)) != 0)
			goto fail;
	}
	tc->done_line = line;
	tc->text = xstrdup(t->text);
	tc->status = t->status;
	buf_add(out, d.data, d.len);
	doc_free(&d);
	return 0;
fail:
	buf_release(&b);
	doc_free(&d);
	return rc;
}

/*
 * `done|start|drop|reopen TASK`: TASK is REC:LINE, REC#N, or REC with
 * match.  Prints "path:line: [S] text" for the item changed.
 */
int
recop_task(struct journal *j, unsigned mask, const char *arg,
    const char *match, int action, const struct opts *o)
{
	struct task_ctx	 tc;
	struct rec	 r;
	char		*name, *path;
	int		 rc;

	memset(&tc, 0, sizeof(tc));
	name = task_addr_split(arg, &tc.line, &tc.idx);
	if (tc.line == 0 && tc.idx == 0 && match == NULL) {
		warnx("'%s': which item? (use %s:LINE, %s#N or --match TEXT)",
		    arg, arg, arg);
		free(name);
		return EX_USAGE;
	}
	if ((rc = journal_resolve(j, mask, name, &r)) != 0) {
		free(name);
		return rc;
	}
	free(name);
	tc.match = tc.line || tc.idx ? NULL : match;
	tc.action = action;
	tc.today = date_today();
	path = journal_path(j, r.rel);
	rc = file_update(j->abs, path, task_cb, &tc);
	if (rc == 0 && !o->quiet)
		printf("%s:%u: [%c] %s\n", path, tc.done_line, tc.status,
		    tc.text);
	free(tc.text);
	free(path);
	rec_release(&r);
	return rc;
}

static int
read_file(const char *path, char **data, size_t *len)
{
	struct doc		 d;
	struct doc_error	 e;
	int			 rc;

	/* doc_load reads whole files with the record limits. */
	rc = doc_load(&d, path, &e);
	if (d.data == NULL) {
		if (rc != 0)
			diag(path, e.line, e.col, "%s", e.msg);
		return rc ? rc : EX_IOERR;
	}
	*data = d.data;
	*len = d.len;
	d.data = NULL;
	doc_free(&d);
	return 0;
}

/*
 * Ask on the terminal; anything but 'e' abandons, and so does running
 * without one (stdin not a terminal, as for mentor-log's template), so
 * that a script is never stopped by a question.
 */
static int
ask_reedit(void)
{
	FILE	*tty;
	char	 line[64];
	int	 again = 0;

	if (!isatty(STDIN_FILENO) || (tty = fopen("/dev/tty", "r+")) == NULL)
		return 0;
	fprintf(tty, "What now? (e)dit again, (a)bandon: ");
	fflush(tty);
	if (fgets(line, sizeof(line), tty) != NULL)
		again = line[0] == 'e' || line[0] == 'E';
	fclose(tty);
	return again;
}

/*
 * `edit REC`: open a copy in $VISUAL/$EDITOR; on problems (mentor-check's
 * rules) offer to edit again or abandon, like visudo; replace the record
 * atomically only if it did not change meanwhile.
 */
int
recop_edit(struct journal *j, const struct rec *r, const struct opts *o)
{
	struct doc		 d;
	struct doc_error	 e;
	struct vctx		 cx;
	int			 enabled[C_NCHECKS];
	char			*path = journal_path(j, r->rel), *tmp = NULL;
	char			*orig = NULL, *now = NULL, *name;
	size_t			 olen, nlen, i;
	int			 rc, bad;

	memset(&cx, 0, sizeof(cx));
	if ((rc = read_file(path, &orig, &olen)) != 0)
		goto out;
	xasprintf(&name, "%s.md", r->id);
	rc = tmp_file(name, orig, olen, &tmp);
	free(name);
	if (rc != 0)
		goto out;
	for (i = 0; i < C_NCHECKS; i++)
		enabled[i] = i != C_UNKNOWN;
	cx.j = j;
	cx.enabled = enabled;
	validate_prepare(j);
	for (;;) {
		if (editor_run(tmp) != 0) {
			rc = EX_PROBLEM;
			goto out;
		}
		free(now);
		now = NULL;
		if ((rc = read_file(tmp, &now, &nlen)) != 0)
			goto out;
		if (nlen == olen && memcmp(now, orig, olen) == 0) {
			if (!o->quiet)
				fprintf(stderr, "%s: no changes to '%s'\n",
				    progname(), path);
			rc = 0;
			goto out;
		}
		bad = 0;
		if (doc_parse(&d, path, xstrndup(now, nlen), nlen, &e) != 0) {
			diag(path, e.line, e.col, "%s", e.msg);
			bad = 1;
		} else {
			model_check(&d, r, date_today(), &cx);
			vctx_sort(&cx);
			for (i = 0; i < cx.n; i++) {
				diag(path, cx.v[i].line, cx.v[i].col,
				    "%s: %s [%s]", cx.v[i].sev == SEV_ERROR ?
				    "error" : "warning", cx.v[i].msg,
				    checks[cx.v[i].check].name);
				bad |= cx.v[i].sev == SEV_ERROR;
			}
			vctx_clear(&cx);
		}
		doc_free(&d);
		if (!bad)
			break;
		if (!ask_reedit()) {
			warnx("abandoned; '%s' is unchanged", path);
			rc = EX_PROBLEM;
			goto out;
		}
	}
	if (r->type == R_ENTRY && (rc = entry_unplan(path, orig, olen, &now,
	    &nlen, date_today())) != 0)
		goto out;
	rc = file_replace(j->abs, path, now, nlen, orig, olen);
	if (rc != 0) {
		warnx("your edit is kept in '%s'", tmp);
		free(tmp);
		tmp = NULL;
	} else if (!o->quiet)
		path_put(stdout, path, o->nul);
out:
	vctx_release(&cx);
	tmp_remove(tmp);
	free(orig);
	free(now);
	free(path);
	return rc;
}

/* A byte range of a record to replace with new text. */
struct patch {
	size_t		 off, end;
	const char	*text;
	char		 quote;
};

static int
patch_cmp(const void *a, const void *b)
{
	const struct patch	*x = a, *y = b;

	return x->off < y->off ? -1 : x->off > y->off;
}

struct ren_ctx {
	enum rtype	 type;		/* of the record renamed */
	const char	*from, *to;
	size_t		 count;		/* out: references rewritten */
	char		*was, *now;	/* out: the record before and after */
	size_t		 waslen, nowlen;
};

/* A record rewritten, and how to put it back. */
struct undo {
	char		*path, *was, *now;
	size_t		 waslen, nowlen;
};

static void
patch_add(struct patch **v, size_t *n, size_t off, size_t end,
    const char *text, char quote)
{
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	(*v)[*n].off = off;
	(*v)[*n].end = end;
	(*v)[*n].text = text;
	(*v)[*n].quote = quote;
	(*n)++;
}

/* The references a field holds to the id being renamed. */
static void
patch_field(const struct doc *d, const char *key, struct ren_ctx *rc,
    struct patch **v, size_t *n)
{
	struct ynode	**items, *one;
	size_t		 i, k;
	char		 q;

	k = ynode_items(fm_get(d, key), &items, &one);
	for (i = 0; i < k; i++) {
		if (items[i]->type != Y_SCALAR ||
		    strcmp(items[i]->str, rc->from) != 0)
			continue;
		q = items[i]->style == YS_SINGLE ? '\'' :
		    items[i]->style == YS_DOUBLE ? '"' : 0;
		patch_add(v, n, items[i]->off, items[i]->end, rc->to, q);
	}
}

static int
idchar(int c)
{
	return isalnum(c) || c == '-' || c == '_' || c >= 0x80;
}

/* Rewrite every reference to rc->from in one record. */
static int
rename_cb(void *ctx, const char *path, char *data, size_t len,
    struct buf *out)
{
	struct ren_ctx	*rc = ctx;
	struct patch	*v = NULL;
	struct doc	 d;
	size_t		 n = 0, i, flen = strlen(rc->from), pos;
	const char	*p, *q, *line, *eol;
	int		 st;

	if ((st = doc_reparse(&d, path, data, len, 0)) != 0)
		return st;
	if (rc->type == R_GOAL)
		patch_field(&d, "goals", rc, &v, &n);
	else {
		patch_field(&d, "with", rc, &v, &n);
		patch_field(&d, "mentor", rc, &v, &n);
		for (i = 0; i < d.ntasks; i++) {
			line = d.data + d.tasks[i].off;
			eol = d.data + d.tasks[i].eol;
			for (p = line; (p = memchr(p, '@', (size_t)(eol -
			    p))) != NULL; p++) {
				pos = (size_t)(p - d.data);
				if ((p > line && !isspace((unsigned char)p[-1])) ||
				    (size_t)(eol - p - 1) < flen ||
				    memcmp(p + 1, rc->from, flen) != 0)
					continue;
				/* Trailing '-' end a mention: "@bob-" is bob. */
				for (q = p + 1 + flen; q < eol && *q == '-'; q++)
					;
				if (q < eol && idchar((unsigned char)*q))
					continue;
				patch_add(&v, &n, pos + 1, pos + 1 + flen,
				    rc->to, 0);
			}
		}
	}
	if (n == 0) {
		doc_free(&d);
		free(v);
		return FILE_UNCHANGED;
	}
	qsort(v, n, sizeof(*v), patch_cmp);
	pos = 0;
	for (i = 0; i < n; i++) {
		buf_add(out, d.data + pos, v[i].off - pos);
		if (v[i].quote)
			buf_addch(out, v[i].quote);
		buf_addstr(out, v[i].text);
		if (v[i].quote)
			buf_addch(out, v[i].quote);
		pos = v[i].end;
	}
	buf_add(out, d.data + pos, d.len - pos);
	rc->count += n;
	free(rc->was);
	free(rc->now);
	rc->was = xstrndup(d.data, d.len);
	rc->waslen = d.len;
	rc->now = xstrndup(out->buf, out->len);
	rc->nowlen = out->len;
	free(v);
	doc_free(&d);
	return 0;
}

/* The two names of a record being renamed. */
struct move_ctx {
	const char	*newpath;
	int		 err;		/* out: errno of a failed link */
};

/* Under the record's lock: give it its new name too. */
static int
move_link_cb(void *ctx, const char *path, char *data, size_t len,
    struct buf *out)
{
	struct move_ctx	*mc = ctx;

	(void)len;
	(void)out;
	free(data);
	if (link(path, mc->newpath) == -1) {
		mc->err = errno;
		return EX_CANTCREAT;
	}
	return FILE_UNCHANGED;
}

/*
 * Under the record's lock: drop the old name.  A writer that changed the
 * record under its old name meanwhile (a new file: writers rename over
 * it) has its change carried to the new name, not lost.
 */
static int
move_unlink_cb(void *ctx, const char *path, char *data, size_t len,
    struct buf *out)
{
	struct move_ctx	*mc = ctx;
	struct stat	 so, sn;

	(void)len;
	(void)out;
	free(data);
	if (stat(path, &so) == 0 && stat(mc->newpath, &sn) == 0 &&
	    (so.st_dev != sn.st_dev || so.st_ino != sn.st_ino)) {
		if (rename(path, mc->newpath) == -1) {
			warn("cannot rename '%s'", path);
			return EX_IOERR;
		}
	} else if (unlink(path) == -1) {
		warn("cannot remove '%s'", path);
		return EX_IOERR;
	}
	return FILE_UNCHANGED;
}

/*
 * `rename REC NEW-ID`: give a goal or a person a new id, rewriting every
 * reference to it (goals: in entries; with, mentor and @id for people)
 * surgically.  All or nothing: the new name is made first (refusing one
 * that exists), and if rewriting any record fails, the records already
 * rewritten are changed back and the new name removed.  The new name is
 * made and the old one dropped under the record's lock, so a writer
 * changing the record meanwhile neither brings the old name back nor
 * loses its change.
 */
int
recop_rename(struct journal *j, const struct rec *r, const char *newid,
    const struct opts *o)
{
	struct buf	 slug = BUF_INIT;
	struct ren_ctx	 fwd;
	struct move_ctx	 mc;
	struct undo	*done = NULL;
	char		*rel, *oldpath, *newpath, *path;
	size_t		 ndone = 0, i;
	int		 t, rc = 0;
	const struct reclist *l;

	slug_make(newid, rtype_name(r->type), &slug);
	if (strcmp(slug.buf, newid) != 0) {
		warnx("'%s' is not a valid id (lowercase letters, digits and "
		    "'-'; perhaps '%s')", newid, slug.buf);
		buf_release(&slug);
		return EX_USAGE;
	}
	buf_release(&slug);
	if (strcmp(newid, r->id) == 0) {
		warnx("'%s' already has that id", r->id);
		return EX_USAGE;
	}
	xasprintf(&rel, "%s/%s.md", rtype_dir(r->type), newid);
	oldpath = journal_path(j, r->rel);
	newpath = journal_path(j, rel);
	free(rel);
	mc.newpath = newpath;
	mc.err = 0;
	if ((rc = file_update(j->abs, oldpath, move_link_cb, &mc)) != 0) {
		if (mc.err == EEXIST)
			warnx("cannot rename to '%s': a %s with that id exists",
			    newpath, rtype_name(r->type));
		else if (mc.err != 0)
			warnx("cannot make '%s': %s", newpath,
			    strerror(mc.err));
		free(oldpath);
		free(newpath);
		return rc;
	}
	memset(&fwd, 0, sizeof(fwd));
	fwd.type = r->type;
	fwd.from = r->id;
	fwd.to = newid;
	for (t = 0; t < R_NTYPES && rc == 0; t++) {
		if (r->type == R_GOAL && t != R_ENTRY)
			continue;
		l = journal_list(j, (enum rtype)t);
		for (i = 0; i < l->n && rc == 0; i++) {
			/* The record itself (under either name) comes last. */
			if (strcmp(l->v[i].rel, r->rel) == 0 ||
			    (l->v[i].type == r->type &&
			    strcmp(l->v[i].id, newid) == 0))
				continue;
			path = journal_path(j, l->v[i].rel);
			fwd.count = 0;
			rc = file_update(j->abs, path, rename_cb, &fwd);
			if (rc == 0 && fwd.count > 0) {
				done = xreallocarray(done, ndone + 1,
				    sizeof(*done));
				done[ndone].path = path;
				done[ndone].was = fwd.was;
				done[ndone].waslen = fwd.waslen;
				done[ndone].now = fwd.now;
				done[ndone++].nowlen = fwd.nowlen;
			} else {
				free(path);
				free(fwd.was);
				free(fwd.now);
			}
			fwd.was = fwd.now = NULL;
		}
	}
	if (rc == 0)
		rc = file_update(j->abs, oldpath, move_unlink_cb, &mc);
	if (rc == 0)
		commit_pair(newpath, oldpath);
	/* The record's own @id mentions, once it stands at its new name. */
	if (rc == 0 && r->type == R_PERSON && file_update(j->abs, newpath,
	    rename_cb, &fwd) != 0)
		warnx("'%s' still mentions @%s", newpath, r->id);
	free(fwd.was);
	free(fwd.now);
	if (rc != 0) {
		/* Back to the very bytes, unless changed meanwhile. */
		for (i = 0; i < ndone; i++)
			(void)file_replace(j->abs, done[i].path, done[i].was,
			    done[i].waslen, done[i].now, done[i].nowlen);
		(void)unlink(newpath);
		warnx("nothing renamed");
	} else if (!o->quiet)
		path_put(stdout, newpath, o->nul);
	for (i = 0; i < ndone; i++) {
		free(done[i].path);
		free(done[i].was);
		free(done[i].now);
	}
	free(done);
	free(oldpath);
	free(newpath);
	return rc;
}

/*
 * The subcommands set (ID KEY=VALUE...), rename (OLD NEW) and edit (ID)
 * of a record of type t, the same in every program: the record resolved,
 * the change made.
 */
int
recop_cmd(const struct sub *sub, struct journal *j, enum rtype t, int argc,
    char **argv, const struct opts *o)
{
	struct rec	 r;
	int		 rc, set, ren;

	/* prog_main checked the operands' count. */
	set = strcmp(sub->name, "set") == 0;
	ren = strcmp(sub->name, "rename") == 0;
	if ((rc = journal_resolve(j, RT_MASK(t), argv[0], &r)) != 0)
		return rc;
	if (set)
		rc = recop_set(j, &r, argc - 1, argv + 1, o);
	else if (ren)
		rc = recop_rename(j, &r, argv[1], o);
	else
		rc = recop_edit(j, &r, o);
	rec_release(&r);
	return rc;
}
