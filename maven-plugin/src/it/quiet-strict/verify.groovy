// Quiet mode hides INFO and WARN: the diagnostics that failed the build must come at ERROR.
def log = new File(basedir, 'build.log').text
def page = new File(basedir, 'docs/actions/DescribeGadgets.md').canonicalFile
def row = page.readLines().findIndexOf { it.contains('Array of Gadget') } + 1
assert row > 0
def located = java.util.regex.Pattern.quote('[ERROR] ' + page.path + ':' + row + ':') + /\d+: warning: \[[A-Z_]+\]/
assert (log =~ located).count >= 2 : "expected ERROR lines with the row's location from lint and generate in:\n" + log
def inMessage = java.util.regex.Pattern.quote('  ' + page.path + ':' + row + ':') + /\d+: warning: /
assert (log =~ inMessage).count >= 2 : "expected the location in the failure messages in:\n" + log
assert !log.contains('[INFO]') : 'quiet mode prints no INFO lines'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/docsdk-lint.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.any { it.locations[0].physicalLocation.artifactLocation.uri == 'actions/DescribeGadgets.md' &&
    it.locations[0].physicalLocation.region.startLine == row }
assert sarif.runs[0].tool.driver.rules.size() > 50
return true
