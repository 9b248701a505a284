// Both runs must name the broken row by absolute path and line, and nothing may be generated.
def log = new File(basedir, 'build.log').text
def page = new File(basedir, 'docs/actions/DescribeGadgets.md').canonicalFile
def row = page.readLines().findIndexOf { it.contains('Array of Gadget') } + 1
assert row > 0
def located = java.util.regex.Pattern.quote(page.path + ':' + row + ':') + /\d+: warning: \[[A-Z_]+\]/
def hits = (log =~ located).count
assert hits >= 2 : "expected the row's location from lint and from generate, found ${hits} in:\n" + log
assert log.contains('strict mode is on; nothing was generated')
assert log.contains('BUILD FAILURE')
assert log =~ /error: \[SERVICE_MISMATCH\] unknown service 'vm': the docs' examples post to \/api\/v2\/demo/
assert !new File(basedir, 'target/generated-sources/docsdk').exists() : 'a failed run writes nothing'
assert !new File(basedir, 'target/docsdk-state').listFiles()?.any { it.name.endsWith('.state') }
return true
