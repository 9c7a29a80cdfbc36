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

/* A list's values each once, where first given (after ids are full). */
static void
assign_once(struct assign *a)
{
	size_t	 i, k, m = 0;

	for (i = 0; i < a->nvals; i++) {
		for (k = 0; k < m && strcmp(a->vals[k], a->vals[i]) != 0; k++)
			;
		if (k < m)
			free(a->vals[i]);
		else
			a->vals[m++] = a->vals[i];
	}
	a->nvals = m;
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
 * Read "key=value" for a record of type t: "key=" removes the key; a list
 * field (schema.c knows them) becomes a flow list of the comma-separated
 * values, each once; any other value is one scalar, commas and all, quoted
 * as YAML needs.  Dates may be relative (written absolute); enums,
 * cadences and references are checked.  An unknown key is written with a
 * warning.
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
		assign_once(a);
		break;
	case F_LIST:
		assign_once(a);
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
 * After a write to the entry at rel that may have changed its date: move
 * it where that date puts it, *path becoming its new path as printed.
 */
static int
entry_moved(struct journal *j, const char *rel, char **path)
{
	char	*to;
	int	 rc;

	if ((rc = entry_follow_date(j, rel, &to)) == 0 && to != NULL) {
		free(*path);
		*path = journal_path(j, to);
		free(to);
	}
	return rc;
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
	int		 i, rc = 0, rc2, dated = 0;
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
	/* An entry given a date moves with it: one step, one commit. */
	for (i = 0; rc == 0 && (size_t)i < sc.n && !dated; i++)
		dated = r->type == R_ENTRY && !sc.a[i].unset &&
		    strcmp(sc.a[i].key, "date") == 0;
	if (rc == 0 && dated)
		rc = write_begin(j, 1);
	if (rc == 0) {
		rc = file_update(j, r->rel, set_cb, &sc);
		if (rc == 0 && dated)
			rc = entry_moved(j, r->rel, &path);
		if (dated)
			rc = status_merge(rc, write_end(j));
	}
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
	rc = file_update(j, r.rel, task_cb, &tc);
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
		/* An entry moves to the name its date gives (entry_moved). */
		enabled[i] = i != C_UNKNOWN && !(r->type == R_ENTRY &&
		    i == C_LOGNAMES);
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
	/* An entry whose date was changed moves with it, in one commit. */
	if ((rc = write_begin(j, r->type == R_ENTRY)) != 0)
		goto out;
	rc = file_replace(j, r->rel, now, nlen, orig, olen);
	if (rc != 0) {
		warnx("your edit is kept in '%s'", tmp);
		free(tmp);
		tmp = NULL;
	} else if (r->type == R_ENTRY)
		rc = entry_moved(j, r->rel, &path);
	rc = status_merge(rc, write_end(j));
	if (rc == 0 && !o->quiet)
		path_put(stdout, path, o->nul);
out:
	vctx_release(&cx);
	tmp_remove(tmp);
	free(orig);
	free(now);
	free(path);
	return rc;
}

/*
 * The subcommands set (ID KEY=VALUE...), rename (OLD NEW) and edit (ID)
 * of a record of type t, the same in every program: the record resolved,
 * the change made.  A rename that did not finish is finished by the same
 * command, its old record gone.
 */
int
recop_cmd(const struct sub *sub, struct journal *j, enum rtype t, int argc,
    char **argv, const struct opts *o)
{
	struct rec	 r;
	enum rtype	 pt;
	char		*from, *to;
	int		 rc, set, ren, pending;

	/* prog_main checked the operands' count. */
	set = strcmp(sub->name, "set") == 0;
	ren = strcmp(sub->name, "rename") == 0;
	if (ren && (pending = rename_pending(j, &pt, &from, &to)) < 0)
		return EX_DATAERR;
	if (ren && pending == 1) {
		rc = pt == t && strcmp(from, argv[0]) == 0 &&
		    strcmp(to, argv[1]) == 0;
		free(from);
		free(to);
		if (rc)
			return recop_rename(j, t, argv[0], argv[1], o);
	}
	if ((rc = journal_resolve(j, RT_MASK(t), argv[0], &r)) != 0)
		return rc;
	if (set)
		rc = recop_set(j, &r, argc - 1, argv + 1, o);
	else if (ren)
		rc = recop_rename(j, t, r.id, argv[1], o);
	else
		rc = recop_edit(j, &r, o);
	rec_release(&r);
	return rc;
}
