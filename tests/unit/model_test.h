/*
 * check_model.c and check_model_checkins.c make one Check program with
 * one suite, "model".  check_model.c holds what both use: a vctx with
 * every check but unknown-keys on, made afresh for each test
 * (model_setup, model_teardown as a checked fixture), and person(), a
 * person built by model_person() from the text of a record.
 */
#ifndef MODEL_TEST_H
#define MODEL_TEST_H

#define D(y, m, dd)	date_from_ymd((y), (m), (dd))
#define TODAY		D(2026, 11, 21)	/* a Saturday */

extern struct vctx	 cx;
void			 model_setup(void);
void			 model_teardown(void);
struct person		*person(const char *);

/* check_model_checkins.c */
TCase			*checkins_tcase(void);

#endif /* MODEL_TEST_H */
