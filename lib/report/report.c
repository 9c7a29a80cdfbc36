#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mentor.h"
#include "model.h"
#include "render.h"
#include "report/report.h"

/* The reports mentor-report knows, the default (the summary) first. */
static const struct report *const reports[] = {
	&report_summary, &report_progress, &report_cadence, &report_actions,
	&report_skills, &report_wins, &report_agenda, &report_timeline,
	&report_due, &report_all
};

/* Their names, for messages. */
const char report_names[] = "summary, progress, cadence, actions, skills, "
    "wins, agenda, timeline, due, all, changes";

/* The report called name, or NULL. */
const struct report *
report_find(const char *name)
{
	size_t	 i;

	for (i = 0; i < sizeof(reports) / sizeof(reports[0]); i++)
		if (strcmp(reports[i]->name, name) == 0)
			return reports[i];
	return NULL;
}
