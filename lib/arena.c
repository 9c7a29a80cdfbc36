#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * An arena: many small allocations freed at once.  A record's strings and
 * nodes live in its doc's, and a model object's in its own: parsing
 * allocates many small things and frees none of them before the whole
 * record goes.  The first chunk is of the size the arena was told to
 * expect (a->first), else ARENA_FIRST bytes; later ones double up to
 * ARENA_MAX, so that a small object stays small and most take one chunk.
 */
struct chunk {
	struct chunk	*next;
	size_t		 used, size;
	max_align_t	 data[];
};

#define ARENA_FIRST	512
#define ARENA_MAX	8192

/* n bytes aligned to al (a power of two) from the arena. */
static void *
arena_take(struct arena *a, size_t n, size_t al)
{
	struct chunk	*c = a->head;
	size_t		 at, size;

	at = c != NULL ? (c->used + al - 1) & ~(al - 1) : 0;
	if (c == NULL || at > c->size || c->size - at < n) {
		size = c == NULL ? (a->first ? a->first : ARENA_FIRST) :
		    c->size < ARENA_MAX ? c->size * 2 : ARENA_MAX;
		if (size < n)
			size = n;
		c = xmalloc(sizeof(*c) + size);
		c->size = size;
		c->next = a->head;
		a->head = c;
		at = 0;
	}
	c->used = at + n;
	return (char *)c->data + at;
}

/*
 * Memory for an object of n bytes, aligned for what the objects put in an
 * arena hold: pointers, sizes, integers and doubles.
 */
#define ARENA_ALIGN	(sizeof(double) > sizeof(void *) ? sizeof(double) : \
			    sizeof(void *))

void *
arena_alloc(struct arena *a, size_t n)
{
	return arena_take(a, n, ARENA_ALIGN);
}

/* A copy of n bytes of s, NUL-terminated, in the arena. */
char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	/* Text needs no alignment: strings pack. */
	char	*p = arena_take(a, n + 1, 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* A copy of s in the arena; NULL stays NULL. */
char *
arena_strdup(struct arena *a, const char *s)
{
	return s != NULL ? arena_strndup(a, s, strlen(s)) : NULL;
}

/* Free every chunk; the arena is empty again. */
void
arena_free(struct arena *a)
{
	struct chunk	*c, *next;

	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
}
