#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "mentor.h"

/*
 * The parse cache: what parsing a record gave (its front matter tree,
 * headings and task items), kept between runs so that readers need not
 * run the YAML parser again on a file that has not changed.
 *
 * A record is still read whole every time; its entry is used only when
 * its name, size and 128-bit XXH3 hash of every byte match, so a changed
 * file is always parsed again, whatever its timestamps say.  Files that
 * do not parse are never cached: their errors are found again each time.
 *
 * One file a year folder, in $MENTOR_CACHE_DIR, else
 * $XDG_CACHE_HOME/mentor, else ~/.cache/mentor, under a folder named by
 * the journal's device and inode:
 *
 *	header (64 bytes) | blobs ... | index (nent entries) | by name
 *	(nent numbers) | names
 *
 * The blobs, and the index entries, are in the order the walk reads the
 * records (fcache_order), so that reading them goes forward through the
 * file and the entry of the k-th record read is most often the k-th
 * (its name says whether it is); "by name" lists the entries sorted by
 * name, for finding the others.  The index, by name and the names are
 * covered by a checksum
 * in the header; each blob has its own checksum, so a torn or damaged
 * file is noticed and only costs a parse.  A new file is written to a
 * temporary name and renamed over the old one, so readers never see half
 * of one.  Anything that goes wrong with the cache (no home, a full disk,
 * a bad file) makes it quietly stand aside: it can never change a result.
 */

#define CACHE_MAGIC	"mentorC\n"
/* Bump whenever what parsing gives, or this layout, changes. */
#define CACHE_FORMAT	5
#define CACHE_ENDIAN	0x01020304U
#define HDR_SIZE	64
#define BLOBS_AT_ONCE	(256 * 1024)

struct hdr {
	char		 magic[8];
	uint32_t	 format;
	uint32_t	 endian;
	uint32_t	 nent;
	uint32_t	 pad;
	uint64_t	 stamp;		/* XXH64 of the program's version */
	uint64_t	 idx_off;
	uint64_t	 names_off;
	uint64_t	 names_len;
	uint64_t	 sum;		/* XXH64 of the index, by name, names */
};

struct ent {
	uint64_t	 size;		/* of the record file */
	uint64_t	 h_lo, h_hi;	/* XXH3-128 of its bytes */
	uint64_t	 blob_off;
	uint64_t	 blob_sum;	/* XXH3-64 of the blob */
	uint32_t	 blob_len;
	uint32_t	 name_off, name_len;
	uint32_t	 pad;
};

/*
 * S_KNOWN: looked up and held (idx), not yet decoded; S_HIT: decoded;
 * S_MISS: not held, or the entry failed; S_NEW: parsed and written.
 */
enum { S_NONE, S_MISS, S_KNOWN, S_HIT, S_NEW };

/*
 * One record of the group: what happened to it this run, and its entry:
 * in the old file's index (S_HIT) or in fresh (S_NEW).  Small, as there
 * is one for every record of the folder.
 */
struct slot {
	uint32_t	 idx;
	unsigned char	 state;
};

struct fcache {
	unsigned long	 gen;		/* tells caches apart over time */
	const char	*const *rnames;	/* the group's records, in the folder */
	const uint32_t	*order;		/* rnames' indexes in visit order */
	uint32_t	*rank;		/* and each one's place in it */
	int		 dirfd;		/* the journal's cache folder */
	char		*fname;		/* this folder's file in it */
	int		 oldfd;
	uint64_t	 oldsize;
	uint64_t	 oldblobs;	/* where the old file's blobs end */
	struct ent	*old;
	uint32_t	*byname;	/* old's indexes, sorted by name */
	size_t		 nold;
	char		*blobs;		/* a small file's blobs, read at once */
	char		*names;
	size_t		 names_len;
	struct slot	*slot;
	size_t		 n;
	struct ent	*fresh;		/* entries of the records parsed */
	size_t		 nfresh, afresh;
	pthread_mutex_t	 mu;		/* guards newfd and fresh */
	int		 newfd;
	char		*tmpname;
	uint64_t	 tail;		/* where the next new blob goes */
	int		 failed;	/* the new file cannot be trusted */
};

struct cache_stats cache_stats;

static __thread char	*tbuf;
static __thread size_t	 tcap;

/*
 * Blobs are stored in the order records are claimed in, so each thread
 * reads a window of blobs at once: the blobs of the next few dozen
 * records come from one read.  win says what tbuf holds.
 */
#define WINDOW	(64 * 1024)
static __thread struct {
	unsigned long	 gen;		/* of the fcache, 0 for none */
	uint64_t	 off;
	size_t		 len;
} win;
static unsigned long	 gens;

/* Free the calling thread's buffer (threads call it at the end). */
void
cache_thread_done(void)
{
	free(tbuf);
	tbuf = NULL;
	tcap = 0;
	win.gen = 0;
}

static char *
tbuf_get(size_t n)
{
	if (n > tcap) {
		free(tbuf);
		tcap = n > 4096 ? n : 4096;
		tbuf = xmalloc(tcap);
	}
	return tbuf;
}

static uint64_t
stamp(void)
{
	static const char s[] = PACKAGE_VERSION "/" "1";

	return XXH64(s, sizeof(s) - 1, sizeof(size_t));
}

/* The cache, unless MENTOR_CACHE says off. */
static int
cache_on(void)
{
	const char	*v = env_get("MENTOR_CACHE");

	return v == NULL || !(strcmp(v, "off") == 0 || strcmp(v, "0") == 0 ||
	    strcmp(v, "no") == 0);
}

/* mkdir -p for the cache's own folders, private to the user. */
static int
mkdirs(char *path)
{
	char	*p;

	for (p = path + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0700) == -1 && errno != EEXIST) {
			*p = '/';
			return -1;
		}
		*p = '/';
	}
	return mkdir(path, 0700) == -1 && errno != EEXIST ? -1 : 0;
}

/*
 * Remove the temporary files of runs that were killed while writing
 * (older than an hour: a run still writing is left alone).
 */
static void
sweep(int fd)
{
	DIR		*dp;
	struct dirent	*de;
	struct stat	 st;
	size_t		 n;
	int		 dfd;

	/* Not dup(fd): a duplicate would share (and use up) its offset. */
	if ((dfd = openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return;
	if ((dp = fdopendir(dfd)) == NULL) {
		close(dfd);
		return;
	}
	while ((de = readdir(dp)) != NULL) {
		n = strlen(de->d_name);
		if (n < 4 || strcmp(de->d_name + n - 4, ".tmp") != 0 ||
		    fstatat(fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1 ||
		    !S_ISREG(st.st_mode) || st.st_mtime > time(NULL) - 3600)
			continue;
		(void)unlinkat(fd, de->d_name, 0);
	}
	closedir(dp);
}

/*
 * The journal's cache folder, opened once and kept: the folder of the
 * last journal asked for (a report over many journals asks in turn).
 */
static int	 cdir = -1;
static dev_t	 cdev;
static ino_t	 cino;

static int
cache_dir(struct journal *j)
{
	struct stat	 st;
	const char	*base, *home;
	char		*path;
	int		 fd;

	if (fstat(j->dirfd, &st) == -1)
		return -1;
	if (cdir != -1 && st.st_dev == cdev && st.st_ino == cino)
		return cdir;
	if ((base = env_get("MENTOR_CACHE_DIR")) != NULL)
		xasprintf(&path, "%s/%jx-%jx", base, (uintmax_t)st.st_dev,
		    (uintmax_t)st.st_ino);
	else if ((base = env_get("XDG_CACHE_HOME")) != NULL && *base == '/')
		xasprintf(&path, "%s/mentor/%jx-%jx", base,
		    (uintmax_t)st.st_dev, (uintmax_t)st.st_ino);
	else if ((home = env_get("HOME")) != NULL)
		xasprintf(&path, "%s/.cache/mentor/%jx-%jx", home,
		    (uintmax_t)st.st_dev, (uintmax_t)st.st_ino);
	else
		return -1;
	if ((fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1 &&
	    mkdirs(path) == 0)
		fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(path);
	if (fd == -1)
		return -1;
	if (cdir != -1)
		close(cdir);
	cdir = fd;
	cdev = st.st_dev;
	cino = st.st_ino;
	return cdir;
}

static int
ent_cmp_name(const struct fcache *c, const struct ent *e, const char *name,
    size_t n)
{
	size_t	 m = e->name_len < n ? e->name_len : n;
	int	 r = memcmp(c->names + e->name_off, name, m);

	if (r != 0)
		return r;
	return (e->name_len > n) - (e->name_len < n);
}

/* Read the old file's index, or leave the cache empty if it is bad. */
static void
load_old(struct fcache *c)
{
	struct hdr	 h;
	struct stat	 st;
	uint64_t	 sum;
	size_t		 i, isz, bsz;

	/* Not a FIFO to wait on, nor a link to follow: a regular file. */
	if ((c->oldfd = openat(c->dirfd, c->fname, O_RDONLY | O_CLOEXEC |
	    O_NONBLOCK | O_NOFOLLOW)) == -1)
		return;
	if (fstat(c->oldfd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    pread(c->oldfd, &h, sizeof(h), 0) != (ssize_t)sizeof(h))
		goto bad;
	c->oldsize = (uint64_t)st.st_size;
	if (memcmp(h.magic, CACHE_MAGIC, 8) != 0 || h.format !=
	    CACHE_FORMAT || h.endian != CACHE_ENDIAN || h.stamp != stamp())
		goto bad;
	isz = (size_t)h.nent * sizeof(struct ent);
	bsz = (size_t)h.nent * sizeof(uint32_t);
	if (h.nent > c->oldsize / sizeof(struct ent) || h.idx_off < HDR_SIZE ||
	    h.idx_off > c->oldsize || isz + bsz > c->oldsize - h.idx_off ||
	    h.names_off > c->oldsize || h.names_len > c->oldsize - h.names_off)
		goto bad;
	c->old = xmalloc(isz + 1);
	c->byname = xmalloc(bsz + 1);
	c->names = xmalloc(h.names_len + 1);
	if (pread(c->oldfd, c->old, isz, (off_t)h.idx_off) != (ssize_t)isz ||
	    pread(c->oldfd, c->byname, bsz, (off_t)(h.idx_off + isz)) !=
	    (ssize_t)bsz ||
	    pread(c->oldfd, c->names, h.names_len, (off_t)h.names_off) !=
	    (ssize_t)h.names_len)
		goto bad;
	sum = XXH64(c->names, h.names_len, XXH64(c->byname, bsz,
	    XXH64(c->old, isz, 0)));
	if (sum != h.sum)
		goto bad;
	c->nold = h.nent;
	c->names_len = h.names_len;
	c->oldblobs = h.idx_off;
	/* A small folder's blobs come in one read, not one a record. */
	if (h.idx_off - HDR_SIZE <= BLOBS_AT_ONCE) {
		c->blobs = xmalloc(h.idx_off - HDR_SIZE + 1);
		if (pread(c->oldfd, c->blobs, h.idx_off - HDR_SIZE, HDR_SIZE) !=
		    (ssize_t)(h.idx_off - HDR_SIZE))
			goto bad;
	}
	for (i = 0; i < c->nold; i++) {
		const struct ent *e = &c->old[i];

		if (e->name_off > c->names_len ||
		    e->name_len > c->names_len - e->name_off ||
		    e->blob_off < HDR_SIZE || e->blob_off > h.idx_off ||
		    e->blob_len > h.idx_off - e->blob_off)
			goto bad;
	}
	/* Names strictly rising: each entry once, and a binary search works. */
	for (i = 0; i < c->nold; i++) {
		const struct ent *e;

		if (c->byname[i] >= c->nold)
			goto bad;
		e = &c->old[c->byname[i]];
		if (i > 0 && ent_cmp_name(c, e, c->names +
		    c->old[c->byname[i - 1]].name_off,
		    c->old[c->byname[i - 1]].name_len) <= 0)
			goto bad;
	}
	return;
bad:
	free(c->old);
	free(c->byname);
	free(c->names);
	free(c->blobs);
	c->old = NULL;
	c->byname = NULL;
	c->names = NULL;
	c->blobs = NULL;
	c->nold = 0;
	close(c->oldfd);
	c->oldfd = -1;
}

/*
 * The cache of one folder of the journal (e.g. "log/2026") for a walk over
 * its n records, named (in the folder) by names, which must stay until
 * fcache_close; or NULL when there is no cache to be had.
 */
struct fcache *
fcache_open(struct journal *j, const char *folder, const char *const *names,
    size_t n)
{
	struct fcache	*c;
	const char	*p;
	int		 dfd;

	if (!cache_on() || n == 0 || (dfd = cache_dir(j)) == -1)
		return NULL;
	c = xcalloc(1, sizeof(*c));
	c->gen = ++gens;
	c->rnames = names;
	c->dirfd = dfd;
	c->fname = xstrdup(folder);
	for (p = c->fname; *p != '\0'; p++)
		if (*p == '/')
			c->fname[p - c->fname] = '%';
	c->oldfd = c->newfd = -1;
	c->n = n;
	c->slot = xcalloc(n, sizeof(*c->slot));
	c->tail = HDR_SIZE;
	pthread_mutex_init(&c->mu, NULL);
	load_old(c);
	return c;
}

/*
 * The order the group's records are read in (indexes into its names),
 * which stays until fcache_close: new files keep their blobs in it.
 * Without it, the names' order.
 */
void
fcache_order(struct fcache *c, const uint32_t *order)
{
	size_t	 k;

	c->order = order;
	free(c->rank);
	c->rank = NULL;
	if (order == NULL)
		return;
	c->rank = xreallocarray(NULL, c->n, sizeof(*c->rank));
	for (k = 0; k < c->n; k++)
		c->rank[order[k]] = (uint32_t)k;
}

/*
 * The old entry of record i: most often the one at the place i is read
 * in (entries are kept in that order), else found by name.
 */
static const struct ent *
find(const struct fcache *c, size_t i)
{
	const char	*name = c->rnames[i];
	size_t		 lo = 0, hi = c->nold, mid, n = strlen(name), k;
	int		 r;

	if (c->nold == 0)
		return NULL;
	k = c->rank != NULL ? c->rank[i] : i;
	if (k < c->nold && ent_cmp_name(c, &c->old[k], name, n) == 0)
		return &c->old[k];
	__atomic_fetch_add(&cache_stats.searches, 1, __ATOMIC_RELAXED);
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((r = ent_cmp_name(c, &c->old[c->byname[mid]], name, n)) ==
		    0)
			return &c->old[c->byname[mid]];
		if (r < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/*
 * Encoding.  Numbers are written as the machine has them (the header says
 * which byte order); strings as a length, then their bytes.
 */
/*
 * The encoder counts the nodes and the bytes of strings (each with its
 * NUL) as it goes, and puts both at the start of the blob: decoding then
 * makes one allocation for the nodes, one for their kids and one for the
 * strings.
 */
struct enc {
	struct buf	*b;
	const struct doc *d;
	uint32_t	 nnodes, strbytes;
};

static void
put32(struct buf *b, uint32_t v)
{
	buf_add(b, (const char *)&v, sizeof(v));
}

static void
putstr(struct enc *x, const char *s, size_t n)
{
	put32(x->b, (uint32_t)n);
	buf_add(x->b, s, n);
	x->strbytes += (uint32_t)n + 1;
}

/*
 * A string that is also the record's bytes at off (most scalars, task
 * texts) is written as a reference to them: the blob stays small.
 */
#define STR_REF	0x80000000U

static void
putref(struct enc *x, const char *s, size_t n, const char *at)
{
	if (at != NULL && n < STR_REF) {
		put32(x->b, (uint32_t)n | STR_REF);
		put32(x->b, (uint32_t)(at - x->d->data));
		x->strbytes += (uint32_t)n + 1;
	} else
		putstr(x, s, n);
}

/* Where s (n bytes) is in the record between from and to, or NULL. */
static const char *
within(const struct doc *d, size_t from, size_t to, const char *s, size_t n)
{
	if (from > to || to > d->len || n > to - from)
		return NULL;
	return memmem(d->data + from, to - from, s, n);
}

#define HAS_STR	(1U << 16)

static void
put_node(struct enc *x, const struct ynode *n)
{
	const struct doc	*d = x->d;
	size_t			 i;

	x->nnodes++;
	put32(x->b, (uint32_t)n->type | (uint32_t)n->style << 8 |
	    (n->str != NULL ? HAS_STR : 0));
	put32(x->b, n->line);
	put32(x->b, n->col);
	put32(x->b, (uint32_t)n->off);
	put32(x->b, (uint32_t)n->end);
	put32(x->b, (uint32_t)n->nkids);
	if (n->str != NULL)
		putref(x, n->str, n->len, n->end - n->off == n->len &&
		    n->off <= d->len && n->len <= d->len - n->off &&
		    memcmp(d->data + n->off, n->str, n->len) == 0 ?
		    d->data + n->off : NULL);
	for (i = 0; i < n->nkids; i++)
		put_node(x, n->kids[i]);
}

static void
encode(struct buf *b, const struct doc *d)
{
	struct enc		 x = { b, d, 0, 0 };
	const struct task	*t;
	size_t			 i, k, counts;

	counts = b->len;
	put32(b, 0);		/* nodes */
	put32(b, 0);		/* bytes of strings */
	put32(b, (uint32_t)d->bom | (uint32_t)d->crlf << 1);
	put32(b, (uint32_t)d->fm_off);
	put32(b, (uint32_t)d->fm_end);
	put32(b, (uint32_t)d->close_end);
	put32(b, d->fm_line);
	put32(b, d->close_line);
	put32(b, d->body_line);
	put_node(&x, d->fm);
	put32(b, (uint32_t)d->nheads);
	for (i = 0; i < d->nheads; i++) {
		put32(b, d->heads[i].line);
		put32(b, (uint32_t)d->heads[i].level);
		putstr(&x, d->heads[i].text, strlen(d->heads[i].text));
	}
	put32(b, (uint32_t)d->ntasks);
	for (i = 0; i < d->ntasks; i++) {
		t = &d->tasks[i];
		put32(b, t->line);
		put32(b, (uint32_t)t->off);
		put32(b, (uint32_t)t->eol);
		put32(b, (uint32_t)t->box);
		put32(b, (uint32_t)t->status);
		k = strlen(t->text);
		putref(&x, t->text, k, within(d, t->off, t->eol, t->text, k));
		put32(b, (uint32_t)t->due);
		put32(b, (uint32_t)t->done);
		put32(b, t->due_col);
		put32(b, t->done_col);
		put32(b, (uint32_t)t->section);
		put32(b, t->badtok_col);
		if (t->badtok != NULL)
			putstr(&x, t->badtok, strlen(t->badtok));
		else
			put32(b, UINT32_MAX);
		put32(b, (uint32_t)t->npeople);
		for (k = 0; k < t->npeople; k++) {
			put32(b, t->people_col[k]);
			putstr(&x, t->people[k], strlen(t->people[k]));
		}
		put32(b, (uint32_t)t->ntags);
		for (k = 0; k < t->ntags; k++)
			putstr(&x, t->tags[k], strlen(t->tags[k]));
	}
	memcpy(b->buf + counts, &x.nnodes, 4);
	memcpy(b->buf + counts + 4, &x.strbytes, 4);
}

/* Decoding checks every length against the blob and every offset
 * against the record: a bad blob fails, it is never trusted. */
struct dec {
	const char	*p, *end;
	struct doc	*d;
	int		 bad;
	struct ynode	*nodes, **kids;	/* all of them, in one piece each */
	uint32_t	 nnodes, nused, kused;
	char		*sp, *send;	/* the strings' room */
	int		 level;	/* FCACHE_ALL, _FM (stop after the front
				 * matter) or _HEADS (after the headings) */
};

static uint32_t
get32(struct dec *x)
{
	uint32_t	 v = 0;

	if (x->end - x->p < (ptrdiff_t)sizeof(v)) {
		x->bad = 1;
		return 0;
	}
	memcpy(&v, x->p, sizeof(v));
	x->p += sizeof(v);
	return v;
}

/* A string of the blob (or of the record), put in the strings' room. */
static char *
getstr(struct dec *x, size_t *len)
{
	uint32_t	 n = get32(x), at;
	const char	*from;
	char		*s;

	if (x->bad)
		return NULL;
	if (n & STR_REF) {
		n &= ~STR_REF;
		at = get32(x);
		if (x->bad || at > x->d->len || n > x->d->len - at)
			goto bad;
		from = x->d->data + at;
	} else {
		if ((size_t)(x->end - x->p) < n)
			goto bad;
		from = x->p;
		x->p += n;
	}
	if ((size_t)(x->send - x->sp) < (size_t)n + 1)
		goto bad;
	s = x->sp;
	memcpy(s, from, n);
	s[n] = '\0';
	x->sp += n + 1;
	if (len != NULL)
		*len = n;
	return s;
bad:
	x->bad = 1;
	return NULL;
}

static size_t
getoff(struct dec *x)
{
	uint32_t	 v = get32(x);

	if (v > x->d->len)
		x->bad = 1;
	return v;
}

static struct ynode *
get_node(struct dec *x, int depth)
{
	struct ynode	*n;
	uint32_t	 v[6], tag, k;

	if (x->bad || x->end - x->p < (ptrdiff_t)sizeof(v) ||
	    x->nused == x->nnodes) {
		x->bad = 1;
		return NULL;
	}
	memcpy(v, x->p, sizeof(v));
	x->p += sizeof(v);
	tag = v[0];
	/*
	 * The front matter is a map; maps go in pairs, their keys scalars,
	 * and only scalars have strings (as parsing makes them); every kid
	 * is one of the nodes counted.
	 */
	if (depth > YAML_DEPTH_MAX + 1 || (tag & 0xff) > Y_MAP ||
	    (tag >> 8 & 0xff) > YS_FLOW ||
	    ((tag & 0xff) == Y_SCALAR) != ((tag & HAS_STR) != 0) ||
	    (depth == 0 && (tag & 0xff) != Y_MAP) ||
	    v[3] > x->d->len || v[4] > x->d->len ||
	    ((tag & 0xff) == Y_SCALAR && v[5] > 0) ||
	    ((tag & 0xff) == Y_MAP && v[5] % 2 != 0) ||
	    v[5] > x->nnodes - x->nused - 1 ||
	    v[5] > x->nnodes - x->kused) {
		x->bad = 1;
		return NULL;
	}
	n = &x->nodes[x->nused++];
	n->type = (enum ytype)(tag & 0xff);
	n->style = (enum ystyle)(tag >> 8 & 0xff);
	n->line = v[1];
	n->col = v[2];
	n->off = v[3];
	n->end = v[4];
	n->nkids = v[5];
	n->str = NULL;
	n->len = 0;
	n->kids = NULL;
	if (tag & HAS_STR && (n->str = getstr(x, &n->len)) == NULL)
		return NULL;
	if (n->nkids > 0) {
		n->kids = &x->kids[x->kused];
		x->kused += (uint32_t)n->nkids;
		for (k = 0; k < n->nkids; k++) {
			if ((n->kids[k] = get_node(x, depth + 1)) == NULL)
				return NULL;
			if (n->type == Y_MAP && k % 2 == 0 &&
			    n->kids[k]->type != Y_SCALAR) {
				x->bad = 1;
				return NULL;
			}
		}
	}
	return n;
}

static int
decode(struct dec *x)
{
	struct doc	*d = x->d;
	struct task	*t;
	uint32_t	 flags, k, strbytes;
	size_t		 i, max;

	/*
	 * A node takes at least 24 bytes of the blob; a string is in the
	 * blob, or is a reference (8 bytes) to at most the whole record.
	 */
	x->nnodes = get32(x);
	strbytes = get32(x);
	max = (size_t)(x->end - x->p);
	if (x->bad || x->nnodes == 0 || x->nnodes > max / 24 ||
	    strbytes > max + max / 8 * (d->len + 1))
		return -1;
	x->nodes = doc_alloc(d, x->nnodes * sizeof(*x->nodes));
	x->kids = doc_alloc(d, x->nnodes * sizeof(*x->kids));
	x->nused = x->kused = 0;
	x->sp = strbytes > 0 ? doc_alloc(d, strbytes) : NULL;
	x->send = strbytes > 0 ? x->sp + strbytes : NULL;
	flags = get32(x);
	d->bom = flags & 1;
	d->crlf = flags >> 1 & 1;
	d->fm_off = getoff(x);
	d->fm_end = getoff(x);
	d->close_end = getoff(x);
	d->fm_line = get32(x);
	d->close_line = get32(x);
	d->body_line = get32(x);
	if (x->bad || (d->fm = get_node(x, 0)) == NULL ||
	    x->nused != x->nnodes)
		return -1;
	/* The blob's checksum held: what follows need not be read. */
	if (x->level == FCACHE_FM)
		return 0;
	d->nheads = get32(x);
	if (x->bad || d->nheads > (size_t)(x->end - x->p) / 12)
		return -1;
	if (d->nheads > 0)
		d->heads = doc_alloc(d, d->nheads * sizeof(*d->heads));
	for (i = 0; i < d->nheads; i++) {
		d->heads[i].line = get32(x);
		d->heads[i].level = (int)get32(x);
		d->heads[i].text = getstr(x, NULL);
	}
	if (x->level == FCACHE_HEADS)
		return x->bad ? -1 : 0;
	d->ntasks = get32(x);
	if (x->bad || d->ntasks > (size_t)(x->end - x->p) / 60)
		return -1;
	if (d->ntasks > 0)
		d->tasks = doc_alloc(d, d->ntasks * sizeof(*d->tasks));
	for (i = 0; i < d->ntasks && !x->bad; i++) {
		t = &d->tasks[i];
		memset(t, 0, sizeof(*t));
		t->line = get32(x);
		t->off = getoff(x);
		t->eol = getoff(x);
		t->box = getoff(x);
		t->status = (int)get32(x);
		t->text = getstr(x, NULL);
		t->due = (mdate)get32(x);
		t->done = (mdate)get32(x);
		t->due_col = get32(x);
		t->done_col = get32(x);
		t->section = (int)get32(x);
		t->badtok_col = get32(x);
		if (x->end - x->p >= 4 && memcmp(x->p, &(uint32_t){ UINT32_MAX },
		    4) == 0)
			x->p += 4;
		else
			t->badtok = getstr(x, NULL);
		t->npeople = get32(x);
		max = (size_t)(x->end - x->p) / 8;
		if (x->bad || t->npeople > max || t->section < -1 ||
		    t->section >= (int)d->nheads || (t->status != TASK_OPEN &&
		    t->status != TASK_STARTED && t->status != TASK_DONE &&
		    t->status != TASK_DROPPED))
			return -1;
		if (t->npeople > 0) {
			t->people = doc_alloc(d, t->npeople * sizeof(*t->people));
			t->people_col = doc_alloc(d, t->npeople *
			    sizeof(*t->people_col));
		}
		for (k = 0; k < t->npeople; k++) {
			t->people_col[k] = get32(x);
			t->people[k] = getstr(x, NULL);
		}
		t->ntags = get32(x);
		if (x->bad || t->ntags > (size_t)(x->end - x->p) / 4)
			return -1;
		if (t->ntags > 0)
			t->tags = doc_alloc(d, t->ntags * sizeof(*t->tags));
		for (k = 0; k < t->ntags; k++)
			t->tags[k] = getstr(x, NULL);
	}
	return x->bad || x->p != x->end ? -1 : 0;
}

/*
 * Is record i, read into data (len bytes), held unchanged?  1 if so: its
 * bytes are then those of a record that parsed, valid UTF-8 without NUL.
 * fcache_get does this itself; a reader with a filter asks first.
 */
int
fcache_known(struct fcache *c, size_t i, const char *data, size_t len)
{
	struct slot	*s = &c->slot[i];
	const struct ent *e;
	XXH128_hash_t	 h;

	if (s->state == S_KNOWN)
		return 1;
	if (s->state != S_NONE)
		return 0;
	h = XXH3_128bits(data, len);
	s->state = S_MISS;
	if ((e = find(c, i)) == NULL || e->size != len ||
	    e->h_lo != h.low64 || e->h_hi != h.high64)
		return 0;
	s->state = S_KNOWN;
	s->idx = (uint32_t)(e - c->old);
	return 1;
}

/*
 * Record i of the group, read into data (len bytes, NUL-terminated): when
 * the cache holds it unchanged, fill d as parsing would (d takes data,
 * named path) and return 1; else 0, and the caller parses.  level says
 * how much: FCACHE_ALL, FCACHE_FM (as doc_parse_fm would: no headings,
 * no task items) or FCACHE_HEADS (no task items).
 */
int
fcache_get(struct fcache *c, size_t i, const char *path, char *data,
    size_t len, struct doc *d, int level)
{
	struct slot	*s = &c->slot[i];
	const struct ent *e;
	struct dec	 x;
	char		*blob;

	if (!fcache_known(c, i, data, len))
		goto miss;
	e = &c->old[s->idx];
	s->state = S_MISS;
	if (c->blobs != NULL)
		blob = c->blobs + (e->blob_off - HDR_SIZE);
	else if (win.gen == c->gen && e->blob_off >= win.off &&
	    e->blob_off - win.off + e->blob_len <= win.len)
		blob = tbuf + (e->blob_off - win.off);
	else {
		size_t	 want = e->blob_len > WINDOW ? e->blob_len : WINDOW;
		ssize_t	 r;

		win.gen = 0;
		blob = tbuf_get(want);
		if ((r = pread(c->oldfd, blob, want, (off_t)e->blob_off)) <
		    (ssize_t)e->blob_len)
			goto miss;
		win.gen = c->gen;
		win.off = e->blob_off;
		win.len = (size_t)r;
	}
	if (XXH3_64bits(blob, e->blob_len) != e->blob_sum)
		goto miss;
	memset(d, 0, sizeof(*d));
	d->path = path;
	d->data = data;
	d->len = len;
	x.p = blob;
	x.end = blob + e->blob_len;
	x.d = d;
	x.bad = 0;
	x.level = level;
	if (decode(&x) != 0) {
		/* The doc must give data back: the caller parses it. */
		d->data = NULL;
		doc_free(d);
		goto miss;
	}
	s->state = S_HIT;
	__atomic_fetch_add(&cache_stats.hits, 1, __ATOMIC_RELAXED);
	return 1;
miss:
	__atomic_fetch_add(&cache_stats.misses, 1, __ATOMIC_RELAXED);
	return 0;
}

/* Create the new file, under a name no other process picks. */
static int
new_file(struct fcache *c)
{
	static unsigned	 seq;
	char		*name;
	int		 k;

	sweep(c->dirfd);
	for (k = 0; k < 100; k++) {
		xasprintf(&name, "%s.%ld.%u.tmp", c->fname, (long)getpid(),
		    __atomic_fetch_add(&seq, 1, __ATOMIC_RELAXED));
		c->newfd = openat(c->dirfd, name, O_RDWR | O_CREAT | O_EXCL |
		    O_CLOEXEC, 0600);
		if (c->newfd != -1) {
			c->tmpname = name;
			return 0;
		}
		free(name);
		if (errno != EEXIST)
			break;
	}
	return -1;
}

/*
 * doc_loadat for record i of c's group (rel in the journal), through the
 * cache when c is not NULL: for readers that load a folder's records in
 * turn (people, goals).
 */
int
fcache_load(struct fcache *c, size_t i, struct journal *j, const char *rel,
    const char *path, struct doc *d, struct doc_error *e)
{
	char	*data;
	size_t	 len;
	int	 rc;

	memset(d, 0, sizeof(*d));
	d->path = path;
	if ((rc = doc_readat(j->dirfd, rel, &data, &len, e)) != 0)
		return rc;
	if (c != NULL && fcache_get(c, i, path, data, len, d, 0))
		return 0;
	if ((rc = doc_parse(d, path, data, len, e)) == 0 && c != NULL)
		fcache_put(c, i, d);
	return rc;
}

/*
 * The cache for every record of type t (people or goals) as journal_list
 * gives them; *names gets the names it was opened with, for the caller
 * to free after fcache_close.  NULL (with *names NULL) when there is no
 * cache.
 */
struct fcache *
fcache_list(struct journal *j, enum rtype t, const char ***names)
{
	const struct reclist	*l = journal_list(j, t);
	struct fcache		*c;
	size_t			 i, skip = strlen(rtype_dir(t)) + 1;

	*names = NULL;
	if (l->n == 0 || !cache_on())
		return NULL;
	*names = xcalloc(l->n, sizeof(**names));
	for (i = 0; i < l->n; i++) {
		if (strncmp(l->v[i].rel, rtype_dir(t), skip - 1) != 0 ||
		    l->v[i].rel[skip - 1] != '/') {
			free(*names);
			*names = NULL;
			return NULL;
		}
		(*names)[i] = l->v[i].rel + skip;
	}
	if ((c = fcache_open(j, rtype_dir(t), *names, l->n)) == NULL) {
		free(*names);
		*names = NULL;
	}
	return c;
}

/* Keep what parsing record i gave (after fcache_get said 0). */
void
fcache_put(struct fcache *c, size_t i, const struct doc *d)
{
	struct slot	*s = &c->slot[i];
	struct buf	 b = BUF_INIT;
	struct ent	 e;
	XXH128_hash_t	 h;
	uint64_t	 off;
	int		 failed;

	if (s->state != S_MISS || d->fm == NULL ||
	    __atomic_load_n(&c->failed, __ATOMIC_RELAXED))
		return;
	pthread_mutex_lock(&c->mu);
	if (c->newfd == -1 && !c->failed && new_file(c) == -1)
		c->failed = 1;
	failed = c->failed;
	pthread_mutex_unlock(&c->mu);
	if (failed)
		return;
	encode(&b, d);
	off = __atomic_fetch_add(&c->tail, b.len, __ATOMIC_RELAXED);
	if (b.len > UINT32_MAX || pwrite(c->newfd, b.buf, b.len, (off_t)off) !=
	    (ssize_t)b.len) {
		__atomic_store_n(&c->failed, 1, __ATOMIC_RELAXED);
		buf_release(&b);
		return;
	}
	memset(&e, 0, sizeof(e));
	h = XXH3_128bits(d->data, d->len);
	e.size = d->len;
	e.h_lo = h.low64;
	e.h_hi = h.high64;
	e.blob_off = off;
	e.blob_len = (uint32_t)b.len;
	e.blob_sum = XXH3_64bits(b.buf, b.len);
	buf_release(&b);
	pthread_mutex_lock(&c->mu);
	if (c->nfresh == c->afresh) {
		c->afresh = c->afresh ? c->afresh * 2 : 64;
		c->fresh = xreallocarray(c->fresh, c->afresh,
		    sizeof(*c->fresh));
	}
	c->fresh[c->nfresh] = e;
	s->idx = (uint32_t)c->nfresh++;
	s->state = S_NEW;
	pthread_mutex_unlock(&c->mu);
}

/* An entry of the file being written, before it is sorted. */
struct nent {
	const char	*name;
	struct ent	 e;
	int		 from_old;
};

/* Entries a and b of v (their indexes), by name. */
static int
byname_cmp(const void *a, const void *b, void *v)
{
	const struct nent	*nv = v;

	return strcmp(nv[*(const uint32_t *)a].name,
	    nv[*(const uint32_t *)b].name);
}

/* Write all n bytes at off; -1 on failure. */
static int
pwrite_all(int fd, const void *p, size_t n, uint64_t off)
{
	const char	*q = p;
	ssize_t		 w;

	while (n > 0) {
		if ((w = pwrite(fd, q, n, (off_t)off)) <= 0) {
			if (w == -1 && errno == EINTR)
				continue;
			return -1;
		}
		q += w;
		n -= (size_t)w;
		off += (uint64_t)w;
	}
	return 0;
}

/*
 * Write the blobs of v (in the order they are read), from the old file or
 * from the file of new blobs, one after another into out from *at, reading
 * runs that lie next to each other at once; v's offsets become the new
 * ones.
 */
#define STAGE	(1024 * 1024)

static int
copy_blobs(struct fcache *c, struct nent *v, size_t nv, int out,
    uint64_t *at)
{
	char		*b;
	size_t		 cap = STAGE, used = 0, i, j, k;
	uint64_t	 wat = *at, off, len, pos;
	int		 src, rc = -1;

	b = xmalloc(cap);
	for (i = 0; i < nv; i = j) {
		src = v[i].from_old ? c->oldfd : c->newfd;
		off = v[i].e.blob_off;
		len = v[i].e.blob_len;
		for (j = i + 1; j < nv && (v[j].from_old ? c->oldfd :
		    c->newfd) == src && v[j].e.blob_off == off + len &&
		    len + v[j].e.blob_len <= STAGE; j++)
			len += v[j].e.blob_len;
		if (used > 0 && used + len > cap) {
			if (pwrite_all(out, b, used, wat) == -1)
				goto done;
			wat += used;
			used = 0;
		}
		if (len > cap) {
			cap = (size_t)len;
			b = xreallocarray(b, cap, 1);
		}
		if (pread(src, b + used, (size_t)len, (off_t)off) !=
		    (ssize_t)len)
			goto done;
		for (pos = wat + used, k = i; k < j; k++) {
			v[k].e.blob_off = pos;
			pos += v[k].e.blob_len;
		}
		used += (size_t)len;
	}
	if (used > 0 && pwrite_all(out, b, used, wat) == -1)
		goto done;
	*at = wat + used;
	rc = 0;
done:
	free(b);
	return rc;
}

/*
 * Write the folder's new file when this run parsed records the cache did
 * not hold, or the old file holds records that are gone or changed: the
 * blobs that count, from the old file and from the file of new ones, in
 * the order records are read, then the index (in that order too), the
 * list by name, the names and the header; then it is renamed into place
 * and the file of new blobs removed.  Frees c.
 */
void
fcache_close(struct fcache *c)
{
	struct nent	*v;
	struct ent	*idx = NULL;
	uint32_t	*bn = NULL;
	struct buf	 names = BUF_INIT;
	struct hdr	 h;
	const struct ent *e;
	uint64_t	 at = HDR_SIZE, last = 0;
	size_t		 i, k, nv = 0, nnew = 0, carried = 0;
	int		 ok = 0, outfd = -1, moved = 0;
	char		*outname = NULL;

	if (c == NULL)
		return;
	v = xcalloc(c->n + 1, sizeof(*v));
	for (k = 0; k < c->n; k++) {
		struct slot *s;

		i = c->order != NULL ? c->order[k] : k;
		s = &c->slot[i];
		e = NULL;
		if (s->state == S_HIT || s->state == S_KNOWN)
			e = &c->old[s->idx];
		else if (s->state == S_NONE)
			e = find(c, i);	/* not looked at */
		if (s->state == S_NEW) {
			v[nv].e = c->fresh[s->idx];
			v[nv++].name = c->rnames[i];
			nnew++;
		} else if (e != NULL) {
			/* Blobs read out of order: the folder's order changed. */
			if (carried > 0 && e->blob_off < last)
				moved = 1;
			last = e->blob_off;
			v[nv].e = *e;
			v[nv].from_old = 1;
			v[nv++].name = c->rnames[i];
			carried++;
		}
	}
	if (c->failed || (nnew == 0 && carried == c->nold && !moved))
		goto done;
	/* The file to rename into place; the new blobs' file, if any, goes. */
	outname = c->tmpname;
	c->tmpname = NULL;
	outfd = c->newfd;
	c->newfd = -1;
	if (new_file(c) == -1)
		goto done;
	if (outfd != -1) {
		/* Swap: read the new blobs from the first file, write here. */
		int	 fd = outfd;
		char	*nm = outname;

		outfd = c->newfd;
		outname = c->tmpname;
		c->newfd = fd;
		c->tmpname = nm;
	} else {
		outfd = c->newfd;
		outname = c->tmpname;
		c->newfd = -1;
		c->tmpname = NULL;
	}
	if (copy_blobs(c, v, nv, outfd, &at) == -1)
		goto done;
	idx = xcalloc(nv + 1, sizeof(*idx));
	bn = xcalloc(nv + 1, sizeof(*bn));
	for (i = 0; i < nv; i++) {
		idx[i] = v[i].e;
		idx[i].name_off = (uint32_t)names.len;
		idx[i].name_len = (uint32_t)strlen(v[i].name);
		idx[i].pad = 0;
		buf_addstr(&names, v[i].name);
		bn[i] = (uint32_t)i;
	}
	qsort_r(bn, nv, sizeof(*bn), byname_cmp, v);
	memset(&h, 0, sizeof(h));
	memcpy(h.magic, CACHE_MAGIC, 8);
	h.format = CACHE_FORMAT;
	h.endian = CACHE_ENDIAN;
	h.nent = (uint32_t)nv;
	h.stamp = stamp();
	h.idx_off = at;
	h.names_off = at + nv * (sizeof(*idx) + sizeof(*bn));
	h.names_len = names.len;
	h.sum = XXH64(names.buf != NULL ? names.buf : "", names.len,
	    XXH64(bn, nv * sizeof(*bn), XXH64(idx, nv * sizeof(*idx), 0)));
	if (pwrite_all(outfd, idx, nv * sizeof(*idx), h.idx_off) == -1 ||
	    pwrite_all(outfd, bn, nv * sizeof(*bn), h.idx_off + nv *
	    sizeof(*idx)) == -1 ||
	    pwrite_all(outfd, names.buf != NULL ? names.buf : "",
	    names.len, h.names_off) == -1 ||
	    pwrite_all(outfd, &h, sizeof(h), 0) == -1 ||
	    renameat(c->dirfd, outname, c->dirfd, c->fname) == -1)
		goto done;
	ok = 1;
	__atomic_fetch_add(&cache_stats.writes, 1, __ATOMIC_RELAXED);
done:
	if (outfd != -1) {
		close(outfd);
		if (!ok)
			(void)unlinkat(c->dirfd, outname, 0);
	}
	if (c->newfd != -1) {
		close(c->newfd);
		(void)unlinkat(c->dirfd, c->tmpname, 0);
	}
	free(outname);
	if (c->oldfd != -1)
		close(c->oldfd);
	buf_release(&names);
	free(idx);
	free(bn);
	free(v);
	free(c->tmpname);
	free(c->old);
	free(c->byname);
	free(c->rank);
	free(c->names);
	free(c->blobs);
	free(c->fresh);
	free(c->slot);
	free(c->fname);
	pthread_mutex_destroy(&c->mu);
	free(c);
}
