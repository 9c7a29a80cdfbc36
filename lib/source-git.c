#include "config.h"

#include <sys/types.h>
#include <sys/wait.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "source.h"

/*
 * A journal as git holds it: a commit's tree, or the index (what the next
 * commit will hold).  One listing (git ls-tree -r, git ls-files -s, run
 * in the journal's folder so that names come relative to it) gives every
 * file's name, kind and object id; folders are what the names imply, as
 * git has no empty ones.  Contents come from one `git cat-file --batch`
 * started at the first read and kept for the rest: a request is an
 * object id and a newline, an answer its header and its bytes.  The
 * readers on several threads take turns at it.  Nothing in the work tree
 * is read or written.
 */

extern char **environ;

#define OID_MAX		64	/* hex digits of a SHA-256 id */
#define LINK_HOPS	8	/* links followed before giving up */

struct gent {
	char		*path;		/* relative to the journal */
	char		 oid[OID_MAX + 1];
	int		 kind;		/* SK_FILE, SK_LINK or SK_OTHER */
	char		*data;		/* fetched ahead, not yet read */
	size_t		 len;
};

struct gitsrc {
	char		*dir;		/* the journal's folder */
	struct gent	*v;		/* sorted by path */
	size_t		 n;
	pthread_mutex_t	 mu;
	pid_t		 pid;		/* git cat-file --batch, or -1 */
	FILE		*to, *from;
	int		 broken;	/* it failed: no more asking */
};

static int
gent_cmp(const void *a, const void *b)
{
	return strcmp(((const struct gent *)a)->path,
	    ((const struct gent *)b)->path);
}

/* The entry of that exact path, or NULL. */
static struct gent *
lookup(struct gitsrc *g, const char *rel)
{
	struct gent	 key;

	if (g->n == 0)
		return NULL;
	key.path = (char *)rel;
	return bsearch(&key, g->v, g->n, sizeof(*g->v), gent_cmp);
}

/* The index of the first entry whose path is not below prefix. */
static size_t
lower(const struct gitsrc *g, const char *prefix)
{
	size_t	 lo = 0, hi = g->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(g->v[mid].path, prefix) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Start git cat-file --batch, its pipes ours alone. */
static int
batch_start(struct gitsrc *g)
{
	posix_spawn_file_actions_t	 fa;
	char *const	 argv[] = { "git", "-C", g->dir, "cat-file", "--batch",
			    NULL };
	int		 in[2], out[2], rc;

	if (pipe(in) == -1)
		return -1;
	if (pipe(out) == -1) {
		close(in[0]);
		close(in[1]);
		return -1;
	}
	(void)fcntl(in[1], F_SETFD, FD_CLOEXEC);
	(void)fcntl(out[0], F_SETFD, FD_CLOEXEC);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in[0], STDIN_FILENO);
	posix_spawn_file_actions_adddup2(&fa, out[1], STDOUT_FILENO);
	posix_spawn_file_actions_addclose(&fa, in[0]);
	posix_spawn_file_actions_addclose(&fa, out[1]);
	fflush(stdout);
	rc = posix_spawnp(&g->pid, "git", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(in[0]);
	close(out[1]);
	if (rc != 0) {
		close(in[1]);
		close(out[0]);
		g->pid = -1;
		return -1;
	}
	g->to = fdopen(in[1], "w");
	g->from = fdopen(out[0], "r");
	if (g->to == NULL || g->from == NULL)
		return -1;
	return 0;
}

static void
fail(struct doc_error *err, const char *msg)
{
	if (err != NULL) {
		err->line = err->col = 0;
		snprintf(err->msg, sizeof(err->msg), "%s", msg);
	}
}

/*
 * Ask cat-file for one object: its bytes in a new buffer (NUL after the
 * last), refusing more than RECORD_MAX (read and dropped, so that the
 * next answer is where it should be).
 */
static int
batch_answer(struct gitsrc *g, char **data, size_t *len,
    struct doc_error *err)
{
	char		*line = NULL, *sp, *buf;
	size_t		 cap = 0, size, got;
	unsigned long long sz;
	int		 c;

	if (getline(&line, &cap, g->from) <= 0) {
		free(line);
		goto broken;
	}
	if ((sp = strrchr(line, ' ')) == NULL || strstr(line, " blob ") ==
	    NULL) {
		free(line);
		fail(err, "not a file in git");
		return EX_IOERR;
	}
	sz = strtoull(sp + 1, NULL, 10);
	free(line);
	if (sz > RECORD_MAX) {
		for (; sz > 0; sz--)
			if (getc(g->from) == EOF)
				goto broken;
		(void)getc(g->from);
		if (err != NULL)
			doc_fail(err, 1, 0, "record is larger than 16 MiB");
		return EX_DATAERR;
	}
	size = (size_t)sz;
	buf = xmalloc(size + 1);
	got = fread(buf, 1, size, g->from);
	c = getc(g->from);
	if (got != size || c != '\n') {
		free(buf);
		goto broken;
	}
	buf[size] = '\0';
	*data = buf;
	*len = size;
	return 0;
broken:
	g->broken = 1;
	fail(err, "'git cat-file' failed");
	return EX_IOERR;
}

static int
batch_get(struct gitsrc *g, const char *oid, char **data, size_t *len,
    struct doc_error *err)
{
	if (g->broken || (g->pid == -1 && batch_start(g) == -1)) {
		g->broken = 1;
		fail(err, "cannot run 'git cat-file'");
		return EX_IOERR;
	}
	if (fprintf(g->to, "%s\n", oid) < 0 || fflush(g->to) != 0) {
		g->broken = 1;
		fail(err, "'git cat-file' failed");
		return EX_IOERR;
	}
	return batch_answer(g, data, len, err);
}

/*
 * Where a link at rel leads, inside the journal: its target joined to
 * rel's folder, "." and ".." resolved; NULL when it leaves the journal.
 */
static char *
link_target(const char *rel, const char *target)
{
	struct buf	 b = BUF_INIT;
	const char	*p, *slash;
	size_t		 n;

	if (target[0] == '/')
		return NULL;
	if ((slash = strrchr(rel, '/')) != NULL)
		buf_add(&b, rel, (size_t)(slash - rel));
	for (p = target; *p != '\0'; p += n + (p[n] == '/')) {
		n = strcspn(p, "/");
		if (n == 0 || (n == 1 && p[0] == '.'))
			continue;
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			if (b.len == 0) {
				buf_release(&b);
				return NULL;
			}
			slash = strrchr(b.buf, '/');
			buf_setlen(&b, slash != NULL ? (size_t)(slash - b.buf) :
			    0);
			continue;
		}
		if (b.len > 0)
			buf_addch(&b, '/');
		buf_add(&b, p, n);
	}
	return buf_detach(&b, NULL);
}

/* The entry rel stands for, links followed (the lock held), or NULL. */
static struct gent *
resolve(struct gitsrc *g, const char *rel)
{
	struct gent	*e = lookup(g, rel);
	char		*data, *to, *at = NULL;
	size_t		 len;
	int		 hops;

	for (hops = 0; e != NULL && e->kind == SK_LINK; hops++) {
		if (hops == LINK_HOPS || batch_get(g, e->oid, &data, &len,
		    NULL) != 0) {
			e = NULL;
			break;
		}
		to = link_target(e->path, data);
		free(data);
		free(at);
		at = to;
		e = to != NULL ? lookup(g, to) : NULL;
	}
	free(at);
	return e;
}

/* Is there anything below the folder rel? */
static int
is_folder(const struct gitsrc *g, const char *rel)
{
	char	*prefix;
	size_t	 i, n;
	int	 yes;

	if (*rel == '\0')
		return 1;
	xasprintf(&prefix, "%s/", rel);
	n = strlen(prefix);
	i = lower(g, prefix);
	yes = i < g->n && strncmp(g->v[i].path, prefix, n) == 0;
	free(prefix);
	return yes;
}

static int
git_read(struct source *src, const char *rel, char **data, size_t *len,
    struct doc_error *err)
{
	struct gitsrc	*g = src->g;
	struct gent	*e;
	int		 rc;

	pthread_mutex_lock(&g->mu);
	if ((e = resolve(g, rel)) == NULL) {
		rc = is_folder(g, rel) ? EX_IOERR : EX_NOINPUT;
		fail(err, strerror(rc == EX_IOERR ? EISDIR : ENOENT));
	} else if (e->kind != SK_FILE) {
		rc = EX_IOERR;
		fail(err, "not a file in git");
	} else if (e->data != NULL) {
		*data = e->data;
		*len = e->len;
		e->data = NULL;
		rc = 0;
	} else
		rc = batch_get(g, e->oid, data, len, err);
	pthread_mutex_unlock(&g->mu);
	return rc;
}

/* What the writer of a fetch asks for. */
struct ask {
	struct gitsrc	*g;
	struct gent	**v;
	size_t		 n;
};

static void *
asker(void *arg)
{
	struct ask	*a = arg;
	size_t		 i;

	for (i = 0; i < a->n; i++)
		if (fprintf(a->g->to, "%s\n", a->v[i]->oid) < 0)
			break;
	(void)fflush(a->g->to);
	return NULL;
}

/*
 * Fetch the files at rels ahead of their reads, in one stream: a thread
 * writes every request while this one reads the answers, so that git and
 * the reader work at once instead of taking turns for each file.  What
 * cannot be fetched (too large, a link, an error) is left to its read.
 */
static void
git_fetch(struct source *src, const char *const *rels, size_t n)
{
	struct gitsrc	*g = src->g;
	struct ask	 a;
	pthread_t	 tid;
	size_t		 i;

	pthread_mutex_lock(&g->mu);
	if (g->broken || (g->pid == -1 && batch_start(g) == -1)) {
		g->broken = 1;
		pthread_mutex_unlock(&g->mu);
		return;
	}
	a.g = g;
	a.v = xreallocarray(NULL, n + 1, sizeof(*a.v));
	for (a.n = i = 0; i < n; i++) {
		struct gent *e = lookup(g, rels[i]);

		if (e != NULL && e->kind == SK_FILE && e->data == NULL)
			a.v[a.n++] = e;
	}
	if (a.n > 0 && pthread_create(&tid, NULL, asker, &a) == 0) {
		for (i = 0; i < a.n; i++)
			if (batch_answer(g, &a.v[i]->data, &a.v[i]->len,
			    NULL) != 0 && g->broken)
				break;
		pthread_join(tid, NULL);
		/* A stream cut short leaves git's answers out of step. */
		if (i < a.n)
			g->broken = 1;
	}
	free(a.v);
	pthread_mutex_unlock(&g->mu);
}

static int
git_walk(struct source *src, const char *rel, source_fn fn, void *ctx)
{
	struct gitsrc	*g = src->g;
	struct buf	 last = BUF_INIT;
	char		*prefix;
	const char	*rest, *slash;
	size_t		 i, n;

	if (!is_folder(g, rel))
		return -1;
	xasprintf(&prefix, "%s%s", rel, *rel ? "/" : "");
	n = strlen(prefix);
	for (i = lower(g, prefix); i < g->n &&
	    strncmp(g->v[i].path, prefix, n) == 0; i++) {
		rest = g->v[i].path + n;
		if ((slash = strchr(rest, '/')) == NULL) {
			fn(ctx, rest, g->v[i].kind);
			continue;
		}
		/* A folder's files come together: name it once. */
		if (last.len == (size_t)(slash - rest) &&
		    memcmp(last.buf, rest, last.len) == 0)
			continue;
		buf_reset(&last);
		buf_add(&last, rest, (size_t)(slash - rest));
		fn(ctx, last.buf, SK_DIR);
	}
	buf_release(&last);
	free(prefix);
	return 0;
}

static int
git_kind(struct source *src, const char *rel)
{
	struct gitsrc	*g = src->g;
	struct gent	*e;
	int		 k;

	pthread_mutex_lock(&g->mu);
	if ((e = resolve(g, rel)) != NULL)
		k = e->kind == SK_FILE ? SK_FILE : SK_OTHER;
	else
		k = is_folder(g, rel) ? SK_DIR : -1;
	pthread_mutex_unlock(&g->mu);
	return k;
}

static void
git_free(struct source *src)
{
	struct gitsrc	*g = src->g;
	size_t		 i;
	int		 status;

	if (g == NULL)
		return;
	if (g->to != NULL)
		fclose(g->to);
	if (g->from != NULL)
		fclose(g->from);
	if (g->pid != -1)
		while (waitpid(g->pid, &status, 0) == -1 && errno == EINTR)
			;
	for (i = 0; i < g->n; i++) {
		free(g->v[i].path);
		free(g->v[i].data);
	}
	free(g->v);
	free(g->dir);
	pthread_mutex_destroy(&g->mu);
	free(g);
}

static const struct source_ops git_ops = {
	git_read, git_walk, git_kind, git_fetch, git_free
};

/* The kind of a file of this mode in git. */
static int
mode_kind(const char *mode)
{
	if (strcmp(mode, "100644") == 0 || strcmp(mode, "100755") == 0)
		return SK_FILE;
	return strcmp(mode, "120000") == 0 ? SK_LINK : SK_OTHER;
}

/*
 * Read a listing: NUL-ended records "MODE SP TYPE SP OID TAB PATH"
 * (ls-tree) or "MODE SP OID SP STAGE TAB PATH" (ls-files -s: only stage
 * 0, the merged entries, count).
 */
static void
parse_listing(struct gitsrc *g, const struct buf *b, int index)
{
	const char	*p = b->buf, *end = b->buf + b->len, *tab, *f[3];
	size_t		 alloc = 0;
	int		 k;

	for (; p < end; p += strlen(p) + 1) {
		if ((tab = strchr(p, '\t')) == NULL)
			continue;
		f[0] = p;
		for (k = 1; k < 3; k++)
			if ((f[k] = memchr(f[k - 1], ' ', (size_t)(tab -
			    f[k - 1]))) != NULL)
				f[k]++;
			else
				break;
		if (k < 3)
			continue;
		if (index && (tab - f[2] != 1 || f[2][0] != '0'))
			continue;
		if (g->n == alloc) {
			alloc = alloc ? alloc * 2 : 256;
			g->v = xreallocarray(g->v, alloc, sizeof(*g->v));
		}
		{
			struct gent	*e = &g->v[g->n];
			const char	*oid = index ? f[1] : f[2];
			size_t		 olen = (size_t)((index ? f[2] - 1 :
					    tab) - oid);
			char		 mode[8];

			if (olen > OID_MAX || f[1] - f[0] - 1 >= (long)sizeof(mode))
				continue;
			memcpy(mode, f[0], (size_t)(f[1] - f[0] - 1));
			mode[f[1] - f[0] - 1] = '\0';
			memcpy(e->oid, oid, olen);
			e->oid[olen] = '\0';
			e->kind = mode_kind(mode);
			e->path = xstrdup(tab + 1);
			e->data = NULL;
			e->len = 0;
			g->n++;
		}
	}
	if (g->n > 1)
		qsort(g->v, g->n, sizeof(*g->v), gent_cmp);
}

/* Run git in dir; its output in out, its own messages on stderr. */
static int
run_git(const char *dir, char *const args[], struct buf *out, int keep_err)
{
	char	*argv[12];
	int	 i;

	argv[0] = "git";
	argv[1] = "-C";
	argv[2] = (char *)dir;
	for (i = 0; args[i] != NULL && i < 8; i++)
		argv[3 + i] = args[i];
	argv[3 + i] = NULL;
	return proc_run(argv, out, keep_err);
}

/*
 * The journal in dir as git holds it at rev (any revision git takes:
 * HEAD~3, a tag, a commit id), or in the index when rev is NULL.
 */
int
source_git(const char *dir, const char *rev, struct source **out)
{
	char		*spec, *verify[] = { "rev-parse", "--verify", "-q",
			    NULL, NULL };
	char		*inside[] = { "rev-parse", "--is-inside-work-tree",
			    NULL };
	char		*tree[] = { "ls-tree", "-r", "-z", NULL, NULL };
	char		*files[] = { "ls-files", "-s", "-z", NULL };
	struct buf	 b = BUF_INIT;
	struct source	*src;
	struct gitsrc	*g;

	*out = NULL;
	if (run_git(dir, inside, &b, 0) != 0 ||
	    strncmp(b.buf, "true", 4) != 0) {
		buf_release(&b);
		warnx("'%s' is not in a git work tree", dir);
		return EX_USAGE;
	}
	buf_reset(&b);
	src = xcalloc(1, sizeof(*src));
	src->ops = &git_ops;
	src->dirfd = -1;
	if (rev != NULL) {
		xasprintf(&spec, "%s^{commit}", rev);
		verify[3] = spec;
		if (*rev == '-' || *rev == '\0' ||
		    run_git(dir, verify, &b, 0) != 0 || b.len < 2) {
			free(spec);
			free(src);
			buf_release(&b);
			warnx("unknown revision '%s'", rev);
			return EX_USAGE;
		}
		free(spec);
		while (b.len > 0 && b.buf[b.len - 1] == '\n')
			buf_setlen(&b, b.len - 1);
		src->rev = buf_detach(&b, NULL);
	}
	g = src->g = xcalloc(1, sizeof(*g));
	g->dir = xstrdup(dir);
	g->pid = -1;
	pthread_mutex_init(&g->mu, NULL);
	tree[3] = src->rev;
	if (run_git(dir, rev != NULL ? tree : files, &b, 1) != 0) {
		buf_release(&b);
		source_free(src);
		warnx("git cannot list %s", rev != NULL ? rev : "the index");
		return EX_UNAVAILABLE;
	}
	parse_listing(g, &b, rev == NULL);
	buf_release(&b);
	*out = src;
	return 0;
}
