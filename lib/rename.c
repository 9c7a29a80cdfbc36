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

/*
 * `rename REC NEW-ID` (DESIGN.md §3): a goal or a person gets a new id,
 * and every reference to it follows (goals: in entries; with, mentor and
 * @id for people), surgically, as one command: under the journal's
 * exclusive lock (no other writer is at work meanwhile), committed as one
 * commit with autocommit.
 *
 * A failure undoes what was done (all or nothing).  A crash cannot be
 * undone that way, so a rename first writes what it is about to do in
 * the journal's folder (RENAME_INTENT: "rename goal OLD NEW"), and
 * removes it when done: until then mentor-check reports the rename as
 * unfinished, and running the same rename again finishes it, whatever
 * step the crash interrupted (each step can be done again harmlessly).
 */

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
	int		 finishing;	/* an interrupted rename, run again */
	int		 named;		/* out: the record names to already */
	size_t		 count;		/* out: references rewritten */
	char		*was, *now;	/* out: the record before and after */
	size_t		 waslen, nowlen;
};

/* A record rewritten, and how to put it back. */
struct undo {
	char		*rel, *was, *now;
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

/* The references a field holds to the id id. */
static void
patch_field(const struct doc *d, const char *key, const char *id,
    const char *to, struct patch **v, size_t *n)
{
	struct ynode	**items, *one;
	size_t		 i, k;
	char		 q;

	k = ynode_items(fm_get(d, key), &items, &one);
	for (i = 0; i < k; i++) {
		if (items[i]->type != Y_SCALAR || strcmp(items[i]->str, id) != 0)
			continue;
		q = items[i]->style == YS_SINGLE ? '\'' :
		    items[i]->style == YS_DOUBLE ? '"' : 0;
		patch_add(v, n, items[i]->off, items[i]->end, to, q);
	}
}

static int
idchar(int c)
{
	return isalnum(c) || c == '-' || c == '_' || c >= 0x80;
}

/*
 * The places of a record of the journal that name id: in goals lists (a
 * goal renamed), or with, mentor and @id in task items (a person), each a
 * patch that writes to there.
 */
static void
patches(const struct doc *d, enum rtype t, const char *id, const char *to,
    struct patch **v, size_t *n)
{
	const char	*p, *q, *line, *eol;
	size_t		 i, flen = strlen(id), pos;

	if (t == R_GOAL) {
		patch_field(d, "goals", id, to, v, n);
		return;
	}
	patch_field(d, "with", id, to, v, n);
	patch_field(d, "mentor", id, to, v, n);
	for (i = 0; i < d->ntasks; i++) {
		line = d->data + d->tasks[i].off;
		eol = d->data + d->tasks[i].eol;
		for (p = line; (p = memchr(p, '@', (size_t)(eol - p))) != NULL;
		    p++) {
			pos = (size_t)(p - d->data);
			if ((p > line && !isspace((unsigned char)p[-1])) ||
			    (size_t)(eol - p - 1) < flen ||
			    memcmp(p + 1, id, flen) != 0)
				continue;
			/* Trailing '-' end a mention: "@bob-" is bob. */
			for (q = p + 1 + flen; q < eol && *q == '-'; q++)
				;
			if (q < eol && idchar((unsigned char)*q))
				continue;
			patch_add(v, n, pos + 1, pos + 1 + flen, to, 0);
		}
	}
}

/*
 * Rewrite every reference to rc->from in one record.  Finishing a rename
 * an interruption cut short, a record that names rc->to already was
 * rewritten then: it is noted (rc->named) for the commit.
 */
static int
rename_cb(void *ctx, const char *path, char *data, size_t len,
    struct buf *out)
{
	struct ren_ctx	*rc = ctx;
	struct patch	*v = NULL;
	struct doc	 d;
	struct doc_error e;
	size_t		 n = 0, i, pos;
	int		 st;

	if ((st = doc_parse(&d, path, data, len, &e)) != 0) {
		diag(path, e.line, e.col, "%s", e.msg);
		doc_free(&d);
		return st;
	}
	if (rc->finishing) {
		patches(&d, rc->type, rc->to, rc->to, &v, &n);
		rc->named = n > 0;
		free(v);
		v = NULL;
		n = 0;
	}
	patches(&d, rc->type, rc->from, rc->to, &v, &n);
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

/* The record's file: "goals/ID.md". */
static char *
rec_rel(enum rtype t, const char *id)
{
	char	*rel;

	xasprintf(&rel, "%s/%s.md", rtype_dir(t), id);
	return rel;
}

static int
rtype_of(const char *name, enum rtype *t)
{
	int	 i;

	for (i = 0; i < R_NTYPES; i++)
		if (strcmp(name, rtype_name((enum rtype)i)) == 0) {
			*t = (enum rtype)i;
			return 0;
		}
	return -1;
}

/*
 * The rename left unfinished in journal j, if any: 1 with its type and
 * ids (new strings); 0 when there is none; 2 when its note is empty (a
 * rename killed as it began, before it changed anything); -1 after a
 * message when RENAME_INTENT cannot be read or understood.
 */
int
rename_pending(struct journal *j, enum rtype *t, char **from, char **to)
{
	struct doc_error	 e;
	char			*data, kind[16], a[256], b[256], *shown;
	size_t			 len;
	int			 rc;

	*from = *to = NULL;
	if ((rc = doc_readat(j->dirfd, RENAME_INTENT, &data, &len, &e)) ==
	    EX_NOINPUT)
		return 0;
	shown = journal_path(j, RENAME_INTENT);
	if (rc != 0) {
		warnx("cannot read '%s': %s", shown, e.msg);
		free(shown);
		return -1;
	}
	if (len == 0)
		rc = 2;
	else if (sscanf(data, "rename %15s %255s %255s", kind, a, b) == 3 &&
	    rtype_of(kind, t) == 0 && *t != R_ENTRY) {
		*from = xstrdup(a);
		*to = xstrdup(b);
		rc = 1;
	} else {
		warnx("'%s' is not a rename mentor can finish (remove it)",
		    shown);
		rc = -1;
	}
	free(data);
	free(shown);
	return rc;
}

/* The program that renames records of type t. */
static const char *
rename_prog(enum rtype t)
{
	return t == R_PERSON ? "mentor-people" : "mentor-goals";
}

/*
 * Write RENAME_INTENT (under the exclusive journal lock) in one write(2),
 * before anything else changes: killed before that write, it is empty,
 * which says that nothing was done (rename_pending).
 */
static int
intent_write(struct journal *j, enum rtype t, const char *from,
    const char *to)
{
	struct buf	 b = BUF_INIT;
	char		*shown = journal_path(j, RENAME_INTENT);
	int		 fd, rc = 0;

	buf_addf(&b, "rename %s %s %s\n", rtype_name(t), from, to);
	if ((fd = openat(j->dirfd, RENAME_INTENT, O_WRONLY | O_CREAT |
	    O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0666)) == -1 ||
	    write(fd, b.buf, b.len) != (ssize_t)b.len || fsync(fd) == -1 ||
	    close(fd) == -1) {
		warn("cannot write '%s'", shown);
		(void)unlinkat(j->dirfd, RENAME_INTENT, 0);
		rc = EX_IOERR;
	} else
		(void)fsync(j->dirfd);
	free(shown);
	buf_release(&b);
	return rc;
}

/* Remove RENAME_INTENT: the rename is done (or undone). */
static void
intent_drop(struct journal *j)
{
	char	*shown;

	if (unlinkat(j->dirfd, RENAME_INTENT, 0) == -1 && errno != ENOENT) {
		shown = journal_path(j, RENAME_INTENT);
		warn("cannot remove '%s'", shown);
		free(shown);
	}
	(void)fsync(j->dirfd);
}

/* Does the record at rel (a plain path in the journal) exist? */
static int
rel_exists(const struct journal *j, const char *rel)
{
	struct stat	 st;

	return fstatat(j->dirfd, rel, &st, AT_SYMLINK_NOFOLLOW) == 0;
}

/*
 * Rewrite every reference to fwd->from in the journal (fresh, under the
 * lock), keeping in *done how to undo each record rewritten.
 */
static int
rewrite_refs(struct journal *j, struct ren_ctx *fwd, const char *newrel,
    struct undo **done, size_t *ndone)
{
	const struct reclist	*l;
	struct journal		*v = write_view(j);
	size_t			 i;
	int			 t, rc = 0;

	for (t = 0; t < R_NTYPES && rc == 0; t++) {
		if (fwd->type == R_GOAL && t != R_ENTRY)
			continue;
		l = journal_list(v, (enum rtype)t);
		for (i = 0; i < l->n && rc == 0; i++) {
			/* The record itself: its own @id mentions, last. */
			if (strcmp(l->v[i].rel, newrel) == 0)
				continue;
			fwd->count = 0;
			fwd->named = 0;
			rc = file_update(j, l->v[i].rel, rename_cb, fwd);
			if (rc == 0 && fwd->named)
				write_note(j, l->v[i].rel);
			if (rc == 0 && fwd->count > 0) {
				*done = xreallocarray(*done, *ndone + 1,
				    sizeof(**done));
				(*done)[*ndone].rel = xstrdup(l->v[i].rel);
				(*done)[*ndone].was = fwd->was;
				(*done)[*ndone].waslen = fwd->waslen;
				(*done)[*ndone].now = fwd->now;
				(*done)[(*ndone)++].nowlen = fwd->nowlen;
			} else {
				free(fwd->was);
				free(fwd->now);
			}
			fwd->was = fwd->now = NULL;
		}
	}
	if (rc == 0 && fwd->type == R_PERSON) {
		fwd->count = 0;
		rc = file_update(j, newrel, rename_cb, fwd);
		free(fwd->was);
		free(fwd->now);
		fwd->was = fwd->now = NULL;
	}
	return rc;
}

/*
 * Give the record of type t called from the id to, or finish that rename
 * when RENAME_INTENT says it was interrupted.  Prints the new path.
 */
int
recop_rename(struct journal *j, enum rtype t, const char *from,
    const char *to, const struct opts *o)
{
	struct buf	 slug = BUF_INIT;
	struct ren_ctx	 fwd;
	struct undo	*done = NULL;
	enum rtype	 pt;
	char		*pfrom, *pto, *oldrel, *newrel, *shown;
	size_t		 ndone = 0, i;
	int		 rc, pending, finishing = 0, moved = 0;

	slug_make(to, rtype_name(t), &slug);
	if (strcmp(slug.buf, to) != 0) {
		warnx("'%s' is not a valid id (lowercase letters, digits and "
		    "'-'; perhaps '%s')", to, slug.buf);
		buf_release(&slug);
		return EX_USAGE;
	}
	buf_release(&slug);
	if (strcmp(from, to) == 0) {
		warnx("'%s' already has that id", from);
		return EX_USAGE;
	}
	if ((rc = write_begin(j, 1)) != 0)
		return rc;
	oldrel = rec_rel(t, from);
	newrel = rec_rel(t, to);
	shown = journal_path(j, newrel);
	if ((pending = rename_pending(j, &pt, &pfrom, &pto)) < 0) {
		rc = EX_DATAERR;
		goto end;
	}
	if (pending == 2)
		pending = 0;	/* killed as it began: nothing to finish */
	if (pending && (pt != t || strcmp(pfrom, from) != 0 ||
	    strcmp(pto, to) != 0)) {
		warnx("the rename of %s '%s' to '%s' did not finish: run '%s "
		    "rename %s %s' first", rtype_name(pt), pfrom, pto,
		    rename_prog(pt), pfrom, pto);
		rc = EX_TEMPFAIL;
		goto end;
	}
	finishing = pending;
	if (rel_exists(j, oldrel) && rel_exists(j, newrel)) {
		warnx("cannot rename to '%s': a %s with that id exists", shown,
		    rtype_name(t));
		rc = EX_CANTCREAT;
		goto end;
	}
	if (!rel_exists(j, oldrel) && !rel_exists(j, newrel)) {
		warnx("no %s '%s'", rtype_name(t), from);
		if (finishing)
			intent_drop(j);
		rc = EX_NOINPUT;
		goto end;
	}
	if (!finishing && (rc = intent_write(j, t, from, to)) != 0)
		goto end;
	if (rel_exists(j, oldrel)) {
		if ((rc = file_move(j, oldrel, newrel)) != 0)
			goto undo;
		moved = 1;
	} else {
		/*
		 * Moved before the interruption: the locks it may have left
		 * go, and both names are committed.
		 */
		write_clear(j, oldrel);
		write_clear(j, newrel);
		write_note(j, newrel);
		write_note(j, oldrel);
	}
	memset(&fwd, 0, sizeof(fwd));
	fwd.type = t;
	fwd.from = from;
	fwd.to = to;
	fwd.finishing = finishing;
	if ((rc = rewrite_refs(j, &fwd, newrel, &done, &ndone)) != 0)
		goto undo;
	intent_drop(j);
	if (!o->quiet)
		path_put(stdout, shown, o->nul);
	goto end;

undo:
	if (finishing) {
		warnx("the rename of %s '%s' to '%s' is not finished: run '%s "
		    "rename %s %s' again", rtype_name(t), from, to,
		    rename_prog(t), from, to);
		goto end;
	}
	/* The old name, then the very bytes back: nothing to commit. */
	write_abandon(j);
	if (moved && file_move(j, newrel, oldrel) != 0) {
		warnx("the rename of %s '%s' to '%s' is not finished: run '%s "
		    "rename %s %s' again", rtype_name(t), from, to,
		    rename_prog(t), from, to);
		goto end;
	}
	for (i = 0; i < ndone; i++)
		(void)file_replace(j, done[i].rel, done[i].was,
		    done[i].waslen, done[i].now, done[i].nowlen);
	intent_drop(j);
	warnx("nothing renamed");
end:
	rc = status_merge(rc, write_end(j));
	for (i = 0; i < ndone; i++) {
		free(done[i].rel);
		free(done[i].was);
		free(done[i].now);
	}
	free(done);
	free(pfrom);
	free(pto);
	free(oldrel);
	free(newrel);
	free(shown);
	return rc;
}
