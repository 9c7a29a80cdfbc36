#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * libyaml's memory, from a bump arena of the thread's own.
 *
 * To parse one front matter libyaml makes about a hundred allocations
 * (its two input buffers and its stacks, four scratch strings for every
 * scalar, a copy of each scalar and tag) and frees every one of them by
 * the time yaml_parser_delete returns: glibc's malloc and free were a
 * sixth of mentor-check's instructions.  When the build links libyaml's
 * static archive, it links a copy whose calls to malloc, realloc, free
 * and strdup (all in its api.o) were renamed to the functions below
 * (configure.ac, Makefile.am: lib/libyaml-arena.a); parse_yaml() gives
 * all of it back at once with yalloc_reset() after each parse.  A build
 * with a shared libyaml never calls them: yalloc_reset() finds nothing.
 *
 * Each block follows a 16-byte header holding its size, for realloc.
 * Freeing or growing the block handed out last happens in place, so a
 * scalar's scratch strings use the same bytes again; any other free is
 * left to the reset.  The thread's first chunk, 128 KiB (libyaml starts
 * with 64 KiB of buffers), stays for its next parse; any more, made for
 * a huge front matter, go back to malloc at the reset, and the first at
 * yalloc_done() (doc_thread_done()).
 *
 * Under AddressSanitizer every byte not handed out is poisoned, so that
 * a read past a scalar or of a freed block is still caught.
 */

#if defined(MENTOR_ASAN)
#include <sanitizer/asan_interface.h>
#define POISON(p, n)	ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n)	ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n)	((void)(p), (void)(n))
#define UNPOISON(p, n)	((void)(p), (void)(n))
#endif

#define YCHUNK	(128 * 1024)
#define YHEAD	16			/* header before each block */
#define YMAX	(SIZE_MAX / 4)		/* larger requests fail */

struct ychunk {
	struct ychunk	*next;
	char		*cur, *end;	/* free space */
	char		*last;		/* header of the last block, or NULL */
	size_t		 size;
	max_align_t	 data[];
};

static __thread struct ychunk	*tl_ychunk;
static __thread unsigned long	 tl_yallocs;

static size_t
block_need(size_t n)
{
	return YHEAD + ((n + 15) & ~(size_t)15);
}

static void *
take(struct ychunk *c, size_t n)
{
	char	*h = c->cur;

	UNPOISON(h, YHEAD + n);
	memcpy(h, &n, sizeof(n));
	c->last = h;
	c->cur = h + block_need(n);
	tl_yallocs++;
	return h + YHEAD;
}

/* A new chunk, for n bytes and more; out of the way of the fast path. */
static __attribute__((noinline)) void *
grow(size_t n)
{
	struct ychunk	*c;
	size_t		 size;

	if (n > YMAX)
		return NULL;
	size = block_need(n) > YCHUNK ? block_need(n) : YCHUNK;
	if ((c = malloc(sizeof(*c) + size)) == NULL)
		return NULL;
	c->size = size;
	c->cur = (char *)c->data;
	c->end = c->cur + size;
	c->last = NULL;
	c->next = tl_ychunk;
	tl_ychunk = c;
	POISON(c->cur, size);
	return take(c, n);
}

void *
yalloc_malloc(size_t n)
{
	struct ychunk	*c = tl_ychunk;

	if (c != NULL && n <= YMAX &&
	    (size_t)(c->end - c->cur) >= block_need(n))
		return take(c, n);
	return grow(n);
}

static size_t
block_size(const void *p)
{
	size_t	 n;

	memcpy(&n, (const char *)p - YHEAD, sizeof(n));
	return n;
}

void
yalloc_free(void *p)
{
	struct ychunk	*c = tl_ychunk;

	if (p == NULL)
		return;
	if (c != NULL && (char *)p - YHEAD == c->last) {
		c->cur = c->last;
		c->last = NULL;
		POISON(c->cur, (size_t)(c->end - c->cur));
	} else
		POISON(p, block_size(p));
}

void *
yalloc_realloc(void *p, size_t n)
{
	struct ychunk	*c = tl_ychunk;
	size_t		 old;
	void		*q;

	if (p == NULL)
		return yalloc_malloc(n);
	if (n > YMAX)
		return NULL;
	old = block_size(p);
	if (c != NULL && (char *)p - YHEAD == c->last &&
	    (size_t)(c->end - c->last) >= block_need(n)) {
		/* The last block grows or shrinks where it is. */
		c->cur = c->last;
		POISON(c->cur, (size_t)(c->end - c->cur));
		return take(c, n);
	}
	if ((q = yalloc_malloc(n)) == NULL)
		return NULL;
	memcpy(q, p, old < n ? old : n);
	POISON(p, old);
	return q;
}

char *
yalloc_strdup(const char *s)
{
	size_t	 n = strlen(s) + 1;
	char	*p;

	if ((p = yalloc_malloc(n)) != NULL)
		memcpy(p, s, n);
	return p;
}

/*
 * Give back everything taken on this thread.  The thread's first chunk
 * stays, for its next parse; the others go.
 */
void
yalloc_reset(void)
{
	struct ychunk	*c, *next, *keep = NULL;

	for (c = tl_ychunk; c != NULL; c = next) {
		next = c->next;
		if (c->size == YCHUNK) {
			free(keep);
			keep = c;
		} else
			free(c);
	}
	if (keep != NULL) {
		/* Beyond cur, all is poisoned already. */
		POISON(keep->data, (size_t)(keep->cur - (char *)keep->data));
		keep->next = NULL;
		keep->cur = (char *)keep->data;
		keep->last = NULL;
	}
	tl_ychunk = keep;
}

/* Free the thread's chunks: it will not parse again. */
void
yalloc_done(void)
{
	yalloc_reset();
	free(tl_ychunk);
	tl_ychunk = NULL;
}

/* How many blocks this thread was given, for tests. */
unsigned long
yalloc_count(void)
{
	return tl_yallocs;
}
