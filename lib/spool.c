#include "config.h"

#include <err.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "spool.h"

/*
 * A spool keeps records by group, to give them back a group at a time in
 * the order they came (the actions report groups its items by person,
 * progress its evidence by goal), without holding them all: when the
 * records in memory would pass SPOOL_MEM bytes, they are sorted by group
 * (their index, not their bytes) and written to a temporary file as one
 * chunk, and only where each group's run starts is kept (sort(1) does
 * the same).  Memory follows SPOOL_MEM, plus 16 bytes for each group a
 * chunk holds: at 200,000 entries, progress's evidence (38 MB, most
 * goals cited in every chunk) keeps about 26,000 runs, 0.4 MiB.
 */
#define SPOOL_MEM	(512U * 1024)
#define SPOOL_BUF	(64U * 1024)	/* the file's stdio buffer */

/* A record in memory: its group, its place in mem, its length. */
struct srec {
	uint32_t	 group, len;
	size_t		 off;
};

/*
 * Where one group's records are: in a chunk of the file (len bytes from
 * off), or, with RUN_MEM in off, in memory (len records of v from the
 * rest of off).  Chunks are written one after the other, so sorting runs
 * by group, then off, keeps each group's in the order its records came.
 * A spool of a large journal keeps tens of thousands: 16 bytes each.
 */
struct run {
	uint32_t	 group, len;
	uint64_t	 off;
};
#define RUN_MEM		(UINT64_C(1) << 63)

struct spool {
	struct buf	 mem;
	struct srec	*v;
	size_t		 n, alloc;
	FILE		*f;
	char		*fbuf;		/* f's buffer */
	off_t		 fend;
	struct run	*runs;
	size_t		 nruns, aruns;
	int		 frozen;
};

struct spool *
spool_new(void)
{
	struct spool	*sp = xcalloc(1, sizeof(*sp));

	buf_init(&sp->mem);
	return sp;
}

/*
 * Sort the records in memory by group, keeping the order they came in
 * within a group: a radix sort, a byte of the group at a time from the
 * lowest, each pass stable; a byte every record shares is not sorted on
 * (a few hundred goals sort in one or two passes).
 */
static void
sort_groups(struct spool *sp)
{
	size_t		 count[4][256], at[256], i, k, b;
	struct srec	*from = sp->v, *to, *t;

	memset(count, 0, sizeof(count));
	for (i = 0; i < sp->n; i++)
		for (b = 0; b < 4; b++)
			count[b][(sp->v[i].group >> (8 * b)) & 0xff]++;
	to = xreallocarray(NULL, sp->n, sizeof(*to));
	for (b = 0; b < 4; b++) {
		if (count[b][(sp->v[0].group >> (8 * b)) & 0xff] == sp->n)
			continue;
		for (k = 0, i = 0; k < 256; k++) {
			at[k] = i;
			i += count[b][k];
		}
		for (i = 0; i < sp->n; i++)
			to[at[(from[i].group >> (8 * b)) & 0xff]++] = from[i];
		t = from;
		from = to;
		to = t;
	}
	if (from != sp->v) {
		memcpy(sp->v, from, sp->n * sizeof(*sp->v));
		to = from;
	}
	free(to);
}

static void
run_add(struct spool *sp, uint32_t group, uint64_t off, size_t len)
{
	if (sp->nruns == sp->aruns) {
		sp->aruns = sp->aruns ? sp->aruns + sp->aruns / 2 : 64;
		sp->runs = xreallocarray(sp->runs, sp->aruns,
		    sizeof(*sp->runs));
	}
	sp->runs[sp->nruns].group = group;
	sp->runs[sp->nruns].len = (uint32_t)len;
	sp->runs[sp->nruns].off = off;
	sp->nruns++;
}

/*
 * Sort the records in memory by group and note each group's run: with f,
 * written to the file as a chunk (each record as its length, then its
 * bytes); without, as the records of v, where they stay.
 */
static void
sort_runs(struct spool *sp, FILE *f)
{
	size_t		 i, start = 0;
	off_t		 at = sp->fend, from = at;
	uint32_t	 len32;

	if (sp->n > 1)
		sort_groups(sp);
	for (i = 0; i < sp->n; i++) {
		if (i > 0 && sp->v[i].group != sp->v[i - 1].group) {
			run_add(sp, sp->v[i - 1].group, f != NULL ?
			    (uint64_t)from : RUN_MEM | start, f != NULL ?
			    (size_t)(at - from) : i - start);
			start = i;
			from = at;
		}
		if (f == NULL)
			continue;
		len32 = (uint32_t)sp->v[i].len;
		if (fwrite(&len32, sizeof(len32), 1, f) != 1 ||
		    fwrite(sp->mem.buf + sp->v[i].off, 1, sp->v[i].len, f) !=
		    sp->v[i].len)
			err(EX_IOERR, "writing a temporary file");
		at += (off_t)(sizeof(len32) + sp->v[i].len);
	}
	if (sp->n > 0)
		run_add(sp, sp->v[sp->n - 1].group, f != NULL ?
		    (uint64_t)from : RUN_MEM | start, f != NULL ?
		    (size_t)(at - from) : sp->n - start);
	if (f != NULL) {
		sp->fend = at;
		buf_reset(&sp->mem);
		sp->n = 0;
	}
}

/* Write the records in memory to the file as a chunk. */
static void
spill(struct spool *sp)
{
	if (sp->f == NULL) {
		if ((sp->f = tmpfile()) == NULL)
			err(EX_CANTCREAT, "cannot make a temporary file");
		/*
		 * Chunks are written a record at a time: a buffer of ours,
		 * for stdio (glibc's) sizes its own by the file system.
		 */
		sp->fbuf = xmalloc(SPOOL_BUF);
		(void)setvbuf(sp->f, sp->fbuf, _IOFBF, SPOOL_BUF);
	}
	if (fseeko(sp->f, sp->fend, SEEK_SET) != 0)
		err(EX_IOERR, "writing a temporary file");
	sort_runs(sp, sp->f);
	if (fflush(sp->f) != 0)
		err(EX_IOERR, "writing a temporary file");
}

/* Keep a record (len bytes at rec) in group. */
void
spool_add(struct spool *sp, uint32_t group, const void *rec, size_t len)
{
	if (sp->frozen)
		errx(EX_SOFTWARE, "spool_add after spool_each");
	if (len > UINT32_MAX / 2)	/* a run's length must hold it */
		errx(EX_SOFTWARE, "spool record of %zu bytes", len);
	if (sp->n > 0 && sp->mem.len + len > SPOOL_MEM)
		spill(sp);
	/* One allocation of SPOOL_MEM, not a doubling past it. */
	if (sp->mem.alloc < SPOOL_MEM)
		buf_grow(&sp->mem, SPOOL_MEM);
	if (sp->n == sp->alloc) {
		sp->alloc = sp->alloc ? sp->alloc * 2 : 256;
		sp->v = xreallocarray(sp->v, sp->alloc, sizeof(*sp->v));
	}
	sp->v[sp->n].group = group;
	sp->v[sp->n].off = sp->mem.len;
	sp->v[sp->n].len = (uint32_t)len;
	sp->n++;
	buf_add(&sp->mem, rec, len);
}

static int
run_cmp(const void *a, const void *b)
{
	const struct run	*x = a, *y = b;

	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	/* Chunks in the order written; memory (RUN_MEM) after them all. */
	return x->off < y->off ? -1 : x->off > y->off;
}

/* Hand each record of a run read from the file to fn. */
static void
run_each(const struct run *r, const char *p, void (*fn)(void *,
    const void *, size_t), void *ctx)
{
	const char	*end = p + r->len;
	uint32_t	 len;

	while (p + sizeof(len) <= end) {
		memcpy(&len, p, sizeof(len));
		p += sizeof(len);
		fn(ctx, p, len);
		p += len;
	}
}

/* Read len bytes at off of fd, whatever pieces pread(2) gives them in. */
static int
read_at(int fd, char *p, size_t len, off_t off)
{
	ssize_t	 n;

	while (len > 0) {
		if ((n = pread(fd, p, len, off)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0) {
			errno = EIO;
			return -1;
		}
		p += n;
		len -= (size_t)n;
		off += n;
	}
	return 0;
}

/*
 * Give fn the records of group in the order they were added.  The first
 * call ends adding: what is in memory is sorted where it is.
 */
void
spool_each(struct spool *sp, uint32_t group, void (*fn)(void *,
    const void *, size_t), void *ctx)
{
	struct run	*r, *end;
	char		*mem = NULL;
	size_t		 lo, hi, mid, i, k;

	if (!sp->frozen) {
		sp->frozen = 1;
		sort_runs(sp, NULL);
		if (sp->nruns > 1)
			qsort(sp->runs, sp->nruns, sizeof(*sp->runs), run_cmp);
	}
	for (lo = 0, hi = sp->nruns; lo < hi;) {
		mid = lo + (hi - lo) / 2;
		if (sp->runs[mid].group < group)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (sp->nruns == 0)
		return;
	end = sp->runs + sp->nruns;
	for (r = sp->runs + lo; r < end && r->group == group; r++) {
		if (r->off & RUN_MEM) {
			i = (size_t)(r->off & ~RUN_MEM);
			for (k = i + r->len; i < k; i++)
				fn(ctx, sp->mem.buf + sp->v[i].off,
				    sp->v[i].len);
			continue;
		}
		/* Written and flushed (spill): one read a run. */
		mem = xreallocarray(mem, (size_t)r->len + 1, 1);
		if (read_at(fileno(sp->f), mem, r->len, (off_t)r->off) != 0)
			err(EX_IOERR, "reading a temporary file");
		run_each(r, mem, fn, ctx);
	}
	free(mem);
}

void
spool_free(struct spool *sp)
{
	if (sp == NULL)
		return;
	if (sp->f != NULL)
		fclose(sp->f);
	free(sp->fbuf);
	buf_release(&sp->mem);
	free(sp->v);
	free(sp->runs);
	free(sp);
}

/*
 * Records are made of strings and numbers: sp_str() and sp_int() append
 * them to a buf, sp_getstr() and sp_getint() read them back in the same
 * order.  A NULL string stays NULL.
 */
void
sp_str(struct buf *b, const char *s)
{
	buf_addch(b, s != NULL);
	if (s != NULL)
		buf_add(b, s, strlen(s) + 1);
}

void
sp_int(struct buf *b, long long v)
{
	buf_add(b, &v, sizeof(v));
}

const char *
sp_getstr(const char **p)
{
	const char	*s;

	if (*(*p)++ == 0)
		return NULL;
	s = *p;
	*p += strlen(s) + 1;
	return s;
}

long long
sp_getint(const char **p)
{
	long long	 v;

	memcpy(&v, *p, sizeof(v));
	*p += sizeof(v);
	return v;
}
