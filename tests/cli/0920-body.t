#!/bin/sh
# Bodies read as GitHub reads them, by every program: task items in
# ordered lists, block quotes and <details>, none in comments, code or
# <pre>; surgical marks in block quotes and ordered lists; a new
# milestone copying its neighbour; imported posts' dates.
. "$(dirname "$0")/lib.sh"
plan 11

mentor-init -q "$T/j" --owner 'Alex Doe'
cd "$T/j" || exit 99
mkdir -p log/2026 log/2023
cat >log/2026/2026-11-01-kickoff.md <<'EOF2'
---
title: Kickoff
date: 2026-11-01
---
## Action items
<!--
- [ ] commented out due:2026-01-02
-->
1. [ ] ordered one due:2026-11-10
2) [x] ordered two

> - [ ] quoted due:2026-11-30

```foo``
- [ ] after a backtick line that is no fence

- a
  ```
  code
    ```
- [ ] after a fence closed inside its item

```
- [ ] in code
```

    - [ ] indented code

<pre>
- [ ] in pre
</pre>

<details>

- [/] in details
</details>
EOF2
cp log/2026/2026-11-01-kickoff.md "$T/kickoff.md"

want_out <<'OUT'
log/2026/2026-11-01-kickoff.md:9: [ ] ordered one due:2026-11-10
log/2026/2026-11-01-kickoff.md:12: [ ] quoted due:2026-11-30
log/2026/2026-11-01-kickoff.md:15: [ ] after a backtick line that is no fence
log/2026/2026-11-01-kickoff.md:21: [ ] after a fence closed inside its item
log/2026/2026-11-01-kickoff.md:35: [/] in details
OUT
run 'actions: what GitHub shows as task items, no more' 0 mentor-log actions

want_out <<'OUT'
item	status	due	line
1	open	2026-11-10	9
2	done		10
3	open	2026-11-30	12
4	open		15
5	open		21
6	started		35
OUT
run 'show: items by number' 0 sh -c 'mentor-log show 2026-11-01-kickoff -f json |
    jq -r "[\"item\",\"status\",\"due\",\"line\"], (.actions | to_entries[] |
    [.key + 1, .value.status, (.value.due // \"\"), .value.line]) | @tsv"'

want_out <<'OUT'
log/2026/2026-11-01-kickoff.md:12: [x] quoted due:2026-11-30 done:2026-11-22
OUT
run 'done in a block quote' 0 mentor-log done log/2026/2026-11-01-kickoff.md:12
want_out <<'OUT'
log/2026/2026-11-01-kickoff.md:9: [x] ordered one due:2026-11-10 done:2026-11-22
OUT
run 'done in an ordered list, by number' 0 mentor-log done 2026-11-01-kickoff#1
sed -e '12s/\[ \] quoted due:2026-11-30/[x] quoted due:2026-11-30 done:2026-11-22/' \
    -e '9s/\[ \] ordered one due:2026-11-10/[x] ordered one due:2026-11-10 done:2026-11-22/' \
    "$T/kickoff.md" >"$T/kickoff.want"
check '... only the boxes and stamps changed' \
    cmp -s "$T/kickoff.want" log/2026/2026-11-01-kickoff.md
want_err <<'ERR'
mentor-log: log/2026/2026-11-01-kickoff.md:7: not a task item
ERR
run 'a commented-out item is no task item' 1 \
    mentor-log done log/2026/2026-11-01-kickoff.md:7

# A new milestone after an ordered list in a block quote.
cat >goals/talk.md <<'EOF2'
---
title: Give a talk
status: active
---
## Milestones
> 1. [x] Outline
> 2. [ ] Slides

Notes.
EOF2
want_out <<'OUT'
goals/talk.md:8: [ ] Rehearse
OUT
run 'milestone: the next number, in the quote' 0 \
    mentor-goals milestone talk Rehearse
printf -- '---\ntitle: Give a talk\nstatus: active\n---\n## Milestones\n> 1. [x] Outline\n> 2. [ ] Slides\n> 3. [ ] Rehearse\n\nNotes.\n' >"$T/talk.want"
check '... copied from its neighbour' cmp -s "$T/talk.want" goals/talk.md

# Imported posts: a date with a time of day, or only the file name's.
printf -- '---\ntitle: Imported\n---\nDated by its file name.\n' \
    >log/2023/2023-12-24-imported.md
printf -- "---\ntitle: Jekyll\ndate: '2023-12-25 00:00:00 +0000'\n---\n" \
    >log/2023/2023-12-25-jekyll.md
want_out <<'OUT'
2023-12-24-imported	2023-12-24
2023-12-25-jekyll	2023-12-25
2026-11-01-kickoff	2026-11-01
OUT
run 'imported posts are dated' 0 sh -c 'mentor-log list -f tsv --no-header | cut -f1,2'
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 4 records
ERR
run '... and check clean' 0 mentor-check

# A second document in the front matter is refused where it starts.
printf -- '---\ntitle: First\ndate: 2026-01-01\n--- {title: Second}\n---\n' \
    >log/2026/2026-01-01-two.md
want_err <<'ERR'
mentor-log: log/2026/2026-01-01-two.md:4:1: a second YAML document is not allowed (the front matter ends at a line of its own '---')
ERR
run 'a second YAML document is 65' 65 sh -c 'mentor-log list >/dev/null'
done_testing
