#include "config.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * The checks of mentor-check (DESIGN.md §2), one record at a time, for
 * every program that validates: mentor-check itself and the editors.
 * Problems are collected in a vctx, the only state there is, so records
 * can be checked on several threads at once once the journal is listed
 * (validate_prepare).
 */
const struct checkinfo checks[C_NCHECKS] = {
	{ "syntax", SEV_ERROR, "the record can be read: front matter, YAML, "
	    "UTF-8, size" },
	{ "config", SEV_ERROR, "mentor.yaml has the right keys and values" },
	{ "required", SEV_ERROR, "people have a name, goals a title, "
	    "entries a date" },
	{ "types", SEV_ERROR, "every known field has the right shape" },
	{ "enums", SEV_ERROR, "role, relationship, status, term, kind and "
	    "channel take known values" },
	{ "dates", SEV_ERROR, "date fields are real YYYY-MM-DD days" },
	{ "cadence", SEV_ERROR, "cadences read as weekly, monthly, every N "
	    "days..." },
	{ "duration", SEV_ERROR, "durations read as 45m, 1h, 1h30m or "
	    "minutes" },
	{ "ratings", SEV_ERROR, "ratings are whole numbers from 1 to 5" },
	{ "refs", SEV_ERROR, "with, mentor and goals name existing records" },
	{ "duplicates", SEV_WARNING, "no list names the same value twice" },
	{ "mentions", SEV_WARNING, "@ids in task items name people" },
	{ "tasks", SEV_ERROR, "due: and done: tokens are real dates; done: "
	    "only on done items" },
	{ "milestones", SEV_ERROR, "no milestone is due before its goal was "
	    "created" },
	{ "log-names", SEV_WARNING, "an entry's date: agrees with its file "
	    "name and year folder" },
	{ "unique-ids", SEV_ERROR, "no entry id is used in two year folders" },
	{ "locks", SEV_WARNING, "no stale .lock file is left by an "
	    "interrupted writer" },
	{ "renames", SEV_ERROR, "no rename of a record was left unfinished" },
	{ "unknown-keys", SEV_WARNING, "every key is one the tools know "
	    "(--strict only)" },
	{ "file-names", SEV_WARNING, "record file names are slugs" },
	{ "unread", SEV_WARNING, "every .md file under people/, goals/ and "
	    "log/ is where the tools read records" },
	{ "finished", SEV_WARNING, "a goal's done: and dropped: dates go "
	    "with that status" },
	{ "planned", SEV_WARNING, "no planned entry is left unwritten after "
	    "its date" },
	{ "conflicts", SEV_ERROR, "no conflict of a merge is left: markers "
	    "in the body, commented ones in the front matter" },
};

/*
 * The checks every reader runs as it builds the model (model.c): the ones
 * whose problems change what it reads.  The others (names, locks, mentions,
 * milestones against their goal, unknown keys) are mentor-check's alone.
 */
const int reader_checks[C_NCHECKS] = {
	[C_SYNTAX] = 1, [C_CONFIG] = 1, [C_REQUIRED] = 1, [C_TYPES] = 1,
	[C_ENUMS] = 1, [C_DATES] = 1, [C_CADENCE] = 1, [C_DURATION] = 1,
	[C_RATINGS] = 1, [C_REFS] = 1, [C_TASKS] = 1, [C_FINISHED] = 1
};

/* Note a problem found by check c at line:col of the record. */
void
vctx_report(struct vctx *cx, unsigned line, unsigned col, int c,
    const char *fmt, ...)
{
	va_list		 ap;
	struct buf	 b = BUF_INIT;

	if (!cx->enabled[c])
		return;
	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	if (cx->n == cx->alloc) {
		cx->alloc = cx->alloc ? cx->alloc * 2 : 16;
		cx->v = xreallocarray(cx->v, cx->alloc, sizeof(*cx->v));
	}
	cx->v[cx->n].line = line;
	cx->v[cx->n].col = col;
	cx->v[cx->n].check = c;
	cx->v[cx->n].sev = checks[c].sev;
	cx->v[cx->n].msg = buf_detach(&b, NULL);
	cx->n++;
}

static int
vdiag_cmp(const void *a, const void *b)
{
	const struct vdiag	*x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	if (x->check != y->check)
		return x->check - y->check;
	/* Same place, same check: an order that no qsort can change. */
	return strcmp(x->msg, y->msg);
}

/*
 * Print a record's problems the way every reader does: a parse error as
 * it is, the others as warnings naming their check.
 */
void
vctx_warn(struct vctx *cx, const char *path)
{
	const struct vdiag	*v;
	size_t			 i;

	vctx_sort(cx);
	for (i = 0; i < cx->n; i++) {
		v = &cx->v[i];
		if (v->check == C_SYNTAX)
			diag(path, v->line, v->col, "%s", v->msg);
		else
			diag(path, v->line, v->col, "warning: %s [%s]",
			    v->msg, checks[v->check].name);
	}
}

/* Sort a record's problems by position, then by check. */
void
vctx_sort(struct vctx *cx)
{
	if (cx->n > 1)
		qsort(cx->v, cx->n, sizeof(*cx->v), vdiag_cmp);
}

/* Forget the problems collected, keeping the storage for reuse. */
void
vctx_clear(struct vctx *cx)
{
	size_t	 i;

	for (i = 0; i < cx->n; i++)
		free(cx->v[i].msg);
	cx->n = 0;
}

/* Free a context's storage. */
void
vctx_release(struct vctx *cx)
{
	vctx_clear(cx);
	free(cx->v);
	cx->v = NULL;
	cx->alloc = 0;
}

/*
 * List people and goals and index entry ids, so that checks on several
 * threads only read the journal, and entries need not be held in memory.
 */
void
validate_prepare(struct journal *j)
{
	(void)journal_list(j, R_PERSON);
	(void)journal_list(j, R_GOAL);
	journal_index_ids(j);
}

/*
 * What the journal says of task items: no milestone due before its goal
 * was created, and every @id names a person.
 */
static void
check_tasks(struct vctx *cx, const struct doc *d, enum rtype t)
{
	const struct task	*tk;
	const char		*created;
	char			 ds[DATE_STRLEN], cs[DATE_STRLEN];
	mdate			 c = DATE_NONE;
	size_t			 i, k;

	if (t == R_GOAL && (created = fm_str(d, "created")) != NULL &&
	    date_field(created, strlen(created), &c) != 0)
		c = DATE_NONE;
	for (i = 0; i < d->ntasks; i++) {
		tk = &d->tasks[i];
		if (c != DATE_NONE && tk->due != DATE_NONE && tk->due < c) {
			date_format(tk->due, ds);
			date_format(c, cs);
			vctx_report(cx, tk->line, tk->due_col, C_MILESTONES,
			    "milestone due %s, before the goal was created "
			    "(%s)", ds, cs);
		}
		for (k = 0; k < tk->npeople; k++)
			if (journal_find_id(cx->j, R_PERSON, tk->people[k]) ==
			    NULL)
				vctx_report(cx, tk->line, tk->people_col[k],
				    C_MENTIONS, "@%s names no person",
				    tk->people[k]);
	}
}

/* An entry's date, file name and year folder agree (DESIGN.md §2). */
static void
check_log_name(struct vctx *cx, const struct doc *d,
    const struct rec *r)
{
	struct ynode	*v = fm_get(d, "date");
	mdate		 fd, dd;
	const char	*year = r->rel + 4;

	if (strlen(r->id) < 10 || (r->id[10] != '-' && r->id[10] != '\0') ||
	    date_iso(r->id, 10, &fd) != 0) {
		vctx_report(cx, 1, 1, C_LOGNAMES, "file name '%s' does not start with "
		    "a date (YYYY-MM-DD-title)", r->id);
		fd = DATE_NONE;
	}
	if (v == NULL || v->type != Y_SCALAR || date_field(v->str, v->len,
	    &dd) != 0)
		return;
	if (fd != DATE_NONE && fd != dd)
		vctx_report(cx, v->line, v->col, C_LOGNAMES, "date %s disagrees with "
		    "the file name '%s'", v->str, r->id);
	if (strncmp(year, v->str, 4) != 0)
		vctx_report(cx, v->line, v->col, C_LOGNAMES, "date %s is not in the "
		    "year folder 'log/%.4s'", v->str, year);
}

static void
check_file_name(struct vctx *cx, const struct rec *r)
{
	const char	*p;

	for (p = r->id; *p != '\0'; p++)
		if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p)
		    || *p == '-'))
			break;
	if (*p != '\0' || r->id[0] == '-')
		vctx_report(cx, 1, 1, C_FILENAMES, "file name '%s.md' is not a slug "
		    "(lowercase letters, digits and '-')", r->id);
}

/* The same entry id in another year folder. */
static void
check_unique(struct vctx *cx, const struct rec *r)
{
	char		**years, *rel;
	size_t		 ny, y;

	if (journal_id_count(cx->j, r->id) < 2)
		return;
	ny = journal_years(cx->j, &years);
	for (y = 0; y < ny; y++) {
		xasprintf(&rel, "log/%s/%s.md", years[y], r->id);
		if (strcmp(rel, r->rel) != 0 && journal_exists(cx->j, rel))
			vctx_report(cx, 1, 1, C_UNIQUE, "entry id '%s' is also "
			    "used by '%s'", r->id, rel);
		free(rel);
	}
}

/*
 * Run the checks that need the journal on one parsed record: file names,
 * task items against goals and people, an entry's date against its name
 * and folder, entry ids used twice.  The checks of its fields are the
 * model's (model.c), which every reader runs.
 */
/*
 * Does the line at p begin a merge conflict: seven or more '<' then a
 * space or its end (after "# " in the front matter, where mentor-merge
 * leaves them commented)?
 */
static int
conflict_mark(const char *p, const char *eol, int comment)
{
	const char	*q;

	if (comment) {
		if (*p != '#')
			return 0;
		for (p++; p < eol && *p == ' '; p++)
			;
	}
	for (q = p; q < eol && *q == '<'; q++)
		;
	return q - p >= 7 && (q == eol || *q == ' ' || *q == '\r');
}

/*
 * Does [p, e) hold seven '<' in a row?  Every conflict marker does, so a
 * body without them needs no reading for markers.
 */
static int
has_marker_run(const char *p, const char *e)
{
	const char	*q;

	while ((p = memchr(p, '<', (size_t)(e - p))) != NULL) {
		for (q = p; q < e && *q == '<'; q++)
			;
		if (q - p >= 7)
			return 1;
		p = q;
	}
	return 0;
}

/* The conflicts a merge left: each named where it begins. */
static void
check_conflicts(struct vctx *cx, const struct doc *d)
{
	const char	*p = d->data + d->fm_off, *end = d->data + d->fm_end;
	const char	*nl;
	unsigned	 line = d->fm_line;
	struct bscan	 s;
	struct bline	 l;

	for (; p < end; p = nl + 1, line++) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (conflict_mark(p, nl, 1))
			vctx_report(cx, line, 1, C_CONFLICTS, "a conflict of a "
			    "merge is left here: keep one side, remove the "
			    "markers");
	}
	if (!has_marker_run(d->data + d->close_end, d->data + d->len))
		return;
	body_begin(&s, d);
	while (body_next(&s, &l))
		if (l.kind != BL_CODE && conflict_mark(l.p, l.eol, 0))
			vctx_report(cx, l.line, 1, C_CONFLICTS, "a conflict of "
			    "a merge is left here: keep one side, remove the "
			    "markers");
}

void
validate_record(struct vctx *cx, const struct doc *d, const struct rec *r)
{
	check_conflicts(cx, d);
	check_file_name(cx, r);
	check_tasks(cx, d, r->type);
	if (r->type == R_ENTRY) {
		check_log_name(cx, d, r);
		check_unique(cx, r);
	}
}
