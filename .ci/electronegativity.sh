#!/usr/bin/env bash
# Electronegativity over the main-process and preload sources. The tool always exits 0, so this
# script parses its CSV report and fails (exit 1) on any HIGH or MEDIUM finding that is not
# explained in .ci/electronegativity-accepted.txt. Exit 2: the scan itself did not work.
# Runs offline (it warns about missing connectivity); called with npx to keep its ~400
# packages out of package.json.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
accepted="${repo_root}/.ci/electronegativity-accepted.txt"
electron_version="${ELECTRON_VERSION:-45.5.0}"
tmp="$(mktemp -d)"
trap 'rm -rf "${tmp}"' EXIT

cd "${repo_root}"
echo "electronegativity: scanning electron/ as Electron ${electron_version} …"
# The tool writes its CSV header and its rows with two concurrent async writes, so now and then
# the header lands over the first row, or truncates the rows away. A torn report (the header not
# alone on the first line, or no finding row after it: every scan finds at least the CSP check)
# is scanned again, up to four times.
scan() {
  rm -f "${tmp}/report.csv"
  if ! timeout 600 npx -y @doyensec/electronegativity@1.10.3 \
    -i electron -e "${electron_version}" -o "${tmp}/report.csv" >"${tmp}/log.txt" 2>&1; then
    cat "${tmp}/log.txt" >&2
    echo "electronegativity: the scan failed to run" >&2
    exit 2
  fi
  if [[ ! -s "${tmp}/report.csv" ]]; then
    cat "${tmp}/log.txt" >&2
    echo "electronegativity: no report written" >&2
    exit 2
  fi
}
header='issue, severity, confidence, filename, location, sample, description, url'
for attempt in 1 2 3 4; do
  scan
  first="$(sed -n 1p "${tmp}/report.csv" | tr -d '\r')"
  if [[ "${first}" == "${header}" ]] && sed -n 2p "${tmp}/report.csv" | grep -Eq '^[A-Z0-9_]+,"'; then break; fi
  echo "electronegativity: torn report (attempt ${attempt}), scanning again" >&2
  if [[ ${attempt} -eq 4 ]]; then exit 2; fi
done

REPORT="${tmp}/report.csv" ACCEPTED="${accepted}" REPO_ROOT="${repo_root}" node - <<'NODE'
const { readFileSync, existsSync } = require('node:fs');
const { isAbsolute, relative } = require('node:path');
const { REPORT, ACCEPTED, REPO_ROOT } = process.env;

// RFC 4180-style CSV as the tool writes it: fields in double quotes with "" for a quote, or
// bare (the check id, the URL, and N/A for a missing value).
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const findings = parseCsv(readFileSync(REPORT, 'utf8')).slice(1).map((cells) => {
  if (cells.length !== 8 || !/^[A-Z0-9_]+$/.test(cells[0])) {
    console.error(`electronegativity: cannot parse report row: ${JSON.stringify(cells)}`);
    process.exit(2);
  }
  const [check, severity, confidence, rawFile, location, sample, description] = cells;
  const file = rawFile === 'N/A' || !isAbsolute(rawFile) ? rawFile : relative(REPO_ROOT, rawFile);
  return { check, severity, confidence, file, location, sample: sample.trim(), description };
});

// Accepted findings: `CHECK | file | code sample | reason`. The sample pins the exact line, so
// a new finding of the same check in the same file (e.g. `sandbox: false`) is not covered.
const entries = existsSync(ACCEPTED)
  ? readFileSync(ACCEPTED, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))
  : [];
const accepted = entries.map((line) => {
  const [check, file, sample, ...reason] = line.split(' | ');
  if (!check || !file || !sample || reason.join(' | ').trim() === '') {
    console.error(`electronegativity: accepted-list line needs "CHECK | file | sample | reason": ${line}`);
    process.exit(2);
  }
  return { check, file, sample: sample.trim(), used: false };
});

let failing = 0;
for (const f of findings) {
  const entry = accepted.find((a) => a.check === f.check && a.file === f.file && a.sample === f.sample);
  if (entry) entry.used = true;
  const blocking = (f.severity === 'HIGH' || f.severity === 'MEDIUM') && !entry;
  if (blocking) failing += 1;
  const status = entry ? 'accepted' : blocking ? 'FAIL' : 'info';
  console.log(`${status.padEnd(8)} ${f.severity.padEnd(13)} ${f.check} ${f.file}:${f.location}  ${f.sample === 'N/A' ? f.description : f.sample}`);
}
for (const a of accepted.filter((e) => !e.used)) {
  console.log(`stale    accepted-list entry matches no finding: ${a.check} | ${a.file} | ${a.sample}`);
}
console.log(`electronegativity: ${findings.length} findings, ${failing} unexplained HIGH/MEDIUM`);
process.exit(failing > 0 ? 1 : 0);
NODE
