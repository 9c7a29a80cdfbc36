/*
 * What the sources share (source.c, source-git.c): a source is a table of
 * operations and the state of one kind.  Include after mentor.h.
 */
#ifndef MENTOR_SOURCE_H
#define MENTOR_SOURCE_H

struct source_ops {
	int	(*read)(struct source *, const char *, char **, size_t *,
		    struct doc_error *);
	int	(*walk)(struct source *, const char *, source_fn, void *);
	int	(*kind)(struct source *, const char *);
	void	(*fetch)(struct source *, const char *const *, size_t);
	void	(*free)(struct source *);
};

struct gitsrc;
struct source {
	const struct source_ops	*ops;
	int			 dirfd;		/* files: the journal */
	char			*rev;		/* git: the commit, or NULL */
	struct gitsrc		*g;
};

#endif /* MENTOR_SOURCE_H */
