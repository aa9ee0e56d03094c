# Compare one architecture's console log with the host's expected values.
# Inputs: the expected files (from host_ref), then the console log (last).
# Variables: arch, rc (QEMU exit status, 124 = timeout), timeout, logfile.
# A unit is one (program, input line) run: it passes if the guest ran it,
# the program was JITed and the value equals the host's.  Two more kinds of
# unit come from "@" lines of the expected files (see host_ref.c):
#   @key CASE KEY INIT          the object's static key has the host's
#                               initial state (runner: HARNESS KEY)
#   @same-jit CASE PROGA PROGB  both programs JITed to the same size
#   @check CASE NAME            the flipper reported "CHECK CASE NAME ok"
# The flipper's INFO lines (figures) are printed as they are; the runner's
# LOAD lines (load times, for the bench) are not compared.
# Prints one line per failure (and one per same-JIT check), then
# "ARCH: N passed, N failed"; exits 1 on any failure.

function fail(msg) {
	print arch ": FAIL " msg
	failed++
}

FILENAME != logfile && $1 == "@key" {
	keywant[$2 SUBSEP $3] = $4
	keyorder[nkeywant++] = $2 SUBSEP $3
	next
}
FILENAME != logfile && $1 == "@same-jit" {
	samejit[nsamejit++] = $2 SUBSEP $3 SUBSEP $4
	next
}
FILENAME != logfile && $1 == "@check" {
	checkwant[$2 SUBSEP $3] = 1
	checkorder[ncheckwant++] = $2 SUBSEP $3
	next
}
FILENAME != logfile {
	k = $1 SUBSEP $2 SUBSEP $3
	if (!(k in want))
		order[nwant++] = k
	want[k] = $4
	input = ""
	for (i = 5; i <= NF; i++)
		input = input (i > 5 ? " " : "") $i
	inp[k] = input
	next
}

{
	sub(/\r$/, "")
	p = index($0, "HARNESS ")
	if (!p)
		next
	$0 = substr($0, p)
}
$2 == "START"	{ started = 1; next }
$2 == "END"	{ ended = 1; next }
$2 == "FATAL" {
	fatal = $0
	sub(/^HARNESS FATAL /, "", fatal)
	next
}
$2 == "LOADFAIL" {
	rest = $0
	sub(/^HARNESS LOADFAIL [^ ]+ [^ ]+ /, "", rest)
	loadfail[$3] = ($4 == "-" ? "" : "program " $4 ": ") rest
	next
}
$2 == "LOG" {
	rest = $0
	sub(/^HARNESS LOG [^ ]+ /, "", rest)
	if (nlog[$3] < 80)
		logs[$3, nlog[$3]++] = rest
	next
}
$2 == "KEY" {
	split($5, kv, "=")
	keygot[$3 SUBSEP $4] = kv[2]
	next
}
$2 == "CHECK" {
	rest = $0
	sub(/^HARNESS CHECK [^ ]+ [^ ]+ [^ ]+ ?/, "", rest)
	checkgot[$3 SUBSEP $4] = $5
	checkinfo[$3 SUBSEP $4] = rest
	next
}
$2 == "INFO" {
	rest = $0
	sub(/^HARNESS INFO /, "", rest)
	infos[ninfo++] = rest
	next
}
$2 == "RUNFAIL" {
	rest = $0
	sub(/^HARNESS RUNFAIL [^ ]+ [^ ]+ [^ ]+ /, "", rest)
	runfail[$3 SUBSEP $4 SUBSEP $5] = rest
	next
}
$2 == "RUN" {
	k = $3 SUBSEP $4 SUBSEP $5
	for (i = 6; i <= NF; i++) {
		split($i, kv, "=")
		f[kv[1]] = kv[2]
	}
	got[k] = f["ret"]
	jited[k] = f["jited"]
	progjit[$3 SUBSEP $4] = f["jited"]
	progxl[$3 SUBSEP $4] = f["xlated"]
	if (!(k in want))
		extra[k] = 1
	next
}

END {
	if (!started)
		boot = rc == 124 ? "QEMU timed out after " timeout " s before the guest reached the runner" \
				 : "guest never reached the runner (QEMU exit " rc ")"
	else if (fatal != "")
		boot = fatal
	else if (!ended)
		boot = rc == 124 ? "QEMU timed out after " timeout " s before the runner finished" \
				 : "runner did not finish (QEMU exit " rc ")"
	if (boot != "")
		print arch ": " boot "; console log: " logfile

	for (n = 0; n < nwant; n++) {
		k = order[n]
		split(k, id, SUBSEP)
		what = id[1] " " id[2] " line " id[3] " (" inp[k] ")"
		if (k in got) {
			if (jited[k] + 0 == 0)
				fail(what ": not JITed (jited_prog_len 0), got " got[k])
			else if (got[k] != want[k])
				fail(what ": got " got[k] ", expected " want[k])
			else
				passed++
		} else if (k in runfail)
			fail(what ": run failed: " runfail[k] ", expected " want[k])
		else if (id[1] in loadfail)
			fail(what ": not loaded (" loadfail[id[1]] "), expected " want[k])
		else if (boot == "")
			fail(what ": no result, expected " want[k])
		else
			missing++
	}
	for (n = 0; n < nkeywant; n++) {
		k = keyorder[n]
		split(k, id, SUBSEP)
		what = id[1] ": static key " id[2]
		if (k in keygot) {
			if (keygot[k] != keywant[k])
				fail(what ": initial state " keygot[k] " in the object, " keywant[k] " on the host")
			else
				passed++
		} else if (id[1] in loadfail)
			fail(what ": not loaded (" loadfail[id[1]] ")")
		else if (boot == "")
			fail(what ": the runner did not report it")
		else
			missing++
	}
	for (k in keygot)
		if (!(k in keywant)) {
			split(k, id, SUBSEP)
			fail(id[1] ": static key " id[2] " in the object is not defined on the host")
		}
	for (n = 0; n < nsamejit; n++) {
		split(samejit[n], id, SUBSEP)
		a = id[1] SUBSEP id[2]
		b = id[1] SUBSEP id[3]
		what = id[1] ": same JIT size for " id[2] " and " id[3]
		if ((a in progjit) && (b in progjit)) {
			sizes = "jited " progjit[a] " and " progjit[b] " bytes, xlated " progxl[a] " and " progxl[b]
			if (progjit[a] != progjit[b] || progjit[a] + 0 == 0)
				fail(what ": " sizes)
			else {
				print arch ": same JIT: " id[1] " " id[2] " " id[3] ": " sizes
				passed++
			}
		} else if (id[1] in loadfail)
			fail(what ": not loaded (" loadfail[id[1]] ")")
		else if (boot == "")
			fail(what ": no run of " ((a in progjit) ? id[3] : id[2]))
		else
			missing++
	}
	for (n = 0; n < ncheckwant; n++) {
		k = checkorder[n]
		split(k, id, SUBSEP)
		what = id[1] ": check " id[2]
		if (k in checkgot) {
			if (checkgot[k] != "ok")
				fail(what ": " checkgot[k] (checkinfo[k] != "" ? ": " checkinfo[k] : ""))
			else
				passed++
		} else if (id[1] in loadfail)
			fail(what ": not loaded (" loadfail[id[1]] ")")
		else if (boot == "")
			fail(what ": not reported")
		else
			missing++
	}
	for (k in checkgot)
		if (!(k in checkwant)) {
			split(k, id, SUBSEP)
			fail(id[1] ": check " id[2] " reported but not expected")
		}
	for (n = 0; n < ninfo; n++)
		print arch ": " infos[n]
	if (missing) {
		print arch ": FAIL " missing " runs have no result (see above)"
		failed += missing
	}
	for (k in extra) {
		split(k, id, SUBSEP)
		fail(id[1] " " id[2] " line " id[3] ": result " got[k] " has no host expectation")
	}
	for (c in loadfail) {
		print arch ": " c " failed to load: " loadfail[c]
		for (i = 0; i < nlog[c]; i++)
			print arch ":   " logs[c, i]
	}
	print arch ": " passed + 0 " passed, " failed + 0 " failed"
	exit (failed || boot != "")
}
