/*
 * spool.c: records kept by group and given back a group at a time, in
 * the order they came, at flat memory (spilling sorted chunks to a
 * temporary file).  spool_add copies len bytes; spool_each hands fn each
 * record of a group (valid during the call only) and ends adding.  A
 * failing temporary file ends the program (73 or 74).  sp_str/sp_int
 * make a record of strings (NULL kept) and numbers; sp_getstr/sp_getint
 * read it back in the same order.  Include after mentor.h.
 */
#ifndef MENTOR_SPOOL_H
#define MENTOR_SPOOL_H

struct spool;
struct spool	*spool_new(void);
void		 spool_add(struct spool *, uint32_t, const void *, size_t);
void		 spool_each(struct spool *, uint32_t,
		    void (*)(void *, const void *, size_t), void *);
void		 spool_free(struct spool *);
void		 sp_str(struct buf *, const char *);
void		 sp_int(struct buf *, long long);
const char	*sp_getstr(const char **);
long long	 sp_getint(const char **);

#endif /* MENTOR_SPOOL_H */
