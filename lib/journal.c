#include "config.h"

#include <sys/stat.h>

#include <ctype.h>
#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "mentor.h"
#include "model.h"

static const char *const rtype_dirs[R_NTYPES] = { "people", "goals", "log" };
static const char *const rtype_names[R_NTYPES] = { "person", "goal", "entry" };

/* The folder holding records of a type. */
const char *
rtype_dir(enum rtype t)
{
	return rtype_dirs[t];
}

/* The word for a record type in messages. */
const char *
rtype_name(enum rtype t)
{
	return rtype_names[t];
}

/* YAML 1.1 booleans as people write them; returns 0 or -1. */
int
parse_bool(const char *s, int *v)
{
	static const char *const yes[] = { "true", "yes", "on", NULL };
	static const char *const no[] = { "false", "no", "off", NULL };
	int	 i;

	for (i = 0; yes[i] != NULL; i++)
		if (strcasecmp(s, yes[i]) == 0) {
			*v = 1;
			return 0;
		}
	for (i = 0; no[i] != NULL; i++)
		if (strcasecmp(s, no[i]) == 0) {
			*v = 0;
			return 0;
		}
	return -1;
}

/* A weekday name (monday or mon, any case) as 0..6, or -1. */
int
parse_weekday(const char *s)
{
	static const char *const days[] = { "monday", "tuesday", "wednesday",
	    "thursday", "friday", "saturday", "sunday" };
	int	 i;

	for (i = 0; i < 7; i++)
		if (strcasecmp(s, days[i]) == 0 ||
		    (strlen(s) == 3 && strncasecmp(s, days[i], 3) == 0))
			return i;
	return -1;
}

/*
 * Read mentor.yaml into j->set, defaults for what it lacks.  A file that
 * cannot be read or parsed leaves settings_rc and settings_err set (and is
 * reported unless JF_QUIET); the problems of one that parses go to
 * j->settings_cx, for readers to report (scan) and mentor-check to check.
 */
static void
settings_load(struct journal *j, int flags)
{
	struct doc	 d;
	char		*path;

	j->set.week_start = WEEK_MONDAY;
	j->settings_cx = xcalloc(1, sizeof(*j->settings_cx));
	j->settings_cx->enabled = reader_checks;
	path = journal_path(j, "mentor.yaml");
	j->settings_rc = journal_load(j, "mentor.yaml", path, JL_YAML, &d,
	    &j->settings_err);
	if (j->settings_rc != 0) {
		if (!(flags & JF_QUIET))
			diag(path, j->settings_err.line, j->settings_err.col,
			    "%s", j->settings_err.msg);
	} else
		model_settings(&d, &j->set, j->settings_cx);
	if (j->set.needs == NULL)
		j->set.needs = xcalloc(1, sizeof(*j->set.needs));
	doc_free(&d);
	free(path);
}

/*
 * Read the file rel of the journal's source and parse it into d, naming
 * it path (which must outlive d): 0, or the status of reading it.
 */
int
journal_load(struct journal *j, const char *rel, const char *path,
    int flags, struct doc *d, struct doc_error *err)
{
	char	*data;
	size_t	 len;
	int	 rc;

	memset(d, 0, sizeof(*d));
	d->path = path;
	if ((rc = source_read(j->src, rel, &data, &len, err)) != 0)
		return rc;
	return flags & JL_YAML ? doc_parse_yaml(d, path, data, len, err) :
	    doc_parse(d, path, data, len, err);
}

/*
 * Parse mentor.yaml again into d (for mentor-check and editors): 0, or the
 * status of reading it.  The doc's path is owned by the caller's journal
 * until journal_close.
 */
int
journal_config(struct journal *j, struct doc *d)
{
	struct doc_error	 e;

	if (j->config_path == NULL)
		j->config_path = journal_path(j, "mentor.yaml");
	return journal_load(j, "mentor.yaml", j->config_path, JL_YAML, d, &e);
}

/* Forget what was listed and read of the journal. */
static void
journal_forget(struct journal *j)
{
	int	 t;

	for (t = 0; t < R_NTYPES; t++) {
		reclist_release(&j->all[t]);
		j->listed[t] = 0;
	}
	settings_release(&j->set);
	strv_free(j->years, j->nyears);
	strv_free(j->dups, j->ndups);
	strv_free(j->strays, j->nstrays);
	strv_free(j->locks, j->nlocks);
	strv_free(j->subdirs, j->nsubdirs);
	j->years = j->dups = j->strays = j->locks = j->subdirs = NULL;
	j->nyears = j->ndups = j->nstrays = j->nlocks = j->nsubdirs = 0;
	j->ids_done = 0;
	if (j->settings_cx != NULL) {
		vctx_release(j->settings_cx);
		free(j->settings_cx);
		j->settings_cx = NULL;
	}
}

/*
 * Read the journal from git from now on: as it was at the commit rev, or
 * as the index holds it (rev NULL).  Its mentor.yaml is read again from
 * there; a commit without one holds no journal here (EX_NOINPUT).
 * Returns 0 or a sysexits code after a message.
 */
int
journal_git(struct journal *j, const char *rev, int flags)
{
	struct source	*src;
	int		 rc;

	if ((rc = source_git(*j->root ? j->root : ".", rev, &src)) != 0)
		return rc;
	if (source_kind(src, "mentor.yaml") != SK_FILE) {
		warnx("no journal in '%s' at %s (no mentor.yaml)",
		    *j->root ? j->root : ".", rev != NULL ? rev : "the index");
		source_free(src);
		return EX_NOINPUT;
	}
	journal_forget(j);
	source_free(j->src);
	j->src = src;
	settings_load(j, flags);
	return 0;
}

/* Is there a mentor.yaml in dir? */
static int
has_marker(const char *dir)
{
	char		*p;
	struct stat	 st;
	int		 ok;

	xasprintf(&p, "%s%smentor.yaml", dir, *dir ? "/" : "");
	ok = stat(p, &st) == 0 && S_ISREG(st.st_mode);
	free(p);
	return ok;
}

/*
 * Find the journal: -C, $MENTOR_JOURNAL, else the nearest directory from
 * here up holding mentor.yaml (DESIGN.md §1).  Returns 0 or EX_NOINPUT
 * after a message.
 */
int
journal_find(struct journal *j, const char *cflag, int flags)
{
	struct buf	 up = BUF_INIT;
	struct stat	 here, parent;
	const char	*named = cflag != NULL ? cflag :
			    env_get("MENTOR_JOURNAL");
	char		*p;

	memset(j, 0, sizeof(*j));
	j->dirfd = -1;
	if (named != NULL) {
		if (!has_marker(named)) {
			warnx("'%s' is not a journal (no mentor.yaml there)",
			    named);
			return EX_NOINPUT;
		}
		j->root = xstrdup(named);
		/* "dir/" prints as "dir/x", never "dir//x". */
		p = j->root + strlen(j->root);
		while (p > j->root + 1 && p[-1] == '/')
			*--p = '\0';
		if (strcmp(j->root, ".") == 0)
			j->root[0] = '\0';
	} else {
		for (;;) {
			if (has_marker(up.buf))
				break;
			if (stat(up.len ? up.buf : ".", &here) == -1)
				goto notfound;
			xasprintf(&p, "%s%s..", up.buf, up.len ? "/" : "");
			if (stat(p, &parent) == -1 ||
			    (here.st_dev == parent.st_dev &&
			    here.st_ino == parent.st_ino)) {
				free(p);
				goto notfound;
			}
			buf_reset(&up);
			buf_addstr(&up, p);
			free(p);
		}
		j->root = buf_detach(&up, NULL);
	}
	if ((j->abs = xrealpath(*j->root ? j->root : ".")) == NULL ||
	    (j->dirfd = open(*j->root ? j->root : ".",
	    O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		warn("cannot open the journal '%s'", *j->root ? j->root : ".");
		return EX_NOINPUT;
	}
	j->src = source_files(j->dirfd);
	settings_load(j, flags);
	return 0;
notfound:
	buf_release(&up);
	warnx("not inside a journal (no mentor.yaml here or above)");
	return EX_NOINPUT;
}

/*
 * Open dir as a journal to write into, without reading settings (the
 * journal mentor-init makes, and tests): 0, or EX_NOINPUT after a message.
 */
int
journal_open_dir(struct journal *j, const char *dir)
{
	memset(j, 0, sizeof(*j));
	j->root = xstrdup(strcmp(dir, ".") == 0 ? "" : dir);
	j->set.week_start = WEEK_MONDAY;
	j->set.needs = xcalloc(1, sizeof(*j->set.needs));
	if ((j->abs = xrealpath(*j->root ? j->root : ".")) == NULL ||
	    (j->dirfd = open(*j->root ? j->root : ".", O_RDONLY | O_DIRECTORY |
	    O_CLOEXEC)) == -1) {
		warn("cannot open the journal '%s'", *j->root ? j->root : ".");
		j->dirfd = -1;
		return EX_NOINPUT;
	}
	j->src = source_files(j->dirfd);
	return 0;
}

/*
 * A second look at an open journal: the same folder (its descriptor
 * shared) and names, nothing listed yet, so that what it lists is what
 * the folders hold now.  Writers check what they write against it under
 * the journal lock.  journal_close() and free() release it.
 */
struct journal *
journal_view(const struct journal *j)
{
	struct journal	*v = xcalloc(1, sizeof(*v));

	v->root = xstrdup(j->root);
	v->abs = xstrdup(j->abs);
	v->set.week_start = j->set.week_start;
	v->set.needs = xcalloc(1, sizeof(*v->set.needs));
	if ((v->dirfd = dup(j->dirfd)) == -1)
		err(EX_OSERR, "dup");
	v->src = source_files(v->dirfd);
	return v;
}

/* Free what settings hold and zero them. */
void
settings_release(struct settings *set)
{
	size_t	 i;

	for (i = 0; i < set->nneeds; i++)
		free(set->needs[i]);
	free(set->needs);
	free(set->owner);
	free(set->role);
	free(set->cadence);
	memset(set, 0, sizeof(*set));
}

/* Release an open journal and everything listed from it. */
void
journal_close(struct journal *j)
{
	journal_forget(j);
	source_free(j->src);
	if (j->dirfd != -1)
		close(j->dirfd);
	strv_free(j->written, j->nwritten);
	if (j->view != NULL) {
		journal_close(j->view);
		free(j->view);
	}
	free(j->root);
	free(j->abs);
	free(j->config_path);
	memset(j, 0, sizeof(*j));
	j->dirfd = -1;
}

/*
 * A path printed for the user: the journal as they named it, then rel;
 * journal_path_buf puts it in b (replacing what b held) and returns it,
 * or NULL for a NULL rel (a private entry's under --share).
 */
const char *
journal_path_buf(const struct journal *j, const char *rel, struct buf *b)
{
	size_t	 n;

	if (rel == NULL)
		return NULL;
	buf_reset(b);
	if (j->root != NULL && (n = strlen(j->root)) > 0) {
		buf_grow(b, n + 1 + strlen(rel));
		buf_add(b, j->root, n);
		if (j->root[n - 1] != '/')
			buf_addch(b, '/');
	}
	buf_addstr(b, rel);
	return b->buf;
}

char *
journal_path(const struct journal *j, const char *rel)
{
	struct buf	 b = BUF_INIT;

	(void)journal_path_buf(j, rel, &b);
	return buf_detach(&b, NULL);
}

/* Does rel exist inside the journal? */
int
journal_exists(const struct journal *j, const char *rel)
{
	return source_kind(j->src, rel) != -1;
}

/* Free a rec's strings. */
void
rec_release(struct rec *r)
{
	free(r->rel);
	r->rel = r->id = NULL;
}

/* Is s a lock file's name: "X.lock", X non-empty? */
int
is_lock_name(const char *s)
{
	size_t	 n = strlen(s);

	return n > 5 && strcmp(s + n - 5, ".lock") == 0;
}

/* Is s a record file name: "X.md", X non-empty, no leading dot? */
static int
is_record_name(const char *s, size_t *stem)
{
	size_t	 n = strlen(s);

	if (n <= 3 || s[0] == '.' || strcmp(s + n - 3, ".md") != 0)
		return 0;
	*stem = n - 3;
	return 1;
}

/* A kind that readers read as a record: a file, or a link to one. */
#define IS_FILE(k)	((k) == SK_FILE || (k) == SK_LINK)

static void list_dir(struct journal *, const char *, struct reclist *);


static int
is_year(const char *s)
{
	return strlen(s) == 4 && isdigit((unsigned char)s[0]) &&
	    isdigit((unsigned char)s[1]) && isdigit((unsigned char)s[2]) &&
	    isdigit((unsigned char)s[3]);
}

/*
 * Classify a path inside the journal: people/X.md, goals/X.md or
 * log/YYYY/X.md.  Fills r (owned by the caller) and returns 0, or -1.
 */
int
rec_from_rel(const char *rel, struct rec *r)
{
	const char	*slash, *name;
	size_t		 stem, n;
	int		 t;
	char		*mem;

	while (rel[0] == '.' && rel[1] == '/')
		rel += 2;
	if ((slash = strchr(rel, '/')) == NULL)
		return -1;
	for (t = 0; t < R_NTYPES; t++)
		if ((size_t)(slash - rel) == strlen(rtype_dirs[t]) &&
		    strncmp(rel, rtype_dirs[t], (size_t)(slash - rel)) == 0)
			break;
	if (t == R_NTYPES)
		return -1;
	name = slash + 1;
	if (t == R_ENTRY) {
		if ((slash = strchr(name, '/')) == NULL || slash - name != 4)
			return -1;
		{
			char year[5];

			memcpy(year, name, 4);
			year[4] = '\0';
			if (!is_year(year))
				return -1;
		}
		name = slash + 1;
	}
	if (strchr(name, '/') != NULL || !is_record_name(name, &stem))
		return -1;
	n = strlen(rel);
	mem = xmalloc(n + 1 + stem + 1);
	memcpy(mem, rel, n + 1);
	memcpy(mem + n + 1, name, stem);
	mem[n + 1 + stem] = '\0';
	r->type = (enum rtype)t;
	r->pos = 0;
	r->rel = mem;
	r->id = mem + n + 1;
	return 0;
}

/* Append a rec, whose strings the list takes over. */
void
reclist_add(struct reclist *l, const struct rec *r)
{
	if (l->n == l->alloc) {
		l->alloc = l->alloc ? l->alloc * 2 : 64;
		l->v = xreallocarray(l->v, l->alloc, sizeof(*l->v));
	}
	l->v[l->n++] = *r;
}

/* Free a list and every rec in it. */
void
reclist_release(struct reclist *l)
{
	size_t	 i;

	for (i = 0; i < l->n; i++)
		rec_release(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

static int
rec_cmp(const void *a, const void *b)
{
	const struct rec	*x = a, *y = b;
	int			 c;

	if ((c = strcmp(x->id, y->id)) != 0)
		return c;
	return strcmp(x->rel, y->rel);
}

/* The order of sorted lists: by id, then path. */
int
rec_order(const struct rec *a, const struct rec *b)
{
	return rec_cmp(a, b);
}

static int
id_cmp(const void *a, const void *b)
{
	return strcmp(((const struct rec *)a)->id, ((const struct rec *)b)->id);
}

/* Any record of a sorted list with key's id. */
static const struct rec *
bsearch_id(const struct reclist *l, const struct rec *key)
{
	return l->n ? bsearch(key, l->v, l->n, sizeof(*l->v), id_cmp) : NULL;
}

/*
 * A rec to sort, with the first 16 bytes of its id as two numbers that
 * compare as the bytes do (0 after the id's end, as strcmp has it).
 */
struct skey {
	uint64_t	 k0, k1;
	const struct rec *r;
};

static int
skey_cmp(const void *a, const void *b)
{
	const struct skey	*x = a, *y = b;

	if (x->k0 != y->k0)
		return x->k0 < y->k0 ? -1 : 1;
	if (x->k1 != y->k1)
		return x->k1 < y->k1 ? -1 : 1;
	return rec_cmp(x->r, y->r);
}

/*
 * Order by id (log ids start with their date), then by path.  A year
 * folder lists thousands of entries in no order: most comparisons are
 * settled by the numbers, without a call to strcmp.
 */
void
reclist_sort(struct reclist *l)
{
	struct skey	*k;
	struct rec	*v;
	const unsigned char *s;
	size_t		 i, b;

	if (l->n < 2)
		return;
	k = xreallocarray(NULL, l->n, sizeof(*k));
	for (i = 0; i < l->n; i++) {
		k[i].k0 = k[i].k1 = 0;
		k[i].r = &l->v[i];
		s = (const unsigned char *)l->v[i].id;
		for (b = 0; b < 8 && s[b] != '\0'; b++)
			k[i].k0 |= (uint64_t)s[b] << (56 - 8 * b);
		if (b == 8)
			for (s += 8, b = 0; b < 8 && s[b] != '\0'; b++)
				k[i].k1 |= (uint64_t)s[b] << (56 - 8 * b);
	}
	qsort(k, l->n, sizeof(*k), skey_cmp);
	v = xreallocarray(NULL, l->n, sizeof(*v));
	for (i = 0; i < l->n; i++)
		v[i] = *k[i].r;
	memcpy(l->v, v, l->n * sizeof(*v));
	free(v);
	free(k);
}

/*
 * Add the records of one folder (rel, e.g. "log/2026") to l, sorted, or
 * with sort 0 in the order the folder gives them.
 */
void
journal_list_folder(struct journal *j, const char *rel, struct reclist *l,
    int sort)
{
	size_t	 from = l->n;
	struct reclist part;

	list_dir(j, rel, l);
	/* A folder's list can be long: no room to spare. */
	if (l->n > 0 && l->alloc > l->n) {
		l->v = xreallocarray(l->v, l->n, sizeof(*l->v));
		l->alloc = l->n;
	}
	if (sort && l->n - from > 1) {
		part.v = l->v + from;
		part.n = l->n - from;
		part.alloc = part.n;
		reclist_sort(&part);
	}
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The year folders of log/ ("2025", "2026"...), sorted; the journal keeps
 * them until journal_close.
 */
static void
year_seen(void *ctx, const char *name, int kind)
{
	struct journal	*j = ctx;

	(void)kind;
	if (!is_year(name))
		return;
	j->years = xreallocarray(j->years, j->nyears + 2, sizeof(*j->years));
	j->years[j->nyears++] = xstrdup(name);
}

size_t
journal_years(struct journal *j, char ***years)
{
	if (j->years == NULL) {
		j->years = xcalloc(1, sizeof(*j->years));
		(void)source_walk(j->src, "log", year_seen, j);
		if (j->nyears > 1)
			qsort(j->years, j->nyears, sizeof(*j->years), str_cmp);
	}
	*years = j->years;
	return j->nyears;
}

/* Add a string to a sorted vector, once. */
static void
sorted_add(char ***v, size_t *n, const char *s)
{
	size_t	 lo = 0, hi = *n, mid;
	int	 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp((*v)[mid], s)) == 0)
			return;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	memmove(*v + lo + 1, *v + lo, (*n - lo) * sizeof(**v));
	(*v)[lo] = xstrdup(s);
	(*n)++;
}

/*
 * Find the entry ids used in more than one year folder, comparing the
 * names themselves.  An id whose date is its folder's year is at home
 * there; of two files sharing an id at least one is away from home, so
 * only those need looking for in the other folders, and they are few
 * (mentor-check's log-names warns about each).  Memory follows them, not
 * the journal.  Those named for another year's date are kept, sorted, in
 * j->strays, for readers to read in that year's turn (journal order); the
 * lock files met on the way in j->locks, for mentor-check.
 */
/* One year folder's walk for journal_index_ids. */
struct idwalk {
	struct journal	*j;
	char		**years;
	size_t		 ny, y;
};

static void
id_seen(void *ctx, const char *name, int kind)
{
	struct idwalk	*w = ctx;
	struct journal	*j = w->j;
	const char	*year = w->years[w->y];
	char		*rel, *id;
	size_t		 z, stem;
	mdate		 d;

	if (is_lock_name(name)) {
		j->locks = xreallocarray(j->locks, j->nlocks + 1,
		    sizeof(*j->locks));
		xasprintf(&j->locks[j->nlocks++], "log/%s/%s", year, name);
		return;
	}
	/* Folders in a year folder: mentor-check names them. */
	if (name[0] != '.' && kind == SK_DIR) {
		j->subdirs = xreallocarray(j->subdirs, j->nsubdirs + 1,
		    sizeof(*j->subdirs));
		xasprintf(&j->subdirs[j->nsubdirs++], "log/%s/%s", year, name);
		return;
	}
	if (!is_record_name(name, &stem) || (stem > 4 &&
	    strncmp(name, year, 4) == 0) || !IS_FILE(kind))
		return;
	/* Named for another year: read in that year's turn. */
	if (stem >= 10 && date_iso(name, 10, &d) == 0) {
		xasprintf(&rel, "log/%s/%s", year, name);
		sorted_add(&j->strays, &j->nstrays, rel);
		free(rel);
	}
	for (z = 0; z < w->ny; z++) {
		if (z == w->y)
			continue;
		xasprintf(&rel, "log/%s/%s", w->years[z], name);
		if (journal_exists(j, rel)) {
			id = xstrndup(name, stem);
			sorted_add(&j->dups, &j->ndups, id);
			free(id);
			free(rel);
			break;
		}
		free(rel);
	}
}

void
journal_index_ids(struct journal *j)
{
	struct idwalk	 w;
	char		*rel;

	if (j->ids_done)
		return;
	j->ids_done = 1;
	w.j = j;
	w.ny = journal_years(j, &w.years);
	for (w.y = 0; w.y < w.ny; w.y++) {
		xasprintf(&rel, "log/%s", w.years[w.y]);
		(void)source_walk(j->src, rel, id_seen, &w);
		free(rel);
	}
}

/* Is rel ("log/2025/2026-01-02-x.md") one of the strays? */
int
journal_stray(const struct journal *j, const char *rel)
{
	size_t	 lo = 0, hi = j->nstrays, mid;
	int	 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp(j->strays[mid], rel)) == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/*
 * How many year folders hold an entry with this id: 0 or 1 for every id
 * but those journal_index_ids found used twice, counted then.
 */
int
journal_id_count(const struct journal *j, const char *id)
{
	char		**years, *rel;
	size_t		 lo = 0, hi = j->ndups, mid, y, ny;
	int		 c, n = 0;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp(j->dups[mid], id)) == 0)
			break;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo >= hi)
		return 0;
	ny = journal_years((struct journal *)j, &years);
	for (y = 0; y < ny; y++) {
		xasprintf(&rel, "log/%s/%s.md", years[y], id);
		n += journal_exists(j, rel);
		free(rel);
	}
	return n;
}

/* One folder's walk for list_dir. */
struct listwalk {
	struct reclist	*l;
	struct buf	 path;
	size_t		 n, from;
};

/* Add the record rel/name, the pos-th of its folder's listing, to l. */
static void
list_seen(void *ctx, const char *name, int kind)
{
	struct listwalk	*w = ctx;
	struct rec	 r;
	size_t		 stem;

	if (!IS_FILE(kind) || !is_record_name(name, &stem))
		return;
	buf_setlen(&w->path, w->n + 1);
	buf_addstr(&w->path, name);
	if (rec_from_rel(w->path.buf, &r) == 0) {
		r.pos = (uint32_t)(w->l->n - w->from);
		reclist_add(w->l, &r);
	}
}

static void
list_dir(struct journal *j, const char *rel, struct reclist *l)
{
	struct listwalk	 w;

	w.l = l;
	w.n = strlen(rel);
	w.from = l->n;
	buf_init(&w.path);
	buf_addstr(&w.path, rel);
	buf_addch(&w.path, '/');
	/* A missing folder is an empty one. */
	(void)source_walk(j->src, rel, list_seen, &w);
	buf_release(&w.path);
}

/*
 * Every record of one type, in a stable order (by id; log entries'
 * ids begin with their date).  The list belongs to the journal.
 */
const struct reclist *
journal_list(struct journal *j, enum rtype t)
{
	struct reclist	*l = &j->all[t];
	char		**years, *sub;
	size_t		 i, ny;

	if (j->listed[t])
		return l;
	j->listed[t] = 1;
	if (t != R_ENTRY)
		list_dir(j, rtype_dirs[t], l);
	else {
		ny = journal_years(j, &years);
		for (i = 0; i < ny; i++) {
			xasprintf(&sub, "log/%s", years[i]);
			list_dir(j, sub, l);
			free(sub);
		}
	}
	reclist_sort(l);
	return l;
}

/* Does a record of type t with exactly this id exist? */
const struct rec *
journal_find_id(struct journal *j, enum rtype t, const char *id)
{
	const struct reclist	*l = journal_list(j, t);
	struct rec		 key = { 0 };

	key.id = (char *)id;
	key.rel = "";
	return bsearch_id(l, &key);
}
